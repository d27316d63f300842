// Validates every payload against the contract and turns every outcome into a Result.
// Imports nothing from electron: it runs in the app, under vitest, and behind Playwright's bridge.
import type { z } from 'zod';
import { StoreError } from '../store/store';
import { CHANNELS, type Channel } from './channels';
import { contract, type Handlers } from './contract';
import { AppError, fail, ok, type Result } from './result';

export interface Router {
  handle(channel: unknown, payload: unknown): Promise<Result<unknown>>;
}

export interface RouterOptions {
  /** Where unexpected errors go (the log); they never cross the bridge raw. */
  onUnexpectedError?: (channel: string, error: unknown) => void;
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
      try {
        const handler = handlers[channel] as (request: unknown) => unknown;
        return ok(await handler(parsed.data));
      } catch (error) {
        if (error instanceof AppError) return fail(error.code, error.message, error.params);
        if (error instanceof StoreError) return fail(error.code, error.message);
        options.onUnexpectedError?.(channel, error);
        return fail('internal', 'something went wrong inside the app; nothing was changed');
      }
    },
  };
}
