// `npm test`: builds the app when its sources changed, runs every suite, and ends with one line
// `tests: N passed, N failed` summed over all of them. A suite that cannot run says why.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { findElectronBinary } from './electron-binary.mjs';
import { probeSandbox, sandboxWarning } from './linux-sandbox.mjs';

const root = path.resolve(import.meta.dirname, '..');
const results = path.join(root, 'test-results');
mkdirSync(results, { recursive: true });

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label} ===`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

/**
 * A tool run by Node itself from its package's bin script: no npx, so no `.cmd` shim, which
 * spawnSync cannot start without a shell on Windows (EINVAL since Node 18.20.2 / 20.12.2).
 */
const TOOLS = {
  'electron-vite': 'node_modules/electron-vite/bin/electron-vite.js',
  vitest: 'node_modules/vitest/vitest.mjs',
  playwright: 'node_modules/@playwright/test/cli.js',
};
function tool(label, name, args) {
  return run(label, process.execPath, [path.join(root, TOOLS[name]), ...args]);
}

// 1. Build, unless the build is newer than every source file.
const stamp = path.join(root, 'out', '.build-stamp');
const sourcesChanged =
  !existsSync(stamp) ||
  Math.max(
    ...['electron', 'renderer', 'data', 'electron.vite.config.ts', 'package.json'].map((p) => {
      const full = path.join(root, p);
      return statSync(full).isDirectory() ? newestMtime(full) : statSync(full).mtimeMs;
    }),
  ) > statSync(stamp).mtimeMs;
if (sourcesChanged) {
  if (tool('build', 'electron-vite', ['build']) !== 0) {
    console.log('\ntests: 0 passed, 1 failed');
    process.exit(1);
  }
  writeFileSync(stamp, new Date().toISOString());
}

const totals = { passed: 0, failed: 0 };
const lines = [];

// 2. Unit tests (vitest).
const unitJson = path.join(results, 'unit.json');
const unitStatus = tool('unit (vitest)', 'vitest', [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${unitJson}`,
]);
if (existsSync(unitJson)) {
  const report = JSON.parse(readFileSync(unitJson, 'utf8'));
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests + (unitStatus !== 0 && report.numFailedTests === 0 ? 1 : 0);
  lines.push(`unit: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
} else {
  totals.failed += 1;
  lines.push('unit: did not report (vitest crashed)');
}

// 3. Playwright suites: count expected / unexpected from the JSON report.
function playwright(label, config, reportFile) {
  const status = tool(label, 'playwright', ['test', '--config', config]);
  if (!existsSync(reportFile)) {
    totals.failed += 1;
    lines.push(`${label}: did not report`);
    return;
  }
  const { stats } = JSON.parse(readFileSync(reportFile, 'utf8'));
  const failed = stats.unexpected + stats.flaky + (status !== 0 && stats.unexpected === 0 ? 1 : 0);
  totals.passed += stats.expected;
  totals.failed += failed;
  lines.push(`${label}: ${stats.expected} passed, ${failed} failed`);
}
playwright('e2e (Chromium + real router)', 'tests/e2e/playwright.config.ts', path.join(results, 'e2e.json'));

// 4. The real app under Electron, where a binary exists and its sandbox can start (the suite never runs
// the app without it); elsewhere say so, loudly, and count nothing.
const electron = findElectronBinary();
const sandbox =
  electron.binary && process.platform === 'linux'
    ? sandboxWarning(electron.binary, probeSandbox(electron.binary))
    : null;
if (electron.binary && !sandbox) {
  playwright(
    'electron (real app)',
    'tests/electron/playwright.config.ts',
    path.join(results, 'electron.json'),
  );
} else {
  const why = electron.binary
    ? `NOT RUN: Chromium's sandbox cannot start here. ${sandbox}`
    : `NOT RUN: ${electron.reason}. Set ELECTRON_OVERRIDE_DIST_PATH to an Electron 45 folder to run it.`;
  console.log(`\n=== electron (real app) ===\n!!! tests/electron ${why}`);
  lines.push(`electron: ${why}`);
}

console.log('\n' + lines.join('\n'));
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 ? 0 : 1);
