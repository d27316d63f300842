// Rotating copies of the store in <dataDir>/backups/, named
// `<stem>.<UTC timestamp>[-<n>].<reason>.json` so that names sort and parse back to their time.
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { nodeIo, writeFileDurably, type FileIo } from './durable-file';

export const BACKUP_DIR_NAME = 'backups';
export const BACKUPS_KEPT = 10;

export interface BackupEntry {
  name: string;
  path: string;
  takenAt: Date;
  seq: number;
}

/** `2025-01-02T03:04:05.678Z` → `2025-01-02T03-04-05-678Z`: no `:` (forbidden on Windows) and no `.`. */
export function fileSafeTimestamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

function parseFileSafeTimestamp(stamp: string): Date {
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2})-(\d{2})-(\d{2})-(\d{3}Z)$/.exec(stamp);
  return match === null ? new Date(Number.NaN) : new Date(`${match[1]}:${match[2]}:${match[3]}.${match[4]}`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function stemOf(storeFileName: string): string {
  return path.basename(storeFileName, path.extname(storeFileName));
}

function slug(reason: string): string {
  const cleaned = reason
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return cleaned === '' ? 'manual' : cleaned;
}

function backupPattern(storeFileName: string): RegExp {
  return new RegExp(
    `^${escapeRegExp(stemOf(storeFileName))}\\.([0-9TZ-]{24})(?:-(\\d+))?\\.[a-z0-9-]+\\.json$`,
  );
}

export function isBackupName(name: string, storeFileName: string): boolean {
  return backupPattern(storeFileName).test(name);
}

/** Newest first. Ignores anything in the folder that is not one of our backups. */
export async function listBackups(backupDir: string, storeFileName: string): Promise<BackupEntry[]> {
  let names: string[];
  try {
    names = await fsp.readdir(backupDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const pattern = backupPattern(storeFileName);
  const entries: BackupEntry[] = [];
  for (const name of names) {
    const match = pattern.exec(name);
    if (match === null) continue;
    const takenAt = parseFileSafeTimestamp(match[1] ?? '');
    if (Number.isNaN(takenAt.getTime())) continue;
    entries.push({ name, path: path.join(backupDir, name), takenAt, seq: Number(match[2] ?? 1) });
  }
  return entries.sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime() || b.seq - a.seq);
}

/** Writes `contents` durably as a new backup, then keeps only the newest BACKUPS_KEPT. Returns its path. */
export async function writeBackup(
  backupDir: string,
  storeFileName: string,
  contents: string | Uint8Array,
  reason: string,
  takenAt: Date,
  io: FileIo = nodeIo,
): Promise<string> {
  await fsp.mkdir(backupDir, { recursive: true });
  const existing = await listBackups(backupDir, storeFileName);
  const stamp = fileSafeTimestamp(takenAt);
  // Same millisecond as an earlier backup (a fixed test clock, or two quick deletes): number it.
  const sameStamp = existing.filter((entry) => entry.takenAt.getTime() === takenAt.getTime());
  const seq = sameStamp.length === 0 ? 1 : Math.max(...sameStamp.map((entry) => entry.seq)) + 1;
  const name = `${stemOf(storeFileName)}.${stamp}${seq === 1 ? '' : `-${seq}`}.${slug(reason)}.json`;
  const target = path.join(backupDir, name);
  await writeFileDurably(target, contents, io);
  await pruneBackups(backupDir, storeFileName);
  return target;
}

async function pruneBackups(backupDir: string, storeFileName: string): Promise<void> {
  const surplus = (await listBackups(backupDir, storeFileName)).slice(BACKUPS_KEPT);
  for (const entry of surplus) await fsp.unlink(entry.path).catch(() => undefined);
}

/** The local calendar day of an instant, as YYYY-MM-DD: what "one backup a day" counts by. */
export function localDayOf(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export async function hasBackupOn(backupDir: string, storeFileName: string, day: Date): Promise<boolean> {
  return (await listBackups(backupDir, storeFileName)).some(
    (entry) => localDayOf(entry.takenAt) === localDayOf(day),
  );
}
