// Bad store files: set aside with their bytes intact, the newest good backup loaded, the user told.
// A file from a newer schema is left alone and makes the store read-only.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { listBackups } from '../../../electron/store/backups';
import { emptyStore, StoreDataSchema } from '../../../electron/store/schema';
import { openStore, StoreError, type Store } from '../../../electron/store/store';
import { makeCase, removeTempDirs, storeWith, tempDir } from './helpers';

afterEach(removeTempDirs);

const NOW = new Date('2025-06-01T08:30:00.123Z');
const now = (): Date => NOW;
const STAMP = '2025-06-01T08-30-00-123Z';

const goodJson = JSON.stringify(storeWith([makeCase('a', 10)]));
const BAD_FILES: Array<[string, string | Buffer]> = [
  ['empty', ''],
  ['truncated', goodJson.slice(0, Math.floor(goodJson.length / 2))],
  ['NUL-filled', Buffer.alloc(4096)],
  ['not JSON', 'this is not json'],
  ['a JSON array', '[1,2,3]'],
  ['without schemaVersion', JSON.stringify({ settings: {}, cases: [] })],
  ['failing validation', JSON.stringify({ ...emptyStore(), cases: [{ id: '', name: 42 }] })],
  // Valid JSON around one byte that is not UTF-8 (read leniently it would turn into U+FFFD on the next write).
  [
    'invalid UTF-8',
    Buffer.from(
      Buffer.from(goodJson.replace('Case a', 'Case \u0001'), 'utf8').map((b) => (b === 1 ? 0xff : b)),
    ),
  ],
];

/** A store whose backup holds case "backed-up", and whose file has moved on to "latest". */
async function storeWithBackup(dir: string): Promise<{ backupName: string }> {
  const { store } = await openStore({ dir });
  await store.update(() => storeWith([makeCase('backed-up')]));
  const backupPath = await store.backupNow('before test');
  await store.update(() => storeWith([makeCase('latest')]));
  return { backupName: path.basename(backupPath) };
}

async function expectRejectsWith(promise: Promise<unknown>, code: StoreError['code']): Promise<void> {
  await expect(promise).rejects.toSatisfy(
    (error: unknown) => error instanceof StoreError && error.code === code,
  );
}

describe.each(BAD_FILES)('a store file that is %s', (_kind, bytes) => {
  test('is set aside byte for byte and the newest good backup is loaded', async () => {
    const dir = await tempDir();
    const { backupName } = await storeWithBackup(dir);
    const file = path.join(dir, 'sayonara.json');
    await writeFile(file, bytes);

    const { store, notice } = await openStore({ dir, now });
    const setAsideFile = `${file}.corrupt-${STAMP}`;
    expect(notice).toEqual({ kind: 'recovered', setAsideFile, restoredFrom: backupName });
    expect(await readFile(setAsideFile)).toEqual(Buffer.from(bytes));
    expect(store.data.cases.map((item) => item.id)).toEqual(['backed-up']);
    expect(store.readOnly).toBe(false);
    // The restored data is the store file again, so the next start is quiet.
    expect(StoreDataSchema.parse(JSON.parse(await readFile(file, 'utf8')))).toEqual(store.data);
    expect((await openStore({ dir, now })).notice).toBeNull();
  });

  test('with no backup, is set aside and the store starts fresh', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'sayonara.json');
    await writeFile(file, bytes);
    const { store, notice } = await openStore({ dir, now });
    expect(notice).toEqual({
      kind: 'recovered',
      setAsideFile: `${file}.corrupt-${STAMP}`,
      restoredFrom: null,
    });
    expect(await readFile(`${file}.corrupt-${STAMP}`)).toEqual(Buffer.from(bytes));
    expect(store.data).toEqual(emptyStore());
    await store.update((data) => ({ ...data, cases: [makeCase('new')] }));
  });
});

