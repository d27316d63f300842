// The `.sayonara` backup: a zip of the store, the attachments and a manifest of their SHA-256 hashes.
// Reading checks everything (names, sizes, hashes, the store itself) before the caller changes anything.
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl, { type Entry, type ZipFile as ZipReader } from 'yauzl';
import yazl from 'yazl';
import { z } from 'zod';
import { AppError } from '../ipc/result';
import type { BackupSummary } from '../ipc/views';
import { isRecord, MIGRATIONS } from '../store/migrations';
import { CURRENT_SCHEMA_VERSION, type StoreData } from '../store/schema';
import { fsyncDir } from '../store/durable-file';
import { decodeStore } from '../store/store';
import { controlCharacterAt } from '../shared/plain-text';
import {
  ACCEPTED_EXTENSIONS,
  ATTACHMENT_DIR,
  ATTACHMENT_NAME,
  DEFAULT_MAX_ATTACHMENT_BYTES,
} from './attachment-store';
import { sha256Hex } from './chain';

export const BACKUP_EXTENSION = 'sayonara';
const MANIFEST = 'manifest.json';
const STORE = 'sayonara.json';

export interface ArchiveLimits {
  /** The most the entries may unpack to, all together. */
  maxTotalBytes: number;
  maxEntries: number;
}
export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = { maxTotalBytes: 4 * 1024 ** 3, maxEntries: 20_000 };
/** The store is read into memory and parsed: it may not be larger than this. */
const MAX_STORE_BYTES = 256 * 1024 * 1024;
/** The manifest lists one line per file (about 260 bytes, pretty-printed): checked before it is read. */
const manifestLimit = (entryCount: number) => 4096 + 512 * entryCount;

/** The format this app writes; a later one is a newer version's, not a damaged file. */
const FORMAT_VERSION = 1;

const ManifestSchema = z
  .object({
    format: z.literal('sayonara-backup'),
    formatVersion: z.literal(FORMAT_VERSION),
    createdAt: z.string().max(40),
    appVersion: z.string().max(40),
    schemaVersion: z.number().int(),
    files: z.array(
      z.object({
        path: z.string().max(300),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
        size: z.number().int().min(0),
      }),
    ),
  })
  .strict();
type Manifest = z.infer<typeof ManifestSchema>;

/** Counts and hashes bytes as they pass; fails once more than `limit` have passed. */
function hashingTap(limit = Infinity, onTooMany = () => new Error('too many bytes')) {
  const hash = createHash('sha256');
  let size = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > limit) return done(onTooMany());
      hash.update(chunk);
      done(null, chunk);
    },
  });
  return { tap, result: () => ({ sha256: hash.digest('hex'), size }) };
}

async function fsyncFile(file: string): Promise<void> {
  const handle = await fsp.open(file, 'r');
  await handle.sync().finally(() => handle.close());
}

/** The export reads and writes a megabyte at a time, not 64 KB: fewer calls, the disk sets the pace. */
const EXPORT_CHUNK = 1024 * 1024;

/** Writes the archive to `target` (via a temp file beside it, renamed when complete). */
export async function writeArchive(
  target: string,
  options: { data: StoreData; attachmentsDir: string; appVersion: string; createdAt: string },
): Promise<BackupSummary> {
  const { data, attachmentsDir, appVersion, createdAt } = options;
  const temp = `${target}.partial-${randomUUID().slice(0, 8)}`;
  // yazl's CRC-32 of each entry runs in C: its buffer-crc32 is swapped for ./crc32.ts (Node's zlib).
  const zip = new yazl.ZipFile();
  const written = pipeline(zip.outputStream, createWriteStream(temp, { highWaterMark: EXPORT_CHUNK }));
  const files: Manifest['files'] = [];
  try {
    const storeBytes = Buffer.from(JSON.stringify(data, null, 2));
    zip.addBuffer(storeBytes, STORE);
    files.push({ path: STORE, sha256: sha256Hex(storeBytes), size: storeBytes.length });
    for (const a of data.attachments) {
      const name = `${a.id}.${a.ext}`;
      const { tap, result } = hashingTap();
      const source = createReadStream(path.join(attachmentsDir, name), { highWaterMark: EXPORT_CHUNK });
      const hashed = pipeline(source, tap).then(result);
      // Already-compressed formats gain nothing from deflate: store them.
      zip.addReadStream(tap, `${ATTACHMENT_DIR}/${name}`, {
        compress: !['png', 'jpg', 'heic', 'pdf'].includes(a.ext),
      });
      const { sha256, size } = await hashed;
      if (sha256 !== a.id)
        throw new AppError(
          'attachment_changed',
          `the attachment ${a.name} has changed on disk since it was imported`,
          { name: a.name },
        );
      files.push({ path: `${ATTACHMENT_DIR}/${name}`, sha256, size });
    }
    const manifest: Manifest = {
      format: 'sayonara-backup',
      formatVersion: FORMAT_VERSION,
      createdAt,
      appVersion,
      schemaVersion: data.schemaVersion,
      files,
    };
    zip.addBuffer(Buffer.from(JSON.stringify(manifest, null, 2)), MANIFEST);
    zip.end();
    await written;
    await fsyncFile(temp);
    await fsp.rename(temp, target);
    // The rename itself survives a power cut only once its folder is flushed.
    await fsyncDir(path.dirname(target));
  } catch (error) {
    (zip.outputStream as Readable).destroy();
    await written.catch(() => undefined);
    await fsp.unlink(temp).catch(() => undefined);
    throw error;
  }
  const bytes = (await fsp.stat(target)).size;
  return summarise(data, { createdAt, appVersion }, bytes);
}

