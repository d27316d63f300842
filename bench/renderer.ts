// Renderer load: the built renderer in Chromium over the seeded store (bench/seed.ts: 50 cases, 5,000
// records), timed from navigation to the open case's checklist accepting a tick; and the size of its
// JavaScript, gzipped: all of it, and the part a load fetched before that tick (lazy chunks left out).
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHANNELS } from '../electron/ipc/channels';
import { startBackend } from '../electron/services';
import { quietPorts } from './ports';
import { bridgeScript, launchBrowser, RENDERER_DIR } from '../tests/e2e/harness';
import { serveStatic } from '../tests/e2e/static-server';
import { seededStore } from './seed';

const LOADS = 10;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length % 2
    ? (sorted[Math.floor(mid)] ?? 0)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/** The gzipped size of the built scripts, or of those named (file names in assets/). */
async function jsGzipKb(only?: ReadonlySet<string>): Promise<number> {
  const assets = path.join(RENDERER_DIR, 'assets');
  const scripts = (await readdir(assets)).filter((file) => file.endsWith('.js') && (!only || only.has(file)));
  let bytes = 0;
  for (const file of scripts) bytes += gzipSync(await readFile(path.join(assets, file)), { level: 9 }).length;
  return bytes / 1024;
}

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
const ports = quietPorts({
  printToPdf: async () => {
    throw new Error('the renderer bench prints nothing');
  },
});

export async function benchRenderer(): Promise<Record<string, number>> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'sayonara-bench-renderer-'));
  const server = await serveStatic(RENDERER_DIR);
  const browser = await launchBrowser();
  try {
    const start = () => startBackend({ dataDir, ports, appVersion: 'bench', systemLocale: 'en' });
    // The last seeded case is the open one, so each load ends on a full checklist.
    const seeded = await start();
    await seeded.store.update(() => seededStore());
    await seeded.store.flush();

    const timings: number[] = [];
    const startupScripts = new Set<string>();
    for (let i = 0; i < LOADS; i++) {
      // A fresh backend read from disk and a fresh browser context: nothing cached from the last load.
      const { router } = await start();
      const context = await browser.newContext({ viewport: { width: 1100, height: 780 } });
      await context.exposeBinding('__sayonaraInvoke', (_source, channel: unknown, payload: unknown) =>
        router.handle(channel, payload),
      );
      await context.addInitScript({ content: bridgeScript(CHANNELS) + STAMP_READY });
      const page = await context.newPage();
      await page.goto(`${server.origin}/index.html`);
      // A function, not a string: the page's CSP forbids eval.
      const ready = await page.waitForFunction(() => (window as unknown as { __ready?: number }).__ready);
      timings.push(Number(await ready.jsonValue()));
      const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
      for (const url of fetched)
        if (url.endsWith('.js')) startupScripts.add(path.basename(new URL(url).pathname));
      await context.close();
    }
    return {
      'renderer.interactive_ms': Math.round(median(timings)),
      'renderer.js_gzip_kb': Math.round(await jsGzipKb()),
      'renderer.startup_js_gzip_kb': Math.round(await jsGzipKb(startupScripts)),
    };
  } finally {
    await browser.close();
    await server.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
