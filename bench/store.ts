// Store write latency at scale: one small durable change beside the bare cost of durably writing the same
// bytes (writeFile + fsync + rename + fsync folder) in the same run. A figure, not a pass/fail test.
import { mkdtemp, open, rename, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { CaseData, StoreData } from '../electron/store/schema';
import { emptyStore } from '../electron/store/schema';
import { createStoreSerializer } from '../electron/store/serialize';
import { openStore } from '../electron/store/store';

const CASES = 50;
// The v1 schema has no proof records yet: the bulk sits in the cases instead, 100 steps each with a
// note and a history entry, 5,000 entries in all (about the size 5,000 records would add).
const STEPS_PER_CASE = 100;
const ITERATIONS = 200;
const WARM_UP = 10;

const AT = '2025-03-01T10:00:00.000Z';

function benchCase(index: number): CaseData {
  const steps: CaseData['steps'] = {};
  for (let i = 0; i < STEPS_PER_CASE; i += 1) {
    steps[`step-${i}`] = {
      done: i % 3 === 0,
      note: `2025-03-0${(i % 9) + 1}: called the shop, spoke to staff #${i}; 受付番号 R-${index}-${i}. Bring passport and residence card.`,
      history: [{ done: i % 3 === 0, at: AT }],
      titleSnapshot: {
        'zh-CN': `第 ${i} 步：确认解约手续`,
        en: `Step ${i}: confirm the cancellation`,
        ja: `ステップ${i}：解約手続きの確認`,
      },
    };
  }
  return {
    id: `case-${index}`,
    name: `My SIM ${index}`,
    createdAt: AT,
    updatedAt: AT,
    archived: false,
    profile: {
      cardKind: index % 2 === 0 ? 'physical' : 'esim',
      contractKind: 'postpaid',
      providerId: 'docomo',
      numberPlan: 'end',
      channel: 'shop',
      leavingDate: '2025-04-01',
      phone: 'keep',
      instalments: 'no',
    },
    phoneNumber: '090-1234-5678',
    steps,
    documents: { passport: { done: true, at: AT }, 'residence-card': { done: false, at: AT } },
  };
}

/** Ticks one step of one case, immutably, the way the checklist service will. */
function tick(data: StoreData, iteration: number): StoreData {
  const caseIndex = iteration % CASES;
  const stepId = `step-${iteration % STEPS_PER_CASE}`;
  const at = new Date(Date.UTC(2025, 3, 1, 0, 0, iteration)).toISOString();
  return {
    ...data,
    cases: data.cases.map((item, i) => {
      const step = item.steps[stepId];
      if (i !== caseIndex || step === undefined) return item;
      const done = !step.done;
      const steps = { ...item.steps, [stepId]: { ...step, done, history: [...step.history, { done, at }] } };
      return { ...item, updatedAt: at, steps };
    }),
  };
}

/** The floor: the same durable sequence, with nothing else around it. */
async function bareDurableWrite(dir: string, target: string, bytes: Buffer): Promise<void> {
  const temp = `${target}.floor.tmp`;
  const file = await open(temp, 'w');
  await file.writeFile(bytes);
  await file.sync();
  await file.close();
  await rename(temp, target);
  if (process.platform !== 'win32') {
    const folder = await open(dir, 'r');
    await folder.sync();
    await folder.close();
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

export async function benchStore(): Promise<Record<string, number>> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sayonara-bench-store-'));
  try {
    const { store } = await openStore({ dir });
    await store.update(() => ({
      ...emptyStore(),
      cases: Array.from({ length: CASES }, (_, i) => benchCase(i)),
    }));
    const floorTarget = path.join(dir, 'floor.json');
    const writes: number[] = [];
    const floors: number[] = [];
    for (let i = 0; i < WARM_UP + ITERATIONS; i += 1) {
      const expected = tick(store.data, i);
      // Pre-encoded, so the floor is the durable write alone, as small as it can be.
      const bytes = Buffer.from(JSON.stringify(expected));
      // Alternate which goes first, so neither always meets a cold or a warm disk.
      const runStore = async (): Promise<number> => {
        const start = performance.now();
        await store.update((data) => tick(data, i));
        return performance.now() - start;
      };
      const runFloor = async (): Promise<number> => {
        const start = performance.now();
        await bareDurableWrite(dir, floorTarget, bytes);
        return performance.now() - start;
      };
      const [write, floor] =
        i % 2 === 0 ? [await runStore(), await runFloor()] : [await runFloor(), await runStore()].reverse();
      if (i >= WARM_UP && write !== undefined && floor !== undefined) {
        writes.push(write);
        floors.push(floor);
      }
    }

    // What caching each case's bytes saves over stringifying and encoding the whole store on every write.
    const serialize = createStoreSerializer();
    let data = store.data;
    serialize(data);
    const cached: number[] = [];
    const full: number[] = [];
    for (let i = 0; i < 20; i += 1) {
      data = tick(data, i);
      let start = performance.now();
      serialize(data);
      cached.push(performance.now() - start);
      start = performance.now();
      Buffer.from(JSON.stringify(data));
      full.push(performance.now() - start);
    }
    cached.sort((a, b) => a - b);
    full.sort((a, b) => a - b);

    writes.sort((a, b) => a - b);
    floors.sort((a, b) => a - b);
    const writeP50 = percentile(writes, 50);
    const floorP50 = percentile(floors, 50);
    return {
      'store.write.p50_ms': round(writeP50),
      'store.write.p99_ms': round(percentile(writes, 99)),
      'store.floor.p50_ms': round(floorP50),
      'store.write.ratio': round(writeP50 / floorP50),
      'store.file.kb': Math.round(serialize(data).length / 1024),
      'store.serialize.cached.p50_ms': round(percentile(cached, 50)),
      'store.serialize.full.p50_ms': round(percentile(full, 50)),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
