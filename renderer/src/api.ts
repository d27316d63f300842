// The renderer's only door to the main process: `window.sayonara`, typed from the IPC contract.
import type { Channel } from '../../electron/ipc/channels';
import type { RequestOf, ResponseOf, SayonaraApi } from '../../electron/ipc/contract';
import type { AppErrorBody, Result } from '../../electron/ipc/result';
import { asCaseId, asLocale, type StartHint } from '../../electron/shared/start-hint';

declare global {
  interface Window {
    sayonara: SayonaraApi;
  }
}

/** A refused or failed call, carrying the main process's error code for a localised message. */
export class ApiError extends Error {
  constructor(readonly body: AppErrorBody) {
    super(body.message);
    this.name = 'ApiError';
  }
}

/** Channels that only read: their success says nothing about the action an error was about. */
const READS: ReadonlySet<Channel> = new Set<Channel>([
  'app.info',
  'settings.get',
  'guide.providers',
  'guide.services',
  'cases.list',
  'cases.get',
  'records.list',
  'attachments.forDocuments',
  'plan.dueSoon',
  'plan.forCase',
  // Only readies the printer: it must not clear an export's error as a success would.
  'report.prepare',
  'complaint.get',
  'complaint.draft',
  'authority.get',
]);
const successListeners = new Set<() => void>();

/** Calls `listener` after each action (not a read) that succeeds; returns the unsubscribe. */
export function onActionSucceeded(listener: () => void): () => void {
  successListeners.add(listener);
  return () => {
    successListeners.delete(listener);
  };
}

/** What the preload put beside the bridge (electron/preload: `start`), each part unchecked. */
const windowStart = () =>
  (window.sayonara as unknown as { start?: { locale?: unknown; caseId?: unknown; ahead?: unknown } }).start;

/** What main hinted the page opens on (`window.sayonara.start`: its language, the case it reopens), checked. */
export function startHint(): StartHint {
  const start = windowStart();
  return { locale: asLocale(start?.locale), caseId: asCaseId(start?.caseId) };
}

/** Calls a channel and returns its value, or throws ApiError: callers show the error, never a stale success. */
export async function call<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
  const dot = channel.indexOf('.');
  const domain = channel.slice(0, dot) as keyof SayonaraApi;
  const action = channel.slice(dot + 1);
  const fn = (window.sayonara[domain] as unknown as Record<string, (r: unknown) => Promise<Result<unknown>>>)[
    action
  ];
  if (!fn) throw new ApiError({ code: 'unknown_channel', message: channel });
  return settle(channel, fn(request));
}

/** A call's value, or ApiError; an action's success is told to the listeners. */
async function settle<C extends Channel>(
  channel: C,
  pending: Promise<Result<unknown>>,
): Promise<ResponseOf<C>> {
  const result = await pending;
  if (!result.ok) throw new ApiError(result.error);
  if (!READS.has(channel)) for (const listener of successListeners) listener();
  return result.value as ResponseOf<C>;
}

const takenAhead = new Set<Channel>();

/** `call`, answered by the read the preload asked for before the page ran (electron/shared/start-hint.ts:
 * callsAhead) when there is one not yet taken. An early answer that failed (main refusing a frame that
 * had not finished loading, say) is asked for again. */
export function callAhead<C extends 'app.info' | 'settings.get' | 'cases.get'>(
  channel: C,
  request: RequestOf<C>,
): Promise<ResponseOf<C>> {
  const ahead = windowStart()?.ahead as Partial<Record<string, unknown>> | undefined;
  const pending = ahead?.[channel];
  if (takenAhead.has(channel) || !(pending instanceof Promise)) return call(channel, request);
  takenAhead.add(channel);
  return settle(channel, pending as Promise<Result<unknown>>).catch(() => call(channel, request));
}
