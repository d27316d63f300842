// Launching the real app for the Electron suite, two ways:
// - the development binary on the app folder (`electron <repo>`, the way `npm start` and a desktop
//   launcher start it, so Electron reads the product name from package.json), under Playwright's
//   _electron, whose main-process access stands in for dialogs and the browser;
// - the packaged app as a user gets it (SAYONARA_PACKAGED_APP: the executable electron-builder made, fuses
//   flipped, app.asar only). Its fuses refuse Playwright's --inspect, so it is started as a person starts
//   it, with Chromium's own --remote-debugging-port, and driven over CDP: pages only, no main process.
// Both run in a temporary data folder, with the OS language chosen through the environment where the OS
// reads it from there (Linux). Neither ever runs without Chromium's sandbox: where this system cannot
// start it, the launch fails and says why (`npm test` reports the suite as NOT RUN with that reason).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  _electron as electron,
  chromium,
  test,
  type Browser,
  type ElectronApplication,
  type Page,
} from '@playwright/test';
import { findElectronBinary } from '../../scripts/electron-binary.mjs';
import { probeSandbox, sandboxWarning } from '../../scripts/linux-sandbox.mjs';

export const APP_FOLDER = path.resolve(import.meta.dirname, '../..');
const { binary, reason } = findElectronBinary();
/** The packaged executable under test, when the workflow built one. */
export const PACKAGED_APP = process.env['SAYONARA_PACKAGED_APP'] || null;

/** Skips the calling file where no Electron binary exists (npm test reports the suite as NOT RUN). */
export function requireElectron(): void {
  test.skip(!binary, `no Electron binary: ${reason ?? ''}`);
}

/** Skips the calling file unless a packaged app was named (the workflow builds one on each system). */
export function requirePackagedApp(): void {
  test.skip(!PACKAGED_APP, 'SAYONARA_PACKAGED_APP names no packaged app (the CI workflow builds one)');
}

/** Why this system cannot run Chromium's sandbox for `executable`, or null. */
export function sandboxProblem(executable: string | null): string | null {
  return executable && process.platform === 'linux'
    ? sandboxWarning(executable, probeSandbox(executable))
    : null;
}

/** A launch never weakens the app: no --no-sandbox, ever; a sandbox that cannot start fails the test. */
function assertSandboxCanStart(executable: string | null): void {
  const problem = sandboxProblem(executable);
  if (problem)
    throw new Error(`Chromium's sandbox cannot start here, so the app is not launched. ${problem}`);
}

const LOCALES = { en: 'en_US.UTF-8', 'zh-CN': 'zh_CN.UTF-8', ja: 'ja_JP.UTF-8' } as const;
export type OsLanguage = keyof typeof LOCALES;

export interface LaunchOptions {
  /** The data folder (SAYONARA_DATA_DIR); null leaves the app to its own default. */
  dataDir: string | null;
  /** Where Linux keeps config folders (XDG_CONFIG_HOME), so a run never touches the user's own. */
  configHome: string;
  language?: OsLanguage;
  args?: string[];
}

