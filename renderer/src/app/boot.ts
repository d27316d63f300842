// What the app needs before it draws anything, asked for as soon as the page runs, all at once: the
// app's facts and the settings; the language's texts and fonts; and the case the app reopens, so its
// checklist is drawn in the first frame rather than after a "Loading…" one. The language and the case
// are those main hinted (electron/shared/start-hint.ts): the case and the settings already asked for by
// the preload, before this page ran; each used when the settings agree, else asked for once they name it.
import type { Locale } from '../../../electron/guide/types';
import type { AppInfo, Settings } from '../../../electron/ipc/views';
import { callAhead, startHint } from '../api';
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
  const hint = startHint();
  // Asked for by the preload already, while this script loaded (the small answers first: main answers
  // in order, and the case is the big one); asked now where it did not.
  const facts = Promise.all([callAhead('app.info', {}), callAhead('settings.get', {})]);
  // A wrong hint (changed since the window opened) is simply not used.
  if (hint.locale) void loadDictionary(hint.locale).catch(() => undefined);
  const hintedCase = hint.caseId
    ? askCaseAhead(hint.caseId, callAhead('cases.get', { caseId: hint.caseId }))
    : null;
  afterFirstScreen(() => void loadFallbackFonts().catch(() => undefined));
  return facts.then(async ([info, settings]) => {
    const locale = settings.locale ?? info.systemLocale;
    const { lastCaseId } = settings;
    const reopened =
      lastCaseId === null ? null : lastCaseId === hint.caseId ? hintedCase : askCaseAhead(lastCaseId);
    const [dictionary] = await Promise.all([loadDictionary(locale), reopened]);
    return { info, settings, texts: { locale, dictionary } };
  });
}
