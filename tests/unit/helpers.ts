// Shared set-up for unit tests: a temporary data folder with a real store and the real router.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CHANNELS } from '../../electron/ipc/channels';
import type { Router } from '../../electron/ipc/router';
import { startBackend } from '../../electron/services';
import type { Ports } from '../../electron/services/ports';

export async function tempDir(prefix = 'sayonara-unit-'): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), prefix));
}

/** Ports that record what was asked of the OS; a test scripts the dialogs' answers beforehand. */
export interface TestPorts extends Ports {
  opened: string[];
  themes: string[];
  languages: (string | null)[];
  copied: string[];
  nextPicked: string[];
  nextSavePath: string | null;
  nextOpenPath: string | null;
  printed: string[];
  /** The folder picker's next answer, the folders kept for the next start, and each restart asked. */
  nextFolder: string | null;
  remembered: string[];
  restarts: number;
  /** The pages the printer was readied with (report.prepare). */
  prepared: string[];
}

export function testPorts(start = new Date('2026-11-25T09:00:00Z')): TestPorts {
  let tick = 0;
  const ports: TestPorts = {
    opened: [],
    themes: [],
    languages: [],
    copied: [],
    nextPicked: [],
    nextSavePath: null,
    nextOpenPath: null,
    printed: [],
    nextFolder: null,
    remembered: [],
    restarts: 0,
    prepared: [],
    // Each call is one second later, so histories have distinct, ordered times.
    now: () => new Date(start.getTime() + 1000 * tick++),
    openFolder: async (folder) => void ports.opened.push(`folder:${folder}`),
    openExternal: async (url) => void ports.opened.push(`external:${url}`),
    applyTheme: (theme) => void ports.themes.push(theme),
    applyLanguage: (locale) => void ports.languages.push(locale),
    copyText: (text) => void ports.copied.push(text),
    chooseFolder: async () => ports.nextFolder,
    rememberDataFolder: async (folder) => void ports.remembered.push(folder),
    restart: () => void (ports.restarts += 1),
    pickFiles: async () => ports.nextPicked,
    chooseSavePath: async () => ports.nextSavePath,
    chooseOpenPath: async () => ports.nextOpenPath,
    printToPdf: async (html) => {
      ports.printed.push(html);
      return new TextEncoder().encode('%PDF-1.4 fake');
    },
    preparePrint: async (page) => void ports.prepared.push(await page()),
    // Every image drawn as it is.
    fitPng: async () => null,
  };
  return ports;
}

export async function backend(dataDir?: string) {
  const dir = dataDir ?? (await tempDir());
  const ports = testPorts();
  const started = await startBackend({ dataDir: dir, ports, appVersion: '0.0.0-test', systemLocale: 'en' });
  /** A channel's value through the real router; a refusal throws with its code. */
  const call = async <T>(channel: string, payload: unknown): Promise<T> => {
    const result = await started.router.handle(channel, payload);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value as T;
  };
  return { ...started, dir, ports, call, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** `window.sayonara` as the preload builds it, each call straight to `router` and its channel noted in
 * `asked`; `start` is what the preload hands the page (the hint, the answers asked ahead). */
export function preloadBridge(router: Router, asked: string[], start?: Record<string, unknown>) {
  const api: Record<string, Record<string, (payload: unknown) => unknown>> = {};
  for (const channel of CHANNELS) {
    const [domain = '', action = ''] = channel.split('.');
    (api[domain] ??= {})[action] = (payload) => {
      asked.push(channel);
      return router.handle(channel, payload);
    };
  }
  Object.assign(globalThis, { window: { sayonara: { ...api, ...(start ? { start } : {}) } } });
}
