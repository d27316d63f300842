// What the Electron shell must wire up, checked against a fake `electron`: run once on the TypeScript
// source (main-wiring.test.ts) and once on the built bundle (built-main.test.ts), the file Electron runs.
// Each scenario launches the shell afresh (a new fake, a new module instance) over its own data folder.
import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { LANGUAGE_FILE } from '../../../electron/main/chromium-language';
import { isInside } from '../../../electron/main/data-location';
import { SHOW_ANYWAY_MS } from '../../../electron/main/window-watch';
import { writeArchive } from '../../../electron/proof/archive';
import { startArguments } from '../../../electron/shared/start-hint';
import { emptyStore, type StoreData } from '../../../electron/store/schema';
import { makeCase, storeWith } from '../store/helpers';
import { tempDir } from '../helpers';
import { createFakeElectron, type FakeMenu, type FakeOptions } from './fake-electron';

type Fake = ReturnType<typeof createFakeElectron> & {
  /** The shell's own unhandledRejection handlers (taken off the test process, to be called by hand). */
  rejectionHandlers: ((reason: unknown) => void)[];
};
const OWN_PAGE = { senderFrame: { url: 'app://sayonara/index.html', parent: null } };

interface Launch {
  options?: FakeOptions;
  env?: Record<string, string>;
  argv?: string[];
  prepare?: (fake: Fake) => void;
  /** The platform the shell believes it runs on (process.platform while it starts). */
  platform?: NodeJS.Platform;
}

/**
 * Imports the shell as Electron would start it, and waits until it opened a window or gave up. `dataDir`
 * goes into SAYONARA_DATA_DIR; null leaves the app to find its own folder.
 */
async function launch(
  importMain: () => Promise<unknown>,
  dataDir: string | null,
  setup: Launch = {},
): Promise<Fake> {
  const fake: Fake = Object.assign(createFakeElectron(setup.options), {
    rejectionHandlers: [] as Fake['rejectionHandlers'],
  });
  setup.prepare?.(fake);
  vi.resetModules();
  vi.doMock('electron', () => fake);
  const env = { ...(dataDir === null ? {} : { SAYONARA_DATA_DIR: dataDir }), ...setup.env };
  const argv = process.argv;
  const platform = process.platform;
  const listeners = process.listeners('unhandledRejection');
  Object.assign(process.env, env);
  process.argv = [...argv, ...(setup.argv ?? [])];
  if (setup.platform) Object.defineProperty(process, 'platform', { value: setup.platform });
  try {
    await importMain();
    await vi.waitFor(() => expect(fake.windows.length + fake.app.exit.mock.calls.length).toBeGreaterThan(0));
  } finally {
    for (const key of Object.keys(env)) Reflect.deleteProperty(process.env, key);
    process.argv = argv;
    Object.defineProperty(process, 'platform', { value: platform });
    for (const listener of process.listeners('unhandledRejection')) {
      if (listeners.includes(listener)) continue;
      process.off('unhandledRejection', listener);
      fake.rejectionHandlers.push(listener as (reason: unknown) => void);
    }
  }
  return fake;
}

async function ask(fake: Fake, channel: string, payload: unknown = {}, event: unknown = OWN_PAGE) {
  const handler = fake.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return (await handler(event, payload)) as { ok: boolean; value?: unknown; error?: { code: string } };
}

/** Every label in a menu template, submenus included. */
function labels(template: readonly Record<string, unknown>[]): string[] {
  return template.flatMap((item) => [
    ...(typeof item['label'] === 'string' ? [item['label']] : []),
    ...labels((item['submenu'] as Record<string, unknown>[] | undefined) ?? []),
  ]);
}
function roles(template: readonly Record<string, unknown>[]): string[] {
  return template.flatMap((item) => [
    ...(typeof item['role'] === 'string' ? [item['role']] : []),
    ...roles((item['submenu'] as Record<string, unknown>[] | undefined) ?? []),
  ]);
}
const lastAppMenu = (fake: Fake): FakeMenu['template'] => fake.menus.application.at(-1)?.template ?? [];

/** The installers' appId, as electron-builder reads it. */
const installerAppId = async () =>
  (
    loadYaml(await readFile(path.resolve(import.meta.dirname, '../../../electron-builder.yml'), 'utf8')) as {
      appId: string;
    }
  ).appId;

/** A child process that writes `stderr` and ends with `code`, as node:child_process.spawn would return it. */
function fakeSpawn(stderr: string, code: number) {
  return vi.fn(() => {
    const child = Object.assign(new EventEmitter(), { stderr: new EventEmitter() });
    setTimeout(() => {
      child.stderr.emit('data', Buffer.from(stderr));
      child.emit('close', code);
    }, 0);
    return child;
  });
}

