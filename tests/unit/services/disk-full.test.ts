// A full disk is said as such, in the user's language: the renderer gets `disk_full`, not `internal`.
import { open, readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRouter } from '../../../electron/ipc/router';
import { settingsHandlers } from '../../../electron/services/settings';
import { nodeIo, type FileIo } from '../../../electron/store/durable-file';
import { openStore } from '../../../electron/store/store';
import { backend, testPorts } from '../helpers';
import { fakePng, removeTempDirs, tempDir } from '../proof/helpers';
import type { Handlers } from '../../../electron/ipc/contract';

afterEach(removeTempDirs);

describe('a full disk', () => {
  it('a paste whose writes stop short reaches the renderer as disk_full, and leaves no file', async () => {
    const app = await backend();
    try {
      const probe = await open(app.dir, 'r');
      const proto = Object.getPrototypeOf(probe) as { write: (...args: unknown[]) => Promise<unknown> };
      await probe.close();
      const write = proto.write;
      let budget = 64 * 1024;
      // The disk takes 64 KiB, then nothing more: every later write returns 0 bytes written.
      const spy = vi.spyOn(proto, 'write').mockImplementation(function (this: unknown, ...args: unknown[]) {
        const [buffer, offset = 0, length] = args as [Buffer, number?, number?];
        const slice = Math.min(length ?? buffer.length - offset, budget);
        budget -= slice;
        return write.call(this, buffer, offset, slice);
      });
      try {
        const result = await app.router.handle('attachments.importPasted', {
          name: 'shot.png',
          dataBase64: fakePng('f', 300_000).toString('base64'),
        });
        expect(result).toMatchObject({ ok: false, error: { code: 'disk_full' } });
      } finally {
        spy.mockRestore();
      }
      expect(await readdir(path.join(app.dir, 'attachments'))).toEqual([]);
    } finally {
      await app.cleanup();
    }
  });

  it('a store write refused with ENOSPC reaches the renderer as disk_full', async () => {
    const dir = await tempDir();
    const { store } = await openStore({ dir });
    await store.update((data) => ({ ...data, settings: { ...data.settings, theme: 'dark' } }));
    const full: FileIo = {
      ...nodeIo,
      open: (async (...args: Parameters<typeof nodeIo.open>) => {
        if (String(args[0]).endsWith('.tmp'))
          throw Object.assign(new Error('ENOSPC: no space'), { code: 'ENOSPC' });
        return nodeIo.open(...args);
      }) as typeof nodeIo.open,
    };
    const { store: onFullDisk } = await openStore({ dir, io: full });
    const router = createRouter(settingsHandlers(onFullDisk, testPorts()) as Handlers);
    const result = await router.handle('settings.update', { theme: 'light' });
    expect(result).toMatchObject({ ok: false, error: { code: 'disk_full' } });
    expect(onFullDisk.data.settings.theme).toBe('dark');
  });
});