function launchEnv({ dataDir, configHome, language = 'en' }: LaunchOptions): Record<string, string> {
  const env: Record<string, string | undefined> = {
    ...process.env,
    XDG_CONFIG_HOME: configHome,
    LANG: LOCALES[language],
    LANGUAGE: language.replace('-', '_'),
    LC_ALL: LOCALES[language],
  };
  delete env.SAYONARA_DATA_DIR;
  delete env.ELECTRON_RENDERER_URL;
  delete env.ELECTRON_RUN_AS_NODE;
  if (dataDir) env.SAYONARA_DATA_DIR = dataDir;
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

/** Apps still running, closed when their test's folders are disposed of, whatever the test did. */
const running = new Set<{ close(): Promise<void> }>();

export async function launch(options: LaunchOptions): Promise<{ app: ElectronApplication; page: Page }> {
  assertSandboxCanStart(binary);
  const app = await electron.launch({
    executablePath: binary ?? undefined,
    args: [APP_FOLDER, ...(options.args ?? [])],
    env: launchEnv(options),
  });
  running.add(app);
  app.on('close', () => running.delete(app));
  const page = await app.firstWindow();
  return { app, page };
}

/** A second start of the app, as the OS starts it for a double-clicked file: not under Playwright. */
export function launchSecondInstance(options: LaunchOptions): ChildProcess {
  assertSandboxCanStart(binary);
  return spawn(binary ?? 'electron', [APP_FOLDER, ...(options.args ?? [])], {
    env: launchEnv(options),
    stdio: 'ignore',
  });
}

export interface PackagedApp {
  page: Page;
  /** Everything the app wrote to its error output so far. */
  stderr(): string;
  close(): Promise<void>;
}

/** What Chromium prints once --remote-debugging-port listens (Playwright's own launcher waits for it too). */
const DEVTOOLS_LINE = /DevTools listening on (ws:\/\/\S+)/;

/** Starts the packaged app as a person would, plus a debugging port, and attaches to its window. */
export async function launchPackaged(options: LaunchOptions): Promise<PackagedApp> {
  const executable = PACKAGED_APP;
  if (!executable) throw new Error('SAYONARA_PACKAGED_APP is not set');
  assertSandboxCanStart(executable);
  const child = spawn(executable, ['--remote-debugging-port=0', ...(options.args ?? [])], {
    env: launchEnv(options),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const endpoint = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no DevTools endpoint after 60 s:\n${stderr}`)), 60_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
      const found = DEVTOOLS_LINE.exec(stderr);
      if (found?.[1]) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the packaged app ended (${code ?? signal}) before it listened:\n${stderr}`));
    });
  });
  const browser: Browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0] ?? (await browser.newContext());
  const appPage = () => context.pages().find((candidate) => candidate.url().startsWith('app://'));
  const page =
    appPage() ?? (await context.waitForEvent('page', { predicate: (p) => p.url().startsWith('app://') }));
  const handle: PackagedApp = {
    page,
    stderr: () => stderr,
    // As a person closes it: the window, then the app quits by itself (writes flushed); killed only if not.
    close: async () => {
      running.delete(handle);
      await page.evaluate(() => window.close()).catch(() => undefined);
      const quit = await Promise.race([
        exited.then(() => true),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 15_000)),
      ]);
      await browser.close().catch(() => undefined);
      if (!quit) child.kill();
      await exited;
    },
  };
  running.add(handle);
  return handle;
}

export interface TempFolders {
  dataDir: string;
  configHome: string;
  /** Closes any app still running, then removes both folders. */
  dispose(): Promise<void>;
}

export async function tempFolders(): Promise<TempFolders> {
  const base = await mkdtemp(path.join(os.tmpdir(), 'sayonara-electron-'));
  return {
    dataDir: path.join(base, 'data'),
    configHome: path.join(base, 'config'),
    dispose: async () => {
      await Promise.all([...running].map((app) => app.close().catch(() => undefined)));
      await rm(base, { recursive: true, force: true });
    },
  };
}

/** Runs `body` with temporary folders, disposed of after it whatever happens. */
export async function withTempFolders(body: (folders: TempFolders) => Promise<void>): Promise<void> {
  const folders = await tempFolders();
  try {
    await body(folders);
  } finally {
    await folders.dispose();
  }
}

/** Labels of the application menu's top-level items, as the OS draws them. */
export function menuLabels(app: ElectronApplication): Promise<string[]> {
  return app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((item) => item.label) ?? []);
}

/** Answers the next save or open dialog with `file`, as a user picking it would. */
export async function answerDialogs(app: ElectronApplication, file: string): Promise<void> {
  await app.evaluate(({ dialog }, chosen) => {
    const save = async () => ({ canceled: false, filePath: chosen });
    const open = async () => ({ canceled: false, filePaths: [chosen] });
    Object.assign(dialog, { showSaveDialog: save, showOpenDialog: open });
  }, file);
}

/** Records every URL handed to the OS (shell.openExternal) instead of opening a browser. */
export async function recordOpenExternal(app: ElectronApplication): Promise<() => Promise<string[]>> {
  await app.evaluate(({ shell }) => {
    const opened: string[] = [];
    (globalThis as { openedExternally?: string[] }).openedExternally = opened;
    Object.assign(shell, {
      openExternal: async (url: string) => {
        opened.push(url);
      },
    });
  });
  return () =>
    app.evaluate(() => [...((globalThis as { openedExternally?: string[] }).openedExternally ?? [])]);
}

/** A restart asked of the app writes `marker` instead of starting it again; the app still quits. */
export async function recordRestarts(app: ElectronApplication, marker: string): Promise<void> {
  await app.evaluate(({ app: electronApp }, file) => {
    Object.assign(electronApp, {
      relaunch: () => process.getBuiltinModule('node:fs').writeFileSync(file, 'relaunch asked'),
    });
  }, marker);
}
