// Shared builders for the store tests: temp data folders and valid, realistically sized store data.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { CaseData, StoreData } from '../../../electron/store/schema';
import { emptyStore } from '../../../electron/store/schema';
import { DOCOMO_PHYSICAL_SHOP } from '../../fixtures/profiles';
import { verbatim } from '../../../data/text';

const made: string[] = [];

export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sayonara-store-'));
  made.push(dir);
  return dir;
}

export async function removeTempDirs(): Promise<void> {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

const AT = '2025-03-01T10:00:00.000Z';

/** A case with `steps` ticked steps, each with a note and a history entry. */
export function makeCase(id: string, steps = 3, name = `Case ${id}`): CaseData {
  const stepEntries: CaseData['steps'] = {};
  for (let i = 0; i < steps; i += 1) {
    stepEntries[`step-${i}`] = {
      done: i % 2 === 0,
      note: `Called the shop about step ${i}; reference 受付番号 A-${1000 + i}.`,
      history: [{ done: i % 2 === 0, at: AT }],
      titleSnapshot: { ...verbatim(`Step ${i}`), 'zh-CN': `步骤 ${i}`, ja: `ステップ ${i}` },
    };
  }
  return {
    id,
    name,
    createdAt: AT,
    updatedAt: AT,
    archived: false,
    profile: DOCOMO_PHYSICAL_SHOP,
    phoneNumber: '090-0000-0000',
    holder: { name: '', residenceCard: '', passport: '' },
    services: { chosen: [], custom: [] },
    steps: stepEntries,
    documents: { passport: { done: true, at: AT } },
    payment: null,
  };
}

export function storeWith(cases: CaseData[]): StoreData {
  return { ...emptyStore(), cases };
}

export function renameCase(data: StoreData, index: number, name: string): StoreData {
  return { ...data, cases: data.cases.map((item, i) => (i === index ? { ...item, name } : item)) };
}
