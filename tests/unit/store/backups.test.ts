// Rotating backups: one a day on open, on demand before risky changes, newest 10 kept.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { BACKUPS_KEPT, listBackups } from '../../../electron/store/backups';
import { decodeStore, openStore } from '../../../electron/store/store';
import { makeCase, removeTempDirs, renameCase, storeWith, tempDir } from './helpers';

afterEach(removeTempDirs);

/** A clock the test moves by hand; local-time constructor, as "today" is the user's day. */
function clock(start: Date): { now: () => Date; set: (date: Date) => void } {
  let current = start;
  return { now: () => current, set: (date) => (current = date) };
}

async function backupsIn(dir: string): Promise<string[]> {
  return (await listBackups(path.join(dir, 'backups'), 'sayonara.json')).map((entry) => entry.name);
}

describe('daily backup', () => {
  test('is taken by the first write to a fresh store, then on the first open of each later local day', async () => {
    const dir = await tempDir();
    const time = clock(new Date(2025, 0, 1, 9, 0));
    const first = await openStore({ dir, now: time.now });
    // A fresh folder has nothing worth copying at open; the first successful write takes the first copy.
    expect(await backupsIn(dir)).toEqual([]);
    await first.store.update(() => storeWith([makeCase('a')]));
    const [initial] = await listBackups(path.join(dir, 'backups'), 'sayonara.json');
    expect(initial?.name).toMatch(/\.first\.json$/);
    expect(decodeStore(await readFile(initial?.path ?? '', 'utf8'), []).data).toEqual(first.store.data);
    await first.store.update(() => storeWith([makeCase('b')]));
    expect(await backupsIn(dir)).toHaveLength(1);

    // That copy counts as the day's: later opens the same day add none.
    time.set(new Date(2025, 0, 1, 23, 59));
    await openStore({ dir, now: time.now });
    expect(await backupsIn(dir)).toHaveLength(1);

    time.set(new Date(2025, 0, 2, 0, 1));
    const nextDay = await openStore({ dir, now: time.now });
    const [daily] = await listBackups(path.join(dir, 'backups'), 'sayonara.json');
    expect(daily?.name).toMatch(/\.daily\.json$/);
    expect(decodeStore(await readFile(daily?.path ?? '', 'utf8'), []).data).toEqual(nextDay.store.data);
    expect(await backupsIn(dir)).toHaveLength(2);
  });

  test('an on-demand backup made today counts as today’s', async () => {
    const dir = await tempDir();
    const time = clock(new Date(2025, 4, 5, 10, 0));
    const { store } = await openStore({ dir, now: time.now });
    await store.update(() => storeWith([makeCase('a')]));
    await store.backupNow('before delete');
    const before = await backupsIn(dir);
    await openStore({ dir, now: time.now });
    expect(await backupsIn(dir)).toEqual(before);
  });
});

describe('backupNow', () => {
  test('copies the last durable state, after the updates queued before it, into backups/', async () => {
    const dir = await tempDir();
    const { store } = await openStore({ dir });
    void store.update(() => storeWith([makeCase('a')]));
    const pending = store.update((data) => renameCase(data, 0, 'queued before the backup'));
    const backupPath = await store.backupNow('before deleting case a');
    await pending;
    expect(path.dirname(backupPath)).toBe(path.join(dir, 'backups'));
    expect(path.basename(backupPath)).toMatch(/^sayonara\.[0-9TZ-]{24}\.before-deleting-case-a\.json$/);
    const backedUp = decodeStore(await readFile(backupPath, 'utf8'), []).data;
    expect(backedUp).toEqual(store.data);
    expect(backedUp.cases[0]?.name).toBe('queued before the backup');
  });

  test('keeps a reason that looks like a path inside backups/', async () => {
    const dir = await tempDir();
    const { store } = await openStore({ dir });
    const backupPath = await store.backupNow('../../outside/evil');
    expect(path.dirname(backupPath)).toBe(path.join(dir, 'backups'));
    expect((await readdir(dir)).sort()).toEqual(['backups']);
  });

  test(`keeps only the newest ${BACKUPS_KEPT}`, async () => {
    const dir = await tempDir();
    const time = clock(new Date('2025-01-01T00:00:00.000Z'));
    const { store } = await openStore({ dir, now: time.now });
    const made: string[] = [];
    for (let i = 0; i < 15; i += 1) {
      // Minutes apart on one day: a new day's first write would add its own daily backup.
      time.set(new Date(Date.UTC(2025, 0, 1, 12, i)));
      await store.update((data) => ({ ...data, cases: [makeCase(`case-${i}`)] }));
      made.push(path.basename(await store.backupNow(`n${i}`)));
    }
    expect(await backupsIn(dir)).toEqual(made.slice(-BACKUPS_KEPT).reverse());
    expect(await readdir(path.join(dir, 'backups'))).toHaveLength(BACKUPS_KEPT);
  });

  test('numbers backups taken in the same millisecond and keeps the newest of them', async () => {
    const dir = await tempDir();
    const fixed = new Date('2025-01-01T00:00:00.000Z');
    const { store } = await openStore({ dir, now: () => fixed });
    const made: string[] = [];
    for (let i = 0; i < 12; i += 1) {
      await store.update((data) => ({ ...data, cases: [makeCase(`case-${i}`)] }));
      made.push(path.basename(await store.backupNow('same time')));
    }
    expect(new Set(made).size).toBe(12);
    expect(await backupsIn(dir)).toEqual(made.slice(-BACKUPS_KEPT).reverse());
    const newest = (await listBackups(path.join(dir, 'backups'), 'sayonara.json'))[0];
    expect(decodeStore(await readFile(newest?.path ?? '', 'utf8'), []).data.cases[0]?.id).toBe('case-11');
  });
});
