// The Electron shell: thin on purpose. Everything it wires up lives in plain modules.
import { spawn } from 'node:child_process';
import path from 'node:path';
import {
  app,
  BrowserWindow,
  clipboard,
  crashReporter,
  dialog,
  ipcMain,
  Menu,
  nativeImage,
  nativeTheme,
  Notification,
  protocol,
  screen,
  session,
  shell,
} from 'electron';
import type { Locale } from '../guide/types';
import { events, type ShellCommand } from '../ipc/contract';
import { externalHref } from '../services/links';
import { startBackend } from '../services';
import { toAppLocale } from '../services/locale';
import { createLogger, LOG_DIR_NAME, personalStrings } from '../services/log';
import { backupPathsIn, openedFilesQueue } from '../services/opened-files';
import type { Store } from '../store/store';
import { APP_ID } from './app-id';
import { applyChromiumLanguage, languageKeeper, readSavedLanguage } from './chromium-language';
import { locationFile, readRememberedDataDir, rememberDataDir } from './data-location';
import { registerIpc } from './ipc';
import { applicationMenuTemplate, contextMenuTemplate } from './menu';
import { dataDirFromEnvironment, developmentUserData, rendererDevUrl, resolveDataDir } from './paths';
import { dataFolderPorts, electronPorts, notifyPort, proofPorts } from './ports';
import { problemPageUrl } from './problem-page';
import { reminderTicker } from '../services/plan';
import { registerAttachmentProtocol } from './attachment-protocol';
import { ATTACHMENT_SCHEME } from '../proof/attachment-store';
import { registerAppProtocol } from './protocol';
import { APPIMAGE_PROFILE_COMMANDS, superviseSandboxedCopy } from './sandbox-guard';
import {
  APP_ORIGIN,
  APP_SCHEME,
  denyAllPermissions,
  hardenWebContents,
  secureWebPreferences,
} from './security';
import { shellText } from './shell-text';
import { keepStartLogReadable, movableLogger, type MovableLogger } from './start-log';
import { restoreWindow } from './window-state';
import { crashLoopGuard, SHOW_ANYWAY_MS, showByFirstPaintOrLater } from './window-watch';
import { startArguments, startPage } from '../shared/start-hint';
import { readThirdPartyList, THIRD_PARTY_FILE } from './third-party';

const WINDOW_SIZE = { width: 1100, height: 780, minWidth: 800, minHeight: 600 };
/** How often the reminder clock looks for steps that fell due. */
const REMINDER_TICK_MS = 60_000;
/** More crashes than this within a minute: the page is not offered yet another reload. */
const CRASH_LIMIT = { limit: 2, withinMs: 60_000 };

const systemLocale = toAppLocale(app.getPreferredSystemLanguages());
let locale: Locale = systemLocale;
/** Keeps the saved language where the next start reads it before the app is ready (chromium-language.ts). */
let keepLanguageForNextStart: (saved: Locale | null) => void = () => undefined;
let mainWindow: BrowserWindow | null = null;
let store: Store | null = null;
// Set by startShell, before anything reads them.
let devServerUrl: string | undefined;
let userData = '';
let dataDir = '';
let log: MovableLogger;
const opened = openedFilesQueue();
const crashes = crashLoopGuard(CRASH_LIMIT);

function sendCommand(command: ShellCommand): void {
  mainWindow?.webContents.send('shell.command', events['shell.command'].parse({ command }));
}

function openPath(folder: string): void {
  void shell.openPath(folder).then((error) => {
    if (error) log.info(`could not open a folder: ${error}`);
  });
}

const openLogFolder = () => openPath(path.dirname(log.file));

