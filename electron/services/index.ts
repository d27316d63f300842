// Wires the services into one router: the only object electron/main and the test harness talk to.
import type { Handlers } from '../ipc/contract';
import { createRouter, type Router, type RouterOptions } from '../ipc/router';
import { appHandlers, type AppContext } from './app';
import { casesHandlers } from './cases';
import { settingsHandlers } from './settings';
import { attachmentsHandlers } from './attachments';
import { backupHandlers } from './backup';
import { recordsHandlers } from './records';
import { reportHandlers } from './report';
import path from 'node:path';
import { ATTACHMENT_DIR, attachmentFiles } from '../proof/attachment-store';
import { openStore, type Store, type StoreNotice } from '../store/store';
import { removeLeftovers } from './leftovers';
import { sweepUnusedAttachments } from './attachment-cleanup';
import { planHandlers } from './plan';

export type { AppContext } from './app';

export function createAppRouter(ctx: AppContext, options?: RouterOptions): Router {
  const handlers: Handlers = {
    ...appHandlers(ctx),
    ...settingsHandlers(ctx.store, ctx.ports),
    ...casesHandlers(ctx.store, ctx.ports, path.join(ctx.dataDir, ATTACHMENT_DIR)),
    ...proofHandlers(ctx),
    ...planHandlers(ctx.store, ctx.ports),
  };
  return createRouter(handlers, options);
}

/** Records, attachments, the proof report and backup (issue 5). */
function proofHandlers(ctx: AppContext) {
  const files = attachmentFiles(ctx.dataDir);
  return {
    ...recordsHandlers(ctx.store, ctx.ports),
    ...attachmentsHandlers(ctx.store, ctx.ports, files),
    ...reportHandlers(ctx.store, ctx.ports, files),
    ...backupHandlers({
      store: ctx.store,
      ports: ctx.ports,
      files,
      dataDir: ctx.dataDir,
      appVersion: ctx.appVersion,
    }),
  };
}

export interface BackendOptions extends Omit<AppContext, 'store' | 'notice' | 'freedAtStart'> {
  migrations?: Parameters<typeof openStore>[0]['migrations'];
}

/** Opens (and if need be recovers) the store in `dataDir` and returns the router over it. */
export async function startBackend(
  options: BackendOptions,
): Promise<{ router: Router; store: Store; notice: StoreNotice | null }> {
  const { migrations, ...rest } = options;
  await removeLeftovers(options.dataDir);
  const { store, notice } = await openStore({
    dir: options.dataDir,
    now: options.ports.now,
    ...(migrations ? { migrations } : {}),
  });
  // Unused attachment files are maintenance, not a reason to refuse to start: a failure frees nothing.
  const freedAtStart = await sweepUnusedAttachments(
    store,
    path.join(options.dataDir, ATTACHMENT_DIR),
    options.ports.now(),
  ).catch(() => ({ files: 0, bytes: 0 }));
  return { router: createAppRouter({ ...rest, store, notice, freedAtStart }), store, notice };
}
