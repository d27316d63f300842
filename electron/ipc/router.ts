// Validates every payload against the contract and turns every outcome into a Result.
// Imports nothing from electron: it runs in the app, under vitest, and behind Playwright's bridge.
import type { z } from 'zod';
import { controlCharacterAt } from '../shared/plain-text';
import { StoreError } from '../store/store';
import { CHANNELS, type Channel } from './channels';
import { contract, type Handlers } from './contract';
import { AppError, fail, ok, type Result } from './result';

export interface Router {
  handle(channel: unknown, payload: unknown): Promise<Result<unknown>>;
}

export interface RouterOptions {
  /** Where unexpected errors go (the log); they never cross the bridge raw. `payload`: the request, whose
   * text the log masks too (a name typed into a request that failed is in no store yet). */
  onUnexpectedError?: (channel: string, error: unknown, payload: unknown) => void;
}

/** System codes for a disk with no room left (ENOSPC), or a user's quota used up (EDQUOT). */
const DISK_FULL_CODES = new Set(['ENOSPC', 'EDQUOT']);

/** Whether the error, or one it was caused by, says the disk is full. */
function isDiskFull(error: unknown): boolean {
  for (let cause = error, depth = 0; cause instanceof Error && depth < 5; depth += 1) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && DISK_FULL_CODES.has(code)) return true;
    cause = cause.cause;
  }
  return false;
}

const isChannel = (value: unknown): value is Channel =>
  typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);

export function summariseIssues(issues: readonly z.core.$ZodIssue[]): string {
  const shown = issues.slice(0, 5).map((issue) => {
    const where = issue.path.length > 0 ? issue.path.map(String).join('.') : 'payload';
    return `${where}: ${issue.message}`;
  });
  const more = issues.length > shown.length ? ` (+${issues.length - shown.length} more)` : '';
  return shown.join('; ') + more;
}

export function createRouter(handlers: Handlers, options: RouterOptions = {}): Router {
  return {
    async handle(channel, payload) {
      if (!isChannel(channel))
        return fail('unknown_channel', `no channel named ${JSON.stringify(String(channel)).slice(0, 80)}`);
      const parsed = contract[channel].request.safeParse(payload);
      if (!parsed.success) return fail('invalid_request', summariseIssues(parsed.error.issues));
      // One rule for every channel's text (shared/plain-text.ts): a name is one line, a note keeps its lines.
      const unplain = controlCharacterAt(parsed.data);
      if (unplain !== null)
        return fail('text_control_characters', `${unplain}: holds a line break or control character`, {
          field: unplain,
        });
      try {
        const handler = handlers[channel] as (request: unknown) => unknown;
        return ok(await handler(parsed.data));
      } catch (error) {
        if (error instanceof AppError) return fail(error.code, error.message, error.params);
        // A full disk is no fault of the app: said as such, whichever write met it.
        if (isDiskFull(error)) return fail('disk_full', error instanceof Error ? error.message : 'disk full');
        if (error instanceof StoreError) return fail(error.code, error.message);
        options.onUnexpectedError?.(channel, error, parsed.data);
        return fail('internal', 'something went wrong inside the app; nothing was changed');
      }
    },
  };
}