function summarise(
  data: StoreData,
  meta: { createdAt: string; appVersion: string },
  bytes: number,
): BackupSummary {
  return {
    createdAt: meta.createdAt,
    appVersion: meta.appVersion,
    schemaVersion: data.schemaVersion,
    cases: data.cases.length,
    records: data.records.length,
    attachments: data.attachments.length,
    bytes,
  };
}

export interface OpenedArchive {
  data: StoreData;
  summary: BackupSummary;
  /** Unpacked attachment files (only when a staging folder was given): name → path. */
  staged: Map<string, string>;
}

const unsafe = (detail: string) =>
  new AppError('backup_unsafe', `this backup file is unsafe and was not used: ${detail}`);
const invalid = (detail: string) =>
  new AppError('backup_invalid', `this backup file is damaged or not a Sayonara SIM backup: ${detail}`);

/** yauzl reports unsafe names and lying sizes as plain errors: give them our codes. */
function classify(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (/absolute path|invalid relative path|invalid characters/.test(message)) return unsafe(message);
  return invalid(message);
}

function isAllowedName(name: string): boolean {
  if (name === MANIFEST || name === STORE) return true;
  const [dir, file, ...rest] = name.split('/');
  return (
    dir === ATTACHMENT_DIR &&
    file !== undefined &&
    rest.length === 0 &&
    ATTACHMENT_NAME.test(file) &&
    // Only the kinds the app imports: nothing else (an .html, an .svg) lands in the data folder.
    ACCEPTED_EXTENSIONS.includes(path.extname(file).slice(1))
  );
}

