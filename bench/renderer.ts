// Renderer load: the built renderer in Chromium over a store of 50 cases and 5,000 entries, timed from
// navigation to the open case's checklist accepting a tick; and the size of its JavaScript, gzipped.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildChecklist, listProviders } from '../electron/guide/engine';
import type { Profile } from '../electron/guide/types';
import type { CaseData } from '../electron/store/schema';
import { CHANNELS } from '../electron/ipc/channels';
import { startBackend } from '../electron/services';
import type { Ports } from '../electron/services/ports';
import { launchBrowser, RENDERER_DIR } from '../tests/e2e/harness';
import { serveStatic } from '../tests/e2e/static-server';

const CASES = 50;
const ENTRIES_PER_CASE = 100; // 50 × 100 = 5,000 step-progress and history entries
const LOADS = 10;
const AT = '2026-03-01T10:00:00.000Z';

/** One case with every step of its checklist touched: a note each, and the rest of the entries as history. */
function bulkCase(index: number, providerId: string): CaseData {
  const profile: Profile = {
    providerId,
    cardKind: index % 2 === 0 ? 'esim' : 'physical',
    contractKind: 'postpaid',
    numberPlan: index % 3 === 0 ? 'keep' : 'end',
    channel: 'online',
    leavingDate: '2026-04-30',
    phone: 'keep',
    instalments: index % 4 === 0 ? 'yes' : 'no',
  };
  const steps = buildChecklist(profile).phases.flatMap((p) => p.steps);
  const historyPerStep = Math.floor((ENTRIES_PER_CASE - steps.length) / steps.length);
  const progress: CaseData['steps'] = {};
  steps.forEach((step, i) => {
    const history = Array.from({ length: historyPerStep }, (_, h) => ({ done: h % 2 === 0, at: AT }));
    progress[step.id] = {
      done: history.at(-1)?.done ?? false,
      note: `2026-03-0${(i % 9) + 1} 電話 / called: 受付番号 R-${index}-${i}，工作人员说两周内寄回。Bring passport and residence card.`,
      history,
      titleSnapshot: step.title,
    };
  });
  return {
    id: `bench-${index}`,
    name: `Line ${index}`,
    createdAt: AT,
    updatedAt: AT,
    archived: false,
    profile,
    phoneNumber: `090-0000-${String(index).padStart(4, '0')}`,
    steps: progress,
    documents: {},
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length % 2
    ? (sorted[Math.floor(mid)] ?? 0)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

async function jsGzipKb(): Promise<number> {
  const assets = path.join(RENDERER_DIR, 'assets');
  const scripts = (await readdir(assets)).filter((file) => file.endsWith('.js'));
  let bytes = 0;
  for (const file of scripts) bytes += gzipSync(await readFile(path.join(assets, file)), { level: 9 }).length;
  return bytes / 1024;
}

/**
 * `window.sayonara` as the harness builds it, but as source text: bench/index.ts runs under tsx, whose
 * esbuild output wraps named functions in `__name(...)`, a helper the page does not have, so a
 * serialised function (as the harness's init script is) would throw there.
 */
const bridge = (channels: readonly string[]) => `(() => {
  const api = {};
  for (const channel of ${JSON.stringify(channels)}) {
    const dot = channel.indexOf('.');
    (api[channel.slice(0, dot)] ??= {})[channel.slice(dot + 1)] = (payload) => window.__sayonaraInvoke(channel, payload);
  }
  Object.defineProperty(window, 'sayonara', { value: Object.freeze(api) });
})();`;

/** Stamps the moment the first step's checkbox is in the page, in ms from navigation start. */
const STAMP_READY = `(() => {
  const observer = new MutationObserver(() => {
    if (!document.querySelector('[data-testid="step"] input[type="checkbox"]')) return;
    window.__ready = performance.now();
    observer.disconnect();
  });
  observer.observe(document, { subtree: true, childList: true });
})();`;

/** No dialog or browser ever opens during a load: every OS port answers "cancelled". */
const ports: Ports = {
  now: () => new Date(),
  openFolder: async () => undefined,
  openExternal: async () => undefined,
  pickFiles: async () => [],
  chooseSavePath: async () => null,
  chooseOpenPath: async () => null,
  printToPdf: async () => {
    throw new Error('the renderer bench prints nothing');
  },
};

export async function benchRenderer(): Promise<Record<string, number>> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'sayonara-bench-renderer-'));
  const server = await serveStatic(RENDERER_DIR);
  const browser = await launchBrowser();
  try {
    const start = () => startBackend({ dataDir, ports, appVersion: 'bench', systemLocale: 'en' });
    const seeded = await start();
    const providers = listProviders();
    const cases = Array.from({ length: CASES }, (_, i) =>
      bulkCase(i, providers[i % providers.length]?.id ?? 'docomo'),
    );
    await seeded.store.update((data) => ({
      ...data,
      cases,
      settings: { ...data.settings, lastCaseId: cases[CASES - 1]?.id ?? null },
    }));
    await seeded.store.flush();

    const timings: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      // A fresh backend read from disk and a fresh browser context: nothing cached from the last load.
      const { router } = await start();
      const context = await browser.newContext({ viewport: { width: 1100, height: 780 } });
      await context.exposeBinding('__sayonaraInvoke', (_source, channel: unknown, payload: unknown) =>
        router.handle(channel, payload),
      );
      await context.addInitScript({ content: bridge(CHANNELS) + STAMP_READY });
      const page = await context.newPage();
      await page.goto(`${server.origin}/index.html`);
      // A function, not a string: the page's CSP forbids eval.
      const ready = await page.waitForFunction(() => (window as unknown as { __ready?: number }).__ready);
      timings.push(Number(await ready.jsonValue()));
      await context.close();
    }
    return {
      'renderer.interactive_ms': Math.round(median(timings)),
      'renderer.js_gzip_kb': Math.round(await jsGzipKb()),
    };
  } finally {
    await browser.close();
    await server.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
