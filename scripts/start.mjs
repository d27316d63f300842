// `npm start` (build, then run) and `npm run dev` (hot reload): make sure the Electron runtime is there,
// downloading it on first launch, then hand over to electron-vite, which runs the app folder as
// `electron .`. Where Electron cannot be had, say why in one sentence: never a stack trace.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fetchElectronBinary } from './electron-binary.mjs';
import { probeSandbox, sandboxWarning } from './linux-sandbox.mjs';

const root = path.resolve(import.meta.dirname, '..');
const [mode = 'preview', ...args] = process.argv.slice(2);
if (mode !== 'preview' && mode !== 'dev') {
  console.error(`scripts/start.mjs: unknown mode "${mode}" (preview or dev)`);
  process.exit(2);
}
const found = await fetchElectronBinary();
if (!found.binary) {
  console.error(found.reason);
  process.exit(1);
}
if (process.platform === 'linux') {
  const warning = sandboxWarning(found.binary, probeSandbox(found.binary));
  if (warning) console.warn(warning);
}
const result = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules/electron-vite/bin/electron-vite.js'), mode, ...args],
  { cwd: root, stdio: 'inherit', env: { ...process.env, ELECTRON_EXEC_PATH: found.binary } },
);
process.exit(result.status ?? 1);
