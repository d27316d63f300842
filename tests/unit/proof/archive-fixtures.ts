// Hostile backup archives built in the test (nothing large is committed): a zip written by hand, whose
// entries are real deflate streams of the declared sizes with honest CRC-32s and SHA-256s, so only the
// checks under test can refuse them.
import { createHash, randomFillSync } from 'node:crypto';
import { open, stat, writeFile } from 'node:fs/promises';
import yazl from 'yazl';
import zlib from 'node:zlib';
import { emptyStore } from '../../../electron/store/schema';

interface RawEntry {
  name: string;
  /** Deflated bytes (method 8), as chunks that are written one after the other. */
  chunks: Buffer[];
  size: number;
  crc: number;
}

const u16 = (n: number) => Buffer.from([n & 0xff, (n >> 8) & 0xff]);
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
};

/** A zip (no zip64: every size and offset stays under 4 GB) of already deflated entries. */
async function writeRawZip(file: string, entries: RawEntry[]): Promise<void> {
  const out = await open(file, 'w');
  let offset = 0;
  const central: Buffer[] = [];
  const put = async (bytes: Buffer) => {
    await out.write(bytes);
    offset += bytes.length;
  };
  try {
    for (const entry of entries) {
      const name = Buffer.from(entry.name);
      const packed = entry.chunks.reduce((sum, c) => sum + c.length, 0);
      const fields = Buffer.concat([
        u16(20), // version needed
        u16(0x0800), // flags: UTF-8 names
        u16(8), // deflate
        u16(0),
        u16(0x21), // time and date: 1980-01-01
        u32(entry.crc),
        u32(packed),
        u32(entry.size),
        u16(name.length),
        u16(0),
      ]);
      central.push(
        Buffer.concat([u32(0x02014b50), u16(20), fields, u16(0), u16(0), u16(0), u32(0), u32(offset), name]),
      );
      await put(Buffer.concat([u32(0x04034b50), fields, name]));
      for (const chunk of entry.chunks) await put(chunk);
    }
    const directory = Buffer.concat(central);
    const start = offset;
    await put(directory);
    await put(
      Buffer.concat([
        u32(0x06054b50),
        u16(0),
        u16(0),
        u16(entries.length),
        u16(entries.length),
        u32(directory.length),
        u32(start),
        u16(0),
      ]),
    );
  } finally {
    await out.close();
  }
}

const MB = 1024 * 1024;
/** Ends a run of full-flushed deflate blocks: an empty final block. */
const FINAL_BLOCK = zlib.deflateRawSync(Buffer.alloc(0));

/** A small whole entry, deflated in one go. */
function smallEntry(name: string, bytes: Buffer): RawEntry & { sha256: string } {
  return {
    name,
    chunks: [zlib.deflateRawSync(bytes)],
    size: bytes.length,
    crc: zlib.crc32(bytes),
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}

export interface RatioArchive {
  /** Unpacked bytes of all entries, and the file's own size. */
  unpacked: number;
  packed: number;
}

/**
 * A `.sayonara` of an empty store and `count` attachments of `ext`, each `entryMb` MB that deflate at
 * about `ratio`:1 (one unique megabyte, then a shared megabyte of zeros and a little noise, repeated), with
 * a manifest that lists every hash truly: the archive an attacker would make to pass every check but size.
 */
export async function ratioArchive(
  file: string,
  options: { count: number; entryMb: number; ratio: number; ext: string; magic?: number[] },
): Promise<RatioArchive> {
  const { count, entryMb, ratio, ext } = options;
  const deflated = (bytes: Buffer) =>
    zlib.deflateRawSync(bytes, { finishFlush: zlib.constants.Z_FULL_FLUSH, level: 9 });
  // The noise a megabyte needs to deflate to about 1/ratio of itself, found by bisection.
  const megabyteWith = (noise: number) => {
    const bytes = Buffer.alloc(MB);
    randomFillSync(bytes, 0, noise);
    return bytes;
  };
  let [low, high] = [0, MB];
  while (high - low > 16) {
    const middle = Math.floor((low + high) / 2);
    if (MB / deflated(megabyteWith(middle)).length > ratio) low = middle;
    else high = middle;
  }
  const noise = low;
  const shared = megabyteWith(noise);
  const sharedSegment = deflated(shared);
  const entries: (RawEntry & { sha256: string })[] = [];
  for (let i = 0; i < count; i += 1) {
    const head = Buffer.alloc(MB);
    Buffer.from(options.magic ?? []).copy(head);
    head.write(`entry ${i} of a ratio archive`, 16);
    randomFillSync(head, 64, noise);
    const chunks = [deflated(head)];
    const hash = createHash('sha256').update(head);
    let crc = zlib.crc32(head);
    for (let m = 1; m < entryMb; m += 1) {
      chunks.push(sharedSegment);
      hash.update(shared);
      crc = zlib.crc32(shared, crc);
    }
    chunks.push(FINAL_BLOCK);
    const sha256 = hash.digest('hex');
    entries.push({ name: `attachments/${sha256}.${ext}`, chunks, size: entryMb * MB, crc, sha256 });
  }
  // The store names every file, so a restore would put each one in the data folder.
  const attachments = entries.map((e, i) => ({
    id: e.sha256,
    ext,
    mime: 'application/octet-stream',
    size: e.size,
    name: `file-${i}.${ext}`,
    importedAt: '2026-11-25T00:00:00.000Z',
  }));
  const store = smallEntry('sayonara.json', Buffer.from(JSON.stringify({ ...emptyStore(), attachments })));
  const listed = [store, ...entries];
  const manifest = smallEntry(
    'manifest.json',
    manifestFor(listed.map((e) => ({ path: e.name, sha256: e.sha256, size: e.size }))),
  );
  await writeRawZip(file, [...listed, manifest]);
  const packed = (await stat(file)).size;
  return { unpacked: listed.reduce((sum, e) => sum + e.size, 0), packed };
}

/** The manifest an honest export writes for these files, `extra` fields merged in, `padding` spaces after. */
export function manifestFor(
  files: { path: string; sha256: string; size: number }[],
  extra: Record<string, unknown> = {},
  padding = 0,
): Buffer {
  const manifest = {
    format: 'sayonara-backup',
    formatVersion: 1,
    createdAt: '2026-11-25T00:00:00Z',
    appVersion: '0.1.0',
    schemaVersion: emptyStore().schemaVersion,
    files,
    ...extra,
  };
  return Buffer.from(JSON.stringify(manifest) + ' '.repeat(padding));
}

/** A zip of [name, bytes] pairs, deflated by yazl, written to `file`. */
export async function zipOf(entries: [string, Buffer][], file: string): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const [name, bytes] of entries) zip.addBuffer(bytes, name);
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  await writeFile(file, Buffer.concat(chunks));
}

/** A backup whose store is `data` (any JSON), with a manifest listing it truly. */
export async function backupOf(
  data: unknown,
  file: string,
  manifest: { extra?: Record<string, unknown>; padding?: number } = {},
): Promise<void> {
  const store = Buffer.from(JSON.stringify(data));
  const listed = [
    { path: 'sayonara.json', sha256: createHash('sha256').update(store).digest('hex'), size: store.length },
  ];
  await zipOf(
    [
      ['sayonara.json', store],
      ['manifest.json', manifestFor(listed, manifest.extra, manifest.padding)],
    ],
    file,
  );
}
