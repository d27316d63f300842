// Shared set-up for the proof tests: temp folders, a store on disk, fake ports, and a snapshot of a
// folder's files so a test can show that a refused operation changed nothing.
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../../electron/ipc/result';
import { nextRevision } from '../../../electron/proof/chain';
import type { CaseData, ProofRecord, RecordContent } from '../../../electron/store/schema';
import { openStore } from '../../../electron/store/store';
import { DOCOMO_PHYSICAL_SHOP } from '../../fixtures/profiles';

const made: string[] = [];

export async function tempDir(prefix = 'sayonara-proof-'): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export async function removeTempDirs(): Promise<void> {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

/**
 * A PNG signature and an IHDR chunk (64 × 64 pixels) followed by distinct bytes: enough for the importer's
 * magic check and for the report, which reads an image's size from its header before drawing it.
 */
export function fakePng(seed: string, size = 2048): Buffer {
  const body = Buffer.alloc(size, seed);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(body);
  body.writeUInt32BE(13, 8);
  body.write('IHDR', 12, 'latin1');
  body.writeUInt32BE(64, 16);
  body.writeUInt32BE(64, 20);
  return body;
}

/** Every file under `dir` (relative path → SHA-256 of its bytes). */
export async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, file)] = createHash('sha256')
      .update(await readFile(file))
      .digest('hex');
  }
  return out;
}

export function content(overrides: Partial<RecordContent> = {}): RecordContent {
  return {
    kind: 'shop-visit',
    occurredAt: '2026-11-24T15:30:00+09:00',
    timeZone: 'Asia/Tokyo',
    shopBranch: 'docomo Shop Shinjuku',
    phoneDialled: '',
    portal: '',
    referenceNumber: 'A-123456',
    effectiveDate: '2026-11-30',
    staffName: '佐藤',
    finalBillYen: 3280,
    feesYen: 0,
    note: '解約受付済み。SIM は返却不要。',
    stepId: null,
    attachmentIds: [],
    ...overrides,
  };
}

/** A bill as a person abroad records it: in São Paulo's time, with the month it was billed for. */
export const billRecord = (bill: NonNullable<RecordContent['bill']>): RecordContent =>
  content({
    kind: 'bill',
    occurredAt: '2027-02-10T20:00:00-03:00',
    timeZone: 'America/Sao_Paulo',
    shopBranch: '',
    referenceNumber: '',
    effectiveDate: '',
    staffName: '',
    finalBillYen: null,
    feesYen: null,
    note: '',
    portal: 'My docomo',
    bill,
  });

export function makeCase(id: string): CaseData {
  const at = '2026-11-20T10:00:00.000Z';
  return {
    id,
    name: `Case ${id}`,
    createdAt: at,
    updatedAt: at,
    archived: false,
    profile: DOCOMO_PHYSICAL_SHOP,
    phoneNumber: '090-1234-5678',
    holder: { name: '', residenceCard: '', passport: '' },
    services: { chosen: [], custom: [] },
    steps: {},
    documents: {},
    payment: null,
  };
}

export function makeRecord(id: string, caseId: string, edits: Partial<RecordContent>[] = []): ProofRecord {
  let revisions = [nextRevision([], content(), '2026-11-24T07:00:00.000Z')];
  edits.forEach((edit, i) => {
    revisions = [...revisions, nextRevision(revisions, content(edit), `2026-11-24T0${8 + i}:00:00.000Z`)];
  });
  return { id, caseId, revisions };
}

/** A store in a fresh data folder holding one case with one record. */
export async function seededStore(dir?: string) {
  const dataDir = dir ?? (await tempDir());
  const { store } = await openStore({ dir: dataDir });
  await store.update((data) => ({
    ...data,
    cases: [makeCase('c1')],
    records: [makeRecord('r1', 'c1', [{ staffName: '鈴木' }])],
  }));
  return { dataDir, store };
}

/** The AppError a task is refused with (fails the test if it succeeds or throws anything else). */
export async function refusal(task: Promise<unknown>): Promise<AppError> {
  const error = await task.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}
