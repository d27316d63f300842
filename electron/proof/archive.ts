// The `.sayonara` backup: a zip of the store, the attachments and a manifest of their SHA-256 hashes.
// Reading checks everything (names, sizes, hashes, the store itself) before the caller changes anything.
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
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
import { ACCEPTED_EXTENSIONS, ATTACHMENT_DIR, ATTACHMENT_NAME } from './attachment-store';
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
/** The store and the manifest are read into memory: they may not be larger than this. */
const MAX_JSON_BYTES = 256 * 1024 * 1024;

const ManifestSchema = z
  .object({
    format: z.literal('sayonara-backup'),
    formatVersion: z.literal(1),
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

/** Writes the archive to `target` (via a temp file beside it, renamed when complete). */
export async function writeArchive(
  target: string,
  options: { data: StoreData; attachmentsDir: string; appVersion: string; createdAt: string },
): Promise<BackupSummary> {
  const { data, attachmentsDir, appVersion, createdAt } = options;
  const temp = `${target}.partial-${randomUUID().slice(0, 8)}`;
  const zip = new yazl.ZipFile();
  const written = pipeline(zip.outputStream, createWriteStream(temp));
  const files: Manifest['files'] = [];
  try {
    const storeBytes = Buffer.from(JSON.stringify(data, null, 2));
    zip.addBuffer(storeBytes, STORE);
    files.push({ path: STORE, sha256: sha256Hex(storeBytes), size: storeBytes.length });
    for (const a of data.attachments) {
      const name = `${a.id}.${a.ext}`;
      const { tap, result } = hashingTap();
      const source = createReadStream(path.join(attachmentsDir, name));
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
      formatVersion: 1,
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

/**
 * Reads and checks the whole archive. With `stageDir`, attachments are unpacked there (the caller moves
 * them into place and removes the folder); without, they are only hashed. Throws AppError on any fault.
 */
export async function readArchive(
  file: string,
  stageDir: string | null,
  limits = DEFAULT_ARCHIVE_LIMITS,
): Promise<OpenedArchive> {
  let zip: ZipReader;
  try {
    zip = await yauzl.openPromise(file, {
      lazyEntries: true,
      validateEntrySizes: true,
      strictFileNames: true,
    });
  } catch (error) {
    throw classify(error);
  }
  const seen = new Map<string, { sha256: string; size: number }>();
  const json = new Map<string, Buffer>();
  const staged = new Map<string, string>();
  let total = 0;
  const overLimit = () =>
    unsafe(`it would unpack to more than ${Math.round(limits.maxTotalBytes / 1024 ** 2)} MB`);
  try {
    if (zip.entryCount > limits.maxEntries) throw unsafe(`it holds ${zip.entryCount} entries`);
    for await (const entry of entriesOf(zip)) {
      const name = entry.fileName;
      if (!isAllowedName(name)) throw unsafe(`unexpected entry "${name.slice(0, 120)}"`);
      if (seen.has(name)) throw unsafe(`"${name}" appears twice`);
      // Declared sizes first (cheap), then the real byte count while unpacking (a header can lie).
      total += entry.uncompressedSize;
      if (total > limits.maxTotalBytes) throw overLimit();
      const remaining = limits.maxTotalBytes - (total - entry.uncompressedSize);
      const { tap, result } = hashingTap(remaining, overLimit);
      const stream = await zip.openReadStreamPromise(entry);
      if (name === MANIFEST || name === STORE) {
        if (entry.uncompressedSize > MAX_JSON_BYTES) throw unsafe(`"${name}" is too large`);
        const [bytes] = await Promise.all([collect(tap), pipeline(stream, tap)]);
        json.set(name, bytes);
      } else if (stageDir !== null) {
        const target = path.join(stageDir, path.basename(name));
        await pipeline(stream, tap, createWriteStream(target, { flags: 'wx' }));
        staged.set(path.basename(name), target);
      } else {
        await pipeline(stream, tap, async (source: AsyncIterable<Buffer>) => {
          for await (const chunk of source) void chunk;
        });
      }
      seen.set(name, result());
    }
  } catch (error) {
    throw classify(error);
  } finally {
    zip.close();
  }
  const manifest = parseJson(json.get(MANIFEST), MANIFEST, (raw) => ManifestSchema.parse(raw));
  checkHashes(manifest, seen);
  const data = decodeBackupStore(json.get(STORE));
  for (const a of data.attachments) {
    if (!seen.has(`${ATTACHMENT_DIR}/${a.id}.${a.ext}`)) throw invalid(`the attachment ${a.name} is missing`);
  }
  return { data, summary: summarise(data, manifest, (await fsp.stat(file)).size), staged };
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

/** Every entry must be listed with its hash and size, and every listed file must be there. */
function checkHashes(manifest: Manifest, seen: Map<string, { sha256: string; size: number }>): void {
  const listed = new Map(manifest.files.map((f) => [f.path, f]));
  for (const [name, actual] of seen) {
    if (name === MANIFEST) continue;
    const expected = listed.get(name);
    if (!expected) throw invalid(`"${name}" is not in the manifest`);
    if (expected.sha256 !== actual.sha256 || expected.size !== actual.size)
      throw invalid(`"${name}" does not match its SHA-256 in the manifest`);
    // Attachments are content-addressed: the name is the hash.
    if (name.startsWith(`${ATTACHMENT_DIR}/`) && !path.basename(name).startsWith(actual.sha256))
      throw invalid(`"${name}" is not named by its hash`);
  }
  const missing = manifest.files.find((f) => !seen.has(f.path));
  if (missing) throw invalid(`"${missing.path}" is missing`);
}

function decodeBackupStore(bytes: Buffer | undefined): StoreData {
  const raw = parseJson(bytes, STORE, (value) => value);
  const version = isRecord(raw) ? raw.schemaVersion : undefined;
  if (typeof version === 'number' && version > CURRENT_SCHEMA_VERSION) {
    throw new AppError(
      'backup_newer_schema',
      `this backup comes from a newer version of the app (data version ${version}); update the app to restore it`,
    );
  }
  try {
    return decodeStore(JSON.stringify(raw), MIGRATIONS).data;
  } catch (error) {
    throw invalid(`its data does not pass the checks (${String(error).slice(0, 200)})`);
  }
}
