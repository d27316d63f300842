// The migration runner with synthetic lists, the real (empty) list, and migrations through openStore.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { listBackups } from '../../../electron/store/backups';
import {
  checkMigrationList,
  MigrationError,
  MIGRATIONS,
  runMigrations,
  type Migration,
} from '../../../electron/store/migrations';
import { CURRENT_SCHEMA_VERSION, emptyStore, StoreDataSchema } from '../../../electron/store/schema';
import { decodeStore, openStore } from '../../../electron/store/store';
import { buildChecklist } from '../../../electron/guide/engine';
import { CATALOGS } from '../../../data/text';
import { makeCase, removeTempDirs, tempDir } from './helpers';

afterEach(removeTempDirs);

// A made-up history: v1 {items} → v2 {entries} → v3 {entries with a count}.
const SYNTHETIC: Migration[] = [
  { from: 1, to: 2, migrate: ({ items, ...rest }) => ({ ...rest, entries: items }) },
  {
    from: 2,
    to: 3,
    migrate: (raw) => ({ ...raw, count: Array.isArray(raw.entries) ? raw.entries.length : 0 }),
  },
];
const AT_VERSION: Record<number, Record<string, unknown>> = {
  1: { schemaVersion: 1, items: ['a', 'b'] },
  2: { schemaVersion: 2, entries: ['a', 'b'] },
  3: { schemaVersion: 3, entries: ['a', 'b'], count: 2 },
};

describe('runMigrations', () => {
  test.each([1, 2, 3])('brings version %i up to the target', (version) => {
    expect(runMigrations(AT_VERSION[version] ?? {}, SYNTHETIC, 3)).toEqual(AT_VERSION[3]);
  });

  test('stamps each step’s version even if the step forgot to', () => {
    const forgetful: Migration[] = [{ from: 1, to: 2, migrate: () => ({ schemaVersion: 1, x: 1 }) }];
    expect(runMigrations({ schemaVersion: 1 }, forgetful, 2)).toEqual({ schemaVersion: 2, x: 1 });
  });

  test('fails on a missing step, a throwing step, or a step that returns no object', () => {
    expect(() => runMigrations({ schemaVersion: 0 }, SYNTHETIC, 3)).toThrow(MigrationError);
    const throwing: Migration[] = [
      {
        from: 1,
        to: 2,
        migrate: () => {
          throw new Error('boom');
        },
      },
    ];
    expect(() => runMigrations({ schemaVersion: 1 }, throwing, 2)).toThrow(/1→2 failed/);
    const empty: Migration[] = [{ from: 1, to: 2, migrate: () => null }];
    expect(() => runMigrations({ schemaVersion: 1 }, empty, 2)).toThrow(/returned no object/);
    expect(() => runMigrations({ schemaVersion: '1' }, SYNTHETIC, 3)).toThrow(MigrationError);
  });

  test('checkMigrationList accepts a gap-free chain to the target and rejects anything else', () => {
    expect(() => checkMigrationList(SYNTHETIC, 3)).not.toThrow();
    expect(() => checkMigrationList(SYNTHETIC, 4)).toThrow(/must reach version 4/);
    expect(() => checkMigrationList([...SYNTHETIC].reverse(), 3)).toThrow(MigrationError);
    expect(() => checkMigrationList([{ from: 1, to: 3, migrate: (raw) => raw }], 3)).toThrow(/exactly one/);
    expect(() => checkMigrationList([SYNTHETIC[0] as Migration], 3)).toThrow(MigrationError);
  });
});

describe('the real migration list', () => {
  test('has a step from every earlier version up to the current one', () => {
    expect(() => checkMigrationList(MIGRATIONS)).not.toThrow();
    for (let version = 1; version < CURRENT_SCHEMA_VERSION; version += 1) {
      expect(MIGRATIONS.some((step) => step.from === version)).toBe(true);
    }
  });

  test('reads a current-version file as it is', () => {
    const data = { ...emptyStore(), cases: [makeCase('a')] };
    expect(decodeStore(JSON.stringify(data), MIGRATIONS)).toEqual({ data, migratedFrom: null });
  });
});

