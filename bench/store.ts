// Store write latency at scale: one small durable change beside the bare cost of durably writing the same
// bytes (writeFile + fsync + rename + fsync folder) in the same run, over the seeded store (bench/seed.ts:
// 50 cases, 5,000 records). A figure, not a pass/fail test.
import { mkdtemp, open, rename, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { StoreData } from '../electron/store/schema';
import { createStoreSerializer } from '../electron/store/serialize';
import { openStore } from '../electron/store/store';
import { seededStore } from './seed';

const ITERATIONS = 200;
const WARM_UP = 10;

/** Ticks one step of one case, immutably, the way the checklist service does. */
function tick(data: StoreData, iteration: number): StoreData {
  const caseIndex = iteration % data.cases.length;
  const at = new Date(Date.UTC(2026, 3, 1, 0, 0, iteration)).toISOString();
  return {
    ...data,
    cases: data.cases.map((item, i) => {
      if (i !== caseIndex) return item;
      const ids = Object.keys(item.steps);
      const stepId = ids[iteration % ids.length] ?? '';
      const step = item.steps[stepId];
      if (step === undefined) return item;
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
    await store.update(() => seededStore());
    const floorTarget = path.join(dir, 'floor.json');
    const floorSerialize = createStoreSerializer();
    const writes: number[] = [];
    const floors: number[] = [];
    for (let i = 0; i < WARM_UP + ITERATIONS; i += 1) {
      // Pre-encoded, so the floor is the durable write alone. A serializer of its own (with its own cache)
      // rather than JSON.stringify: stringifying 6 MB each round would leave garbage whose collection
      // lands in the store's timings.
      const bytes = floorSerialize(tick(store.data, i));
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
