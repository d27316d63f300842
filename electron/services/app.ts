import { CONTENT_VERSION } from '../guide/engine';
import type { Locale } from '../guide/types';
import type { Handlers } from '../ipc/contract';
import { AppError } from '../ipc/result';
import type { Store, StoreNotice } from '../store/store';
import { ATTACHMENT_BASE_URL } from '../proof/attachment-store';
import { isAllowedExternalUrl } from './links';
import type { Ports } from './ports';

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
}

export function appHandlers(
  ctx: AppContext,
): Pick<Handlers, 'app.info' | 'app.openDataFolder' | 'app.openExternal'> {
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
    }),
    'app.openDataFolder': async () => {
      await ctx.ports.openFolder(ctx.dataDir);
      return null;
    },
    'app.openExternal': async ({ url }) => {
      if (!isAllowedExternalUrl(url))
        throw new AppError('forbidden', 'that address is not on the list of carrier and government sites');
      await ctx.ports.openExternal(url);
      return null;
    },
  };
}
