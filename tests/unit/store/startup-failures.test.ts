// Broken data folders: the store still opens (read-only where writing could lose something) and says
// what is wrong, instead of the app refusing to start without a word.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { nodeIo, type FileIo } from '../../../electron/store/durable-file';
import { openStore, StoreError } from '../../../electron/store/store';
import { makeCase, removeTempDirs, storeWith, tempDir } from './helpers';

afterEach(removeTempDirs);

const DAY1 = new Date('2025-06-01T08:30:00.000Z');
const DAY2 = new Date('2025-06-02T08:30:00.000Z');
const errno = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });

/** Opens are refused with `code` for paths matching `where` (a read-only or full disk). */
function refusing(code: string, where: (file: string) => boolean, call: 'open' | 'rename' = 'open'): FileIo {
  return {
    ...nodeIo,
    [call]: (async (...args: [string, ...unknown[]]) => {
      if (where(String(args[0]))) throw errno(code);
      return (nodeIo[call] as (...a: unknown[]) => Promise<unknown>)(...args);
    }) as never,
  };
}

async function withCase(dir: string): Promise<void> {
  const { store } = await openStore({ dir, now: () => DAY1 });
  await store.update(() => storeWith([makeCase('kept')]));
  await store.backupNow('test');
}

describe('opening a store in a broken data folder', () => {
  it('a folder where the store file should be: opens read-only on the newest backup, file untouched', async () => {
    const dir = await tempDir();
    await withCase(dir);
    await rm(path.join(dir, 'sayonara.json'));
    await mkdir(path.join(dir, 'sayonara.json'));
    const { store, notice } = await openStore({ dir, now: () => DAY2 });
    expect(notice).toMatchObject({ kind: 'unreadable', code: 'EISDIR', restoredFrom: expect.any(String) });
    expect(store.readOnly).toBe(true);
    expect(store.data.cases.map((c) => c.id)).toEqual(['kept']);
    await expect(store.update((d) => ({ ...d, cases: [] }))).rejects.toBeInstanceOf(StoreError);
    expect(await readdir(path.join(dir, 'sayonara.json'))).toEqual([]);
  });

  it('backups/ is a file: opens with the data, writable, and says backups cannot be made', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'sayonara.json'), JSON.stringify(storeWith([makeCase('kept')])));
    await writeFile(path.join(dir, 'backups'), 'not a folder');
    const { store, notice } = await openStore({ dir, now: () => DAY2 });
    expect(notice).toMatchObject({ kind: 'backup-failed', readOnly: false });
    expect(['EEXIST', 'ENOTDIR']).toContain((notice as { code: string }).code);
    expect(store.data.cases.map((c) => c.id)).toEqual(['kept']);
    await store.update((d) => ({ ...d, cases: [] }));
    expect(await readFile(path.join(dir, 'backups'), 'utf8')).toBe('not a folder');
  });

  it('a read-only data folder on a new day: opens read-only with the data, and says why', async () => {
    const dir = await tempDir();
    await withCase(dir);
    const io = refusing('EROFS', (file) => file.startsWith(dir));
    const { store, notice } = await openStore({ dir, now: () => DAY2, io });
    expect(notice).toMatchObject({ kind: 'backup-failed', code: 'EROFS', readOnly: true });
    expect(store.readOnly).toBe(true);
    expect(store.data.cases.map((c) => c.id)).toEqual(['kept']);
  });

  it('a read-only data folder on a day that already has its backup: says so at start, read-only', async () => {
    const dir = await tempDir();
    await withCase(dir);
    // Same day: no backup is due, so nothing at start would otherwise try to write.
    const io = refusing('EROFS', (file) => file.startsWith(dir));
    const { store, notice } = await openStore({ dir, now: () => DAY1, io });
    expect(notice).toMatchObject({ kind: 'backup-failed', code: 'EROFS', readOnly: true, dir });
    expect(store.readOnly).toBe(true);
    expect(store.data.cases.map((c) => c.id)).toEqual(['kept']);
    await expect(store.update((d) => ({ ...d, cases: [] }))).rejects.toMatchObject({
      code: 'store_read_only',
    });
  });

  it('a full disk on a new day: opens writable with the data, and says the backup failed', async () => {
    const dir = await tempDir();
    await withCase(dir);
    const io = refusing('ENOSPC', (file) => file.includes(`${path.sep}backups${path.sep}`));
    const { store, notice } = await openStore({ dir, now: () => DAY2, io });
    expect(notice).toMatchObject({ kind: 'backup-failed', code: 'ENOSPC', readOnly: false });
    expect(store.readOnly).toBe(false);
  });

  it('a damaged store on a read-only disk: not set aside, not overwritten, read-only on the newest backup', async () => {
    const dir = await tempDir();
    await withCase(dir);
    await writeFile(path.join(dir, 'sayonara.json'), '{ damaged');
    const io = refusing('EROFS', () => true, 'rename');
    const { store, notice } = await openStore({ dir, now: () => DAY2, io });
    expect(notice).toMatchObject({
      kind: 'set-aside-failed',
      code: 'EROFS',
      restoredFrom: expect.any(String),
    });
    expect(store.readOnly).toBe(true);
    expect(store.data.cases.map((c) => c.id)).toEqual(['kept']);
    expect(await readFile(path.join(dir, 'sayonara.json'), 'utf8')).toBe('{ damaged');
  });
});
