// The plan for every case of the 50-case bench store: what the case view and the cases list add on top
// of the checklist, then with the bills after the line ends (issue 19: the plan's expected bills read
// against the case's records). Median of 20 runs, in milliseconds, for all 50 cases together.
import { performance } from 'node:perf_hooks';
import { buildChecklist } from '../electron/guide/engine';
import { computePlan } from '../electron/guide/plan';
import { caseBills } from '../electron/services/cases';
import { seededStore } from './seed';

const RUNS = 20;
/** A fixed day before the seed's leaving date, so every run dates the same steps. */
const TODAY = '2026-04-01';

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

export async function benchPlan(): Promise<Record<string, number>> {
  const store = seededStore();
  const cases = store.cases.map((c) => ({ c, checklist: buildChecklist(c.profile) }));
  const timed = (withBills: boolean) => () => {
    const start = performance.now();
    for (const { c, checklist } of cases) {
      const plan = computePlan({ checklist, profile: c.profile, progress: c.steps, today: TODAY });
      if (withBills) caseBills(c, plan, store.records, TODAY);
    }
    return performance.now() - start;
  };
  const median20 = (run: () => number) => {
    run(); // warm-up: formatters and the JIT
    return median(Array.from({ length: RUNS }, run));
  };
  return { 'plan.compute_ms': median20(timed(false)), 'plan.with_bills_ms': median20(timed(true)) };
}
