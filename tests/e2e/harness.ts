// The end-to-end harness: the built renderer in Debian's Chromium, with `window.sayonara` bridged
// through page.exposeBinding to the real router over a real data folder on disk.
// launchApp({ dataDir?, locale? }) → { page, dataDir, restart(), close() } — later suites build on it.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { CHANNELS } from '../../electron/ipc/channels';
import type { Router } from '../../electron/ipc/router';
import { startBackend } from '../../electron/services';
import { toAppLocale } from '../../electron/services/locale';
import { openedFilesQueue } from '../../electron/services/opened-files';
import { readThirdPartyList, THIRD_PARTY_FILE } from '../../electron/main/third-party';
import type { ShellCommand } from '../../electron/ipc/contract';
import type { Ports } from '../../electron/services/ports';
import type { Store } from '../../electron/store/store';
import { serveStatic, type StaticServer } from './static-server';
import { readAttachment, resolveAttachmentFile } from '../../electron/main/attachment-protocol';
import { ATTACHMENT_BASE_URL } from '../../electron/proof/attachment-store';
import { reusedPrinter } from '../../electron/proof/print-surface';
import { FITTED_JPEG_QUALITY } from '../../electron/proof/evidence';
import { keepStartLogReadable, movableLogger } from '../../electron/main/start-log';
import { createLogger, LOG_DIR_NAME, personalStrings } from '../../electron/services/log';
import {
  callsAhead,
  startHintFrom,
  startArguments,
  startPage,
  type StartHint,
} from '../../electron/shared/start-hint';
import type { Settings } from '../../electron/ipc/views';
import type { Locale } from '../../electron/guide/types';

/** Where the loopback server answers attachment previews (sayonara-file://attachments/ in the app). */
const ATTACHMENT_ROUTE = '/__attachments/';

export const RENDERER_DIR = path.resolve(import.meta.dirname, '../../out/renderer');

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env['SAYONARA_CHROMIUM'];
  if (fromEnv) return fromEnv;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
}

/** Ports that record what the app asked of the OS, instead of opening folders and browsers. */
export interface RecordedPorts extends Ports {
  opened: { kind: 'folder' | 'external'; target: string }[];
  /** Scripted dialogs: a test sets what the next file picker / save / open / folder dialog answers. */
  dialogs: { picked: string[]; savePath: string | null; openPath: string | null; folder: string | null };
  /** Folders kept for the next start, and how often the app asked to restart. */
  remembered: string[];
  restarts: number;
}

function recordingPorts(browser: Browser): RecordedPorts {
  const opened: RecordedPorts['opened'] = [];
  const dialogs: RecordedPorts['dialogs'] = { picked: [], savePath: null, openPath: null, folder: null };
  const ports: RecordedPorts = {
    opened,
    dialogs,
    remembered: [],
    restarts: 0,
    now: () => new Date(),
    openFolder: async (target) => void opened.push({ kind: 'folder', target }),
    openExternal: async (target) => void opened.push({ kind: 'external', target }),
    // Electron's window theme; in Chromium the page's own data-theme does the same job.
    applyTheme: () => undefined,
    applyLanguage: () => undefined,
    copyText: () => undefined,
    chooseFolder: async () => dialogs.folder,
    rememberDataFolder: async (folder) => void ports.remembered.push(folder),
    restart: () => void (ports.restarts += 1),
    pickFiles: async () => dialogs.picked,
    chooseSavePath: async () => dialogs.savePath,
    chooseOpenPath: async () => dialogs.openPath,
    ...chromiumPrinter(browser),
    fitPng: chromiumPngFitter(browser),
  };
  return ports;
}

