// Reads back the fuses of a built app, as `npx @electron/fuses read --app <app>` prints them, and checks
// every fuse electron-builder.yml flips (all seven) against what the binary really holds: a fuse the
// build forgot, or a binary the build never touched, fails the workflow by name.
// Usage: npx @electron/fuses read --app "<app>" > fuses.txt && node scripts/check-fuses.mjs fuses.txt "<app>"
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';

const root = path.resolve(import.meta.dirname, '..');
/** electronFuses keys that are options of the flipping, not fuses. */
const NOT_FUSES = new Set(['resetAdHocDarwinSignature', 'strictlyRequireAllFuses']);

/** What the configuration asks of each fuse, by the name @electron/fuses prints (runAsNode → RunAsNode). */
export function expectedFuses(electronFuses) {
  const expected = new Map();
  for (const [key, on] of Object.entries(electronFuses ?? {})) {
    if (NOT_FUSES.has(key)) continue;
    expected.set(key[0].toUpperCase() + key.slice(1), on ? 'Enabled' : 'Disabled');
  }
  return expected;
}

/** The states in the CLI's output ("  RunAsNode is Disabled"), colours or not. */
export function parseFuseRead(text) {
  const states = new Map();
  // eslint-disable-next-line no-control-regex -- colour codes are what is being removed
  for (const line of text.replace(/\u001b\[[0-9;]*m/g, '').split(/\r?\n/)) {
    const found = /^\s*(\w+) is (Enabled|Disabled|Inherited|Removed)\s*$/.exec(line);
    if (found) states.set(found[1], found[2]);
  }
  return states;
}

/** One line per fuse that is not as configured (or not there at all); empty when all are. */
export function fuseProblems(expected, actual) {
  return [...expected].flatMap(([name, state]) =>
    actual.get(name) === state ? [] : [`${name} is ${actual.get(name) ?? 'missing'}, not ${state}`],
  );
}

export function configuredFuses() {
  const config = load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8'));
  return expectedFuses(config.electronFuses);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const [file, app = file] = process.argv.slice(2);
  if (!file) {
    console.error('usage: node scripts/check-fuses.mjs <output of @electron/fuses read> [app]');
    process.exit(2);
  }
  const expected = configuredFuses();
  const problems = fuseProblems(expected, parseFuseRead(readFileSync(file, 'utf8')));
  if (problems.length > 0) {
    console.error(
      `${app}: ${problems.length} fuse(s) not as electron-builder.yml flips them:\n  ${problems.join('\n  ')}`,
    );
    process.exit(1);
  }
  console.log(`${app}: all ${expected.size} fuses as configured (${[...expected.keys()].join(', ')})`);
}