function buildMenu(): void {
  const template = applicationMenuTemplate({
    locale,
    isPackaged: app.isPackaged,
    platform: process.platform,
    actions: {
      command: sendCommand,
      openDataFolder: () => openPath(dataDir),
      openLogFolder,
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/** Only an allow-listed address leaves the app, and only as the parsed URL's own href. */
function openExternalIfAllowed(url: string): void {
  const href = externalHref(url);
  if (href !== null) shell.openExternal(href).catch((error: unknown) => log.error('openExternal', error));
}

function bringToFront(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

/** Queues a backup file for the restore preview and tells the window; nothing is applied here. */
function receiveBackupFile(file: string): void {
  opened.push(file);
  bringToFront();
  sendCommand('open-backup');
}

/** The app's page in the language main hints (the window's start arguments): it fetches that language's
 * texts and fonts with its scripts. */
const appPageUrl = () => devServerUrl ?? `${APP_ORIGIN}/${startPage(locale)}`;

function loadAppPage(win: BrowserWindow): void {
  win.loadURL(appPageUrl()).catch((error: unknown) => log.error('loading the window', error));
}

/** A hung page: a notice, and a reload when asked; the data lives in main, so nothing saved is lost. */
function offerReloadWhenHung(win: BrowserWindow): void {
  // A dialog over a window not shown yet would be invisible (a sheet, on macOS).
  win.show();
  const t = shellText(locale);
  const buttons = [t('dialog.reload'), t('dialog.wait')];
  void dialog
    .showMessageBox(win, {
      type: 'warning',
      title: t('dialog.hung.title'),
      message: t('dialog.hung.message'),
      detail: t('dialog.reload.detail', { log: log.file }),
      buttons,
      defaultId: 0,
      cancelId: 1,
    })
    .then(({ response }) => {
      if (response === 0 && !win.isDestroyed()) win.webContents.reload();
    });
}

type Trouble = { kind: 'crashed' | 'crash-loop'; reason: string } | { kind: 'load-failed'; detail: string };

/** Windows whose page keeps crashing: told once, and their problem page is not loaded again and again. */
const givenUp = new WeakSet<BrowserWindow>();

/**
 * The app's page is gone (its renderer died) or never came (it failed to load): the window shows a page
 * saying so, visible at once even before a first paint, and a dialog offers what can be done. A page that
 * keeps crashing is offered no further reload.
 */
function showTrouble(win: BrowserWindow, trouble: Trouble): void {
  if (win.isDestroyed() || givenUp.has(win)) return;
  if (trouble.kind === 'crash-loop') givenUp.add(win);
  const t = shellText(locale);
  const what =
    trouble.kind === 'load-failed'
      ? t('problem.loadFailed', { detail: trouble.detail })
      : trouble.kind === 'crashed'
        ? t('dialog.crashed.message', { reason: trouble.reason })
        : t('problem.crashLoop', { reason: trouble.reason });
  win
    .loadURL(
      problemPageUrl({
        lang: locale,
        title: t('problem.title'),
        paragraphs: [what, t('problem.safe'), t('problem.log', { log: log.file })],
      }),
    )
    .catch((error: unknown) => log.error('showing the problem page', error));
  win.show();
  const canReload = trouble.kind !== 'crash-loop';
  const buttons = canReload
    ? [t('dialog.reload'), t('dialog.quit')]
    : [t('dialog.openLogFolder'), t('dialog.quit')];
  void dialog
    .showMessageBox(win, {
      type: 'error',
      title: trouble.kind === 'load-failed' ? t('problem.title') : t('dialog.crashed.title'),
      message: what,
      detail: canReload
        ? t('dialog.reload.detail', { log: log.file })
        : `${t('problem.safe')} ${t('problem.log', { log: log.file })}`,
      buttons,
      defaultId: 0,
      cancelId: 1,
    })
    .then(({ response }) => {
      if (response === 1) app.quit();
      else if (!canReload) openLogFolder();
      else if (!win.isDestroyed()) loadAppPage(win);
    });
}

function saveWindowState(win: BrowserWindow): void {
  if (!store || store.readOnly) return;
  const { x, y, width, height } = win.getNormalBounds();
  const windowState = { x, y, width, height, maximized: win.isMaximized() };
  store
    .update((data) => ({ ...data, settings: { ...data.settings, windowState } }))
    .catch((error: unknown) => log.error('saving the window state', error));
}

function createWindow(saved: Store['data']['settings']['windowState']): BrowserWindow {
  const restored = restoreWindow(
    saved,
    screen.getAllDisplays().map((display) => display.workArea),
    WINDOW_SIZE,
  );
  const win = new BrowserWindow({
    ...restored.bounds,
    minWidth: WINDOW_SIZE.minWidth,
    minHeight: WINDOW_SIZE.minHeight,
    show: false,
    title: 'Sayonara SIM',
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#15171a' : '#f7f6f3',
    webPreferences: {
      ...secureWebPreferences(path.join(import.meta.dirname, '../preload/index.cjs')),
      // The language and the case the page will open on, so it fetches them while it asks for the settings.
      additionalArguments: startArguments({ locale, caseId: store?.data.settings.lastCaseId ?? null }),
    },
  });
  if (restored.maximized) win.maximize();
  showByFirstPaintOrLater(win, SHOW_ANYWAY_MS, () =>
    log.info(`the window had not painted after ${SHOW_ANYWAY_MS} ms: shown anyway`),
  );
  win.on('close', () => saveWindowState(win));
  win.on('unresponsive', () => offerReloadWhenHung(win));
  win.webContents.on('render-process-gone', (_event, details) => {
    log.info(`the window's renderer is gone: ${details.reason} (exit code ${details.exitCode})`);
    if (details.reason === 'clean-exit') return;
    showTrouble(win, { kind: crashes.record() ? 'crashed' : 'crash-loop', reason: details.reason });
  });
  win.webContents.on('did-fail-load', (_event, code, description, url, isMainFrame) => {
    // -3 is an aborted load (a navigation the guards refused); the problem page itself is never retried.
    if (!isMainFrame || code === -3 || url.startsWith('data:')) return;
    log.info(`the window's page did not load: ${description} (${code}) ${url}`);
    showTrouble(win, { kind: 'load-failed', detail: `${description}, ${code}` });
  });
  win.webContents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params, locale);
    if (template.length > 0) Menu.buildFromTemplate(template).popup({ window: win });
  });
  loadAppPage(win);
  return win;
}

async function start(): Promise<void> {
  const ports = {
    ...electronPorts({
      shell,
      nativeTheme,
      clipboard,
      onLanguage: (chosen) => {
        locale = chosen ?? systemLocale;
        buildMenu();
        keepLanguageForNextStart(chosen);
      },
    }),
    ...dataFolderPorts({
      dialog,
      parent: () => mainWindow,
      title: () => shellText(locale)('dialog.chooseFolder.title'),
      defaultPath: app.getPath('home'),
      remember: async (folder) => {
        // SAYONARA_DATA_DIR decides every start it is set for: the choice then holds for this restart.
        if (dataDirFromEnvironment(process.env)) process.env['SAYONARA_DATA_DIR'] = folder;
        else await rememberDataDir(locationFile(userData), folder);
      },
      restart: () => {
        app.relaunch();
        app.quit();
      },
    }),
    ...proofPorts({ dialog, nativeImage, BrowserWindow, dataDir, parent: () => mainWindow }),
  };
  const backend = await startBackend({
    dataDir,
    ports,
    appVersion: app.getVersion(),
    systemLocale,
    runtime: {
      electron: process.versions.electron ?? '',
      chrome: process.versions.chrome ?? '',
      node: process.versions.node,
    },
    log,
    opened,
    thirdParty: readThirdPartyList(
      [import.meta.dirname, path.join(import.meta.dirname, '../renderer')],
      THIRD_PARTY_FILE,
    ),
  });
  // Where the log goes if the data folder cannot hold it: Electron's logs folder (which getPath creates,
  // and so may fail to), else a temp folder of the user's.
  keepStartLogReadable(log, backend.notice, dataDir, [
    ...electronLogsFolder(),
    path.join(app.getPath('temp'), `sayonara-sim-logs${process.getuid ? `-${process.getuid()}` : ''}`),
  ]);
  store = backend.store;
  locale = backend.store.data.settings.locale ?? systemLocale;
  keepLanguageForNextStart(backend.store.data.settings.locale);
  buildMenu();
  const openStore = backend.store;
  const tick = reminderTicker({
    store: openStore,
    now: ports.now,
    locale: () => openStore.data.settings.locale ?? systemLocale,
    notify: notifyPort(Notification),
  });
  setInterval(tick, REMINDER_TICK_MS).unref();
  registerIpc(ipcMain, backend.router, devServerUrl);
  registerAppProtocol(protocol, path.join(import.meta.dirname, '../renderer'));
  registerAttachmentProtocol(protocol, dataDir);
  denyAllPermissions(session.defaultSession);
  // Chromium would fetch its spell-checking dictionaries from the network: the app never talks to it.
  session.defaultSession.setSpellCheckerEnabled(false);
  // The saved theme before the window exists, so its first paint is already right.
  ports.applyTheme(backend.store.data.settings.theme);
  mainWindow = createWindow(backend.store.data.settings.windowState);
}

function electronLogsFolder(): string[] {
  try {
    return [app.getPath('logs')];
  } catch {
    return [];
  }
}

/** Main cannot go on: say so in the user's language, naming the data folder and the log, then exit. */
function giveUp(error: unknown): void {
  log.error('start-up', error);
  const t = shellText(locale);
  const detail = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox(
    t('dialog.fatal.title'),
    t('dialog.fatal.message', { dir: dataDir, log: log.file, detail }),
  );
  app.exit(1);
}

/** A promise nobody waited for failed: always logged; the first one in a session is also told. */
let toldOfBackgroundFailure = false;
function onUnhandledRejection(reason: unknown): void {
  log.error('a background task failed (unhandled rejection)', reason);
  if (toldOfBackgroundFailure || !mainWindow || mainWindow.isDestroyed()) return;
  toldOfBackgroundFailure = true;
  const t = shellText(locale);
  void dialog
    .showMessageBox(mainWindow, {
      type: 'warning',
      title: t('dialog.background.title'),
      message: t('dialog.background.message'),
      detail: t('dialog.background.detail', { log: log.file }),
      buttons: [t('dialog.ok'), t('dialog.openLogFolder')],
      defaultId: 0,
      cancelId: 0,
    })
    .then(({ response }) => {
      if (response === 1) openLogFolder();
    });
}

function startShell(): void {
  devServerUrl = rendererDevUrl(app.isPackaged, process.env);
  if (!app.isPackaged) app.setPath('userData', developmentUserData(app.getPath('userData')));
  userData = app.getPath('userData');
  const remembered = readRememberedDataDir(locationFile(userData));
  dataDir = resolveDataDir(process.env, userData, remembered.dataDir);
  log = movableLogger(
    (dir) => createLogger({ dir, secrets: () => (store ? personalStrings(store.data) : []) }),
    path.join(dataDir, LOG_DIR_NAME),
  );
  if (remembered.problem) log.info(`the chosen data folder was not used: ${remembered.problem}`);
  // Chromium's date and time fields in the saved language: its --lang must be set before the app is ready.
  const chromiumLanguage = readSavedLanguage(dataDir);
  applyChromiumLanguage(app.commandLine, chromiumLanguage);
  keepLanguageForNextStart = languageKeeper(dataDir, chromiumLanguage, (error) =>
    log.error('keeping the language for the next start', error),
  );
  process.on('unhandledRejection', onUnhandledRejection);
  // Reminders and the taskbar belong to the installed app (the installer's shortcuts carry this id).
  if (process.platform === 'win32') app.setAppUserModelId(app.isPackaged ? APP_ID : process.execPath);
  // Crash dumps stay in the data folder; nothing is ever uploaded.
  app.setPath('crashDumps', path.join(dataDir, 'crashes'));
  crashReporter.start({ uploadToServer: false });
  // `.sayonara` files from the desktop: on the command line now, later through open-file / second-instance.
  for (const file of backupPathsIn(process.argv.slice(1), process.cwd())) opened.push(file);

  protocol.registerSchemesAsPrivileged([
    // codeCache: V8 keeps the compiled scripts of app:// between launches (as it does for https pages).
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
    { scheme: ATTACHMENT_SCHEME, privileges: { standard: true, secure: true } },
  ]);

  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on('second-instance', (_event, argv, workingDirectory) => {
    for (const file of backupPathsIn(argv.slice(1), workingDirectory)) receiveBackupFile(file);
    bringToFront();
  });
  // macOS hands a double-clicked document over this way, possibly before the app is ready.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    receiveBackupFile(file);
  });
  // Every web contents, the main window's included, gets the same guards.
  app.on('web-contents-created', (_event, contents) =>
    hardenWebContents(contents, { devServerUrl, openExternal: openExternalIfAllowed }),
  );
  app.on('window-all-closed', () => app.quit());
  // Pending writes (the window's last state included, saved as it closes) are durable before the end.
  let flushed = false;
  app.on('will-quit', (event) => {
    if (flushed || !store) return;
    event.preventDefault();
    void store.flush().finally(() => {
      flushed = true;
      app.quit();
    });
  });
  app.whenReady().then(start).catch(giveUp);
}

