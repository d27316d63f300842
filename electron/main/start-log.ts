// The shell's log, which can move: it starts in <dataDir>/logs/, and when that folder turns out to be
// unusable the rest of that start is logged elsewhere, so the start-up page names a log that exists.
import { existsSync } from 'node:fs';
import type { Logger } from '../services/log';

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
