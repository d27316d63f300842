// The Electron shell: thin on purpose. Everything it wires up lives in plain modules.
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
import { registerIpc } from './ipc';
import { applicationMenuTemplate, contextMenuTemplate } from './menu';
import { developmentUserData, rendererDevUrl, resolveDataDir } from './paths';
import { electronPorts, notifyPort, proofPorts } from './ports';
import { reminderTicker } from '../services/plan';
import { registerAttachmentProtocol } from './attachment-protocol';
import { ATTACHMENT_SCHEME } from '../proof/attachment-store';
import { registerAppProtocol } from './protocol';
import {
  APP_ORIGIN,
  APP_SCHEME,
  denyAllPermissions,
  hardenWebContents,
  secureWebPreferences,
} from './security';
import { shellText } from './shell-text';
import { restoreWindow } from './window-state';
import { startArguments } from '../shared/start-hint';
import { readThirdPartyList, THIRD_PARTY_FILE } from './third-party';

const devServerUrl = rendererDevUrl(app.isPackaged, process.env);
if (!app.isPackaged) app.setPath('userData', developmentUserData(app.getPath('userData')));
const dataDir = resolveDataDir(process.env, app.getPath('userData'));
// Crash dumps stay in the data folder; nothing is ever uploaded.
app.setPath('crashDumps', path.join(dataDir, 'crashes'));
crashReporter.start({ uploadToServer: false });

const systemLocale = toAppLocale(app.getPreferredSystemLanguages());
let locale: Locale = systemLocale;
let mainWindow: BrowserWindow | null = null;
let store: Store | null = null;
const log = createLogger({
  dir: path.join(dataDir, LOG_DIR_NAME),
  secrets: () => (store ? personalStrings(store.data) : []),
});
// `.sayonara` files from the desktop: on the command line now, later through open-file / second-instance.
const opened = openedFilesQueue();
for (const file of backupPathsIn(process.argv.slice(1), process.cwd())) opened.push(file);

const WINDOW_SIZE = { width: 1100, height: 780, minWidth: 800, minHeight: 600 };
/** How often the reminder clock looks for steps that fell due. */
const REMINDER_TICK_MS = 60_000;

protocol.registerSchemesAsPrivileged([
  // codeCache: V8 keeps the compiled scripts of app:// between launches (as it does for https pages).
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
  },
  { scheme: ATTACHMENT_SCHEME, privileges: { standard: true, secure: true } },
]);

function sendCommand(command: ShellCommand): void {
  mainWindow?.webContents.send('shell.command', events['shell.command'].parse({ command }));
}

function openPath(folder: string): void {
  void shell.openPath(folder).then((error) => {
    if (error) log.info(`could not open a folder: ${error}`);
  });
}

function buildMenu(): void {
  const template = applicationMenuTemplate({
    locale,
    isPackaged: app.isPackaged,
    platform: process.platform,
    actions: {
      command: sendCommand,
      openDataFolder: () => openPath(dataDir),
      openLogFolder: () => openPath(path.dirname(log.file)),
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

/** A crashed or hung page gets a notice and a reload; the data lives in main, so nothing saved is lost. */
function offerReload(win: BrowserWindow, kind: 'crashed' | 'hung', reason = ''): void {
  const t = shellText(locale);
  const buttons = kind === 'hung' ? [t('dialog.reload'), t('dialog.wait')] : [t('dialog.reload')];
  void dialog
    .showMessageBox(win, {
      type: 'warning',
      title: t(kind === 'hung' ? 'dialog.hung.title' : 'dialog.crashed.title'),
      message: t(kind === 'hung' ? 'dialog.hung.message' : 'dialog.crashed.message', { reason }),
      detail: t('dialog.reload.detail', { log: log.file }),
      buttons,
      defaultId: 0,
      cancelId: buttons.length - 1,
    })
    .then(({ response }) => {
      if (response === 0 && !win.isDestroyed()) win.webContents.reload();
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
  win.once('ready-to-show', () => win.show());
  win.on('close', () => saveWindowState(win));
  win.on('unresponsive', () => offerReload(win, 'hung'));
  win.webContents.on('render-process-gone', (_event, details) => {
    log.info(`the window's renderer is gone: ${details.reason} (exit code ${details.exitCode})`);
    if (details.reason !== 'clean-exit') offerReload(win, 'crashed', details.reason);
  });
  win.webContents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params, locale);
    if (template.length > 0) Menu.buildFromTemplate(template).popup({ window: win });
  });
  win
    .loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`)
    .catch((error: unknown) => log.error('loading the window', error));
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
  store = backend.store;
  locale = backend.store.data.settings.locale ?? systemLocale;
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
  // The saved theme before the window exists, so its first paint is already right.
  ports.applyTheme(backend.store.data.settings.theme);
  mainWindow = createWindow(backend.store.data.settings.windowState);
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

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
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
