// What the Electron shell must wire up, checked against a fake `electron`: run once on the TypeScript
// source (main-wiring.test.ts) and once on the built bundle (built-main.test.ts), the file Electron runs.
// Each scenario launches the shell afresh (a new fake, a new module instance) over its own data folder.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { writeArchive } from '../../../electron/proof/archive';
import { startArguments } from '../../../electron/shared/start-hint';
import { emptyStore, type StoreData } from '../../../electron/store/schema';
import { makeCase, storeWith } from '../store/helpers';
import { tempDir } from '../helpers';
import { createFakeElectron, type FakeMenu, type FakeOptions } from './fake-electron';

type Fake = ReturnType<typeof createFakeElectron>;
const OWN_PAGE = { senderFrame: { url: 'app://sayonara/index.html', parent: null } };

interface Launch {
  options?: FakeOptions;
  env?: Record<string, string>;
  argv?: string[];
  prepare?: (fake: Fake) => void;
}

/** Imports the shell as Electron would start it, and waits until it opened a window or gave up. */
async function launch(
  importMain: () => Promise<unknown>,
  dataDir: string,
  setup: Launch = {},
): Promise<Fake> {
  const fake = createFakeElectron(setup.options);
  setup.prepare?.(fake);
  vi.resetModules();
  vi.doMock('electron', () => fake);
  const env = { SAYONARA_DATA_DIR: dataDir, ...setup.env };
  const argv = process.argv;
  Object.assign(process.env, env);
  process.argv = [...argv, ...(setup.argv ?? [])];
  try {
    await importMain();
    await vi.waitFor(() => expect(fake.windows.length + fake.app.exit.mock.calls.length).toBeGreaterThan(0));
  } finally {
    for (const key of Object.keys(env)) Reflect.deleteProperty(process.env, key);
    process.argv = argv;
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
      expect(win?.loaded).toEqual(['app://sayonara/index.html']);
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

    it('offers a reload when the page crashes or hangs, and reloads on the answer', async () => {
      const win = fake.windows[0];
      win?.contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
      await vi.waitFor(() => expect(win?.contents.reload).toHaveBeenCalledTimes(1));
      expect(fake.dialog.showMessageBox).toHaveBeenLastCalledWith(
        win,
        expect.objectContaining({ buttons: ['Reload'], message: expect.stringContaining('crashed') }),
      );
      win?.emit('unresponsive');
      await vi.waitFor(() => expect(win?.contents.reload).toHaveBeenCalledTimes(2));
      expect(fake.dialog.showMessageBox).toHaveBeenLastCalledWith(
        win,
        expect.objectContaining({ buttons: ['Reload', 'Wait'] }),
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
      expect(fake.windows[0]?.loaded).toEqual(['app://sayonara/index.html']);
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

    it('the data folder is a file: opens read-only and empty, naming the folder', async () => {
      const parent = await folder(null);
      const dir = path.join(parent, 'not-a-folder');
      await writeFile(dir, 'x');
      const fake = await launch(importMain, dir);
      expect(fake.windows).toHaveLength(1);
      expect(await noticeOf(fake)).toMatchObject({
        notice: { kind: 'data-folder-unusable', dir },
        readOnly: true,
      });
      expect(await ask(fake, 'cases.create', { name: 'x', profile: {}, phoneNumber: '' })).toMatchObject({
        ok: false,
      });
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
