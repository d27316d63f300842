import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { readAttachment, resolveAttachmentFile } from '../../../electron/main/attachment-protocol';
import { removeTempDirs, tempDir } from './helpers';

afterEach(removeTempDirs);

const name = `${'a'.repeat(64)}.png`;

test('the preview protocol serves only hash-named files directly inside attachments/', async () => {
  const dataDir = await tempDir();
  expect(resolveAttachmentFile(dataDir, `sayonara-file://attachments/${name}`)).toBe(
    path.join(dataDir, 'attachments', name),
  );
  for (const url of [
    'sayonara-file://attachments/../sayonara.json',
    'sayonara-file://attachments/%2e%2e%2fsayonara.json',
    'sayonara-file://backups/sayonara.json',
    `sayonara-file://attachments/sub/${name}`,
    `app://attachments/${name}`,
    'sayonara-file://attachments/notes.txt',
    'not a url',
  ]) {
    expect([url, resolveAttachmentFile(dataDir, url)]).toEqual([url, null]);
  }
  await mkdir(path.join(dataDir, 'attachments'));
  await writeFile(path.join(dataDir, 'secret.txt'), 'secret');
  await symlink(path.join(dataDir, 'secret.txt'), path.join(dataDir, 'attachments', name));
  expect(await readAttachment(path.join(dataDir, 'attachments', name))).toBeNull();
});
