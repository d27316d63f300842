// The renderer bench's floor: a page as small as a page of this app can be — the same CSP, served by
// the same loopback server to the same Chromium over the same bridge — that loads one script, makes one
// IPC call (settings.get) and draws one checkbox where the checklist draws its first. Whatever the real
// page takes beyond it is the app's own start-up work, whatever the machine's load.
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../electron/main/security';

/** Where the floor page is mounted on the bench's server. */
export const FLOOR_PREFIX = '/__floor/';

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
