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
  sent: { channel: string; payload: unknown }[] = [];
  send(channel: string, payload: unknown) {
    this.sent.push({ channel, payload });
  }
  reload = vi.fn();
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
}

export interface FakeOptions {
  isPackaged?: boolean;
  systemLanguages?: string[];
  /** app.getPath answers by name; userData is /nonexistent/userData unless given. */
  paths?: Record<string, string>;
  /** Command-line switches the app was started with (app.commandLine.hasSwitch). */
  switches?: string[];
}

/** A menu as the shell built it: the template it was given, and where it went. */
export interface FakeMenu {
  template: Record<string, unknown>[];
  popup: ReturnType<typeof vi.fn>;
}

export function createFakeElectron(options: FakeOptions = {}) {
  const windows: FakeWindow[] = [];
  const menus = { application: [] as FakeMenu[], built: [] as FakeMenu[] };
  const paths: Record<string, string> = { userData: '/nonexistent/userData', ...options.paths };
  // Electron is ready once the main script's first run is over: a switch appended later is too late.
  let ready = false;
  const appended: { name: string; value: string | undefined; beforeReady: boolean }[] = [];
  const app = Object.assign(new FakeEmitter(), {
    isPackaged: options.isPackaged ?? false,
    setPath: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => true),
    whenReady: vi.fn(() =>
      Promise.resolve().then(() => {
        ready = true;
      }),
    ),
    getPath: vi.fn((name: string) => paths[name] ?? `/nonexistent/${name}`),
    getVersion: vi.fn(() => '0.1.0'),
    getPreferredSystemLanguages: vi.fn(() => options.systemLanguages ?? ['ja-JP']),
    commandLine: {
      hasSwitch: vi.fn((name: string) => (options.switches ?? []).includes(name)),
      appendSwitch: vi.fn((name: string, value?: string) => {
        appended.push({ name, value, beforeReady: !ready });
      }),
      /** Every switch the shell appended, and whether Electron was still to become ready. */
      appended,
    },
    setAppUserModelId: vi.fn(),
    relaunch: vi.fn(),
    quit: vi.fn(),
    exit: vi.fn(),
  });
  class BrowserWindow extends FakeEmitter {
    webContents = new FakeWebContents();
    loaded: string[] = [];
    contents = this.webContents;
    maximized = false;
    constructor(readonly options: Record<string, unknown>) {
      super();
      windows.push(this);
      // Electron emits web-contents-created for every new window's contents.
      app.emit('web-contents-created', {}, this.webContents);
    }
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
    visible = false;
    show = vi.fn(() => {
      this.visible = true;
    });
    isVisible = () => this.visible;
    focus = vi.fn();
    restore = vi.fn();
    isMinimized = () => false;
    isDestroyed = () => false;
    maximize = vi.fn(() => {
      this.maximized = true;
    });
    isMaximized = () => this.maximized;
    getNormalBounds = () => ({
      x: Number(this.options['x'] ?? 100),
      y: Number(this.options['y'] ?? 100),
      width: Number(this.options['width']),
      height: Number(this.options['height']),
    });
  }
  const notifications: { title: string; body: string }[] = [];
  class Notification {
    static isSupported = () => true;
    constructor(readonly options: { title: string; body: string }) {}
    show() {
      notifications.push(this.options);
    }
  }
  type FakeWindow = InstanceType<typeof BrowserWindow>;
  const Menu = {
    buildFromTemplate: vi.fn((template: Record<string, unknown>[]) => {
      const menu: FakeMenu = { template, popup: vi.fn() };
      menus.built.push(menu);
      return menu;
    }),
    setApplicationMenu: vi.fn((menu: FakeMenu) => menus.application.push(menu)),
  };
  const handlers = new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>();
  const session = {
    defaultSession: {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setSpellCheckerEnabled: vi.fn(),
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
    Menu,
    menus,
    /** One 1920×1080 display at the origin (a laptop with its external monitor unplugged). */
    screen: { getAllDisplays: vi.fn(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }]) },
    crashReporter: { start: vi.fn() },
    clipboard: { writeText: vi.fn() },
    // Only the report's PNG fitting uses it (tested with its own fake in print-window.test.ts).
    nativeImage: { createFromBuffer: vi.fn() },
    ipcMain: {
      handle: vi.fn((channel: string, fn: (e: unknown, p: unknown) => Promise<unknown>) =>
        handlers.set(channel, fn),
      ),
    },
    nativeTheme: { shouldUseDarkColors: false, themeSource: 'system' },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    dialog: {
      showOpenDialog: vi.fn(),
      showSaveDialog: vi.fn(),
      showErrorBox: vi.fn(),
      showMessageBox: vi.fn(() => Promise.resolve({ response: 0 })),
    },
    shell: { openExternal: vi.fn(() => Promise.resolve()), openPath: vi.fn(() => Promise.resolve('')) },
  };
}
