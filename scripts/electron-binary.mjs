// Finds the Electron binary without requiring the `electron` package: requiring it starts a
// download, which throws where the network is closed. Shared by `npm start` and the Electron suite.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const electronDir = path.resolve(import.meta.dirname, '../node_modules/electron');

/** The binary's path, or null with the reason it is missing. */
export function findElectronBinary() {
  const relative = existsSync(path.join(electronDir, 'path.txt'))
    ? readFileSync(path.join(electronDir, 'path.txt'), 'utf8').trim()
    : process.platform === 'win32'
      ? 'electron.exe'
      : process.platform === 'darwin'
        ? 'Electron.app/Contents/MacOS/Electron'
        : 'electron';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override ? path.join(override, relative) : path.join(electronDir, 'dist', relative);
  if (existsSync(candidate)) return { binary: candidate, reason: null };
  return {
    binary: null,
    reason: override
      ? `ELECTRON_OVERRIDE_DIST_PATH is set to ${override}, but ${candidate} does not exist`
      : `the Electron runtime has not been downloaded into ${path.join(electronDir, 'dist')}`,
  };
}
