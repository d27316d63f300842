// The web fonts a language needs beyond Noto Sans JP and SC (always loaded: they draw Latin, Vietnamese,
// kana and Han): fetched with the language's texts, so nobody downloads Korean glyphs to read English.
import type { Locale } from '../../../electron/guide/types';

const EXTRA_FONTS: Partial<Record<Locale, () => Promise<unknown>>> = {
  'zh-TW': () =>
    Promise.all([import('@fontsource/noto-sans-tc/400.css'), import('@fontsource/noto-sans-tc/700.css')]),
  ko: () =>
    Promise.all([import('@fontsource/noto-sans-kr/400.css'), import('@fontsource/noto-sans-kr/700.css')]),
};

export const loadFonts = async (locale: Locale): Promise<void> => {
  await EXTRA_FONTS[locale]?.();
};