async function dataDirWith(data: StoreData | null): Promise<string> {
  const dir = await tempDir();
  if (data) await writeFile(path.join(dir, 'sayonara.json'), JSON.stringify(data));
  return dir;
}

export function describeShellWiring(label: string, importMain: () => Promise<unknown>): void {
  const made: string[] = [];
  const folder = async (data: StoreData | null) => {
    const dir = await dataDirWith(data);
    made.push(dir);
    return dir;
  };
  afterAll(async () => {
    await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  describe(`the Electron shell wiring (${label})`, () => {
    let fake: Fake;
    let dataDir: string;
    beforeAll(async () => {
      // A user who chose the dark theme last time, and whose window was on a monitor now unplugged.
      const saved = emptyStore();
      dataDir = await folder({
        ...saved,
        settings: {
          ...saved.settings,
          theme: 'dark',
          windowState: { x: 2500, y: 1300, width: 1200, height: 900, maximized: false },
        },
      });
      fake = await launch(importMain, dataDir);
    });

    it('takes the single-instance lock and registers app:// as a secure standard scheme', () => {
      expect(fake.app.requestSingleInstanceLock).toHaveBeenCalled();
      expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith(
        expect.arrayContaining([
          expect.objectContaining({
            scheme: 'app',
            privileges: expect.objectContaining({ standard: true, secure: true, codeCache: true }),
          }),
        ]),
      );
      expect(fake.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    });

    it('opens one sandboxed, isolated window on app://, never file://', () => {
      const [win] = fake.windows;
      expect(win?.options['webPreferences']).toMatchObject({
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
      });
      expect(String((win?.options['webPreferences'] as { preload: string }).preload)).toMatch(
        /preload[\\/]index\.cjs$/,
      );
      // The language the page will open in (none saved: the OS's), for the preload to hand it; no case.
      expect(win?.options['webPreferences']).toMatchObject({
        additionalArguments: startArguments({ locale: 'ja', caseId: null }),
      });
      // The page of that language, which fetches its texts and fonts with the app's scripts.
      expect(win?.loaded).toEqual(['app://sayonara/index.ja.html']);
    });

    it('puts a window saved on an unplugged monitor back on the display that is there, centred', () => {
      const options = fake.windows[0]?.options ?? {};
      expect(options).toMatchObject({ width: 1200, height: 900 });
      // No position: Electron centres the window on the primary display.
      expect(options['x']).toBeUndefined();
      expect(options['y']).toBeUndefined();
    });

    it('guards the window contents and denies all permissions', () => {
      const contents = fake.windows[0]?.contents;
      expect(contents?.listeners.get('will-navigate')).toHaveLength(1);
      expect(contents?.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
      expect(fake.shell.openExternal).not.toHaveBeenCalled();
      expect(fake.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    });

    it('hands an allowed link to the OS as its normalised href, and refuses a disguised one', () => {
      const contents = fake.windows[0]?.contents;
      contents?.windowOpenHandler?.({ url: 'HTTPS://WWW.DOCOMO.NE.JP/a/../support' });
      contents?.windowOpenHandler?.({ url: 'https://www.docomo.ne.jp\\@evil.example/' });
      contents?.windowOpenHandler?.({ url: 'https://www.docomo.ne.jp/\r\nx' });
      expect(fake.shell.openExternal.mock.calls).toEqual([['https://www.docomo.ne.jp/support']]);
    });

    it('a plain click on a link takes the same way out: allowed and normalised to https, or nowhere', () => {
      const contents = fake.windows[0]?.contents;
      fake.shell.openExternal.mockClear();
      const click = (url: string) => {
        const event = { url, isMainFrame: true, preventDefault: vi.fn() };
        contents?.emit('will-navigate', event);
        return event.preventDefault.mock.calls.length;
      };
      expect(click('http://www.docomo.ne.jp/a/../support')).toBe(1);
      expect(click('https://evil.example/')).toBe(1);
      expect(click('https://www.docomo.ne.jp\\@evil.example/')).toBe(1);
      expect(click('app://sayonara/index.html')).toBe(0);
      expect(fake.shell.openExternal.mock.calls).toEqual([['https://www.docomo.ne.jp/support']]);
    });

    it('registers one IPC handler per channel, each refusing foreign senders', async () => {
      const { CHANNELS } = await import('../../../electron/ipc/channels');
      expect([...fake.handlers.keys()].sort()).toEqual([...CHANNELS].sort());
      const foreign = { senderFrame: { url: 'https://evil.example/', parent: null } };
      expect(await ask(fake, 'settings.get', {}, foreign)).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
      expect(await ask(fake, 'settings.get')).toMatchObject({ ok: true });
    });

    it('keeps data in SAYONARA_DATA_DIR, follows the OS language, and keeps crash dumps there, never uploaded', async () => {
      expect(await ask(fake, 'app.info')).toMatchObject({ ok: true, value: { dataDir, systemLocale: 'ja' } });
      expect(fake.crashReporter.start).toHaveBeenCalledWith(
        expect.objectContaining({ uploadToServer: false }),
      );
      expect(fake.app.setPath).toHaveBeenCalledWith('crashDumps', path.join(dataDir, 'crashes'));
    });

    it('an unpackaged run keeps its own data folder, apart from an installed copy', () => {
      expect(fake.app.setPath).toHaveBeenCalledWith('userData', '/nonexistent/userData (development)');
    });

    it('gives the window the saved theme before it opens, and follows a change', async () => {
      expect(fake.nativeTheme.themeSource).toBe('dark');
      await ask(fake, 'settings.update', { theme: 'light' });
      expect(fake.nativeTheme.themeSource).toBe('light');
    });

    it('builds the menu in the OS language, with developer items when unpackaged', () => {
      const menu = lastAppMenu(fake);
      expect(labels(menu)).toEqual(
        expect.arrayContaining([
          'ファイル',
          '新しい手続き',
          'バックアップから復元…',
          '表示',
          'ヘルプ',
          'ログフォルダを開く',
        ]),
      );
      expect(roles(menu)).toEqual(expect.arrayContaining(['toggleDevTools', 'reload', 'copy', 'paste']));
    });

    it('sends menu commands to the window through the contract event, and rebuilds the menu on a language change', async () => {
      const newCase = lastAppMenu(fake)
        .flatMap((item) => (item['submenu'] as Record<string, unknown>[] | undefined) ?? [])
        .find((item) => item['label'] === '新しい手続き');
      (newCase?.['click'] as () => void)();
      expect(fake.windows[0]?.contents.sent.at(-1)).toEqual({
        channel: 'shell.command',
        payload: { command: 'new-case' },
      });
      await ask(fake, 'settings.update', { locale: 'zh-CN' });
      expect(labels(lastAppMenu(fake))).toEqual(
        expect.arrayContaining(['文件', '新建事项', '从备份恢复…', '帮助']),
      );
      await ask(fake, 'settings.update', { locale: 'en' });
      expect(labels(lastAppMenu(fake))).toEqual(expect.arrayContaining(['File', 'New case', 'Help']));
    });

    it('offers Cut, Copy, Paste and Select all on a text field, in the chosen language', () => {
      const contents = fake.windows[0]?.contents;
      const editFlags = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true };
      contents?.emit('context-menu', {}, { isEditable: true, selectionText: '', editFlags });
      const menu = fake.menus.built.at(-1);
      expect(labels(menu?.template ?? [])).toEqual(['Cut', 'Copy', 'Paste', 'Select all']);
      expect(menu?.popup).toHaveBeenCalled();
    });

    it('copies diagnostics to the clipboard: versions, data folder, store, no personal data', async () => {
      const result = await ask(fake, 'app.copyDiagnostics');
      const text = String(fake.clipboard.writeText.mock.calls.at(-1)?.[0]);
      expect(result).toMatchObject({ ok: true, value: { text } });
      expect(text).toContain(`Data folder: ${dataDir}`);
      expect(text).toMatch(/schema \d+/);
      expect(text).toContain('Last 50 log lines');
    });

    it('turns the spell-checker off for the whole session (it would fetch dictionaries)', () => {
      expect(fake.session.defaultSession.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
      expect(fake.windows[0]?.options['webPreferences']).toMatchObject({ spellcheck: false });
    });

    it('a crashed page: the window shows a page saying so, in the OS language, and Reload brings the app back', async () => {
      await ask(fake, 'settings.update', { locale: 'ja' });
      const win = fake.windows[0];
      const loadedBefore = win?.loaded.length ?? 0;
      win?.contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
      expect(win?.show).toHaveBeenCalled();
      const page = decodeURIComponent(String(win?.loaded.at(-1)));
      expect(page).toMatch(/^data:text\/html/);
      expect(page).toContain('予期せず閉じました');
      expect(page).not.toContain('<script');
      expect(fake.dialog.showMessageBox).toHaveBeenLastCalledWith(
        win,
        expect.objectContaining({
          buttons: ['再読み込み', '終了'],
          message: expect.stringContaining('crashed'),
        }),
      );
      // The page of the language chosen since.
      await vi.waitFor(() => expect(win?.loaded.at(-1)).toBe('app://sayonara/index.ja.html'));
      expect(win?.loaded.length).toBe(loadedBefore + 2);
    });

    it('a hung page is offered a reload or a wait, and reloads on the answer', async () => {
      const win = fake.windows[0];
      win?.show.mockClear();
      win?.emit('unresponsive');
      // Shown first: a dialog over a window not yet shown would be invisible.
      expect(win?.show).toHaveBeenCalled();
      await vi.waitFor(() => expect(win?.contents.reload).toHaveBeenCalledTimes(1));
      expect(fake.dialog.showMessageBox).toHaveBeenLastCalledWith(
        win,
        expect.objectContaining({ buttons: ['再読み込み', '待つ'] }),
      );
    });

    it('saves the window state as it closes, and flushes pending writes before quitting', async () => {
      fake.windows[0]?.emit('close');
      const event = { preventDefault: vi.fn() };
      fake.app.emit('will-quit', event);
      expect(event.preventDefault).toHaveBeenCalled();
      await vi.waitFor(() => expect(fake.app.quit).toHaveBeenCalled());
      const saved = JSON.parse(await readFile(path.join(dataDir, 'sayonara.json'), 'utf8')) as StoreData;
      expect(saved.settings.windowState).toMatchObject({ width: 1200, height: 900, maximized: false });
    });
  });

  describe(`a packaged build (${label})`, () => {
    let fake: Fake;
    beforeAll(async () => {
      const dir = await folder(null);
      fake = await launch(importMain, dir, {
        options: { isPackaged: true, systemLanguages: ['zh-Hans-CN'] },
        env: { ELECTRON_RENDERER_URL: 'http://localhost:5173' },
      });
    });

    it('ignores ELECTRON_RENDERER_URL: loads its own page and trusts no other origin', async () => {
      expect(fake.windows[0]?.loaded).toEqual(['app://sayonara/index.zh-CN.html']);
      const devPage = { senderFrame: { url: 'http://localhost:5173/', parent: null } };
      expect(await ask(fake, 'app.info', {}, devPage)).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    });

    it('has no Reload and no DevTools in its menu, which is in the OS language', () => {
      const menu = lastAppMenu(fake);
      expect(roles(menu)).not.toEqual(expect.arrayContaining(['toggleDevTools']));
      expect(roles(menu)).not.toContain('reload');
      expect(roles(menu)).not.toContain('forceReload');
      expect(labels(menu)).toEqual(
        expect.arrayContaining(['文件', '编辑', '视图', '帮助', '关于 Sayonara SIM']),
      );
    });

    it('uses the installed data folder name', () => {
      expect(fake.app.setPath).not.toHaveBeenCalledWith('userData', expect.anything());
    });
  });

  describe(`an unpackaged run under electron-vite dev (${label})`, () => {
    it('loads the dev server and trusts its origin', async () => {
      const dir = await folder(null);
      const fake = await launch(importMain, dir, { env: { ELECTRON_RENDERER_URL: 'http://localhost:5173' } });
      expect(fake.windows[0]?.loaded).toEqual(['http://localhost:5173']);
      const devPage = { senderFrame: { url: 'http://localhost:5173/', parent: null } };
      expect(await ask(fake, 'app.info', {}, devPage)).toMatchObject({ ok: true });
    });
  });

  describe(`a .sayonara file opened from the desktop (${label})`, () => {
    let dataDir: string;
    let backups: string[];
    let before: string;
    beforeAll(async () => {
      dataDir = await folder(storeWith([makeCase('mine')]));
      before = await readFile(path.join(dataDir, 'sayonara.json'), 'utf8');
      const outside = await folder(null);
      backups = await Promise.all(
        ['argv', 'open-file', 'second'].map(async (name) => {
          const file = path.join(outside, `${name}.sayonara`);
          await writeArchive(file, {
            data: storeWith([makeCase(`${name}-1`), makeCase(`${name}-2`)]),
            attachmentsDir: path.join(outside, 'none'),
            appVersion: '0.1.0',
            createdAt: '2026-11-20T10:00:00.000Z',
          });
          return file;
        }),
      );
    });

    it('as a launch argument, by open-file and from a second launch: each reaches the restore preview, nothing changed', async () => {
      const [argvFile, openFile, secondFile] = backups;
      const fake = await launch(importMain, dataDir, { argv: ['--some-flag', argvFile ?? ''] });
      const preview = (file: string | undefined) => ({
        ok: true,
        value: { path: file, summary: expect.objectContaining({ cases: 2 }) },
      });
      expect(await ask(fake, 'backup.takeOpened')).toMatchObject(preview(argvFile));

      fake.app.emit('open-file', { preventDefault: vi.fn() }, openFile);
      expect(fake.windows[0]?.contents.sent.at(-1)).toEqual({
        channel: 'shell.command',
        payload: { command: 'open-backup' },
      });
      expect(await ask(fake, 'backup.takeOpened')).toMatchObject(preview(openFile));

      fake.app.emit(
        'second-instance',
        {},
        ['/usr/bin/sayonara-sim', 'second.sayonara'],
        path.dirname(secondFile ?? ''),
      );
      expect(fake.windows[0]?.focus).toHaveBeenCalled();
      expect(await ask(fake, 'backup.takeOpened')).toMatchObject(preview(secondFile));
      expect(await ask(fake, 'backup.takeOpened')).toEqual({ ok: true, value: null });

      expect(await readFile(path.join(dataDir, 'sayonara.json'), 'utf8')).toBe(before);
      expect(await ask(fake, 'cases.list')).toMatchObject({
        ok: true,
        value: [expect.objectContaining({ id: 'mine' })],
      });
    });
  });

  describe(`a window whose page does not come (${label})`, () => {
    it('is shown at its first paint, and not before', async () => {
      const fake = await launch(importMain, await folder(null));
      const win = fake.windows[0];
      expect(win?.show).not.toHaveBeenCalled();
      win?.emit('ready-to-show');
      expect(win?.show).toHaveBeenCalledTimes(1);
    });

    it(`is shown anyway when no first paint comes within ${SHOW_ANYWAY_MS} ms, and the log says so`, async () => {
      vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout'] });
      try {
        const dir = await folder(null);
        const fake = await launch(importMain, dir);
        const win = fake.windows[0];
        await vi.advanceTimersByTimeAsync(SHOW_ANYWAY_MS - 100);
        expect(win?.show).not.toHaveBeenCalled();
        await vi.advanceTimersByTimeAsync(200);
        expect(win?.show).toHaveBeenCalledTimes(1);
        expect(await readFile(path.join(dir, 'logs', 'sayonara.log'), 'utf8')).toContain('shown anyway');
      } finally {
        vi.useRealTimers();
      }
    });

    it('a page that fails to load: the window shows at once with a page saying why, and Reload tries again', async () => {
      const fake = await launch(importMain, await folder(null));
      const win = fake.windows[0];
      // An aborted load is a navigation the guards refused, not a failure.
      win?.contents.emit('did-fail-load', {}, -3, 'ERR_ABORTED', 'https://evil.example/', true);
      expect(win?.show).not.toHaveBeenCalled();
      win?.contents.emit('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND', 'app://sayonara/index.ja.html', true);
      expect(win?.show).toHaveBeenCalled();
      const page = decodeURIComponent(String(win?.loaded.at(-1)));
      expect(page).toContain('ERR_FILE_NOT_FOUND');
      expect(page).toContain('読み込めませんでした');
      await vi.waitFor(() => expect(win?.loaded.at(-1)).toBe('app://sayonara/index.ja.html'));
    });

    it('a page that keeps crashing is not offered reload after reload: the third time, the log and Quit', async () => {
      const dir = await folder(null);
      const fake = await launch(importMain, dir);
      const win = fake.windows[0];
      for (let crash = 0; crash < 3; crash += 1) {
        win?.contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
        await Promise.resolve();
      }
      const buttons = fake.dialog.showMessageBox.mock.calls.map((call) => (call as unknown[])[1]);
      expect(buttons).toEqual([
        expect.objectContaining({ buttons: ['再読み込み', '終了'] }),
        expect.objectContaining({ buttons: ['再読み込み', '終了'] }),
        expect.objectContaining({ buttons: ['ログフォルダを開く', '終了'] }),
      ]);
      expect(decodeURIComponent(String(win?.loaded.at(-1)))).toContain('再読み込みしません');
      await vi.waitFor(() => expect(fake.shell.openPath).toHaveBeenCalledWith(path.join(dir, 'logs')));
      // Even the problem page's renderer dying again loads nothing more and asks nothing more.
      const loads = win?.loaded.length;
      win?.contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
      expect(win?.loaded.length).toBe(loads);
      expect(fake.dialog.showMessageBox).toHaveBeenCalledTimes(3);
    });

    it('a background task that fails unseen is logged every time, and told once, with the log', async () => {
      const dir = await folder(null);
      const fake = await launch(importMain, dir);
      const [handler] = fake.rejectionHandlers;
      expect(fake.rejectionHandlers).toHaveLength(1);
      handler?.(new Error('the reminder clock broke'));
      handler?.(new Error('and broke again'));
      const log = await readFile(path.join(dir, 'logs', 'sayonara.log'), 'utf8');
      expect(log).toContain('the reminder clock broke');
      expect(log).toContain('and broke again');
      expect(fake.dialog.showMessageBox).toHaveBeenCalledTimes(1);
      expect(fake.dialog.showMessageBox).toHaveBeenCalledWith(
        fake.windows[0],
        expect.objectContaining({ detail: expect.stringContaining(path.join(dir, 'logs', 'sayonara.log')) }),
      );
    });
  });

  describe(`each system's own start (${label})`, () => {
    it('Windows: the installed app takes the installer’s AppUserModelID, a development run its executable', async () => {
      const installed = await launch(importMain, await folder(null), {
        platform: 'win32',
        options: { isPackaged: true },
      });
      expect(installed.app.setAppUserModelId).toHaveBeenCalledWith(await installerAppId());
      const development = await launch(importMain, await folder(null), { platform: 'win32' });
      expect(development.app.setAppUserModelId).toHaveBeenCalledWith(process.execPath);
      const linux = await launch(importMain, await folder(null), { platform: 'linux' });
      expect(linux.app.setAppUserModelId).not.toHaveBeenCalled();
    });

    it('started with --no-sandbox where the sandbox cannot start (an AppImage): no window, the reason and the commands, then exit', async () => {
      const spawn = fakeSpawn(
        '[9:FATAL:setuid_sandbox_host.cc(163)] The SUID sandbox helper binary was found, but is not configured correctly.',
        133,
      );
      vi.doMock('node:child_process', () => ({ spawn }));
      try {
        const fake = await launch(importMain, await folder(null), {
          options: { switches: ['no-sandbox'], isPackaged: true },
          env: { APPIMAGE: '/home/u/Sayonara_SIM.AppImage' },
          argv: ['--no-sandbox', 'backup.sayonara'],
          prepare: (f) =>
            f.dialog.showMessageBox
              .mockResolvedValueOnce({ response: 0 })
              .mockResolvedValueOnce({ response: 1 }),
        });
        const [executable, args, options] = spawn.mock.calls[0] as unknown as [
          string,
          string[],
          { env: NodeJS.ProcessEnv },
        ];
        expect(executable).toBe(process.execPath);
        expect(args).toContain('backup.sayonara');
        expect(args).not.toContain('--no-sandbox');
        expect(options.env['SAYONARA_SANDBOXED_COPY']).toBe('1');
        expect(fake.windows).toHaveLength(0);
        expect(fake.app.requestSingleInstanceLock).not.toHaveBeenCalled();
        expect(fake.dialog.showMessageBox).toHaveBeenCalledWith(
          expect.objectContaining({
            buttons: ['コマンドをコピー', '終了'],
            detail: expect.stringContaining('apparmor_parser -r'),
          }),
        );
        // "Copy" puts the commands on the clipboard and asks again; "Quit" ends.
        expect(fake.clipboard.writeText).toHaveBeenCalledWith(expect.stringContaining('userns,'));
        expect(fake.dialog.showMessageBox).toHaveBeenCalledTimes(2);
        expect(fake.app.exit).toHaveBeenCalledWith(1);
      } finally {
        vi.doUnmock('node:child_process');
      }
    });

    it('started with --no-sandbox where the sandbox can start: only waits for the sandboxed copy, and ends as it ends', async () => {
      const spawn = fakeSpawn('', 0);
      vi.doMock('node:child_process', () => ({ spawn }));
      try {
        const fake = await launch(importMain, await folder(null), {
          options: { switches: ['no-sandbox'], isPackaged: true },
        });
        expect(spawn).toHaveBeenCalledTimes(1);
        expect(fake.windows).toHaveLength(0);
        expect(fake.dialog.showMessageBox).not.toHaveBeenCalled();
        expect(fake.app.exit).toHaveBeenCalledWith(0);
      } finally {
        vi.doUnmock('node:child_process');
      }
    });
  });

  describe(`the window's start-up hint (${label})`, () => {
    it('names the saved language and the case the app reopens, for the page to fetch at once', async () => {
      const saved = storeWith([makeCase('kept')]);
      const dir = await folder({
        ...saved,
        settings: { ...saved.settings, locale: 'ko', lastCaseId: 'kept' },
      });
      const fake = await launch(importMain, dir);
      expect(fake.windows[0]?.options['webPreferences']).toMatchObject({
        additionalArguments: startArguments({ locale: 'ko', caseId: 'kept' }),
      });
    });
  });

  describe(`Chromium's own language: its date and time fields (${label})`, () => {
    const langSwitches = (fake: Fake) => fake.app.commandLine.appended.filter((s) => s.name === 'lang');
    /** The language file is written in the background: given time on a busy machine. */
    const LATER = { timeout: 15_000 };
    const languageFile = async (dir: string): Promise<unknown> =>
      JSON.parse(await readFile(path.join(dir, LANGUAGE_FILE), 'utf8'));

    it('follows the system while no language is saved: no --lang, and nothing kept for it', async () => {
      const dir = await folder(emptyStore());
      const fake = await launch(importMain, dir);
      expect(langSwitches(fake)).toEqual([]);
      expect(existsSync(path.join(dir, LANGUAGE_FILE))).toBe(false);
    });

    it('a saved language is Chromium’s from the next start on: --lang appended before ready', async () => {
      const saved = emptyStore();
      const dir = await folder({ ...saved, settings: { ...saved.settings, locale: 'zh-TW' } });
      // The first start after the language was saved in the store alone: kept for the next one.
      const first = await launch(importMain, dir);
      expect(first.windows).toHaveLength(1);
      await vi.waitFor(async () => expect(await languageFile(dir)).toEqual({ locale: 'zh-TW' }), LATER);
      const next = await launch(importMain, dir);
      expect(langSwitches(next)).toEqual([{ name: 'lang', value: 'zh-TW', beforeReady: true }]);

      // She switches to Japanese: the next start draws 年/月/日 and a 24-hour clock.
      await ask(next, 'settings.update', { locale: 'ja' });
      await vi.waitFor(async () => expect(await languageFile(dir)).toEqual({ locale: 'ja' }), LATER);
      expect(langSwitches(await launch(importMain, dir))).toEqual([
        { name: 'lang', value: 'ja', beforeReady: true },
      ]);
      // English is Chromium's en-US.
      await ask(next, 'settings.update', { locale: 'en' });
      await vi.waitFor(async () => expect(await languageFile(dir)).toEqual({ locale: 'en' }), LATER);
      expect(langSwitches(await launch(importMain, dir))).toEqual([
        { name: 'lang', value: 'en-US', beforeReady: true },
      ]);
    });

    it('the store decides: a language file it does not back is forgotten at start', async () => {
      // A data folder whose store has no saved language (replaced by hand, say) but an old language file.
      const dir = await folder(emptyStore());
      await writeFile(path.join(dir, LANGUAGE_FILE), '{"locale":"ko"}');
      // Read before the store is open, the file still sets this start's --lang; then it goes.
      expect(langSwitches(await launch(importMain, dir))).toEqual([
        { name: 'lang', value: 'ko', beforeReady: true },
      ]);
      await vi.waitFor(() => expect(existsSync(path.join(dir, LANGUAGE_FILE))).toBe(false), LATER);
      expect(langSwitches(await launch(importMain, dir))).toEqual([]);
    });

    it('a damaged language file, or a --lang given on the command line: nothing appended', async () => {
      const dir = await folder(emptyStore());
      await writeFile(path.join(dir, LANGUAGE_FILE), '{"locale":"xx"}');
      expect(langSwitches(await launch(importMain, dir))).toEqual([]);
      await writeFile(path.join(dir, LANGUAGE_FILE), '{"locale":"ja"}');
      expect(langSwitches(await launch(importMain, dir, { options: { switches: ['lang'] } }))).toEqual([]);
    });
  });

  describe(`start-up in a broken data folder (${label})`, () => {
    const noticeOf = async (fake: Fake) =>
      (await ask(fake, 'app.info')).value as { notice: { kind: string } | null; readOnly: boolean };

    it('the store path is a folder: opens read-only with a notice', async () => {
      const dir = await folder(null);
      await mkdir(path.join(dir, 'sayonara.json'));
      const fake = await launch(importMain, dir);
      expect(fake.windows).toHaveLength(1);
      expect(await noticeOf(fake)).toMatchObject({
        notice: { kind: 'unreadable', code: 'EISDIR' },
        readOnly: true,
      });
    });

    it('a notice the data folder’s logs/ cannot take is logged outside it, and the log named is that one', async () => {
      const dir = await folder(storeWith([makeCase('kept')]));
      await writeFile(path.join(dir, 'backups'), 'a file');
      await writeFile(path.join(dir, 'logs'), 'a file where the log folder should be');
      const elsewhere = await folder(null);
      const fake = await launch(importMain, dir, { options: { paths: { logs: elsewhere } } });
      const info = (await ask(fake, 'app.info')).value as { logFile: string; notice: { kind: string } };
      expect(info.notice.kind).toBe('backup-failed');
      expect(info.logFile).toBe(path.join(elsewhere, 'sayonara.log'));
      expect(await readFile(info.logFile, 'utf8')).toContain('backup-failed');
    });

    it('backups/ is a file: opens with the data and a notice that backups fail', async () => {
      const dir = await folder(storeWith([makeCase('kept')]));
      await writeFile(path.join(dir, 'backups'), 'a file');
      const fake = await launch(importMain, dir);
      expect(await noticeOf(fake)).toMatchObject({ notice: { kind: 'backup-failed' }, readOnly: false });
      expect(await ask(fake, 'cases.list')).toMatchObject({
        ok: true,
        value: [expect.objectContaining({ id: 'kept' })],
      });
    });

    it('the data folder is a file: opens read-only and empty, naming the folder, its log written outside it', async () => {
      const parent = await folder(null);
      const dir = path.join(parent, 'not-a-folder');
      await writeFile(dir, 'x');
      // Where Electron keeps logs on Linux and Windows (inside the data folder here), and the temp folder.
      const fake = await launch(importMain, dir, {
        options: { paths: { logs: path.join(dir, 'logs'), temp: parent } },
      });
      expect(fake.windows).toHaveLength(1);
      const info = (await ask(fake, 'app.info')).value as { logFile: string };
      expect(info).toMatchObject({ notice: { kind: 'data-folder-unusable', dir }, readOnly: true });
      expect(isInside(info.logFile, dir)).toBe(false);
      expect(isInside(info.logFile, parent)).toBe(true);
      expect(await readFile(info.logFile, 'utf8')).toContain('data-folder-unusable');
      expect(await ask(fake, 'app.openLogFolder')).toEqual({ ok: true, value: null });
      expect(fake.shell.openPath).toHaveBeenLastCalledWith(path.dirname(info.logFile));
      expect(await ask(fake, 'cases.create', { name: 'x', profile: {}, phoneNumber: '' })).toMatchObject({
        ok: false,
      });
    });

    it('“Choose a different folder”: a folder that works is kept beside userData and the app restarts into it', async () => {
      const parent = await folder(null);
      const userData = path.join(parent, 'Sayonara SIM');
      await writeFile(userData, 'a file where the folder should be');
      const paths = { userData, logs: path.join(userData, 'logs'), temp: parent, home: parent };
      const fake = await launch(importMain, null, { options: { isPackaged: true, paths } });
      expect(await noticeOf(fake)).toMatchObject({ notice: { kind: 'data-folder-unusable', dir: userData } });

      // A folder that cannot be used either is refused with its reason, and nothing is kept.
      const blocked = path.join(parent, 'blocked');
      await writeFile(blocked, 'x');
      fake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [blocked] });
      expect(await ask(fake, 'app.chooseDataFolder')).toMatchObject({
        ok: false,
        error: { code: 'folder_unusable', params: { reason: expect.stringMatching(/^(EEXIST|ENOTDIR)$/) } },
      });
      fake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
      expect(await ask(fake, 'app.chooseDataFolder')).toEqual({ ok: true, value: null });
      expect(fake.app.relaunch).not.toHaveBeenCalled();

      const chosen = path.join(parent, 'chosen data');
      fake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [chosen] });
      expect(await ask(fake, 'app.chooseDataFolder')).toEqual({ ok: true, value: { dataDir: chosen } });
      expect(fake.dialog.showOpenDialog).toHaveBeenLastCalledWith(
        fake.windows[0],
        expect.objectContaining({
          defaultPath: parent,
          properties: expect.arrayContaining(['openDirectory']),
        }),
      );
      expect(fake.app.relaunch).toHaveBeenCalledTimes(1);
      expect(fake.app.quit).toHaveBeenCalled();
      expect(JSON.parse(await readFile(`${userData}.data-folder.json`, 'utf8'))).toEqual({ dataDir: chosen });

      // The next start opens the chosen folder, and a folder that works is not swapped for another.
      const next = await launch(importMain, null, { options: { isPackaged: true, paths } });
      expect(await noticeOf(next)).toMatchObject({ notice: null, readOnly: false });
      expect(await ask(next, 'app.info')).toMatchObject({ value: { dataDir: chosen } });
      expect(await ask(next, 'app.chooseDataFolder')).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    });

    it('“Try again” restarts the app', async () => {
      const fake = await launch(importMain, await folder(null));
      expect(await ask(fake, 'app.restart')).toEqual({ ok: true, value: null });
      expect(fake.app.relaunch).toHaveBeenCalledTimes(1);
      expect(fake.app.quit).toHaveBeenCalled();
    });

    it('when main truly cannot go on: an error box naming the data folder and the log, in the OS language, then exit', async () => {
      const dir = await folder(null);
      const fake = await launch(importMain, dir, {
        prepare: (f) =>
          f.protocol.handle.mockImplementation(() => {
            throw new Error('protocol registration failed');
          }),
      });
      expect(fake.app.exit).toHaveBeenCalledWith(1);
      const [title, body] = fake.dialog.showErrorBox.mock.calls[0] ?? [];
      expect(title).toBe('Sayonara SIM を起動できません');
      expect(body).toContain(dir);
      expect(body).toContain(path.join(dir, 'logs', 'sayonara.log'));
      expect(await readFile(path.join(dir, 'logs', 'sayonara.log'), 'utf8')).toContain(
        'protocol registration failed',
      );
    });
  });
}
