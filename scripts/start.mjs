// `npm start`: make sure the Electron runtime is there (downloading it on first launch), build, run.
// Where it cannot be had, say so in one sentence: never a stack trace.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { findElectronBinary } from './electron-binary.mjs';

const root = path.resolve(import.meta.dirname, '..');
let found = findElectronBinary();
if (!found.binary && !process.env.ELECTRON_OVERRIDE_DIST_PATH) {
  console.log('Downloading the Electron runtime (first launch only)…');
  spawnSync(process.execPath, [path.join(root, 'node_modules/electron/install.js')], {
    stdio: 'ignore',
    timeout: 10 * 60_000,
  });
  found = findElectronBinary();
}
if (!found.binary) {
  console.error(
    `Sayonara SIM cannot start because the Electron runtime is missing (${found.reason}): connect to the internet and run "npm start" again, or install Electron 45 and set ELECTRON_OVERRIDE_DIST_PATH to the folder that holds its executable.`,
  );
  process.exit(1);
}
// `electron-vite preview` builds the app, then runs it with the binary found above.
const result = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'preview', ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit', env: { ...process.env, ELECTRON_EXEC_PATH: found.binary } },
);
process.exit(result.status ?? 1);
