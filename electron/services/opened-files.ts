// `.sayonara` files opened from the desktop (double-click, `open-file`, a launch argument, a second
// launch): queued until the window takes them, one at a time, into the restore preview.
import path from 'node:path';
import { BACKUP_EXTENSION } from '../proof/archive';

export interface OpenedFiles {
  push(file: string): void;
  /** The oldest file not yet taken, or null. */
  take(): string | null;
}

export function openedFilesQueue(): OpenedFiles {
  const waiting: string[] = [];
  return {
    push: (file) => {
      if (!waiting.includes(file)) waiting.push(file);
    },
    take: () => waiting.shift() ?? null,
  };
}

/** The backup files among a command line's arguments (flags and everything else ignored), made absolute
 * against the directory the launch came from. */
export function backupPathsIn(argv: readonly string[], cwd: string): string[] {
  return argv
    .filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(`.${BACKUP_EXTENSION}`))
    .map((arg) => path.resolve(cwd, arg));
}
