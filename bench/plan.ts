// The plan across the 50-case bench store, as the app works it out: for each case its checklist built,
// its steps dated and each step's status against today (overdue, due soon) — what the due-soon notice
// asks of main at launch (plan.dueSoon, the same per-case work as the case list's next dates), through
// the real router. Main keeps what it worked out from a case while the case is the same (frozen) object
// (electron/services/cases.ts), so three warm figures, medians of 20 runs after one:
// `plan.compute_ms`, every case and record a new object (as after a restore: nothing kept can answer);
// `plan.one_changed_ms`, one case ticked before each run (what a tick costs the notice);
// `plan.unchanged_ms`, nothing changed. `plan.compute_cold_ms`: the first run in a fresh process
// (bench/plan-cold.ts), where nothing is compiled or kept yet.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { startBackend } from '../electron/services';
import { median } from './attachments';
import { quietPorts } from './ports';
import { seededStore } from './seed';

const RUNS = 20;
/** A fixed day before the seed's leaving date, so every run dates the same steps. */
export const PLAN_TODAY = new Date('2026-04-25T03:00:00Z');

/** A router over the store in `dataDir` (seeded first when `seed`), its clock on PLAN_TODAY; and one
 * timed plan.dueSoon. */
export async function planBackend(dataDir: string, seed: boolean) {
  const ports = quietPorts({
    now: () => PLAN_TODAY,
    printToPdf: async () => {
      throw new Error('the plan bench prints nothing');
    },
  });
  const { router, store } = await startBackend({ dataDir, ports, appVersion: 'bench', systemLocale: 'en' });
  if (seed) {
    await store.update(() => seededStore());
    await store.flush();
  }
  const dueSoon = async (): Promise<{ ms: number; items: number }> => {
    const start = performance.now();
    const result = await router.handle('plan.dueSoon', { locale: 'en' });
    const ms = performance.now() - start;
    if (!result.ok) throw new Error(`plan.dueSoon: ${result.error.code}`);
    return { ms, items: (result.value as unknown[]).length };
  };
  /** Every object in the store a new one, the same values. */
  const renewAll = () => store.update((data) => structuredClone(data));
  /** Case `n` (of the store's, in turn) ticked: a new case object, its answers the same. */
  const tick = (n: number) =>
    store.update((data) => ({
      ...data,
      cases: data.cases.map((c, i) =>
        i === n % data.cases.length
          ? { ...c, steps: { ...c.steps }, updatedAt: PLAN_TODAY.toISOString() }
          : c,
      ),
    }));
  return { dueSoon, renewAll, tick };
}

export async function benchPlan(): Promise<Record<string, number>> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sayonara-bench-plan-'));
  try {
    // The cold run's store is written here, so the fresh process only reads it (seeding builds checklists).
    await planBackend(path.join(dir, 'cold'), true);
    const { dueSoon, renewAll, tick } = await planBackend(path.join(dir, 'warm'), true);
    const { items } = await dueSoon(); // warm-up: the JIT, the formatters
    const timed = async (before: (run: number) => Promise<unknown>) => {
      const times: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        await before(run);
        times.push((await dueSoon()).ms);
      }
      return median(times);
    };
    const compute = await timed(renewAll);
    const oneChanged = await timed(tick);
    const unchanged = await timed(async () => undefined);
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', path.join(import.meta.dirname, 'plan-cold.ts'), path.join(dir, 'cold')],
      { cwd: path.join(import.meta.dirname, '..') },
    );
    const round2 = (n: number) => Math.round(n * 100) / 100;
    return {
      'plan.compute_ms': round2(compute),
      'plan.one_changed_ms': round2(oneChanged),
      'plan.unchanged_ms': round2(unchanged),
      'plan.compute_cold_ms': round2(Number(stdout.trim())),
      'plan.due_items': items,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
