// Renderer load: the built renderer in Chromium over the seeded store (bench/seed.ts: 50 cases, 5,000
// records), timed from navigation to the open case's checklist accepting a tick, in English, Japanese,
// Chinese and Korean (the saved language; the window hinted, and opened on that language's page, as main
// does it), each against the floor page (bench/floor.ts) timed the same way in the same rounds:
// `renderer.interactive_ratio[_<lang>]` is the median load over the floor's median. The React floor (the
// floor drawn by React) splits that ratio in two: `renderer.react_floor_ratio`, what React itself costs
// over the floor, and `renderer.interactive_over_react[_<lang>]`, the app's own work on top. Also the size of the
// JavaScript, gzipped (all of it, and the part an English load fetched before that tick), and per
// language the CSS fetched before the tick, the @font-face rules in force, and the IPC answers' size
// before the tick.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import type { Locale } from '../electron/guide/types';
import { CHANNELS } from '../electron/ipc/channels';
import { startBackend } from '../electron/services';
import { quietPorts } from './ports';
import { startPage } from '../electron/shared/start-hint';
import { bridgeScript, launchBrowser, RENDERER_DIR, startHintFor } from '../tests/e2e/harness';
import { serveStatic } from '../tests/e2e/static-server';
import { seededStore } from './seed';
import { buildReactFloorPage, FLOOR_PREFIX, REACT_FLOOR_PREFIX, writeFloorPage } from './floor';
import { median } from './attachments';

/** Rounds; each loads both floors and every language once, in an order that turns each round. */
const ROUNDS = 9;
const LANGUAGES = ['en', 'ja', 'zh-CN', 'ko'] as const satisfies readonly Locale[];
type Floor = 'floor' | 'react-floor';
type Subject = Floor | (typeof LANGUAGES)[number];
const FLOORS: Record<Floor, string> = { floor: FLOOR_PREFIX, 'react-floor': REACT_FLOOR_PREFIX };
const isFloor = (subject: Subject): subject is Floor => subject in FLOORS;

/** The gzipped size of the built scripts, or of those named (file names in assets/). */
async function jsGzipKb(only?: ReadonlySet<string>): Promise<number> {
  const assets = path.join(RENDERER_DIR, 'assets');
  const scripts = (await readdir(assets)).filter((file) => file.endsWith('.js') && (!only || only.has(file)));
  let bytes = 0;
  for (const file of scripts) bytes += gzipSync(await readFile(path.join(assets, file)), { level: 9 }).length;
  return bytes / 1024;
}

/** Stamps the moment the first step's checkbox is in the page, in ms from navigation start, and tells the
 * bench (the `__benchReady` binding) once the page is also in the language asked for. The page calls out:
 * the bench runs nothing in it while it loads (Playwright's waitForFunction would inject its own ~300 KB
 * script, 20–30 ms of compiling on the page's main thread, in the middle of the app's start-up but
 * after the floor's). */
const STAMP_READY = (lang: string | null) => `(() => {
  let ready;
  const done = () => {
    if (ready === undefined) {
      if (!document.querySelector('[data-testid="step"] input[type="checkbox"]')) return;
      ready = performance.now();
    }
    if (${JSON.stringify(lang)} !== null && document.documentElement.lang !== ${JSON.stringify(lang)}) return;
    observer.disconnect();
    window.__benchReady(ready);
  };
  const observer = new MutationObserver(done);
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['lang'] });
})();`;

/** No dialog or browser ever opens during a load: every OS port answers "cancelled". */
const ports = quietPorts({
  printToPdf: async () => {
    throw new Error('the renderer bench prints nothing');
  },
});

interface Load {
  ms: number;
  scripts: string[];
  cssBytes: number;
  fontFaces: number;
  /** The IPC answers (as JSON) that reached the page before the tick. */
  ipcBytes: number;
}

