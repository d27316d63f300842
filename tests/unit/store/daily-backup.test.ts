// The README promises at least one backup a day: taken at start, and on the first write of each new day
// while the app stays open, whatever its uptime (the clock is the store's `now` port).
import { afterEach, describe, expect, it } from 'vitest';
import { listBackups } from '../../../electron/store/backups';
import { openStore } from '../../../electron/store/store';
import path from 'node:path';
import { makeCase, removeTempDirs, renameCase, storeWith, tempDir } from './helpers';

afterEach(removeTempDirs);

/** A clock the test moves by hand. */
function fakeClock(start: string) {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set: (iso: string) => {
      current = new Date(iso);
    },
  };
}

const localDay = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

describe('daily backups while the app stays open', () => {
  it('takes one on the first write of each new day, holding that day’s starting data, and none on later writes', async () => {
    const dir = await tempDir();
    const clock = fakeClock('2025-06-01T12:00:00.000Z');
    const { store } = await openStore({ dir, now: clock.now });
    await store.update(() => storeWith([makeCase('a')]));
    const backupDir = path.join(dir, 'backups');
    const daysWithBackups = async () =>
      [...new Set((await listBackups(backupDir, 'sayonara.json')).map((b) => localDay(b.takenAt)))].sort();
    const firstDay = await daysWithBackups();
    expect(firstDay).toHaveLength(1);

    // Five days open: each day's first tick takes that day's backup; the second tick of a day takes none.
    for (let day = 2; day <= 5; day += 1) {
      clock.set(`2025-06-0${day}T12:00:00.000Z`);
      await store.update((data) => renameCase(data, 0, `day ${day} first`));
      clock.set(`2025-06-0${day}T13:00:00.000Z`);
      await store.update((data) => renameCase(data, 0, `day ${day} second`));
    }
    const days = await daysWithBackups();
    expect(days).toHaveLength(5);
    const backups = await listBackups(backupDir, 'sayonara.json');
    expect(backups.filter((b) => b.name.includes('.daily.'))).toHaveLength(4);
    // The day-3 backup holds what the store held when day 3 began: day 2's last write.
    const day3 = backups.find((b) => b.name.includes('.daily.') && localDay(b.takenAt) === days[2]);
    const { readFile } = await import('node:fs/promises');
    expect(JSON.parse(await readFile(day3?.path ?? '', 'utf8')).cases[0].name).toBe('day 2 second');
  });

  it('a store opened on a day that has its backup takes none on that day’s writes, and one the next day', async () => {
    const dir = await tempDir();
    const clock = fakeClock('2025-06-01T09:00:00.000Z');
    await (await openStore({ dir, now: clock.now })).store.update(() => storeWith([makeCase('a')]));
    clock.set('2025-06-01T10:00:00.000Z');
    const { store } = await openStore({ dir, now: clock.now });
    const count = async () => (await listBackups(path.join(dir, 'backups'), 'sayonara.json')).length;
    const before = await count();
    await store.update((data) => renameCase(data, 0, 'same day'));
    expect(await count()).toBe(before);
    clock.set('2025-06-02T10:00:00.000Z');
    await store.update((data) => renameCase(data, 0, 'next day'));
    expect(await count()).toBe(before + 1);
  });
});
