import path from 'node:path';
import { CONTENT_VERSION, contentCheckedOn } from '../guide/engine';
import type { Locale } from '../guide/types';
import type { Handlers } from '../ipc/contract';
import type { AppInfo } from '../ipc/views';
import { AppError } from '../ipc/result';
import type { Store, StoreNotice } from '../store/store';
import { ATTACHMENT_BASE_URL } from '../proof/attachment-store';
import { externalHref } from './links';
import { assertUsableFolder } from './data-folder';
import type { Ports } from './ports';
import { buildDiagnostics, type RuntimeVersions } from './diagnostics';
import type { Logger } from './log';
import type { OpenedFiles } from './opened-files';

export interface AppContext {
  store: Store;
  notice: StoreNotice | null;
  ports: Ports;
  dataDir: string;
  appVersion: string;
  systemLocale: Locale;
  /** What the start-up maintenance removed (unused attachment files); absent = nothing ran. */
  freedAtStart?: { files: number; bytes: number };
  /** Base URL of attachment previews; the app's restricted protocol unless a harness serves them. */
  attachmentBaseUrl?: string;
  /** Electron, Chromium and Node versions, for About and diagnostics (Node's own when not in Electron). */
  runtime?: RuntimeVersions;
  /** The app's log (unexpected errors), whose last lines go into diagnostics. */
  log?: Logger;
  /** `.sayonara` files opened from the desktop, taken by the restore preview. */
  opened?: OpenedFiles;
  /** The third-party packages shipped inside the app (listed at build time), for About. */
  thirdParty?: AppInfo['thirdParty'];
}

export function appHandlers(
  ctx: AppContext,
): Pick<
  Handlers,
  | 'app.info'
  | 'app.openDataFolder'
  | 'app.openExternal'
  | 'app.copyDiagnostics'
  | 'app.chooseDataFolder'
  | 'app.restart'
  | 'app.openLogFolder'
  | 'app.logError'
> {
  const runtime = ctx.runtime ?? { electron: '', chrome: '', node: process.versions.node };
  return {
    'app.info': () => ({
      dataDir: ctx.dataDir,
      appVersion: ctx.appVersion,
      contentVersion: CONTENT_VERSION,
      systemLocale: ctx.systemLocale,
      notice: ctx.notice,
      readOnly: ctx.store.readOnly,
      attachmentBaseUrl: ctx.attachmentBaseUrl ?? ATTACHMENT_BASE_URL,
      freedAtStart: ctx.freedAtStart ?? { files: 0, bytes: 0 },
      contentCheckedOn: contentCheckedOn(),
      runtime,
      logFile: ctx.log?.file ?? null,
      thirdParty: ctx.thirdParty ?? [],
    }),
    'app.copyDiagnostics': async () => {
      const text = await buildDiagnostics({ ...ctx, runtime });
      ctx.ports.copyText(text);
      return { text };
    },
    'app.openDataFolder': async () => {
      await ctx.ports.openFolder(ctx.dataDir);
      return null;
    },
    'app.openExternal': async ({ url }) => {
      const href = externalHref(url);
      if (href === null)
        throw new AppError('forbidden', 'that address is not on the list of carrier and government sites');
      await ctx.ports.openExternal(href);
      return null;
    },
    'app.chooseDataFolder': async () => {
      // Moving a working data folder would need its data moved too: only a folder that cannot be used
      // is left for another.
      if (ctx.notice?.kind !== 'data-folder-unusable')
        throw new AppError('forbidden', 'another data folder is chosen only when this one cannot be used');
      const folder = await ctx.ports.chooseFolder();
      if (folder === null) return null;
      await assertUsableFolder(folder);
      await ctx.ports.rememberDataFolder(folder);
      ctx.ports.restart();
      return { dataDir: folder };
    },
    'app.restart': () => {
      ctx.ports.restart();
      return null;
    },
    'app.openLogFolder': async () => {
      if (!ctx.log) throw new AppError('not_found', 'this start keeps no log');
      await ctx.ports.openFolder(path.dirname(ctx.log.file));
      return null;
    },
    'app.logError': ({ message, stack }) => {
      ctx.log?.error(
        'a screen failed to draw',
        Object.assign(new Error(message), { stack: stack ?? message }),
      );
      return null;
    },
  };
}
