// Durable file writes: lowdb's own JSONFile (steno) renames a temp file but never fsyncs, so a power
// loss can lose an acknowledged write. Here a write resolves only once the bytes and the rename are on disk.
import { randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import type { Adapter } from 'lowdb';

/** The file-system calls a durable write makes; tests swap one out to inject a failure. */
export interface FileIo {
  open: typeof fsp.open;
  rename: typeof fsp.rename;
  unlink: typeof fsp.unlink;
}

export const nodeIo: FileIo = { open: fsp.open, rename: fsp.rename, unlink: fsp.unlink };

/** When this process started: a temp file of ours cannot be older. */
const PROCESS_STARTED_MS = Date.now() - process.uptime() * 1000;

/**
 * pid + a random part: unique across concurrent writers in this process and across processes, and never
 * the name a crashed earlier process with the same pid (containers, pid namespaces) left behind.
 */
function tempPathFor(target: string): string {
  const random = randomBytes(6).toString('hex');
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${random}.tmp`);
}

/**
 * Whether `dir` takes a new file now: creates and removes an empty temp file (named as a write's temp, so
 * one a crash leaves is removed at the next start). Throws the system's error when it does not.
 */
export async function probeWritable(dir: string, fileName: string, io: FileIo = nodeIo): Promise<void> {
  const temp = tempPathFor(path.join(dir, fileName));
  const handle = await io.open(temp, 'wx');
  await handle.close();
  await io.unlink(temp);
}

/**
 * For a temp file left behind by a killed writer, the name of the file it was meant to replace; null for
 * anything else. Another pid's temp is stale; one with this pid is stale only when it is older than this
 * process (the pid was reused), since a younger one may be a write of ours in flight.
 */
export function staleTempTarget(name: string, modifiedMs: number): string | null {
  const match = /^\.(.+)\.(\d+)\.[0-9a-f]+\.tmp$/.exec(name);
  if (match === null) return null;
  if (match[2] === String(process.pid) && modifiedMs >= PROCESS_STARTED_MS) return null;
  return match[1] ?? null;
}

export async function fsyncDir(dir: string, io: FileIo = nodeIo): Promise<void> {
  // Windows cannot open a directory for fsync; NTFS journals the rename's metadata itself.
  if (process.platform === 'win32') return;
  const handle = await io.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

const RENAME_RETRY_CODES = new Set(['EPERM', 'EACCES', 'EBUSY']);

async function renameWithRetry(from: string, to: string, io: FileIo): Promise<void> {
  // On Windows an antivirus or indexer briefly holding the target makes rename fail (typicode/lowdb#157).
  const attempts = process.platform === 'win32' ? 5 : 1;
  for (let attempt = 1; ; attempt += 1) {
    try {
      await io.rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (attempt >= attempts || !RENAME_RETRY_CODES.has(code)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
}

/**
 * temp file in the same folder → fsync → rename over the target → fsync the folder.
 * A reader sees the old bytes or the new ones, never a mix; once this resolves, the new bytes survive a crash.
 */
export async function writeFileDurably(
  target: string,
  contents: string | Uint8Array,
  io: FileIo = nodeIo,
): Promise<void> {
  const temp = tempPathFor(target);
  try {
    const handle = await io.open(temp, 'wx');
    try {
      await handle.writeFile(contents, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(temp, target, io);
  } catch (error) {
    await io.unlink(temp).catch(() => undefined);
    throw error;
  }
  await fsyncDir(path.dirname(target), io);
}

/** The file's bytes are not valid UTF-8: read leniently, a bad byte would become U+FFFD on the next write. */
export class InvalidUtf8Error extends Error {
  override name = 'InvalidUtf8Error';
}

/** Reads a text file, refusing (InvalidUtf8Error) bytes that are not valid UTF-8. */
export async function readUtf8Strictly(file: string): Promise<string> {
  const bytes = await fsp.readFile(file);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InvalidUtf8Error(`${path.basename(file)} is not valid UTF-8`);
  }
}

export interface DurableJsonFileOptions<T> {
  /** Turns the file's text into data; throws when the text is not acceptable. */
  decode: (text: string) => T;
  serialize: (data: T) => string | Uint8Array;
  io?: FileIo;
}

/** lowdb adapter whose writes are durable and run one at a time, in call order. */
export class DurableJsonFile<T> implements Adapter<T> {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly filePath: string,
    private readonly options: DurableJsonFileOptions<T>,
  ) {}

  /** null when the file does not exist; a decode error propagates. */
  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readUtf8Strictly(this.filePath);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    return this.options.decode(text);
  }

  write(data: T): Promise<void> {
    const run = this.queue.then(() =>
      writeFileDurably(this.filePath, this.options.serialize(data), this.options.io),
    );
    // A failed write must not block the ones queued after it.
    this.queue = run.catch(() => undefined);
    return run;
  }
}
