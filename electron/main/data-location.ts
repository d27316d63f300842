// Where the data lives when the person chose a folder on the start-up page ("Choose a different folder"):
// one small file beside Electron's userData folder, never inside a data folder (the one that could not
// be used may be userData itself). And where the log of a start goes when the data folder cannot hold it.
import { readFileSync } from 'node:fs';
import { rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

const LocationSchema = z.object({ dataDir: z.string().min(1).max(4096) }).strict();

/** `<userData>.data-folder.json`, e.g. ~/.config/Sayonara SIM.data-folder.json. */
export function locationFile(userData: string): string {
  return `${path.resolve(userData)}.data-folder.json`;
}

export interface Remembered {
  /** The chosen folder, or null when none was chosen (or the file cannot be used). */
  dataDir: string | null;
  /** Why a file that is there was not used, for the log; null when it was used or is simply absent. */
  problem: string | null;
}

/** Read once at start, before anything else needs the data folder. A damaged file is ignored, never fatal. */
export function readRememberedDataDir(file: string): Remembered {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { dataDir: null, problem: code === 'ENOENT' ? null : `${file} cannot be read (${code})` };
  }
  try {
    const parsed = LocationSchema.safeParse(JSON.parse(text));
    if (parsed.success && path.isAbsolute(parsed.data.dataDir))
      return { dataDir: parsed.data.dataDir, problem: null };
  } catch {
    // Not JSON: said below.
  }
  return { dataDir: null, problem: `${file} does not name an absolute folder` };
}

/** Writes the choice whole or not at all (a temporary file, then a rename). */
export async function rememberDataDir(file: string, dataDir: string): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(temp, `${JSON.stringify(LocationSchema.parse({ dataDir }), null, 2)}\n`);
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/** True when `inner` is `outer` or lies inside it. */
export function isInside(inner: string, outer: string): boolean {
  const relative = path.relative(path.resolve(outer), path.resolve(inner));
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** Candidate log folders for a start whose data folder cannot be used, those inside it left out. */
export function fallbackLogDirs(unusable: string, candidates: readonly string[]): string[] {
  return candidates.filter((dir) => !isInside(dir, unusable));
}
