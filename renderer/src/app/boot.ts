// What the app needs before it draws anything, asked for as soon as the page runs, all at once: the
// app's facts and the settings; the language's texts and fonts (started at once for the language main
// hinted, see electron/shared/start-locale.ts, and used when the settings agree); and the case the app
// reopens, so its checklist is drawn in the first frame rather than after a "Loading…" one.
import type { Locale } from '../../../electron/guide/types';
import type { AppInfo, Settings } from '../../../electron/ipc/views';
import { call, hintedLocale } from '../api';
import { askCaseAhead } from '../features/cases/load-case';
import { loadDictionary } from '../i18n/catalog';
import type { Dictionary } from '../i18n/english';
import { loadFallbackFonts } from '../i18n/fonts';
import { afterFirstScreen } from './first-screen';

export interface Boot {
  info: AppInfo;
  settings: Settings;
  /** The texts of the language the app opens in. */
  texts: { locale: Locale; dictionary: Dictionary };
}

export function startBoot(): Promise<Boot> {
  const hinted = hintedLocale();
  // A wrong hint (the language changed since the window opened) is simply not used.
  if (hinted) void loadDictionary(hinted).catch(() => undefined);
  afterFirstScreen(() => void loadFallbackFonts().catch(() => undefined));
  return Promise.all([call('app.info', {}), call('settings.get', {})]).then(async ([info, settings]) => {
    const locale = settings.locale ?? info.systemLocale;
    const reopened = settings.lastCaseId ? askCaseAhead(settings.lastCaseId) : null;
    const [dictionary] = await Promise.all([loadDictionary(locale), reopened]);
    return { info, settings, texts: { locale, dictionary } };
  });
}
