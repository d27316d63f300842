// The languages the app ships, declared once: main, the renderer, the report and the tests read this list.
// Adding a language: an entry here, its two catalogs (data/locales/<code>.json for the guide, report and
// menus; renderer/src/i18n/locales/<code>.json for the screens), a font family if its script needs one
// (renderer/src/i18n/fonts.ts and fonts.css; the report takes it from here), its glossary terms, a store
// version that gives saved step titles the language, and a line in the README. The coverage test then
// lists every text it lacks.

/** The bundled font families (Noto Sans, per script; JP also draws Latin and Vietnamese). */
export type FontFamily =
  'Noto Sans JP' | 'Noto Sans SC' | 'Noto Sans TC' | 'Noto Sans KR' | 'Noto Sans Devanagari';

/**
 * A language's words for dates, zones, lists and yen where the runtime's Intl has no data for it. The
 * app's Intl is Chromium's ICU in both processes (Electron's Node reads Chromium's icudtl.dat), and
 * Chromium keeps only the locales its own interface is translated into: Nepali is not one (Deno, on the
 * same file, meets the same gap: https://github.com/denoland/deno/issues/13257), so `Intl` would print
 * "2026 M12 7" or English. These are CLDR's own, as full ICU has them (tests/unit/format/dates.test.ts
 * holds them to Node's full ICU); numbers are written as in English, with Latin digits as the catalogs do.
 */
export interface OwnWords {
  /** January first, as a date writes them. */
  months: readonly string[];
  /** Short, Sunday first. */
  weekdays: readonly string[];
  /** A calendar day and a month: {year}, {month}, {day}. A time of day is H:mm, on a 24-hour clock. */
  day: string;
  month: string;
  /** Zone names by IANA zone; any other is named by its offset from GMT. */
  zones: Readonly<Record<string, string>>;
  /** The last join of a list of items and of alternatives ("a, b र c", "a, b, वा c"), and of two. */
  and: { two: string; end: string };
  or: { two: string; end: string };
  /** An amount of yen: {amount}. */
  yen: string;
}

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
  /**
   * An instant: its {day} (in words, as every day is written) and its {time}, joined as CLDR's medium
   * style joins them, without the long style's word ("at", "lúc", "às", "pukul"): the texts around an
   * instant often say it themselves ("Ticked at {at}").
   */
  dayTime: string;
  /**
   * How an amount of yen is written: with the sign ("¥3,300"), or naming the currency ("3,300日元",
   * "3,300円", "3.300 yên Nhật"). A bare ¥ reads as renminbi to a Chinese reader, and 円 is how Japanese
   * receipts print it; Portuguese and Indonesian take the sign, since CLDR's names are capitalised for
   * menus ("4.510 Ienes japoneses") and read wrong in a sentence.
   */
  yen: 'sign' | 'name';
  /** Where the runtime's Intl lacks the language: its own words (see OwnWords). */
  words?: OwnWords;
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
    dayTime: '{day} {time}',
    yen: 'name',
  },
  'zh-TW': {
    nativeName: '繁體中文',
    fontFamily: 'Noto Sans TC',
    fallback: ['zh-CN', 'en'],
    sentenceGap: '',
    partSeparator: '；',
    fullStop: '。',
    brackets: ['（', '）'],
    dayTime: '{day} {time}',
    yen: 'name',
  },
  en: {
    nativeName: 'English',
    fontFamily: 'Noto Sans JP',
    fallback: [],
    sentenceGap: ' ',
    partSeparator: '; ',
    fullStop: '.',
    brackets: [' (', ')'],
    dayTime: '{day}, {time}',
    yen: 'sign',
  },
  ja: {
    nativeName: '日本語',
    fontFamily: 'Noto Sans JP',
    fallback: ['en'],
    sentenceGap: '',
    partSeparator: '／',
    fullStop: '。',
    brackets: ['（', '）'],
    dayTime: '{day} {time}',
    yen: 'name',
  },
  ko: {
    nativeName: '한국어',
    fontFamily: 'Noto Sans KR',
    fallback: ['en'],
    sentenceGap: ' ',
    partSeparator: '; ',
    fullStop: '.',
    brackets: [' (', ')'],
    dayTime: '{day} {time}',
    yen: 'name',
  },
  vi: {
    nativeName: 'Tiếng Việt',
    fontFamily: 'Noto Sans JP',
    fallback: ['en'],
    sentenceGap: ' ',
    partSeparator: '; ',
    fullStop: '.',
    brackets: [' (', ')'],
    dayTime: '{time} {day}',
    yen: 'name',
  },
  ne: {
    nativeName: 'नेपाली',
    fontFamily: 'Noto Sans Devanagari',
    fallback: ['en'],
    sentenceGap: ' ',
    partSeparator: '; ',
    fullStop: '।',
    brackets: [' (', ')'],
    dayTime: '{day}, {time}',
    yen: 'name',
    words: {
      months: [
        'जनवरी',
        'फेब्रुअरी',
        'मार्च',
        'अप्रिल',
        'मे',
        'जुन',
        'जुलाई',
        'अगस्ट',
        'सेप्टेम्बर',
        'अक्टोबर',
        'नोभेम्बर',
        'डिसेम्बर',
      ],
      weekdays: ['आइत', 'सोम', 'मङ्गल', 'बुध', 'बिहि', 'शुक्र', 'शनि'],
      day: '{year} {month} {day}',
      month: '{year} {month}',
      zones: { 'Asia/Tokyo': 'जापान मानक समय', 'Asia/Kathmandu': 'नेपाली समय' },
      and: { two: '{0} र {1}', end: '{0} र {1}' },
      or: { two: '{0} वा {1}', end: '{0}, वा {1}' },
      yen: '{amount} जापानी येन',
    },
  },
  id: {
    nativeName: 'Bahasa Indonesia',
    fontFamily: 'Noto Sans JP',
    fallback: ['en'],
    sentenceGap: ' ',
    partSeparator: '; ',
    fullStop: '.',
    brackets: [' (', ')'],
    dayTime: '{day}, {time}',
    yen: 'sign',
  },
  'pt-BR': {
    nativeName: 'Português (Brasil)',
    fontFamily: 'Noto Sans JP',
    fallback: ['en'],
    sentenceGap: ' ',
    partSeparator: '; ',
    fullStop: '.',
    brackets: [' (', ')'],
    dayTime: '{day}, {time}',
    yen: 'sign',
  },
};

/** The UI catalogs a language's texts are built from, most general first (its fallbacks, then itself);
 * English is written beside the code, so it has none. */
export const catalogChain = (code: Code): Exclude<Code, 'en'>[] =>
  [code, ...LANGUAGES[code].fallback].filter((c): c is Exclude<Code, 'en'> => c !== 'en').reverse();
