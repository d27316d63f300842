// The one writer of the store file (main process only). Opening reads, migrates and validates; a bad file
// is set aside (never overwritten or deleted) and the newest good backup takes its place.
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import {
  BACKUP_DIR_NAME,
  fileSafeTimestamp,
  hasBackupOn,
  isBackupName,
  listBackups,
  localDayOf,
  writeBackup,
} from './backups';
import {
  DurableJsonFile,
  fsyncDir,
  InvalidUtf8Error,
  nodeIo,
  probeWritable,
  readUtf8Strictly,
  staleTempTarget,
  type FileIo,
} from './durable-file';
import {
  checkMigrationList,
  isRecord,
  MIGRATIONS,
  MigrationError,
  runMigrations,
  type Migration,
} from './migrations';
import { CURRENT_SCHEMA_VERSION, emptyStore, StoreDataSchema, type StoreData } from './schema';
import { createStoreSerializer, deepFreeze } from './serialize';

export type StoreNotice =
  /** setAsideFile: absolute path of the moved-aside file; restoredFrom: backup file name, null = started fresh. */
  | { kind: 'recovered'; setAsideFile: string; restoredFrom: string | null }
  /** file: absolute path of the store file, left as it is; the store is read-only. */
  | { kind: 'newer-schema'; file: string; fileVersion: number }
  /** The store file was gone while backups were there: the newest good one (a file name) was put back. */
  | { kind: 'missing-restored'; file: string; restoredFrom: string }
  /** The store file exists but cannot be read (a folder in its place, no permission, a disk error): it is
   * left as it is, the newest good backup (or nothing) is shown, read-only. code: the system's error code. */
  | { kind: 'unreadable'; file: string; code: string; restoredFrom: string | null }
  /** A damaged store file could not be set aside (read-only disk): nothing is written, read-only. */
  | { kind: 'set-aside-failed'; file: string; code: string; restoredFrom: string | null }
  /** The daily backup could not be written (backups/ is not a folder, the disk is full or read-only).
   * readOnly: the data folder refuses writes, so the store was opened read-only. */
  | { kind: 'backup-failed'; dir: string; code: string; readOnly: boolean }
  /** The data folder itself cannot be used: nothing is shown and nothing can be saved. */
  | { kind: 'data-folder-unusable'; dir: string; code: string };

/** store_busy: a restore that replaces the data is running; an edit now would be dropped by it. */
export type StoreErrorCode = 'store_read_only' | 'store_write_failed' | 'store_busy';

export class StoreError extends Error {
  override name = 'StoreError';
  constructor(
    public code: StoreErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** What a task run by `transact` may do while it holds the write queue. */
export interface StoreTransaction {
  /** The last durable state (it follows the task's own writes). */
  readonly data: StoreData;
  /** Writes `next` durably, as `update` does; returns it frozen. `next === data` writes nothing. */
  write(next: StoreData): Promise<StoreData>;
  /** Copies the last durable state into backups/; resolves with the backup's path. */
  backup(reason: string): Promise<string>;
}

export interface Store {
  /** The last durable state, deep-frozen: recipes build new objects (spread), they never mutate. */
  readonly data: StoreData;
  readonly readOnly: boolean;
  readonly filePath: string;
  /** Applies an immutable recipe, writes durably, resolves after fsync. Serialised with other updates.
   * If the recipe throws, or the write fails, `data` stays the last durable state and the promise rejects
   * (write failure → StoreError('store_write_failed')). The new data is NOT re-validated with zod here (too slow at scale): callers validate their inputs.
   * A recipe that returns `current` itself changes nothing and writes nothing. */
  update(recipe: (current: StoreData) => StoreData): Promise<StoreData>;
  /**
   * Runs `task` alone in the write queue: it sees the state every earlier call left durable, and no other
   * update, backup or task starts until it settles. For work whose file-system side must agree with the
   * store (attachment files removed only once a write proves them unused, restored files put in place
   * and named in one step).
   */
  transact<R>(task: (tx: StoreTransaction) => Promise<R>): Promise<R>;
  /**
   * Runs `task` while every other write is refused with StoreError('store_busy'); the task writes through
   * the `transact` it is given. For a restore that replaces the data: an edit accepted meanwhile would
   * be acknowledged, then dropped by the replacement.
   */
  excluding<R>(task: (transact: Store['transact']) => Promise<R>): Promise<R>;
  /** Copies the last durable state into backups/ (keeping the newest 10); resolves with the backup's path. */
  backupNow(reason: string): Promise<string>;
  /** Resolves when every queued write is durable (called before the app quits). */
  flush(): Promise<void>;
}

export interface OpenStoreOptions {
  dir: string;
  /** A plain file name inside `dir`; default 'sayonara.json'. */
  fileName?: string;
  now?: () => Date;
  migrations?: Migration[];
  /** Test seam: the file-system calls writes go through. */
  io?: FileIo;
}

export const DEFAULT_STORE_FILE_NAME = 'sayonara.json';

/** Why a store file (or a backup) cannot be used as it is. */
class StoreFileError extends Error {
  override name = 'StoreFileError';
  constructor(
    readonly kind: 'corrupt' | 'newer-schema',
    message: string,
    readonly fileVersion = 0,
  ) {
    super(message);
  }
}

interface Decoded {
  data: StoreData;
  /** The version the file was migrated from; null when it was current. */
  migratedFrom: number | null;
}

/** Parses, migrates and validates the text of a store file or backup. */
export function decodeStore(text: string, migrations: readonly Migration[]): Decoded {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    // Empty, truncated and NUL-filled files all land here.
    throw new StoreFileError('corrupt', `not JSON: ${String(error)}`);
  }
  if (!isRecord(raw)) throw new StoreFileError('corrupt', 'not a JSON object');
  const version = raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw new StoreFileError('corrupt', 'schemaVersion is missing or invalid');
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    throw new StoreFileError('newer-schema', `written by a newer version (schema ${version})`, version);
  }
  let migrated: unknown = raw;
  if (version < CURRENT_SCHEMA_VERSION) {
    try {
      migrated = runMigrations(raw, migrations);
    } catch (error) {
      if (error instanceof MigrationError) throw new StoreFileError('corrupt', error.message);
      throw error;
    }
  }
  const parsed = StoreDataSchema.safeParse(migrated);
  if (!parsed.success) throw new StoreFileError('corrupt', `invalid: ${parsed.error.message}`);
  return { data: parsed.data, migratedFrom: version < CURRENT_SCHEMA_VERSION ? version : null };
}

