// A fake `electron` module: records what the shell asks of Electron, so the wiring can be checked under Node.
import { vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

export class FakeEmitter {
  listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener) {
    return this.on(event, listener);
  }
  emit(event: string, ...args: unknown[]) {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
}

export class FakeWebContents extends FakeEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
}

export function createFakeElectron() {
  const windows: { options: Record<string, unknown>; loaded: string[]; contents: FakeWebContents }[] = [];
  const app = Object.assign(new FakeEmitter(), {
    requestSingleInstanceLock: vi.fn(() => true),
    whenReady: vi.fn(() => Promise.resolve()),
    getPath: vi.fn(() => '/nonexistent/userData'),
    getVersion: vi.fn(() => '0.1.0'),
    getPreferredSystemLanguages: vi.fn(() => ['ja-JP']),
    quit: vi.fn(),
    exit: vi.fn(),
  });
  class BrowserWindow extends FakeEmitter {
    webContents = new FakeWebContents();
    loaded: string[] = [];
    constructor(readonly options: Record<string, unknown>) {
      super();
      windows.push({ options, loaded: this.loaded, contents: this.webContents });
      // Electron emits web-contents-created for every new window's contents.
      app.emit('web-contents-created', {}, this.webContents);
    }
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
    show = vi.fn();
    focus = vi.fn();
    restore = vi.fn();
    isMinimized = () => false;
  }
  const notifications: { title: string; body: string }[] = [];
  class Notification {
    static isSupported = () => true;
    constructor(readonly options: { title: string; body: string }) {}
    show() {
      notifications.push(this.options);
    }
  }
  const handlers = new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>();
  const session = {
    defaultSession: {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
    },
  };
  return {
    app,
    BrowserWindow,
    windows,
    handlers,
    Notification,
    notifications,
    session,
    ipcMain: {
      handle: vi.fn((channel: string, fn: (e: unknown, p: unknown) => Promise<unknown>) =>
        handlers.set(channel, fn),
      ),
    },
    nativeTheme: { shouldUseDarkColors: false, themeSource: 'system' },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
    shell: { openExternal: vi.fn(() => Promise.resolve()), openPath: vi.fn(() => Promise.resolve('')) },
  };
}
