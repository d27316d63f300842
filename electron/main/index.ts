// The Electron shell: thin on purpose. Everything it wires up lives in plain modules.
import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  nativeTheme,
  Notification,
  protocol,
  session,
  shell,
} from 'electron';
import { isAllowedExternalUrl } from '../services/links';
import { startBackend } from '../services';
import { toAppLocale } from '../services/locale';
import type { Store } from '../store/store';
import { registerIpc } from './ipc';
import { resolveDataDir } from './paths';
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

const devServerUrl = process.env['ELECTRON_RENDERER_URL'];
/** How often the reminder clock looks for steps that fell due. */
const REMINDER_TICK_MS = 60_000;

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  { scheme: ATTACHMENT_SCHEME, privileges: { standard: true, secure: true } },
]);

let mainWindow: BrowserWindow | null = null;
let store: Store | null = null;

function openExternalIfAllowed(url: string): void {
  if (isAllowedExternalUrl(url)) void shell.openExternal(url);
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1100,
    height: 780,
    minWidth: 800,
    minHeight: 600,
    show: false,
    title: 'Sayonara SIM',
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#15171a' : '#f7f6f3',
    webPreferences: secureWebPreferences(path.join(import.meta.dirname, '../preload/index.cjs')),
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
  return win;
}

async function start(): Promise<void> {
  const dataDir = resolveDataDir(process.env, app.getPath('userData'));
  const ports = {
    ...electronPorts(shell, nativeTheme),
    ...proofPorts({ dialog, BrowserWindow, dataDir, parent: () => mainWindow }),
  };
  const systemLocale = toAppLocale(app.getPreferredSystemLanguages());
  const backend = await startBackend({ dataDir, ports, appVersion: app.getVersion(), systemLocale });
  store = backend.store;
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
  mainWindow = createWindow();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  // Every web contents, the main window's included, gets the same guards.
  app.on('web-contents-created', (_event, contents) =>
    hardenWebContents(contents, { devServerUrl, openExternal: openExternalIfAllowed }),
  );
  app.on('window-all-closed', () => app.quit());
  // Pending writes are made durable before the process ends.
  let flushed = false;
  app.on('before-quit', (event) => {
    if (flushed || !store) return;
    event.preventDefault();
    void store.flush().finally(() => {
      flushed = true;
      app.quit();
    });
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('Sayonara SIM could not start:', error);
      app.exit(1);
    });
}
