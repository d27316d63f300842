// The store's update/flush contract: serialised, durable, all-or-nothing, and the file is exactly the data.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';
import { nodeIo, type FileIo } from '../../../electron/store/durable-file';
import { StoreDataSchema, type StoreData } from '../../../electron/store/schema';
import { createStoreSerializer } from '../../../electron/store/serialize';
import { openStore, StoreError } from '../../../electron/store/store';
import { makeCase, removeTempDirs, renameCase, storeWith, tempDir } from './helpers';

afterEach(removeTempDirs);

async function fileData(file: string): Promise<StoreData> {
  return StoreDataSchema.parse(JSON.parse(await readFile(file, 'utf8')));
}

describe('openStore on an empty folder', () => {
  test('starts fresh without a notice and writes nothing until the first update', async () => {
    const dir = await tempDir();
    const { store, notice } = await openStore({ dir });
    expect(notice).toBeNull();
    expect(store.readOnly).toBe(false);
    expect(store.filePath).toBe(path.join(dir, 'sayonara.json'));
    expect(store.data.cases).toEqual([]);
    expect(await readdir(dir)).toEqual([]);
  });

  test('refuses a file name that would leave the data folder', async () => {
    const dir = await tempDir();
    for (const fileName of ['../escape.json', 'sub/store.json', '..', '']) {
      await expect(openStore({ dir, fileName })).rejects.toThrow(/plain file name/);
    }
  });
});

describe('update', () => {
  test('resolves with the new data, which is what the file holds and what the next open reads', async () => {
    const dir = await tempDir();
    const { store } = await openStore({ dir, fileName: 'custom.json' });
    const next = await store.update((data) => ({ ...data, cases: [makeCase('a')] }));
    expect(store.data).toBe(next);
    expect(await fileData(path.join(dir, 'custom.json'))).toEqual(next);
    const reopened = await openStore({ dir, fileName: 'custom.json' });
    expect(reopened.store.data).toEqual(next);
    expect(reopened.notice).toBeNull();
  });

  test('many concurrent updates all land, in call order; the file equals the final state', async () => {
    const dir = await tempDir();
    const { store } = await openStore({ dir });
    await store.update(() => storeWith([makeCase('a', 20), makeCase('b', 20)]));
    const appendToNote = (data: StoreData, n: number): StoreData => {
      const [first, ...rest] = data.cases;
      const step = first?.steps['step-0'];
      if (first === undefined || step === undefined) throw new Error('fixture case missing');
      const steps = { ...first.steps, 'step-0': { ...step, note: `${step.note},${n}` } };
      return { ...data, cases: [{ ...first, steps }, ...rest] };
    };
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, n) => store.update((data) => appendToNote(data, n))),
    );
    const tail = (data: StoreData | undefined): string[] =>
      (data?.cases[0]?.steps['step-0']?.note ?? '').split(',').slice(1);
    // Each update saw the one before it: nothing lost, nothing reordered.
    results.forEach((result, n) =>
      expect(tail(result)).toEqual(Array.from({ length: n + 1 }, (_, i) => String(i))),
    );
    expect(await fileData(store.filePath)).toEqual(store.data);
    expect(store.data).toBe(results.at(-1));
    // No temp file left; backups/ holds the copy the first write took.
    expect((await readdir(dir)).sort()).toEqual(['backups', 'sayonara.json']);
  });

  test('a recipe that throws rejects with its error and changes nothing', async () => {
    const dir = await tempDir();
    const { store } = await openStore({ dir });
    const before = await store.update(() => storeWith([makeCase('a')]));
    await expect(
      store.update(() => {
        throw new Error('bad input');
      }),
    ).rejects.toThrow('bad input');
    expect(store.data).toBe(before);
    await expect(store.update((data) => renameCase(data, 0, 'after'))).resolves.toMatchObject({
      cases: [{ name: 'after' }],
    });
  });

  test('a failing write rejects with store_write_failed and leaves data and file at the last durable state', async () => {
    const dir = await tempDir();
    let failRenames = false;
    const io: FileIo = {
      ...nodeIo,
      rename: async (from, to) => {
        if (failRenames) throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
        await nodeIo.rename(from, to);
      },
    };
    const { store } = await openStore({ dir, io });
    const durable = await store.update(() => storeWith([makeCase('a', 5, 'durable')]));
    const bytes = await readFile(store.filePath, 'utf8');
    failRenames = true;
    const failed = store.update((data) => renameCase(data, 0, 'never saved'));
    const queuedBehind = store.update((data) => data);
    await expect(failed).rejects.toSatisfy(
      (error: unknown) => error instanceof StoreError && error.code === 'store_write_failed',
    );
    await expect(queuedBehind).resolves.toBe(durable);
    expect(store.data).toBe(durable);
    expect(await readFile(store.filePath, 'utf8')).toBe(bytes);
    expect((await readdir(dir)).sort()).toEqual(['backups', 'sayonara.json']);
    failRenames = false;
    await store.update((data) => renameCase(data, 0, 'recovered'));
    expect((await fileData(store.filePath)).cases[0]?.name).toBe('recovered');
  });

  test('returning the current data writes nothing', async () => {
    const dir = await tempDir();
    const { store } = await openStore({ dir });
    await expect(store.update((data) => data)).resolves.toBe(store.data);
    expect(await readdir(dir)).toEqual([]);
  });

  test('data is frozen: an in-place mutation throws instead of going stale in the file', async () => {
    const dir = await tempDir();
    const { store } = await openStore({ dir });
    await store.update(() => storeWith([makeCase('a')]));
    const first = store.data.cases[0];
    expect(() => {
      if (first !== undefined) first.name = 'mutated';
    }).toThrow(TypeError);
  });

  test('flush resolves once every queued update is durable', async () => {
    const dir = await tempDir();
    const { store } = await openStore({ dir });
    void store.update(() => storeWith([makeCase('a')]));
    const last = store.update((data) => renameCase(data, 0, 'last'));
    last.catch(() => undefined);
    await store.flush();
    expect((await fileData(store.filePath)).cases[0]?.name).toBe('last');
  });
});

describe('createStoreSerializer', () => {
  const caseArb = fc
    .record({
      id: fc.string({ minLength: 1, maxLength: 8 }),
      steps: fc.nat(4),
      name: fc.string({ minLength: 1 }),
    })
    .map(({ id, steps, name }) => makeCase(id, steps, name));

  test('writes the same bytes as JSON.stringify across a run of immutable updates', () => {
    fc.assert(
      fc.property(
        fc.array(caseArb, { maxLength: 5 }),
        fc.array(fc.tuple(fc.nat(), fc.string()), { maxLength: 10 }),
        (cases, renames) => {
          const serialize = createStoreSerializer();
          let data = storeWith(cases);
          expect(serialize(data).toString('utf8')).toBe(JSON.stringify(data));
          for (const [index, name] of renames) {
            if (data.cases.length === 0) break;
            data = renameCase(data, index % data.cases.length, name);
            expect(serialize(data).toString('utf8')).toBe(JSON.stringify(data));
          }
        },
      ),
    );
  });
});
