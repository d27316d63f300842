import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { listBackups } from '../../../electron/store/backups';
import { openStore } from '../../../electron/store/store';
import { makeCase, removeTempDirs, tempDir } from './helpers';

afterEach(removeTempDirs);

test('a real v1 store file migrates to v2 with empty proof lists, after a backup of the original', async () => {
  const dir = await tempDir();
  const v1 = {
    schemaVersion: 1,
    settings: { locale: 'zh-CN', theme: 'light', lastCaseId: 'c1' },
    cases: [makeCase('c1')],
  };
  const original = JSON.stringify(v1, null, 2);
  await writeFile(path.join(dir, 'sayonara.json'), original);

  const { store, notice } = await openStore({ dir });
  expect(notice).toBeNull();
  expect(store.data).toMatchObject({
    schemaVersion: 2,
    records: [],
    attachments: [],
    documentAttachments: [],
    settings: v1.settings,
  });
  expect(store.data.cases).toEqual(v1.cases);

  const backups = await listBackups(path.join(dir, 'backups'), 'sayonara.json');
  const before = backups.find((b) => b.name.includes('before-migration-from-v1'));
  expect(before).toBeDefined();
  expect(await readFile(before?.path ?? '', 'utf8')).toBe(original);
  expect(JSON.parse(await readFile(path.join(dir, 'sayonara.json'), 'utf8'))).toMatchObject({
    schemaVersion: 2,
  });
});
