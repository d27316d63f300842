// The renderer bench's floors: a page as small as a page of this app can be — the same CSP, served by
// the same loopback server to the same Chromium over the same bridge — that loads one script, makes one
// IPC call (settings.get) and draws one checkbox where the checklist draws its first. Whatever the real
// page takes beyond it is the app's own start-up work, whatever the machine's load. The React floor
// (bench/react-floor/) is the same page drawn by React, built as the app's renderer is built.
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../electron/main/security';

/** Where the floor pages are mounted on the bench's server. */
export const FLOOR_PREFIX = '/__floor/';
export const REACT_FLOOR_PREFIX = '/__react_floor/';

const HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />
    <meta charset="UTF-8" />
    <title>floor</title>
    <script type="module" src="./floor.js"></script>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>
`;

const SCRIPT = `window.sayonara.settings.get({}).then(() => {
  const step = document.createElement('label');
  step.dataset.testid = 'step';
  const box = document.createElement('input');
  box.type = 'checkbox';
  step.append(box, ' floor');
  document.getElementById('root').append(step);
});
`;

/** Writes the floor page into a new temporary folder and returns it (the caller removes it). */
export async function writeFloorPage(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sayonara-bench-floor-'));
  await writeFile(path.join(dir, 'index.html'), HTML);
  await writeFile(path.join(dir, 'floor.js'), SCRIPT);
  return dir;
}

/** Builds the React floor (bench/react-floor/, minified, production React, the app's CSP) into a new
 * temporary folder and returns it (the caller removes it). */
export async function buildReactFloorPage(): Promise<string> {
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'sayonara-bench-react-floor-'));
  await build({
    configFile: false,
    logLevel: 'silent',
    root: path.resolve(import.meta.dirname, 'react-floor'),
    base: './',
    plugins: [
      react(),
      {
        name: 'bench-csp',
        transformIndexHtml: () => [
          {
            tag: 'meta',
            attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
            injectTo: 'head-prepend',
          },
        ],
      },
    ],
    build: { outDir, emptyOutDir: false, minify: true, modulePreload: false },
  });
  return outDir;
}