async function exists(file: string): Promise<boolean> {
  try {
    await fsp.lstat(file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/** Renames the file to `<name>.corrupt-<ts>[-n]` beside it (bytes untouched); returns the new path. */
async function setAside(filePath: string, at: Date, io: FileIo): Promise<string> {
  const base = `${filePath}.corrupt-${fileSafeTimestamp(at)}`;
  let target = base;
  // rename() replaces an existing file: never let one set-aside file clobber another.
  for (let n = 2; await exists(target); n += 1) target = `${base}-${n}`;
  await io.rename(filePath, target);
  await fsyncDir(path.dirname(filePath), io);
  return target;
}

async function newestGoodBackup(
  backupDir: string,
  fileName: string,
  migrations: readonly Migration[],
): Promise<{ data: StoreData; name: string } | null> {
  // A backups/ that cannot be listed (a file in its place) holds no good backup.
  for (const entry of await listBackups(backupDir, fileName).catch(() => [])) {
    try {
      return { data: decodeStore(await readUtf8Strictly(entry.path), migrations).data, name: entry.name };
    } catch {
      // Unreadable or bad too: try the next older one.
    }
  }
  return null;
}

async function removeStaleTemps(folder: string, isOurs: (target: string) => boolean): Promise<void> {
  const names = await fsp.readdir(folder).catch(() => []);
  for (const name of names) {
    const file = path.join(folder, name);
    const stat = await fsp.lstat(file).catch(() => null);
    const target = stat?.isFile() ? staleTempTarget(name, stat.mtimeMs) : null;
    if (target !== null && isOurs(target)) await fsp.unlink(file).catch(() => undefined);
  }
}

function checkFileName(fileName: string): void {
  if (fileName === '' || fileName === '.' || fileName === '..' || /[/\\]/.test(fileName)) {
    throw new Error(`store fileName must be a plain file name inside the data folder, got ${fileName}`);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The system's error code (EISDIR, EACCES, ENOSPC…), or 'unknown'. */
export function errorCodeOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' ? code : 'unknown';
}

/** Codes that mean the folder refuses writes, as opposed to a full disk or a misplaced file. */
const READ_ONLY_CODES = new Set(['EROFS', 'EACCES', 'EPERM']);

/** A store over `data` that refuses every write: what a start shows when the data folder cannot be used. */
export function readOnlyStore(data: StoreData, filePath: string): Store {
  const refuse = () =>
    Promise.reject(new StoreError('store_read_only', `${filePath} cannot be written at the moment`));
  return {
    data: deepFreeze(data),
    readOnly: true,
    filePath,
    update: refuse,
    transact: refuse,
    excluding: refuse,
    backupNow: refuse,
    flush: () => Promise.resolve(),
  };
}

export async function openStore(
  opts: OpenStoreOptions,
): Promise<{ store: Store; notice: StoreNotice | null }> {
  const fileName = opts.fileName ?? DEFAULT_STORE_FILE_NAME;
  checkFileName(fileName);
  const migrations = opts.migrations ?? MIGRATIONS;
  checkMigrationList(migrations);
  const now = opts.now ?? (() => new Date());
  const io = opts.io ?? nodeIo;
  const dir = path.resolve(opts.dir);
  const filePath = path.join(dir, fileName);
  const backupDir = path.join(dir, BACKUP_DIR_NAME);

  await fsp.mkdir(dir, { recursive: true });
  await removeStaleTemps(dir, (target) => target === fileName);
  await removeStaleTemps(backupDir, (target) => isBackupName(target, fileName));

  const serialize = createStoreSerializer();
  const migration = { from: null as number | null, originalText: '' };
  const adapter = new DurableJsonFile<StoreData>(filePath, {
    decode: (text) => {
      const decoded = decodeStore(text, migrations);
      if (decoded.migratedFrom !== null)
        Object.assign(migration, { from: decoded.migratedFrom, originalText: text });
      return decoded.data;
    },
    serialize,
    io,
  });
  const fresh = emptyStore();
  const db = new Low<StoreData>(adapter, fresh);

  let notice: StoreNotice | null = null;
  let readOnly = false;
  let rewrite = false;
  try {
    await db.read();
    if (db.data === fresh) {
      // No store file. On a first start there are no backups either; when there are, the file was lost
      // (deleted, or moved by a sync tool) and starting empty would look like lost data.
      const restored = await newestGoodBackup(backupDir, fileName, migrations);
      if (restored) {
        db.data = restored.data;
        rewrite = true;
        notice = { kind: 'missing-restored', file: filePath, restoredFrom: restored.name };
      }
    }
  } catch (caught) {
    // Invalid UTF-8 is damage like any other: read leniently, the next write would replace the bad bytes.
    const error = caught instanceof InvalidUtf8Error ? new StoreFileError('corrupt', caught.message) : caught;
    // Not bad data but a file that cannot be read (a folder in its place, no permission): left as it is.
    const unreadable = error instanceof StoreFileError ? null : errorCodeOf(error);
    let setAsideFile: string | null = null;
    let setAsideFailed: string | null = null;
    if (error instanceof StoreFileError && error.kind === 'corrupt') {
      // A damaged file that cannot be moved (a read-only disk) must not be written over either.
      setAsideFile = await setAside(filePath, now(), io).catch((failure: unknown) => {
        setAsideFailed = errorCodeOf(failure);
        return null;
      });
    }
    const restored = await newestGoodBackup(backupDir, fileName, migrations);
    db.data = restored?.data ?? fresh;
    const restoredFrom = restored?.name ?? null;
    if (unreadable !== null) {
      readOnly = true;
      notice = { kind: 'unreadable', file: filePath, code: unreadable, restoredFrom };
    } else if (setAsideFailed !== null) {
      readOnly = true;
      notice = { kind: 'set-aside-failed', file: filePath, code: setAsideFailed, restoredFrom };
    } else if (setAsideFile === null) {
      // The file is some later version's good data: keep it, and write nothing over it.
      readOnly = true;
      notice = { kind: 'newer-schema', file: filePath, fileVersion: (error as StoreFileError).fileVersion };
    } else {
      rewrite = true;
      notice = { kind: 'recovered', setAsideFile, restoredFrom: restored?.name ?? null };
    }
  }
  deepFreeze(db.data);

  const today = now();
  // The day whose backup is taken (or known to exist); the first write of a later day takes that day's.
  let backedUpDay: string | null = null;
  try {
    if (migration.from !== null) {
      rewrite = true;
      await writeBackup(
        backupDir,
        fileName,
        migration.originalText,
        `before-migration-from-v${migration.from}`,
        now(),
        io,
      );
    }
    // Put the migrated or restored data in place now, so the next start does not redo it.
    if (rewrite) await adapter.write(db.data);
    rewrite = false;
    if (!readOnly && db.data !== fresh) {
      if (!(await hasBackupOn(backupDir, fileName, today)))
        await writeBackup(backupDir, fileName, serialize(db.data), 'daily', today, io);
      backedUpDay = localDayOf(today);
    }
  } catch (error) {
    // The app still opens, with the data and a notice saying what could not be written. Data that could
    // not be put in place (or its backup taken first) is kept read-only, so nothing overwrites the file.
    const code = errorCodeOf(error);
    readOnly = readOnly || rewrite || READ_ONLY_CODES.has(code);
    notice ??= { kind: 'backup-failed', dir: backupDir, code, readOnly };
  }
  if (!readOnly) {
    // On a day that already has its backup nothing above wrote: a folder that refuses writes (made
    // read-only, a disk mounted read-only) is found now, not at the user's first save.
    const refused = await probeWritable(dir, fileName, io).then(
      () => null,
      (error: unknown) => errorCodeOf(error),
    );
    if (refused !== null && READ_ONLY_CODES.has(refused)) {
      readOnly = true;
      notice ??= { kind: 'backup-failed', dir, code: refused, readOnly };
    }
  }

  // A store that started empty has no backup to fall back on yet: the first successful write takes one.
  let firstBackupPending = !readOnly && db.data === fresh;

  // One queue for updates, backups and transactions: each sees the state every earlier call left durable.
  let queue: Promise<unknown> = Promise.resolve();
  const enqueue = <R>(task: () => Promise<R>): Promise<R> => {
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  };
  /** Set while `excluding` runs: only the holder of this token may write. */
  let exclusiveToken: symbol | null = null;
  const refuseWhenBlocked = (token: symbol | null): void => {
    if (readOnly) {
      throw new StoreError(
        'store_read_only',
        `${filePath} is open read-only (${notice?.kind ?? 'read-only'})`,
      );
    }
    if (exclusiveToken !== null && token !== exclusiveToken)
      throw new StoreError('store_busy', 'a restore that replaces the data is running');
  };

  const backup = async (reason: string): Promise<string> => {
    try {
      return await writeBackup(backupDir, fileName, serialize(db.data), reason, now(), io);
    } catch (error) {
      throw new StoreError('store_write_failed', `could not back up: ${messageOf(error)}`, {
        cause: error,
      });
    }
  };

  /** Before a day's first write: a copy of the data as the day found it (once a day, whatever the uptime). */
  const dailyBackup = async (): Promise<void> => {
    const at = now();
    const day = localDayOf(at);
    if (db.data === fresh || backedUpDay === day) return;
    // A failed backup never fails the write: the next write tries again.
    await (async () => {
      if (!(await hasBackupOn(backupDir, fileName, at)))
        await writeBackup(backupDir, fileName, serialize(db.data), 'daily', at, io);
      backedUpDay = day;
    })().catch(() => undefined);
  };

  const write = async (next: StoreData): Promise<StoreData> => {
    if (next === db.data) return db.data;
    await dailyBackup();
    try {
      // Through the adapter rather than db.write(): db.data must stay the durable state until this resolves.
      await db.adapter.write(next);
    } catch (error) {
      throw new StoreError('store_write_failed', `could not save: ${messageOf(error)}`, { cause: error });
    }
    db.data = deepFreeze(next);
    if (firstBackupPending) {
      // The write itself is durable: a failed backup is tried again on the next write, never reported.
      firstBackupPending = false;
      await writeBackup(backupDir, fileName, serialize(db.data), 'first', now(), io).then(
        () => {
          backedUpDay = localDayOf(now());
        },
        () => {
          firstBackupPending = true;
        },
      );
    }
    return db.data;
  };

  const transaction: StoreTransaction = {
    get data() {
      return db.data;
    },
    write,
    backup,
  };
  const transactAs =
    (token: symbol | null) =>
    <R>(task: (tx: StoreTransaction) => Promise<R>): Promise<R> =>
      enqueue(async () => {
        refuseWhenBlocked(token);
        return task(transaction);
      });
  const transact = transactAs(null);

  const store: Store = {
    get data() {
      return db.data;
    },
    readOnly,
    filePath,
    update: (recipe) => transact((tx) => tx.write(recipe(tx.data))),
    transact,
    excluding: async (task) => {
      // Claimed in the queue, so writes asked for before this call still run first.
      const token = Symbol('exclusive');
      await transact(async () => {
        if (exclusiveToken !== null)
          throw new StoreError('store_busy', 'a restore that replaces the data is running');
        exclusiveToken = token;
      });
      try {
        return await task(transactAs(token));
      } finally {
        exclusiveToken = null;
      }
    },
    backupNow: (reason) => transact(() => backup(reason)),
    flush: () => enqueue(async () => undefined),
  };
  return { store, notice };
}