/** Chromium's own PDF printer over the same HTML, as Electron's printToPDF does in the app, on a kept page. */
export function chromiumPrinter(browser: Browser): Pick<Ports, 'printToPdf' | 'preparePrint'> {
  const printer = reusedPrinter<Page>({
    open: () => browser.newPage({ javaScriptEnabled: false }),
    print: async (page, html) => {
      await page.setContent(html, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready).catch(() => undefined);
      // As the app's printToPDF (electron/main/ports.ts PRINT_OPTIONS): tagged, with an outline.
      return page.pdf({ format: 'A4', printBackground: true, tagged: true, outline: true });
    },
    close: (page) => page.close(),
    alive: (page) => !page.isClosed(),
  });
  return { printToPdf: printer.print, preparePrint: printer.prepare };
}

/**
 * Electron's nativeImage resize in the app, done here by Chromium's own image code (Skia, as there): a
 * canvas on one kept page with scripts on, which sees nothing but the image it is handed.
 */
export function chromiumPngFitter(browser: Browser): Ports['fitPng'] {
  let page: Promise<Page> | null = null;
  return async (png, box) => {
    page ??= browser.newPage();
    const fitted = await (
      await page
    ).evaluate(
      async ({ base64, box, quality }) => {
        const blob = await (await fetch(`data:image/png;base64,${base64}`)).blob();
        const image = await createImageBitmap(blob).catch(() => null);
        if (!image) return null;
        const original = { width: image.width, height: image.height };
        const scale = Math.min(1, box.width / image.width, box.height / image.height);
        if (scale === 1) return { base64: null, mime: 'image/png' as const, ...original, original };
        const width = Math.max(1, Math.round(image.width * scale));
        const height = Math.max(1, Math.round(image.height * scale));
        const canvas = new OffscreenCanvas(width, height);
        const context = canvas.getContext('2d');
        if (!context) return null;
        context.imageSmoothingQuality = 'high';
        context.drawImage(image, 0, 0, width, height);
        // isOpaque in electron/proof/evidence.ts, here inside the page.
        const pixels = context.getImageData(0, 0, width, height).data;
        let opaque = true;
        for (let i = 3; i < pixels.length && opaque; i += 4) opaque = pixels[i] === 255;
        const mime = opaque ? ('image/jpeg' as const) : ('image/png' as const);
        const encoded = await canvas.convertToBlob({ type: mime, quality: quality / 100 });
        const bytes = new Uint8Array(await encoded.arrayBuffer());
        let binary = '';
        for (const byte of bytes) binary += String.fromCharCode(byte);
        return { base64: btoa(binary), mime, width, height, original };
      },
      { base64: Buffer.from(png).toString('base64'), box, quality: FITTED_JPEG_QUALITY },
    );
    if (!fitted) return null;
    const { base64, ...size } = fitted;
    return { bytes: base64 === null ? png : new Uint8Array(Buffer.from(base64, 'base64')), ...size };
  };
}

/**
 * `window.sayonara` as the preload builds it, each call going over Playwright's JSON bridge to the real
 * router; `start` is what main hints the page will open on (electron/shared/start-hint.ts).
 * Source text rather than a function: under tsx (the bench), esbuild wraps named functions in a
 * `__name` helper that the page does not have.
 */
export function bridgeScript(
  channels: readonly string[],
  start: StartHint = { locale: null, caseId: null },
  /** False for a page that is not the app (the bench's floor): nothing is asked ahead for it. */
  askAhead = true,
): string {
  return `(() => {
  const api = {};
  for (const channel of ${JSON.stringify(channels)}) {
    const dot = channel.indexOf('.');
    (api[channel.slice(0, dot)] ??= {})[channel.slice(dot + 1)] = (payload) => window.__sayonaraInvoke(channel, payload);
  }
  // The preload's pathFor(file): a dropped File has no path in a browser, so tests name it
  // window.__dropPaths[file.name].
  const files = { pathFor: (file) => (window.__dropPaths ?? {})[file.name] ?? '' };
  // Main → renderer events, as the preload's events.on; tests emit them with window.__sayonaraEmit.
  const listeners = {};
  const events = {
    on: (name, listener) => {
      (listeners[name] ??= new Set()).add(listener);
      return () => listeners[name].delete(listener);
    },
  };
  window.__sayonaraEmit = (name, payload) => (listeners[name] ?? []).forEach((listener) => listener(payload));
  // The preload's hint and the first screen's reads, asked for at once (electron/shared/start-hint.ts);
  // not from the blank page a new tab holds before it goes to the app (the preload never sees one).
  const ahead = {};
  if (location.href !== 'about:blank')
    for (const [channel, request] of ${JSON.stringify(askAhead ? callsAhead(start) : [])}) ahead[channel] = window.__sayonaraInvoke(channel, request);
  const start = { ...${JSON.stringify(start)}, ahead };
  Object.defineProperty(window, 'sayonara', { value: Object.freeze({ ...api, events, files, start }), writable: false });
})();`;
}

