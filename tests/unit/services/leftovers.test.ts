import { randomUUID } from 'node:crypto';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { WORKING_FILE } from '../../../electron/proof/working-files';
import { backend, tempDir } from '../helpers';

let cleanup: (() => Promise<void>) | null = null;
afterEach(() => cleanup?.());

it('a start removes the working files a crash left in the data folder, and nothing else', async () => {
  const dir = await tempDir();
  const attachments = path.join(dir, 'attachments');
  await mkdir(path.join(dir, `${WORKING_FILE.restore}${randomUUID()}`, 'attachments'), { recursive: true });
  await mkdir(attachments);
  await writeFile(path.join(dir, `${WORKING_FILE.report}${randomUUID()}.html`), '<html>');
  await writeFile(path.join(attachments, `${WORKING_FILE.incoming}${randomUUID()}`), 'half a file');
  // Look-alikes that are not ours to remove.
  const kept = ['.restore-notes', 'report.html', `${WORKING_FILE.report}${randomUUID()}.html.bak`];
  for (const name of kept) await writeFile(path.join(dir, name), 'user data');
  await writeFile(path.join(attachments, `${'a'.repeat(64)}.png`), 'an attachment');

  const app = await backend(dir);
  cleanup = app.cleanup;
  expect((await readdir(dir)).sort()).toEqual(['attachments', ...kept].sort());
  expect(await readdir(attachments)).toEqual([`${'a'.repeat(64)}.png`]);
});
