// The shell's log, which can move: it starts in <dataDir>/logs/, and when that folder turns out to be
// unusable the rest of that start is logged elsewhere, so the start-up page names a log that exists.
import { existsSync } from 'node:fs';
import type { Logger } from '../services/log';
import type { StoreNotice } from '../store/store';
import { fallbackLogDirs } from './data-location';

export interface MovableLogger extends Logger {
  /** Moves to the first of `dirs` where `firstLine` can be written; false when none could take it. */
  moveTo(dirs: readonly string[], firstLine: string): boolean;
}

export function movableLogger(create: (dir: string) => Logger, dir: string): MovableLogger {
  let current = create(dir);
  return {
    get file() {
      return current.file;
    },
    error: (context, error) => current.error(context, error),
    info: (message) => current.info(message),
    tail: (count) => current.tail(count),
    moveTo(dirs, firstLine) {
      for (const candidate of dirs) {
        const next = create(candidate);
        // The log never throws when it cannot write: whether the line landed is what tells.
        next.info(firstLine);
        if (existsSync(next.file)) {
          current = next;
          return true;
        }
      }
      return false;
    },
  };
}

/**
 * A start-up notice names the log, so the log must exist: it moves to the first of `candidates` outside the
 * data folder when that folder cannot be used at all (always), or when its logs/ took no line (a read-only
 * disk, a file in its place).
 */
export function keepStartLogReadable(
  log: MovableLogger,
  notice: StoreNotice | null,
  dataDir: string,
  candidates: readonly string[],
): void {
  if (!notice || (notice.kind !== 'data-folder-unusable' && existsSync(log.file))) return;
  log.moveTo(fallbackLogDirs(dataDir, candidates), `start-up notice: ${JSON.stringify(notice)}`);
}