/** What main hints the window (electron/main: startArguments), as the preload reads it back. */
export function startHintFor(settings: Settings, systemLocale: Locale): StartHint {
  return startHintFrom(
    startArguments({ locale: settings.locale ?? systemLocale, caseId: settings.lastCaseId }),
  );
}

export interface LaunchOptions {
  dataDir?: string;
  /** The OS locale the app sees on first launch (BCP 47), e.g. 'zh-CN', 'ja-JP', 'en-US'. */
  locale?: string;
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  /** The OS time zone the page sees (IANA), e.g. 'Asia/Tokyo'; the browser's own when absent. */
  timezoneId?: string;
  /** `.sayonara` files "opened from the desktop" before the window loads (argv, open-file). */
  openedFiles?: string[];
}

export interface LaunchedApp {
  readonly page: Page;
  readonly dataDir: string;
  readonly store: Store;
  readonly ports: RecordedPorts;
  /** Every request the page made to an origin other than the app's own. */
  readonly foreignRequests: string[];
  /** The channels the page called since the last (re)launch, in the order the router got them. */
  readonly calls: string[];
  /** The same calls as asked ('? channel') and answered ('! channel'), and the app's own files as the
   * page asked for them ('GET /assets/…'), in order. */
  readonly exchanges: string[];
  /** From the next (re)launch on, each answer on `channel` reaches the page `ms` late (a slow main). */
  delayAnswers(channel: string, ms: number): void;
  /** From the next (re)launch on, what is hinted to the page instead of what main would hint. */
  hintStart(start: StartHint): void;
  readonly origin: string;
  /** What the application menu would send: the contract's shell.command event. */
  sendCommand(command: ShellCommand): Promise<void>;
  /** A relaunch: pending writes flushed, a fresh router and page on the same data folder. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

let serverPromise: Promise<StaticServer> | null = null;
/** One loopback server per test worker: the built files do not change during a run. */
function sharedServer(): Promise<StaticServer> {
  if (!existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    throw new Error(`The renderer is not built (${RENDERER_DIR} is missing): run "npm run build" first.`);
  }
  serverPromise ??= serveStatic(RENDERER_DIR);
  return serverPromise;
}

export async function launchApp(options: LaunchOptions = {}): Promise<LaunchedApp> {
  const ownsDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'sayonara-e2e-')));
  const locale = options.locale ?? 'en-US';
  const server = await sharedServer();
  const browser = await launchBrowser();
  const ports = recordingPorts(browser);
  const foreignRequests: string[] = [];
  const calls: string[] = [];
  const exchanges: string[] = [];
  const delays = new Map<string, number>();
  let hint: StartHint | null = null;
  const appVersion = (
    JSON.parse(await readFile(path.resolve(import.meta.dirname, '../../package.json'), 'utf8')) as {
      version: string;
    }
  ).version;

  const opened = openedFilesQueue();
  for (const file of options.openedFiles ?? []) opened.push(file);
  let store!: Store;
  let router!: Router;
  let context!: BrowserContext;
  let page!: Page;

  const bringUp = async () => {
    // The shell's log, which leaves a data folder that cannot hold it (beside it here, as the app's
    // logs folder would be).
    const log = movableLogger(
      (dir) =>
        createLogger({ dir, now: ports.now, secrets: () => (store ? personalStrings(store.data) : []) }),
      path.join(dataDir, LOG_DIR_NAME),
    );
    const backend = await startBackend({
      dataDir,
      ports,
      log,
      appVersion,
      systemLocale: toAppLocale([locale]),
      attachmentBaseUrl: `${server.origin}${ATTACHMENT_ROUTE}`,
      opened,
      // The lists the build wrote beside each bundle, as the app reads them for About.
      thirdParty: readThirdPartyList(
        [path.join(path.dirname(RENDERER_DIR), 'main'), RENDERER_DIR],
        THIRD_PARTY_FILE,
      ),
    });
    keepStartLogReadable(log, backend.notice, dataDir, [`${dataDir}-logs`]);
    store = backend.store;
    router = backend.router;
    context = await browser.newContext({
      locale,
      colorScheme: options.colorScheme ?? 'light',
      viewport: options.viewport ?? { width: 1100, height: 780 },
      ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
    });
    // The same bridge shape as the preload builds, but each call goes over Playwright's JSON bridge.
    calls.length = 0;
    exchanges.length = 0;
    await context.exposeBinding('__sayonaraInvoke', async (_source, channel: unknown, payload: unknown) => {
      calls.push(String(channel));
      exchanges.push(`? ${String(channel)}`);
      const handled = router.handle(channel, payload);
      inFlight.add(handled);
      const result = await handled.finally(() => inFlight.delete(handled));
      const delay = delays.get(String(channel));
      if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
      exchanges.push(`! ${String(channel)}`);
      return result;
    });
    // What main hints the window: the saved language (else the system's) and the case it reopens.
    const start = hint ?? startHintFor(store.data.settings, toAppLocale([locale]));
    await context.addInitScript({ content: bridgeScript(CHANNELS, start) });
    // Attachment previews, served from this data folder by the app's own protocol rules.
    await context.route(`${server.origin}${ATTACHMENT_ROUTE}*`, async (route) => {
      const name = new URL(route.request().url()).pathname.slice(ATTACHMENT_ROUTE.length);
      const file = resolveAttachmentFile(dataDir, `${ATTACHMENT_BASE_URL}${name}`);
      const found = file ? await readAttachment(file) : null;
      await (found
        ? route.fulfill({ body: found.body, contentType: found.type })
        : route.fulfill({ status: 404 }));
    });
    context.on('request', (request) => {
      if (request.url().startsWith(server.origin)) exchanges.push(`GET ${new URL(request.url()).pathname}`);
      else if (!request.url().startsWith('data:')) foreignRequests.push(request.url());
    });
    page = await context.newPage();
    // The page main opens: the hinted language's.
    await page.goto(`${server.origin}/${startPage(start.locale ?? 'en')}`);
  };

  // Calls the page made that main is still answering (a readied report, a save on leaving a screen): the
  // app keeps running them after the window closes, so a teardown waits for them before the folder goes.
  const inFlight = new Set<Promise<unknown>>();
  const tearDown = async () => {
    await context.close();
    await Promise.allSettled([...inFlight]);
    await store.flush();
  };

  await bringUp();
  return {
    get page() {
      return page;
    },
    get store() {
      return store;
    },
    dataDir,
    ports,
    foreignRequests,
    calls,
    exchanges,
    delayAnswers(channel, ms) {
      delays.set(channel, ms);
    },
    hintStart(start) {
      hint = start;
    },
    origin: server.origin,
    async sendCommand(command) {
      // The menu exists only once the window is up: wait for the frame to have mounted.
      await page.getByTestId('language').waitFor();
      await page.evaluate(
        (payload) =>
          (window as unknown as { __sayonaraEmit: (n: string, p: unknown) => void }).__sayonaraEmit(
            'shell.command',
            payload,
          ),
        { command },
      );
    },
    async restart() {
      await tearDown();
      await bringUp();
    },
    async close() {
      await tearDown();
      await browser.close();
      if (ownsDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
