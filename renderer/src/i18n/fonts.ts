// The bundled web fonts (fontsource's stylesheets, split by unicode-range so a screen fetches only the
// pieces its characters need). Noto Sans JP, which draws every first screen (Latin, kana and kanji, and
// the lang="ja" text any screen may show: portal paths, phrases), is in the start-up stylesheet
// (main.ts). A language with a family of its own (Chinese, Korean, Nepali's Devanagari) loads it with its texts; Simplified
// Chinese, which the other families fall back to for the Han they lack (fonts.css), follows once the
// first screen is drawn, so a rare character in a note swaps into it a moment later. Every language
// ends up with the same faces on every OS.
import type { Locale } from '../../../electron/guide/types';
import { LANGUAGES, type FontFamily } from '../../../electron/shared/languages';

const FAMILIES: Record<Exclude<FontFamily, 'Noto Sans JP'>, () => Promise<unknown>> = {
  'Noto Sans SC': () =>
    Promise.all([import('@fontsource/noto-sans-sc/400.css'), import('@fontsource/noto-sans-sc/700.css')]),
  'Noto Sans TC': () =>
    Promise.all([import('@fontsource/noto-sans-tc/400.css'), import('@fontsource/noto-sans-tc/700.css')]),
  'Noto Sans KR': () =>
    Promise.all([import('@fontsource/noto-sans-kr/400.css'), import('@fontsource/noto-sans-kr/700.css')]),
  'Noto Sans Devanagari': () =>
    Promise.all([
      import('@fontsource/noto-sans-devanagari/400.css'),
      import('@fontsource/noto-sans-devanagari/700.css'),
    ]),
};

/** The fonts a language's first screen needs beyond Noto Sans JP (its texts wait for them). */
export const loadFonts = async (locale: Locale): Promise<void> => {
  const family = LANGUAGES[locale].fontFamily;
  if (family !== 'Noto Sans JP') await FAMILIES[family]();
};

/** The fallback for the Han the other families lack: once the first screen is drawn. */
export const loadFallbackFonts = async (): Promise<void> => {
  await FAMILIES['Noto Sans SC']();
};
