// Run by bench/plan.ts in a fresh process: prints the milliseconds of the first plan.dueSoon over the
// seeded store in the folder named on the command line (nothing compiled or cached before it).
import { planBackend } from './plan';

const dir = process.argv[2];
if (!dir) throw new Error('usage: plan-cold.ts <data folder>');
const { dueSoon } = await planBackend(dir, false);
console.log((await dueSoon()).ms);
