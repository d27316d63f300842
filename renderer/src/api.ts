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

/** What main hinted the page opens on (`window.sayonara.start`: its language, the case it reopens), checked. */
export function startHint(): StartHint {
  const start = (window.sayonara as unknown as { start?: { locale?: unknown; caseId?: unknown } }).start;
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
  const result = await fn(request);
  if (!result.ok) throw new ApiError(result.error);
  if (!READS.has(channel)) for (const listener of successListeners) listener();
  return result.value as ResponseOf<C>;
}
