// What the Electron shell must wire up, checked against a fake `electron`: run once on the TypeScript
// source (main-wiring.test.ts) and once on the built bundle (built-main.test.ts), the file Electron runs.
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { emptyStore } from '../../../electron/store/schema';
import { tempDir } from '../helpers';
import type { createFakeElectron } from './fake-electron';

export function describeShellWiring(
  label: string,
  fake: ReturnType<typeof createFakeElectron>,
  importMain: () => Promise<unknown>,
): void {
  describe(`the Electron shell wiring (${label})`, () => {
    let dataDir: string;
    beforeAll(async () => {
      dataDir = await tempDir();
      // A user who chose the dark theme last time.
      const saved = emptyStore();
      await writeFile(
        path.join(dataDir, 'sayonara.json'),
        JSON.stringify({ ...saved, settings: { ...saved.settings, theme: 'dark' } }),
      );
      process.env['SAYONARA_DATA_DIR'] = dataDir;
      await importMain();
      await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
    });
    afterAll(async () => {
      delete process.env['SAYONARA_DATA_DIR'];
      await rm(dataDir, { recursive: true, force: true });
    });

    it('takes the single-instance lock and registers app:// as a secure standard scheme', () => {
      expect(fake.app.requestSingleInstanceLock).toHaveBeenCalled();
      expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith(
        expect.arrayContaining([
          expect.objectContaining({
            scheme: 'app',
            privileges: expect.objectContaining({ standard: true, secure: true }),
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
      expect(win?.loaded).toEqual(['app://sayonara/index.html']);
    });

    it('guards the window contents and denies all permissions', () => {
      const contents = fake.windows[0]?.contents;
      expect(contents?.listeners.get('will-navigate')).toHaveLength(1);
      expect(contents?.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
      expect(fake.shell.openExternal).not.toHaveBeenCalled();
      expect(fake.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    });

    it('registers one IPC handler per channel, each refusing foreign senders', async () => {
      const { CHANNELS } = await import('../../../electron/ipc/channels');
      expect([...fake.handlers.keys()].sort()).toEqual([...CHANNELS].sort());
      const handler = fake.handlers.get('settings.get');
      const foreign = await handler?.({ senderFrame: { url: 'https://evil.example/', parent: null } }, {});
      expect(foreign).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      const own = await handler?.({ senderFrame: { url: 'app://sayonara/index.html', parent: null } }, {});
      expect(own).toMatchObject({ ok: true });
    });

    it('keeps data in SAYONARA_DATA_DIR and follows the OS language', async () => {
      const handler = fake.handlers.get('app.info');
      const info = await handler?.({ senderFrame: { url: 'app://sayonara/index.html', parent: null } }, {});
      expect(info).toMatchObject({ ok: true, value: { dataDir, systemLocale: 'ja' } });
    });

    it('gives the window the saved theme before it opens, and follows a change', async () => {
      expect(fake.nativeTheme.themeSource).toBe('dark');
      const handler = fake.handlers.get('settings.update');
      const own = { senderFrame: { url: 'app://sayonara/index.html', parent: null } };
      await handler?.(own, { theme: 'light' });
      expect(fake.nativeTheme.themeSource).toBe('light');
    });

    it('flushes pending writes before quitting', async () => {
      const event = { preventDefault: vi.fn() };
      fake.app.emit('before-quit', event);
      expect(event.preventDefault).toHaveBeenCalled();
      await vi.waitFor(() => expect(fake.app.quit).toHaveBeenCalled());
    });
  });
}