/** One load of `url` on a fresh backend over `dataDir` and a fresh browser context: nothing cached. */
async function load(
  browser: Browser,
  url: string,
  dataDir: string,
  expectLang: string | null,
): Promise<Load> {
  const { router, store } = await startBackend({ dataDir, ports, appVersion: 'bench', systemLocale: 'en' });
  const context = await browser.newContext({ viewport: { width: 1100, height: 780 } });
  const answered: { at: number; bytes: number }[] = [];
  let onReady: (ms: number) => void = () => undefined;
  const ready = new Promise<number>((resolve) => (onReady = resolve));
  try {
    await context.exposeBinding('__sayonaraInvoke', async (_source, channel: unknown, payload: unknown) => {
      const result = await router.handle(channel, payload);
      answered.push({ at: Date.now(), bytes: JSON.stringify(result).length });
      return result;
    });
    await context.exposeBinding('__benchReady', (_source, ms: unknown) => onReady(Number(ms)));
    // The hint main gives the window (electron/main: the saved language, else the system's; the case).
    const start = startHintFor(store.data.settings, 'en');
    // The floor is not the app: its one IPC call is its own, with nothing asked ahead of it.
    await context.addInitScript({
      content: bridgeScript(CHANNELS, start, expectLang !== null) + STAMP_READY(expectLang),
    });
    const page = await context.newPage();
    // A load counts only once it is on the checklist in the language asked for; until then nothing of
    // the bench's runs in the page.
    await page.goto(url, { waitUntil: 'commit' });
    const ms = await ready;
    const seen = await page.evaluate((ready) => {
      const resources = performance
        .getEntriesByType('resource')
        .filter((e) => e.startTime < ready) as PerformanceResourceTiming[];
      let fontFaces = 0;
      for (const sheet of [...document.styleSheets])
        for (const rule of [...sheet.cssRules]) if (rule instanceof CSSFontFaceRule) fontFaces += 1;
      return {
        ready,
        readyEpoch: performance.timeOrigin + ready,
        scripts: resources.map((e) => e.name).filter((name) => name.endsWith('.js')),
        cssBytes: resources
          .filter((e) => e.name.endsWith('.css'))
          .reduce((sum, e) => sum + e.decodedBodySize, 0),
        fontFaces,
      };
    }, ms);
    return {
      ms: seen.ready,
      scripts: seen.scripts.map((url) => path.basename(new URL(url).pathname)),
      cssBytes: seen.cssBytes,
      fontFaces: seen.fontFaces,
      ipcBytes: answered.filter((a) => a.at <= seen.readyEpoch).reduce((sum, a) => sum + a.bytes, 0),
    };
  } finally {
    await context.close();
  }
}

export async function benchRenderer(): Promise<Record<string, number>> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'sayonara-bench-renderer-'));
  const floorDir = await writeFloorPage();
  const reactFloorDir = await buildReactFloorPage();
  const server = await serveStatic(RENDERER_DIR, {
    [FLOOR_PREFIX]: floorDir,
    [REACT_FLOOR_PREFIX]: reactFloorDir,
  });
  const browser = await launchBrowser();
  try {
    // One data folder per language, its saved language set; the last seeded case is the open one, so
    // each load ends on a full checklist.
    const dirs = new Map<Subject, string>();
    const subjects: Subject[] = ['floor', 'react-floor', ...LANGUAGES];
    for (const subject of subjects) {
      const dir = path.join(root, subject);
      const { store } = await startBackend({ dataDir: dir, ports, appVersion: 'bench', systemLocale: 'en' });
      const seeded = seededStore();
      await store.update(() => ({
        ...seeded,
        settings: { ...seeded.settings, locale: isFloor(subject) ? null : subject },
      }));
      await store.flush();
      dirs.set(subject, dir);
    }
    const loads = new Map<Subject, Load[]>(subjects.map((s) => [s, []]));
    for (let round = 0; round < ROUNDS; round++) {
      // Interleaved, each round starting one further along: a busy moment on the shared machine
      // falls on every subject alike.
      const order = subjects.map((_, i) => subjects[(i + round) % subjects.length] as Subject);
      for (const subject of order) {
        // The app's page as main opens it: its language's (electron/shared/start-hint.ts).
        const url = isFloor(subject)
          ? `${server.origin}${FLOORS[subject]}index.html`
          : `${server.origin}/${startPage(subject)}`;
        loads
          .get(subject)
          ?.push(await load(browser, url, dirs.get(subject) ?? root, isFloor(subject) ? null : subject));
      }
    }
    const ms = (subject: Subject) => median((loads.get(subject) ?? []).map((l) => l.ms));
    const floor = ms('floor');
    const reactFloor = ms('react-floor');
    const round2 = (n: number) => Math.round(n * 100) / 100;
    const figures: Record<string, number> = {
      'renderer.floor_ms': Math.round(floor),
      'renderer.react_floor_ms': Math.round(reactFloor),
      'renderer.react_floor_ratio': round2(reactFloor / floor),
    };
    for (const lang of LANGUAGES) {
      const suffix = lang === 'en' ? '' : `_${lang}`;
      const first = loads.get(lang)?.[0];
      figures[`renderer.interactive_ms${suffix}`] = Math.round(ms(lang));
      figures[`renderer.interactive_ratio${suffix}`] = round2(ms(lang) / floor);
      figures[`renderer.interactive_over_react${suffix}`] = round2(ms(lang) / reactFloor);
      figures[`renderer.startup_css_kb${suffix}`] = Math.round((first?.cssBytes ?? 0) / 1024);
      figures[`renderer.font_face_rules${suffix}`] = first?.fontFaces ?? 0;
      figures[`renderer.first_screen_ipc_kb${suffix}`] = Math.round(
        median((loads.get(lang) ?? []).map((l) => l.ipcBytes)) / 1024,
      );
    }
    const englishScripts = new Set((loads.get('en') ?? []).flatMap((l) => l.scripts));
    figures['renderer.js_gzip_kb'] = Math.round(await jsGzipKb());
    figures['renderer.startup_js_gzip_kb'] = Math.round(await jsGzipKb(englishScripts));
    return figures;
  } finally {
    await browser.close();
    await server.close();
    await rm(root, { recursive: true, force: true });
    await rm(floorDir, { recursive: true, force: true });
    await rm(reactFloorDir, { recursive: true, force: true });
  }
}