describe('openStore with the real migrations', () => {
  // One saved store per released schema version, as the app wrote it.
  const FIXTURE_VERSIONS = [1, 2, 3, 4, 5];
  const now = (): Date => new Date('2025-02-03T04:05:06.007Z');

  test('has a fixture for every earlier version', () => {
    for (let version = 1; version < CURRENT_SCHEMA_VERSION; version += 1) {
      expect(FIXTURE_VERSIONS).toContain(version);
    }
  });

  test.each(FIXTURE_VERSIONS)('opens a v%i store, backing it up first when it migrates', async (version) => {
    const dir = await tempDir();
    const file = path.join(dir, 'sayonara.json');
    const original = await readFile(
      path.join(import.meta.dirname, `fixtures/store-v${version}.json`),
      'utf8',
    );
    await writeFile(file, original);

    const { store, notice } = await openStore({ dir, now });
    expect(notice).toBeNull();
    expect(store.data.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(store.data.cases.map((item) => item.id)).toEqual(['case-1']);
    expect(StoreDataSchema.parse(JSON.parse(await readFile(file, 'utf8')))).toEqual(store.data);
    const backups = await listBackups(path.join(dir, 'backups'), 'sayonara.json');
    const migrationBackups = backups.filter((entry) => entry.name.includes('before-migration'));
    if (version < CURRENT_SCHEMA_VERSION) {
      expect(migrationBackups.map((entry) => entry.name)).toEqual([
        `sayonara.2025-02-03T04-05-06-007Z.before-migration-from-v${version}.json`,
      ]);
      expect(await readFile(migrationBackups[0]?.path ?? '', 'utf8')).toBe(original);
    } else {
      expect(migrationBackups).toEqual([]);
    }
  });
});

describe('v4 → v5: the services that text the number (issue 20)', () => {
  test('a v4 case gains an empty choice of services, and keeps its generic step and its tick', async () => {
    const dir = await tempDir();
    await writeFile(
      path.join(dir, 'sayonara.json'),
      await readFile(path.join(import.meta.dirname, 'fixtures/store-v4.json'), 'utf8'),
    );
    const { store } = await openStore({ dir, now: () => new Date('2026-12-07T00:00:00Z') });
    const [migrated] = store.data.cases;
    expect(migrated?.services).toEqual({ chosen: [], custom: [] });
    expect(migrated?.steps['prepare.move-sms-logins']?.done).toBe(true);
    if (!migrated) throw new Error('the case was lost');
    const ids = buildChecklist(migrated.profile, migrated.services).phases.flatMap((p) =>
      p.steps.map((s) => s.id),
    );
    expect(ids).toContain('prepare.move-sms-logins');
    expect(ids.some((id) => id.includes('.service-'))).toBe(false);
  });

  test('leaves a case that is not an object to the schema, which refuses it', () => {
    const raw = { schemaVersion: 4, cases: [null, { id: 'x' }] };
    expect(runMigrations(raw, MIGRATIONS, 5).cases).toEqual([
      null,
      { id: 'x', services: { chosen: [], custom: [] }, payment: null },
    ]);
  });
});

describe('v5 → v6: नेपाली, Bahasa Indonesia and Português (Brasil) (issue 25)', () => {
  test('each step title snapshot gains the new languages from the catalogs, the old ones kept as they were', async () => {
    const dir = await tempDir();
    const original = await readFile(path.join(import.meta.dirname, 'fixtures/store-v5.json'), 'utf8');
    await writeFile(path.join(dir, 'sayonara.json'), original);
    const { store, notice } = await openStore({ dir, now: () => new Date('2026-12-07T00:00:00Z') });
    expect(notice).toBeNull();
    const steps = store.data.cases[0]?.steps ?? {};
    const before = (JSON.parse(original) as { cases: { steps: typeof steps }[] }).cases[0]?.steps ?? {};
    const sms = steps['prepare.move-sms-logins']?.titleSnapshot;
    expect(sms).toEqual({
      ...before['prepare.move-sms-logins']?.titleSnapshot,
      ne: CATALOGS.ne['Move SMS logins off this number while it still works'],
      id: CATALOGS.id['Move SMS logins off this number while it still works'],
      'pt-BR': CATALOGS['pt-BR']['Move SMS logins off this number while it still works'],
    });
    expect(sms?.['pt-BR']).toMatch(/SMS/);
    // A title no catalog holds any more (reworded since it was ticked) reads in English, its fallback.
    expect(steps['prepare.contract-check']?.titleSnapshot).toEqual({
      ...before['prepare.contract-check']?.titleSnapshot,
      ne: 'Check the contract (an old title)',
      id: 'Check the contract (an old title)',
      'pt-BR': 'Check the contract (an old title)',
    });
    expect(steps['prepare.contract-check']?.done).toBe(true);
  });

  test('a v5 store is read as older, not as damaged: the version moves with the languages', () => {
    const raw = { schemaVersion: 5, settings: { locale: 'vi' }, cases: [] };
    expect(runMigrations(raw, MIGRATIONS)).toMatchObject({ schemaVersion: CURRENT_SCHEMA_VERSION });
    expect(CURRENT_SCHEMA_VERSION).toBe(6);
  });
});

describe('openStore with an injected migration list', () => {
  // A made-up v0 that called the settings "prefs": v0 → v1 renames it, then the real steps follow.
  const withV0: Migration[] = [
    { from: 0, to: 1, migrate: ({ prefs, ...rest }) => ({ ...rest, settings: prefs }) },
    ...MIGRATIONS,
  ];
  const v0 = {
    schemaVersion: 0,
    prefs: { locale: 'ja', theme: 'dark', lastCaseId: null },
    cases: [makeCase('old')],
  };
  const now = (): Date => new Date('2025-02-03T04:05:06.007Z');

  test('backs up the original bytes, migrates, validates and saves the result', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'sayonara.json');
    const original = JSON.stringify(v0, null, 2);
    await writeFile(file, original);

    const { store, notice } = await openStore({ dir, now, migrations: withV0 });
    expect(notice).toBeNull();
    expect(store.data.settings).toEqual({ locale: 'ja', theme: 'dark', lastCaseId: null });
    expect(store.data.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    const backups = await listBackups(path.join(dir, 'backups'), 'sayonara.json');
    expect(backups.map((entry) => entry.name)).toEqual([
      'sayonara.2025-02-03T04-05-06-007Z.before-migration-from-v0.json',
    ]);
    expect(await readFile(backups[0]?.path ?? '', 'utf8')).toBe(original);
    expect(StoreDataSchema.parse(JSON.parse(await readFile(file, 'utf8')))).toEqual(store.data);

    // Done once: the next start neither migrates nor backs up again.
    await openStore({ dir, now, migrations: withV0 });
    expect(await listBackups(path.join(dir, 'backups'), 'sayonara.json')).toHaveLength(1);
  });

  test('sets a file aside when its migration yields invalid data', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'sayonara.json');
    await writeFile(file, JSON.stringify({ ...v0, prefs: { theme: 'neon' } }));
    const { store, notice } = await openStore({ dir, now, migrations: withV0 });
    expect(notice).toMatchObject({ kind: 'recovered', restoredFrom: null });
    expect(store.data).toEqual(emptyStore());
  });

  test('with the real list, an older file with no migration path is set aside, not guessed at', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'sayonara.json'), JSON.stringify(v0));
    const { notice } = await openStore({ dir, now });
    expect(notice).toMatchObject({ kind: 'recovered' });
  });

  test('refuses a broken migration list before touching any file', async () => {
    const dir = await tempDir();
    await expect(openStore({ dir, migrations: [{ from: 0, to: 2, migrate: (raw) => raw }] })).rejects.toThrow(
      MigrationError,
    );
  });
});
