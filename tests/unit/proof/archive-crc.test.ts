// The backup's CRC-32s come from Node's zlib (electron/proof/crc32.ts, swapped in for yazl's
// buffer-crc32 by the build and by this test run): every entry's CRC must still be that of its bytes,
// across the export's megabyte chunks, as any unzip tool checks it.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import module, { createRequire } from 'node:module';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import yauzl from 'yauzl';
import { afterEach, expect, test } from 'vitest';
import { writeArchive } from '../../../electron/proof/archive';
import { attachmentFiles } from '../../../electron/proof/attachment-store';
import { emptyStore } from '../../../electron/store/schema';
import { fakePng, removeTempDirs, tempDir } from './helpers';

afterEach(removeTempDirs);

/** Each entry's CRC-32 as the archive states it, and as its bytes give it. */
function crcsOf(file: string): Promise<{ name: string; stated: number; actual: number }[]> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      const found: { name: string; stated: number; actual: number }[] = [];
      zip.on('entry', (entry: yauzl.Entry) =>
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError);
          let actual = 0;
          stream.on('data', (chunk: Buffer) => (actual = crc32(chunk, actual)));
          stream.on('end', () => {
            found.push({ name: entry.fileName, stated: entry.crc32, actual });
            zip.readEntry();
          });
        }),
      );
      zip.on('end', () => resolve(found));
      zip.readEntry();
    });
  });
}

test('every entry of an exported backup carries the CRC-32 of its bytes, big files and deflated ones included', async () => {
  const dir = await tempDir();
  const files = attachmentFiles(dir);
  // Stored (a PNG of 3.5 MB: several export chunks) and deflated (an e-mail) entries.
  const png = await files.importBytes('big.png', fakePng('b', 3.5 * 1024 * 1024));
  const source = path.join(dir, 'mail.eml');
  await writeFile(source, `Subject: test\r\n\r\n${'解約を受け付けました。\r\n'.repeat(50_000)}`);
  const eml = await files.importPath(source);
  const data = {
    ...emptyStore(),
    attachments: [png, eml].map((a, i) => ({
      id: a.sha256,
      ext: a.ext,
      mime: a.mime,
      size: a.size,
      name: `file-${i}.${a.ext}`,
      importedAt: '2026-11-25T09:00:00.000Z',
    })),
  };
  const archive = path.join(dir, 'backup.sayonara');
  await writeArchive(archive, {
    data,
    attachmentsDir: files.dir,
    appVersion: 'test',
    createdAt: data.attachments[0]?.importedAt ?? '',
  });

  const crcs = await crcsOf(archive);
  expect(crcs.map((c) => c.name).sort()).toEqual(
    [
      'manifest.json',
      'sayonara.json',
      `attachments/${png.sha256}.png`,
      `attachments/${eml.sha256}.eml`,
    ].sort(),
  );
  for (const { stated, actual } of crcs) expect(stated).toBe(actual);
  // Info-ZIP checks every CRC itself, where it is installed.
  if (existsSync('/usr/bin/unzip')) expect(() => execFileSync('unzip', ['-tqq', archive])).not.toThrow();
});

// Node 22.15 and later swap it in for the tests as the build does (scripts/register-module-aliases.ts).
const CAN_SWAP = 'registerHooks' in module;
test.skipIf(!CAN_SWAP)('yazl gets its CRC-32 from zlib in this run, as in the build', () => {
  const fromYazl = createRequire(createRequire(import.meta.url).resolve('yazl'))('buffer-crc32') as {
    unsigned: (data: Buffer, previous?: number) => number;
  };
  expect(Object.keys(fromYazl)).toEqual(['unsigned']);
  expect(fromYazl.unsigned(Buffer.from('sayonara'), 7)).toBe(crc32('sayonara', 7));
});

const BUILT_LIST = path.resolve(import.meta.dirname, '../../../out/main/third-party-licenses.json');
test.skipIf(!existsSync(BUILT_LIST))('the built main bundle carries yazl without buffer-crc32', () => {
  const bundled = (JSON.parse(readFileSync(BUILT_LIST, 'utf8')) as { name: string }[]).map((p) => p.name);
  expect(bundled).toContain('yazl');
  expect(bundled).not.toContain('buffer-crc32');
});
