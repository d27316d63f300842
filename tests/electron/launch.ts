// Launching the real app for the Electron suite: the app folder (`electron <repo>`, the way
// `npm start` and a desktop launcher start it, so Electron reads the product name from package.json),
// in a temporary data folder, with the OS language chosen through the environment where the OS reads
// it from there (Linux). The sandbox stays on unless this system cannot start it, and then the test
// says so in its annotations.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, test, type ElectronApplication, type Page } from '@playwright/test';
import { findElectronBinary } from '../../scripts/electron-binary.mjs';
import { probeSandbox, sandboxWarning } from '../../scripts/linux-sandbox.mjs';

export const APP_FOLDER = path.resolve(import.meta.dirname, '../..');
const { binary, reason } = findElectronBinary();

/** Skips the calling file where no Electron binary exists (npm test reports the suite as NOT RUN). */
export function requireElectron(): void {
  test.skip(!binary, `no Electron binary: ${reason ?? ''}`);
}

/** Why this system cannot run Chromium's sandbox for the development binary, or null. */
const sandboxProblem =
  binary && process.platform === 'linux' ? sandboxWarning(binary, probeSandbox(binary)) : null;

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

function launchArgs(options: LaunchOptions): string[] {
  if (sandboxProblem) {
    test.info().annotations.push({ type: 'sandbox off', description: sandboxProblem });
  }
  return [APP_FOLDER, ...(sandboxProblem ? ['--no-sandbox'] : []), ...(options.args ?? [])];
}

/** Apps still running, closed when their test's folders are disposed of, whatever the test did. */
const running = new Set<ElectronApplication>();

export async function launch(options: LaunchOptions): Promise<{ app: ElectronApplication; page: Page }> {
  const app = await electron.launch({
    executablePath: binary ?? undefined,
    args: launchArgs(options),
    env: launchEnv(options),
  });
  running.add(app);
  app.on('close', () => running.delete(app));
  const page = await app.firstWindow();
  return { app, page };
}

/** A second start of the app, as the OS starts it for a double-clicked file: not under Playwright. */
export function launchSecondInstance(options: LaunchOptions): ChildProcess {
  return spawn(binary ?? 'electron', launchArgs(options), { env: launchEnv(options), stdio: 'ignore' });
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