/** Started without the sandbox (an AppImage's launcher adds --no-sandbox on Ubuntu 24.04 and later): run
 * a sandboxed copy instead, or say what to do where the system allows none (see sandbox-guard.ts). */
function superviseWithoutSandbox(): void {
  // Only a waiting process: no Dock icon beside the copy's.
  app.dock?.hide();
  const t = shellText(systemLocale);
  const appImage = Boolean(process.env['APPIMAGE']);
  const detail = appImage
    ? `${t('sandbox.appImage')}\n\n${APPIMAGE_PROFILE_COMMANDS}`
    : t('sandbox.other', { binary: process.execPath });
  void superviseSandboxedCopy({
    spawn,
    execPath: process.execPath,
    argv: process.argv,
    env: process.env,
    stderr: process.stderr,
    explanation: { title: t('sandbox.title'), message: t('sandbox.message'), detail },
    ask: async () => {
      await app.whenReady();
      const buttons = appImage ? [t('sandbox.copy'), t('dialog.quit')] : [t('dialog.quit')];
      const { response } = await dialog.showMessageBox({
        type: 'error',
        title: t('sandbox.title'),
        message: t('sandbox.message'),
        detail,
        buttons,
        defaultId: 0,
        cancelId: buttons.length - 1,
      });
      return response === buttons.length - 1 ? 'quit' : 'copy';
    },
    copyText: (text) => clipboard.writeText(text),
    exit: (code) => app.exit(code),
  });
}

if (app.commandLine.hasSwitch('no-sandbox')) superviseWithoutSandbox();
else startShell();
