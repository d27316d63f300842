// The languages the app ships, declared once: main, the renderer, the report and the tests read this list.
// Adding a language: an entry here, its two catalogs (data/locales/<code>.json for the guide, report and
// menus; renderer/src/i18n/locales/<code>.json for the screens), its fonts (renderer/src/fonts.ts and
// electron/proof/fonts.ts) and a line in the README. The coverage test then lists every text it lacks.

/** The bundled font families (Noto Sans, per script; JP also draws Latin and Vietnamese). */
export type FontFamily =
  'Noto Sans JP' | 'Noto Sans SC' | 'Noto Sans TC' | 'Noto Sans KR' | 'Noto Sans Devanagari';

export interface Language {
  /** Its own name, as the language menu shows it. */
  nativeName: string;
  /** The family its text is set in, on screen and in the report. */
  fontFamily: FontFamily;
  /** Where a text it lacks comes from (English last): Traditional Chinese readers read Simplified sooner. */
  fallback: readonly Code[];
  /** Between sentences: a space in English, Korean and Vietnamese; nothing in Chinese and Japanese. */
  sentenceGap: string;
  /** Between the parts of one fact ("¥3,300; from 2026-04-01"). */
  partSeparator: string;
  /** Ends a sentence. */
  fullStop: string;
  /** Around an aside ("10:00 (Japan Standard Time)"): full-width and unspaced in Chinese and Japanese. */
  brackets: readonly [string, string];
}

export const LANGUAGE_CODES = ['zh-CN', 'zh-TW', 'en', 'ja', 'ko', 'vi', 'ne', 'id', 'pt-BR'] as const;
export type Code = (typeof LANGUAGE_CODES)[number];

export const LANGUAGES: Record<Code, Language> = {
  'zh-CN': {
    nativeName: '简体中文',
    fontFamily: 'Noto Sans SC',
    fallback: ['en'],
    sentenceGap: '',
    partSeparator: '；',
    fullStop: '。',
    brackets: ['（', '）'],
  },
  'zh-TW': {
    nativeName: '繁體中文',
    fontFamily: 'Noto Sans TC',
    fallback: ['zh-CN', 'en'],
    sentenceGap: '',
    partSeparator: '；',
    fullStop: '。',
    brackets: ['（', '）'],
  },
  en: {
    nativeName: 'English',
    fontFamily: 'Noto Sans JP',
    fallback: [],
    sentenceGap: ' ',
    partSeparator: '; ',
    fullStop: '.',
    brackets: [' (', ')'],
  },
  ja: {
    nativeName: '日本語',
    fontFamily: 'Noto Sans JP',
    fallback: ['en'],
    sentenceGap: '',
    partSeparator: '／',
    fullStop: '。',
    brackets: ['（', '）'],
  },
  ko: {
    nativeName: '한국어',
    fontFamily: 'Noto Sans KR',
    fallback: ['en'],
    sentenceGap: ' ',
    partSeparator: '; ',
    fullStop: '.',
    brackets: [' (', ')'],
  },
  vi: {
    nativeName: 'Tiếng Việt',
    fontFamily: 'Noto Sans JP',
    fallback: ['en'],
    sentenceGap: ' ',
    partSeparator: '; ',
    fullStop: '.',
    brackets: [' (', ')'],
  },
  ne: {
    nativeName: 'नेपाली',
    fontFamily: 'Noto Sans Devanagari',
    fallback: ['en'],
    sentenceGap: ' ',
    partSeparator: '; ',
    fullStop: '।',
    brackets: [' (', ')'],
  },
  id: {
    nativeName: 'Bahasa Indonesia',
    fontFamily: 'Noto Sans JP',
    fallback: ['en'],
    sentenceGap: ' ',
    partSeparator: '; ',
    fullStop: '.',
    brackets: [' (', ')'],
  },
  'pt-BR': {
    nativeName: 'Português (Brasil)',
    fontFamily: 'Noto Sans JP',
    fallback: ['en'],
    sentenceGap: ' ',
    partSeparator: '; ',
    fullStop: '.',
    brackets: [' (', ')'],
  },
};
