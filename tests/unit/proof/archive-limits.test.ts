// What a restore may unpack is bounded by what its entries are: attachments of kinds that barely compress
// (PNG, JPEG, HEIC, PDF) may not claim high ratios, text and mail a little more, the store and manifest
// are bounded by size; and the whole by the free space. The manifest is size-checked before it is parsed.
import path from 'node:path';
import { readdir } from 'node:fs/promises';
import { afterEach, describe, expect, test } from 'vitest';
import { attachmentFiles } from '../../../electron/proof/attachment-store';
import { backupHandlers } from '../../../electron/services/backup';
import { emptyStore } from '../../../electron/store/schema';
import { errorText } from '../../../renderer/src/app/error-text';
import { translator } from '../../../renderer/src/i18n';
import { dictionaryFor } from '../../fixtures/dictionaries';
import { backupOf, ratioArchive } from './archive-fixtures';
import { refusal, removeTempDirs, seededStore, snapshot, tempDir } from './helpers';
import { testPorts } from '../helpers';

afterEach(removeTempDirs);

async function app() {
  const { dataDir, store } = await seededStore();
  const ports = testPorts();
  const handlers = backupHandlers({
    store,
    ports,
    files: attachmentFiles(dataDir),
    dataDir,
    appVersion: '0.1.0',
    // A roomy disk: only the archive's own shape may refuse it.
    freeBytes: async () => 64 * 1024 ** 3,
  });
  await store.flush();
  return { dataDir, store, ports, handlers };
}

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe('archive limits by entry kind', () => {
  test('a 158:1 archive of screenshots (7.2 MB → 1.13 GB, under the old 200:1 cap) is refused; the data folder stays byte-identical', async () => {
    const target = await app();
    const file = path.join(await tempDir(), 'bomb.sayonara');
    const made = await ratioArchive(file, {
      count: 22,
      entryMb: 49,
      ratio: 158,
      ext: 'png',
      magic: PNG_MAGIC,
    });
    // The fixture is what the issue describes: about 1.08 GB from about 6.8 MB, between 150 and 200 to one.
    expect(made.unpacked).toBeGreaterThan(1.05 * 1024 ** 3);
    expect(made.unpacked / made.packed).toBeGreaterThan(150);
    expect(made.unpacked / made.packed).toBeLessThan(200);
    const before = await snapshot(target.dataDir);
    const names = (await readdir(target.dataDir, { recursive: true })).sort();
    target.ports.nextOpenPath = file;
    const attempts: (() => Promise<unknown>)[] = [
      async () => target.handlers['backup.inspect']({}),
      async () => target.handlers['backup.import']({ path: file, mode: 'add' }),
    ];
    for (const attempt of attempts) {
      const error = await refusal(attempt());
      expect(error.code).toBe('backup_unsafe');
      expect(error.message).toMatch(/packed \d+ times tighter than a \.png/);
    }
    expect(await snapshot(target.dataDir)).toEqual(before);
    expect((await readdir(target.dataDir, { recursive: true })).sort()).toEqual(names);
  });

  test('a text attachment packed 100:1 is refused too; one packed 20:1 is restored', async () => {
    const target = await app();
    const tight = path.join(await tempDir(), 'tight.sayonara');
    await ratioArchive(tight, { count: 2, entryMb: 4, ratio: 100, ext: 'txt' });
    const error = await refusal(
      Promise.resolve(target.handlers['backup.import']({ path: tight, mode: 'add' })),
    );
    expect(error.code).toBe('backup_unsafe');
    const loose = path.join(await tempDir(), 'loose.sayonara');
    await ratioArchive(loose, { count: 2, entryMb: 4, ratio: 20, ext: 'txt' });
    const restored = await target.handlers['backup.import']({ path: loose, mode: 'add' });
    expect(restored.added.attachments).toBe(2);
  });
});

describe('the manifest', () => {
  test('one that would unpack to 20 MB from a small entry is refused by its size, before it is read', async () => {
    const target = await app();
    const file = path.join(await tempDir(), 'fat-manifest.sayonara');
    await backupOf(emptyStore(), file, { padding: 20 * 1024 * 1024 });
    const before = await snapshot(target.dataDir);
    const error = await refusal(
      Promise.resolve(target.handlers['backup.import']({ path: file, mode: 'add' })),
    );
    expect(error.code).toBe('backup_unsafe');
    expect(error.message).toMatch(/manifest\.json" is \d+ bytes, more than \d+/);
    expect(await snapshot(target.dataDir)).toEqual(before);
  });

  test('a backup in a newer archive format is said to come from a newer version, not to be damaged', async () => {
    const target = await app();
    const file = path.join(await tempDir(), 'newer.sayonara');
    await backupOf(emptyStore(), file, { extra: { formatVersion: 2, encryption: 'none' } });
    const error = await refusal(
      Promise.resolve(target.handlers['backup.import']({ path: file, mode: 'add' })),
    );
    expect(error.code).toBe('backup_newer_schema');
    expect(error.params).toMatchObject({ formatVersion: 2 });
    // In the user's language, as for a newer data version.
    for (const locale of ['en', 'ja', 'zh-CN'] as const) {
      const words = errorText(translator(dictionaryFor(locale)), locale, error);
      expect(words).toBe(
        errorText(translator(dictionaryFor(locale)), locale, { code: 'backup_newer_schema' }),
      );
    }
    expect(errorText(translator(dictionaryFor('en')), 'en', error)).toMatch(/newer version/);
  });
});