describe('recovery', () => {
  test('skips backups that are bad themselves and loads the newest good one', async () => {
    const dir = await tempDir();
    const { backupName } = await storeWithBackup(dir);
    const backupDir = path.join(dir, 'backups');
    // A newer backup that is torn, and a newer one that fails validation.
    await writeFile(path.join(backupDir, 'sayonara.2099-01-01T00-00-00-000Z.manual.json'), '{"schemaVers');
    await writeFile(
      path.join(backupDir, 'sayonara.2099-01-02T00-00-00-000Z.manual.json'),
      JSON.stringify({ schemaVersion: 1 }),
    );
    await writeFile(path.join(dir, 'sayonara.json'), '');
    const { store, notice } = await openStore({ dir, now });
    expect(notice).toMatchObject({ kind: 'recovered', restoredFrom: backupName });
    expect(store.data.cases[0]?.id).toBe('backed-up');
  });

  test('never clobbers an earlier set-aside file with the same timestamp', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'sayonara.json');
    await writeFile(file, 'first');
    await openStore({ dir, now });
    await writeFile(file, 'second');
    const { notice } = await openStore({ dir, now });
    expect(notice).toMatchObject({ setAsideFile: `${file}.corrupt-${STAMP}-2` });
    expect(await readFile(`${file}.corrupt-${STAMP}`, 'utf8')).toBe('first');
    expect(await readFile(`${file}.corrupt-${STAMP}-2`, 'utf8')).toBe('second');
  });
});

describe('a store file from a newer schema', () => {
  const newer = JSON.stringify({ schemaVersion: 99, somethingNew: true, cases: 'whatever' });

  async function openNewer(withBackup: boolean): Promise<{ dir: string; store: Store; notice: unknown }> {
    const dir = await tempDir();
    if (withBackup) await storeWithBackup(dir);
    await writeFile(path.join(dir, 'sayonara.json'), newer);
    return { dir, ...(await openStore({ dir, now })) };
  }

  test('is left in place byte for byte, and the store is read-only', async () => {
    const { dir, store, notice } = await openNewer(true);
    const file = path.join(dir, 'sayonara.json');
    expect(notice).toEqual({ kind: 'newer-schema', file, fileVersion: 99 });
    expect(store.readOnly).toBe(true);
    expect(store.data.cases[0]?.id).toBe('backed-up');
    await expectRejectsWith(
      store.update((data) => ({ ...data, cases: [] })),
      'store_read_only',
    );
    await expectRejectsWith(store.backupNow('delete'), 'store_read_only');
    await store.flush();
    expect(await readFile(file, 'utf8')).toBe(newer);
    expect((await readdir(dir)).sort()).toEqual(['backups', 'sayonara.json']);
    // No backup made over it either: just the ones from before (the first write's, and the one it asked for).
    expect(await listBackups(path.join(dir, 'backups'), 'sayonara.json')).toHaveLength(2);
  });

  test('without a backup, shows a fresh read-only store', async () => {
    const { dir, store, notice } = await openNewer(false);
    expect(notice).toMatchObject({ kind: 'newer-schema', fileVersion: 99 });
    expect(store.data).toEqual(emptyStore());
    expect(store.readOnly).toBe(true);
    expect(await readFile(path.join(dir, 'sayonara.json'), 'utf8')).toBe(newer);
    expect(await readdir(dir)).toEqual(['sayonara.json']);
  });
});

describe('a store file that is missing', () => {
  test('on a first start (no backups) gives a fresh store and no notice', async () => {
    const dir = await tempDir();
    const { store, notice } = await openStore({ dir, now });
    expect(notice).toBeNull();
    expect(store.data.cases).toEqual([]);
  });

  test('while backups exist is put back from the newest good backup, and the user is told', async () => {
    const dir = await tempDir();
    const { backupName } = await storeWithBackup(dir);
    const file = path.join(dir, 'sayonara.json');
    await rm(file);

    const { store, notice } = await openStore({ dir, now });
    expect(notice).toEqual({ kind: 'missing-restored', file, restoredFrom: backupName });
    expect(store.data.cases.map((item) => item.id)).toEqual(['backed-up']);
    expect(StoreDataSchema.parse(JSON.parse(await readFile(file, 'utf8')))).toEqual(store.data);
    expect((await openStore({ dir, now })).notice).toBeNull();
  });
});