async function collect(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Archive reads: large enough that the disk, not per-call overhead, sets the pace. */
const READ_CHUNK = 1024 * 1024;

/** yauzl reads through the caller's handle (opened as a checked regular file) and leaves closing it to them. */
class HandleReader extends yauzl.RandomAccessReader {
  constructor(private readonly handle: fsp.FileHandle) {
    super();
  }

  override _readStreamForRange(start: number, end: number): Readable {
    // Positioned reads through the handle, which stays open: it is closed once, by whoever opened it.
    const handle = this.handle;
    let position = start;
    return new Readable({
      highWaterMark: READ_CHUNK,
      read() {
        const length = Math.min(READ_CHUNK, end - position);
        if (length <= 0) {
          this.push(null);
          return;
        }
        handle.read(Buffer.allocUnsafe(length), 0, length, position).then(
          ({ bytesRead, buffer }) => {
            if (bytesRead === 0) return this.destroy(new Error('unexpected end of file'));
            position += bytesRead;
            this.push(buffer.subarray(0, bytesRead));
          },
          (error: unknown) => this.destroy(error instanceof Error ? error : new Error(String(error))),
        );
      },
    });
  }

  override read(
    buffer: Buffer,
    offset: number,
    length: number,
    position: number,
    callback: (error: Error | null) => void,
  ): void {
    this.handle.read(buffer, offset, length, position).then(
      ({ bytesRead }) => callback(bytesRead === length ? null : new Error('unexpected end of file')),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
    );
  }
}

/**
 * How tightly each kind of entry may be packed (unpacked ÷ packed). Images and PDFs are compressed
 * already: deflate gains little on them (a JPEG or HEIC ~1:1, a PNG under 2:1, a PDF with plain streams
 * a few to one). Text and mail compress as text does. The store and the manifest are bounded by size.
 */
const MAX_RATIO: Record<string, number> = { png: 8, jpg: 8, heic: 8, pdf: 20, txt: 64, eml: 64 };
/** A small entry may be packed tighter than its kind allows (headers, a blank page): this much slack. */
const RATIO_SLACK = 64 * 1024;
/** Left free on the disk after a restore: the store, its backups and the log still need room. */
const SPACE_RESERVE = 64 * 1024 * 1024;

export interface ReadOptions {
  /** Where attachments are unpacked (the caller moves them into place and removes it); null = only hash. */
  stageDir: string | null;
  limits?: ArchiveLimits;
  /** The largest attachment the app imports: a bigger entry cannot be one of its files. */
  maxAttachmentBytes?: number;
  /** Free bytes on the disk holding `dir` (statfs); a test seam. */
  freeBytes?: (dir: string) => Promise<number>;
}

export async function freeBytesOf(dir: string): Promise<number> {
  const stats = await fsp.statfs(dir);
  return stats.bavail * stats.bsize;
}

const noSpace = (needed: number, available: number) =>
  new AppError(
    'backup_no_space',
    `not enough space to restore this backup (needs ${needed} bytes, has ${available})`,
    // Whole megabytes, rounded up and down: what the renderer words (needs X MB, has Y MB).
    {
      needed,
      available,
      neededMb: Math.ceil(needed / 1024 ** 2),
      availableMb: Math.floor(available / 1024 ** 2),
    },
  );

/**
 * Reads and checks the whole archive, opened from `handle` (see openRegularFile). Before anything is
 * unpacked: the manifest is read and every entry's declared size must match it, the total must stay under
 * the cap, no entry may be packed suspiciously tight, and the disk must have room; while unpacking, no entry
 * may yield more bytes than declared. Throws AppError on any fault.
 */
export async function readArchive(handle: fsp.FileHandle, options: ReadOptions): Promise<OpenedArchive> {
  const { stageDir } = options;
  const limits = options.limits ?? DEFAULT_ARCHIVE_LIMITS;
  let zip: ZipReader;
  try {
    zip = await yauzl.fromRandomAccessReaderPromise(new HandleReader(handle), (await handle.stat()).size, {
      lazyEntries: true,
      validateEntrySizes: true,
      strictFileNames: true,
      // Entries are read again after the listing ends (the manifest first); the caller closes the handle.
      autoClose: false,
    });
  } catch (error) {
    throw classify(error);
  }
  const staged = new Map<string, string>();
  // Each staged file's flush runs while the next entry unpacks (one disk wait per file, one after another,
  // kept restore at a fifth of `tar x`); all have landed before the caller may point the store at them.
  const flushes: Promise<void>[] = [];
  try {
    if (zip.entryCount > limits.maxEntries) throw unsafe(`it holds ${zip.entryCount} entries`);
    // The central directory first: names and declared sizes, nothing unpacked yet.
    const entries = new Map<string, Entry>();
    for await (const entry of entriesOf(zip)) {
      const name = entry.fileName;
      if (!isAllowedName(name)) throw unsafe(`unexpected entry "${name.slice(0, 120)}"`);
      if (entries.has(name)) throw unsafe(`"${name}" appears twice`);
      entries.set(name, entry);
    }
    const unpack = (entry: Entry, into: (stream: Readable) => Promise<void>) => unpackEntry(zip, entry, into);
    const manifestEntry = entries.get(MANIFEST);
    if (manifestEntry === undefined) throw invalid(`${MANIFEST} is missing`);
    // Sized before a byte of it is read: a small entry may unpack to a manifest that fills the memory.
    const manifest = parseManifest(await readJsonEntry(manifestEntry, unpack, manifestLimit(zip.entryCount)));
    if (manifest.schemaVersion > CURRENT_SCHEMA_VERSION) throw newerSchema(manifest.schemaVersion);
    const total = checkDeclared(
      manifest,
      entries,
      limits,
      options.maxAttachmentBytes ?? DEFAULT_MAX_ATTACHMENT_BYTES,
    );
    if (stageDir !== null) {
      const available = await (options.freeBytes ?? freeBytesOf)(stageDir);
      if (available < total + SPACE_RESERVE) throw noSpace(total + SPACE_RESERVE, available);
    }
    const storeBytes = await readJsonEntry(entries.get(STORE), unpack, MAX_STORE_BYTES, manifest);
    const data = decodeBackupStore(storeBytes, manifest.schemaVersion);
    for (const a of data.attachments) {
      if (!entries.has(`${ATTACHMENT_DIR}/${a.id}.${a.ext}`))
        throw invalid(`the attachment ${a.name} is missing`);
    }
    for (const [name, entry] of entries) {
      if (name === MANIFEST || name === STORE) continue;
      const target = stageDir === null ? null : path.join(stageDir, path.basename(name));
      const actual = await unpack(entry, async (stream) => {
        if (target === null) {
          for await (const chunk of stream) void chunk;
          return;
        }
        await pipeline(stream, createWriteStream(target, { flags: 'wx' })).catch(async (error: unknown) => {
          if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
          throw noSpace(total, await (options.freeBytes ?? freeBytesOf)(stageDir ?? '.'));
        });
        // Flushed before the store can point at it: a restore is as durable as an import.
        flushes.push(fsyncFile(target));
      });
      checkHash(name, actual, manifest);
      if (target !== null) staged.set(path.basename(name), target);
    }
    await Promise.all(flushes);
    return { data, summary: summarise(data, manifest, (await handle.stat()).size), staged };
  } catch (error) {
    // No flush may still be writing when the caller removes the staging folder.
    await Promise.allSettled(flushes);
    throw classify(error);
  } finally {
    zip.close();
  }
}

/** Unpacks one entry through a tap that hashes, and stops it at the size its header declares. */
async function unpackEntry(
  zip: ZipReader,
  entry: Entry,
  into: (stream: Readable) => Promise<void>,
): Promise<{ sha256: string; size: number }> {
  const { tap, result } = hashingTap(entry.uncompressedSize, () =>
    unsafe(`"${entry.fileName}" unpacks to more than it declares`),
  );
  const stream = await zip.openReadStreamPromise(entry);
  await Promise.all([pipeline(stream, tap), into(tap)]);
  return result();
}

/** Reads a JSON entry of at most `limit` bytes (its header's size, which the unpacking also holds it to). */
async function readJsonEntry(
  entry: Entry | undefined,
  unpack: (
    entry: Entry,
    into: (stream: Readable) => Promise<void>,
  ) => Promise<{ sha256: string; size: number }>,
  limit: number,
  manifest?: Manifest,
): Promise<Buffer | undefined> {
  if (entry === undefined) return undefined;
  if (entry.uncompressedSize > limit)
    throw unsafe(`"${entry.fileName}" is ${entry.uncompressedSize} bytes, more than ${limit}`);
  let bytes: Buffer = Buffer.alloc(0);
  const actual = await unpack(entry, async (stream) => {
    bytes = await collect(stream);
  });
  if (manifest) checkHash(entry.fileName, actual, manifest);
  return bytes;
}

/**
 * Every entry is listed in the manifest with the size its header declares, every listed file is there,
 * the total stays under the cap, no attachment is larger than the app imports and none is packed tighter
 * than its kind can be (MAX_RATIO). Returns the total.
 */
function checkDeclared(
  manifest: Manifest,
  entries: Map<string, Entry>,
  limits: ArchiveLimits,
  maxAttachmentBytes: number,
): number {
  const listed = new Map(manifest.files.map((f) => [f.path, f]));
  let total = 0;
  for (const [name, entry] of entries) {
    if (name === MANIFEST) continue;
    const expected = listed.get(name);
    if (!expected) throw invalid(`"${name}" is not in the manifest`);
    if (expected.size !== entry.uncompressedSize)
      throw invalid(`"${name}" declares ${entry.uncompressedSize} bytes, the manifest ${expected.size}`);
    total += entry.uncompressedSize;
  }
  const missing = manifest.files.find((f) => !entries.has(f.path));
  if (missing) throw invalid(`"${missing.path}" is missing`);
  if (total > limits.maxTotalBytes)
    throw unsafe(`it would unpack to more than ${Math.round(limits.maxTotalBytes / 1024 ** 2)} MB`);
  for (const [name, entry] of entries) {
    if (name === MANIFEST || name === STORE) continue;
    if (entry.uncompressedSize > maxAttachmentBytes)
      throw unsafe(`"${name}" is larger than any file the app attaches`);
    const ext = path.extname(name).slice(1);
    const ratio = MAX_RATIO[ext] ?? 1;
    if (entry.uncompressedSize > entry.compressedSize * ratio + RATIO_SLACK)
      throw unsafe(
        `"${name}" is packed ${Math.round(entry.uncompressedSize / Math.max(1, entry.compressedSize))} times tighter than a .${ext} file can be (at most ${ratio})`,
      );
  }
  return total;
}

/** The entries one at a time: each is read before the next is asked for (lazyEntries). */
async function* entriesOf(zip: ZipReader): AsyncGenerator<Entry> {
  for (;;) {
    const entry = await new Promise<Entry | null>((resolve, reject) => {
      const settle = (value: Entry | null, error?: unknown) => {
        zip.off('entry', onEntry).off('end', onEnd).off('error', onError);
        if (error === undefined) resolve(value);
        else reject(error instanceof Error ? error : new Error(String(error)));
      };
      const onEntry = (e: Entry) => settle(e);
      const onEnd = () => settle(null);
      const onError = (error: unknown) => settle(null, error);
      zip.on('entry', onEntry).on('end', onEnd).on('error', onError);
      zip.readEntry();
    });
    if (entry === null) return;
    yield entry;
  }
}

function parseJson<T>(bytes: Buffer | undefined, name: string, parse: (raw: unknown) => T): T {
  if (bytes === undefined) throw invalid(`${name} is missing`);
  try {
    return parse(JSON.parse(bytes.toString('utf8')));
  } catch {
    throw invalid(`${name} is not valid`);
  }
}

/** The manifest, once its format is one this app reads: a later format is a newer version's backup. */
function parseManifest(bytes: Buffer | undefined): Manifest {
  const raw = parseJson(bytes, MANIFEST, (value) => value);
  if (
    isRecord(raw) &&
    raw.format === 'sayonara-backup' &&
    typeof raw.formatVersion === 'number' &&
    Number.isInteger(raw.formatVersion) &&
    raw.formatVersion > FORMAT_VERSION
  )
    throw new AppError(
      'backup_newer_schema',
      `this backup comes from a newer version of the app (backup format ${raw.formatVersion}); update the app to restore it`,
      { formatVersion: raw.formatVersion },
    );
  const parsed = ManifestSchema.safeParse(raw);
  if (!parsed.success) throw invalid(`${MANIFEST} is not valid`);
  return parsed.data;
}

/** An unpacked entry must have the hash and size the manifest lists; an attachment is named by its hash. */
function checkHash(name: string, actual: { sha256: string; size: number }, manifest: Manifest): void {
  const expected = manifest.files.find((f) => f.path === name);
  if (!expected || expected.sha256 !== actual.sha256 || expected.size !== actual.size)
    throw invalid(`"${name}" does not match its SHA-256 in the manifest`);
  if (name.startsWith(`${ATTACHMENT_DIR}/`) && !path.basename(name).startsWith(actual.sha256))
    throw invalid(`"${name}" is not named by its hash`);
}

const newerSchema = (version: number) =>
  new AppError(
    'backup_newer_schema',
    `this backup comes from a newer version of the app (data version ${version}); update the app to restore it`,
    { version },
  );

/** The inner store must be of the manifest's version, and neither newer than this app's. */
function decodeBackupStore(bytes: Buffer | undefined, manifestVersion: number): StoreData {
  const raw = parseJson(bytes, STORE, (value) => value);
  const version = isRecord(raw) ? raw.schemaVersion : undefined;
  if (typeof version === 'number' && version > CURRENT_SCHEMA_VERSION) throw newerSchema(version);
  if (version !== manifestVersion)
    throw invalid(`its manifest says data version ${manifestVersion}, its data ${String(version)}`);
  let data: StoreData;
  try {
    data = decodeStore(JSON.stringify(raw), MIGRATIONS).data;
  } catch (error) {
    throw invalid(`its data does not pass the checks (${String(error).slice(0, 200)})`);
  }
  // Held to the rules the app's own entry follows (shared/plain-text.ts): a name with CR/LF in it would
  // rewrite an exported calendar or report.
  const unplain = controlCharacterAt(data);
  if (unplain !== null)
    throw new AppError(
      'backup_control_characters',
      `this backup's data holds a line break or control character where none may be (${unplain.slice(0, 120)})`,
      { field: unplain.slice(0, 120) },
    );
  return data;
}
