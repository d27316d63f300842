import { CATALOGS } from '../../../data/text';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { listBackups } from '../../../electron/store/backups';
import { CURRENT_SCHEMA_VERSION, StoreDataSchema } from '../../../electron/store/schema';
import { openStore } from '../../../electron/store/store';
import { recordedBills } from '../../../electron/proof/case-records';
import { verifyChain } from '../../../electron/proof/chain';
import { makeCase, removeTempDirs, tempDir } from './helpers';

afterEach(removeTempDirs);

const noHolder = { name: '', residenceCard: '', passport: '' };

/** v6: a saved case's step titles gain ne, id and pt-BR, from the catalogs by their English (else it). */
type Steps = Record<string, { titleSnapshot: Record<string, string> }>;
const withV6Titles = <C extends object>(c: C & { steps?: Steps }) => ({
  ...c,
  steps: Object.fromEntries(
    Object.entries(c.steps ?? {}).map(([id, progress]) => {
      const en = progress.titleSnapshot.en ?? '';
      const added = Object.fromEntries(
        (['ne', 'id', 'pt-BR'] as const).map((code) => [code, CATALOGS[code][en] ?? en]),
      );
      return [id, { ...progress, titleSnapshot: { ...progress.titleSnapshot, ...added } }];
    }),
  ),
});

test('a real v1 store file migrates with empty proof lists and no holder, after a backup of the original', async () => {
  const dir = await tempDir();
  // A v1 case, as v1 wrote it: no holder yet.
  const v1Case: Partial<ReturnType<typeof makeCase>> = makeCase('c1');
  delete v1Case.holder;
  delete v1Case.services;
  const v1 = {
    schemaVersion: 1,
    settings: { locale: 'zh-CN', theme: 'light', lastCaseId: 'c1' },
    cases: [v1Case],
  };
  const original = JSON.stringify(v1, null, 2);
  await writeFile(path.join(dir, 'sayonara.json'), original);

  const { store, notice } = await openStore({ dir });
  expect(notice).toBeNull();
  expect(store.data).toMatchObject({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    records: [],
    attachments: [],
    documentAttachments: [],
    settings: v1.settings,
  });
  expect(store.data.cases).toEqual([{ ...v1Case, holder: noHolder, services: { chosen: [], custom: [] } }]);

  const backups = await listBackups(path.join(dir, 'backups'), 'sayonara.json');
  const before = backups.find((b) => b.name.includes('before-migration-from-v1'));
  expect(before).toBeDefined();
  expect(await readFile(before?.path ?? '', 'utf8')).toBe(original);
  expect(JSON.parse(await readFile(path.join(dir, 'sayonara.json'), 'utf8'))).toMatchObject({
    schemaVersion: CURRENT_SCHEMA_VERSION,
  });
});

test('the saved v2 store migrates to the current version: an empty holder, titles in every language, no payment method said, nothing else changes, after a backup', async () => {
  const dir = await tempDir();
  const original = await readFile(path.join(import.meta.dirname, '../store/fixtures/store-v2.json'), 'utf8');
  const v2 = JSON.parse(original) as { cases: object[]; [key: string]: unknown };
  await writeFile(path.join(dir, 'sayonara.json'), original);

  const { store, notice } = await openStore({ dir, now: () => new Date('2026-01-02T03:04:05.006Z') });
  expect(notice).toBeNull();
  expect(CURRENT_SCHEMA_VERSION).toBe(6);
  // v4: the step title snapshot gains zh-TW, ko and vi. This title is no catalog text, so Traditional
  // Chinese takes the snapshot's own Simplified and the others its English. v5: no services chosen yet.
  // v6: ne, id and pt-BR, English too.
  const title = { 'zh-CN': '取得转出号码', en: 'Get the MNP number', ja: 'MNP予約番号を取得' };
  expect(store.data).toEqual({
    ...v2,
    schemaVersion: 6,
    cases: v2.cases.map((c) => ({
      ...c,
      holder: noHolder,
      services: { chosen: [], custom: [] },
      // v5: how the bills are paid is not said yet.
      payment: null,
      steps: {
        'get-mnp-number': {
          done: true,
          note: '受付番号 A-123',
          history: [{ done: true, at: '2025-03-01T10:00:00.000Z' }],
          titleSnapshot: {
            ...title,
            'zh-TW': title['zh-CN'],
            ko: title.en,
            vi: title.en,
            ne: title.en,
            id: title.en,
            'pt-BR': title.en,
          },
        },
      },
    })),
  });
  // The proof made under v2 is all still there.
  expect(store.data.records).toHaveLength(1);
  expect(store.data.documentAttachments).toHaveLength(1);

  const backups = await listBackups(path.join(dir, 'backups'), 'sayonara.json');
  expect(backups.map((b) => b.name)).toEqual([
    'sayonara.2026-01-02T03-04-05-006Z.before-migration-from-v2.json',
  ]);
  expect(await readFile(backups[0]?.path ?? '', 'utf8')).toBe(original);
  expect(StoreDataSchema.parse(JSON.parse(await readFile(path.join(dir, 'sayonara.json'), 'utf8')))).toEqual(
    store.data,
  );
});

