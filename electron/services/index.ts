// Wires the services into one router: the only object electron/main and the test harness talk to.
import path from 'node:path';
import type { Handlers } from '../ipc/contract';
import { createRouter, type Router, type RouterOptions } from '../ipc/router';
import { appHandlers, type AppContext } from './app';
import { casesHandlers } from './cases';
import { settingsHandlers } from './settings';
import { attachmentsHandlers } from './attachments';
import { backupHandlers } from './backup';
import { recordsHandlers } from './records';
import { reportHandlers } from './report';
import { complaintHandlers } from './complaint';
import { authorityHandlers } from './authority';
import { ATTACHMENT_DIR, attachmentFiles } from '../proof/attachment-store';
import {
  DEFAULT_STORE_FILE_NAME,
  errorCodeOf,
  openStore,
  readOnlyStore,
  type Store,
  type StoreNotice,
} from '../store/store';
import { emptyStore } from '../store/schema';
import { removeLeftovers } from './leftovers';
import { sweepUnusedAttachments } from './attachment-cleanup';
import { attachmentClaims, type AttachmentClaims } from './attachment-claims';
import { planHandlers } from './plan';
import { createLogger, LOG_DIR_NAME, personalStrings, textsIn, type Logger } from './log';

export type { AppContext } from './app';

export function createAppRouter(ctx: AppContext, options?: RouterOptions): Router {
  const claims = attachmentClaims();
  const handlers: Handlers = {
    ...appHandlers(ctx),
    ...settingsHandlers(ctx.store, ctx.ports),
    ...casesHandlers(ctx.store, ctx.ports, path.join(ctx.dataDir, ATTACHMENT_DIR), claims, ctx.systemLocale),
    ...proofHandlers(ctx, claims),
    ...planHandlers(ctx.store, ctx.ports),
  };
  return createRouter(handlers, options);
}

/** Records, attachments, the proof report and backup (issue 5). */
function proofHandlers(ctx: AppContext, claims: AttachmentClaims) {
  const files = attachmentFiles(ctx.dataDir);
  return {
    ...recordsHandlers(ctx.store, ctx.ports, claims),
    ...attachmentsHandlers(ctx.store, ctx.ports, files, claims),
    ...reportHandlers(ctx.store, ctx.ports, files),
    ...complaintHandlers(ctx.store, ctx.ports, files),
    ...authorityHandlers(ctx.store, ctx.ports),
    ...backupHandlers({
      store: ctx.store,
      ports: ctx.ports,
      files,
      dataDir: ctx.dataDir,
      appVersion: ctx.appVersion,
      ...(ctx.opened ? { opened: ctx.opened } : {}),
    }),
  };
}

export interface BackendOptions extends Omit<AppContext, 'store' | 'notice' | 'freedAtStart'> {
  migrations?: Parameters<typeof openStore>[0]['migrations'];
}

/** Opens (and if need be recovers) the store in `dataDir` and returns the router over it, with the log
 * in `<dataDir>/logs/` that the router's unexpected errors go to (redacted of the store's personal data). */
export async function startBackend(
  options: BackendOptions,
): Promise<{ router: Router; store: Store; notice: StoreNotice | null; log: Logger }> {
  const { migrations, ...rest } = options;
  let store: Store | null = null;
  const log =
    options.log ??
    createLogger({
      dir: path.join(options.dataDir, LOG_DIR_NAME),
      now: options.ports.now,
      secrets: () => (store ? personalStrings(store.data) : []),
    });
  const opened = await openOrDegrade(options.dataDir, options.ports.now, migrations);
  store = opened.store;
  if (opened.notice) log.info(`start-up notice: ${JSON.stringify(opened.notice)}`);
  // Unused attachment files are maintenance, not a reason to refuse to start: a failure frees nothing.
  const freedAtStart = store.readOnly
    ? { files: 0, bytes: 0 }
    : await sweepUnusedAttachments(
        store,
        path.join(options.dataDir, ATTACHMENT_DIR),
        options.ports.now(),
      ).catch(() => ({ files: 0, bytes: 0 }));
  const router = createAppRouter(
    { ...rest, store, notice: opened.notice, log, freedAtStart },
    { onUnexpectedError: logUnexpected(log) },
  );
  return { router, store, notice: opened.notice, log };
}

/** The router's unexpected errors, logged with the failed request's own text masked as well. */
export const logUnexpected =
  (log: Logger): NonNullable<RouterOptions['onUnexpectedError']> =>
  (channel, error, payload) =>
    log.error(channel, error, textsIn(payload));

/** Opens the store; when the data folder itself cannot be used, the app still opens, read-only and empty,
 * with a notice naming the folder, rather than failing without a word. */
async function openOrDegrade(
  dataDir: string,
  now: () => Date,
  migrations: BackendOptions['migrations'],
): Promise<{ store: Store; notice: StoreNotice | null }> {
  try {
    await removeLeftovers(dataDir);
    return await openStore({ dir: dataDir, now, ...(migrations ? { migrations } : {}) });
  } catch (error) {
    const code = errorCodeOf(error);
    // A bug is not a folder problem: let the shell report it.
    if (code === 'unknown') throw error;
    return {
      store: readOnlyStore(emptyStore(), path.join(dataDir, DEFAULT_STORE_FILE_NAME)),
      notice: { kind: 'data-folder-unusable', dir: dataDir, code },
    };
  }
}