test('the saved v3 store migrates: a title the catalogs know gains its zh-TW, ko and vi (v4), ne, id and pt-BR (v6) from them', async () => {
  const dir = await tempDir();
  const original = await readFile(path.join(import.meta.dirname, '../store/fixtures/store-v3.json'), 'utf8');
  await writeFile(path.join(dir, 'sayonara.json'), original);
  const { store } = await openStore({ dir, now: () => new Date('2026-01-02T03:04:05.006Z') });
  const title = store.data.cases[0]?.steps['mnp.shop']?.titleSnapshot;
  expect(title).toEqual({
    en: 'Get the MNP reservation number at a shop',
    'zh-CN': CATALOGS['zh-CN']['Get the MNP reservation number at a shop'],
    ja: CATALOGS.ja['Get the MNP reservation number at a shop'],
    'zh-TW': CATALOGS['zh-TW']['Get the MNP reservation number at a shop'],
    ko: CATALOGS.ko['Get the MNP reservation number at a shop'],
    vi: CATALOGS.vi['Get the MNP reservation number at a shop'],
    ne: CATALOGS.ne['Get the MNP reservation number at a shop'],
    id: CATALOGS.id['Get the MNP reservation number at a shop'],
    'pt-BR': CATALOGS['pt-BR']['Get the MNP reservation number at a shop'],
  });
  expect(title?.ko).toMatch(/\p{Script=Hangul}/u);
  expect(title?.ne).toMatch(/\p{Script=Devanagari}/u);
});

test('the saved v4 store migrates: no payment method said yet (v5), step titles in ne, id and pt-BR (v6); every record and its hashes as they were, a "Final bill paid" read as the last bill paid', async () => {
  const dir = await tempDir();
  const original = await readFile(
    path.join(import.meta.dirname, '../store/fixtures/store-v4-final-bill.json'),
    'utf8',
  );
  const v4 = JSON.parse(original) as { cases: object[]; records: unknown[]; [key: string]: unknown };
  await writeFile(path.join(dir, 'sayonara.json'), original);
  const { store, notice } = await openStore({ dir, now: () => new Date('2026-01-02T03:04:05.006Z') });
  expect(notice).toBeNull();
  expect(store.data).toEqual({
    ...v4,
    schemaVersion: 6,
    cases: v4.cases.map((c) => withV6Titles({ ...c, services: { chosen: [], custom: [] }, payment: null })),
  });
  for (const record of store.data.records) expect(verifyChain(record.revisions).intact).toBe(true);
  expect(recordedBills(store.data.records, 'case-1')).toEqual([
    {
      recordId: '2f1c9a40-5b7e-4d2a-9c3e-8a6b1d0e4f21',
      month: '2025-05',
      amountYen: 1650,
      paid: true,
      paidOn: '2025-05-27',
      final: true,
    },
  ]);
  const backups = await listBackups(path.join(dir, 'backups'), 'sayonara.json');
  expect(backups.map((b) => b.name)).toEqual([
    'sayonara.2026-01-02T03-04-05-006Z.before-migration-from-v4.json',
  ]);
});

test('a v5 case may hold a complaint draft; a draft that is not one is refused', async () => {
  // Issue 19: a case's complaint draft is optional, so a v4 case needs nothing added; the version moves
  // so that an older app, which would drop drafts, never writes a v5 file.
  const dir = await tempDir();
  const original = await readFile(path.join(import.meta.dirname, '../store/fixtures/store-v4.json'), 'utf8');
  await writeFile(path.join(dir, 'sayonara.json'), original);
  const { store, notice } = await openStore({ dir, now: () => new Date('2026-01-02T03:04:05.006Z') });
  expect(notice).toBeNull();
  const v4 = JSON.parse(original) as { cases: object[]; [key: string]: unknown };
  expect(store.data).toEqual({
    ...v4,
    schemaVersion: 6,
    cases: v4.cases.map((c) => withV6Titles({ ...c, services: { chosen: [], custom: [] }, payment: null })),
  });
  const drafted = {
    ...store.data,
    cases: store.data.cases.map((c) => ({
      ...c,
      complaint: {
        choices: {
          problem: 'charged-after-cancellation',
          amountYen: 3280,
          chargedOn: '2027-01-10',
          asks: { stopBilling: true, refund: true, confirmation: true },
          replyTo: 'me@example.com',
        },
        letterJa: null,
        letterOwn: '해지일 이후 요금이 청구되었어요.\n\n요금 청구를 멈춰 주세요.',
        ownLocale: 'ko',
        updatedAt: '2027-01-12T01:00:00.000Z',
      },
    })),
  };
  expect(StoreDataSchema.parse(drafted)).toEqual(drafted);
  // A draft that is not one (an unknown problem) is refused, as any bad store value.
  const bad = structuredClone(drafted) as { cases: { complaint: { choices: { problem: string } } }[] };
  for (const c of bad.cases) c.complaint.choices.problem = 'other';
  expect(StoreDataSchema.safeParse(bad).success).toBe(false);
});
