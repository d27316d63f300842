// One style for a day in each language, on every screen, in the report, the complaint and the calendar
// (issue 25: vi printed "26 thg 12, 2026" beside "26 tháng 12, 2026", ko "2027. 1. 20." beside
// "2027년 1월 20일", and a fee's start showed as ISO); and Nepali's words, which Chromium's Intl lacks.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { L } from '../../../data/text';
import { fillText } from '../../../electron/guide/days';
import { formatFact } from '../../../electron/guide/format';
import { LOCALES, type Locale } from '../../../electron/guide/types';
import {
  formatDay,
  formatInstant,
  formatList,
  formatMonth,
  formatOnClocks,
  formatWeekdayTime,
  formatYen,
  zoneName,
} from '../../../electron/shared/format';
import { LANGUAGES } from '../../../electron/shared/languages';
import { ENGLISH } from '../../../renderer/src/i18n/english';
import { mainCatalog, mainTextCalls, TRANSLATED, uiCatalog } from '../i18n/texts';

const ISO_DAY = /\d{4}-\d{2}-\d{2}/;
/** 14:30 on 22 December 2026 in Japan. */
const AFTERNOON = '2026-12-22T05:30:00Z';

describe('a day reads the same wherever it is printed', () => {
  test.each(LOCALES)('in %s: a day alone, an instant on it, a guide text and a fee from it', (locale) => {
    const day = formatDay('2026-12-22', locale);
    expect(day).not.toMatch(ISO_DAY);
    expect(formatInstant(AFTERNOON, { locale, timeZone: 'Asia/Tokyo' })).toContain(day);
    expect(formatOnClocks(AFTERNOON, { locale, timeZone: 'Asia/Tokyo' })).toContain(day);
    expect(fillText('t', L('By {date}: {title}'), { date: '2026-12-22', title: 'x' })[locale]).toContain(day);
    const fee = formatFact('fees', [{ label: L('shop'), amountYen: 3300, from: '2026-12-22' }]);
    expect(fee[locale]).toContain(day);
    expect(fee[locale]).not.toMatch(ISO_DAY);
  });

  test('Vietnamese and Korean print the month in words, with the instant and alone', () => {
    expect(formatDay('2026-12-26', 'vi')).toBe('26 tháng 12, 2026');
    expect(formatInstant('2026-12-26T05:30:00Z', { locale: 'vi', timeZone: 'Asia/Tokyo' })).toContain(
      '26 tháng 12, 2026',
    );
    expect(formatDay('2027-01-20', 'ko')).toBe('2027년 1월 20일');
    expect(formatInstant('2027-01-20T05:30:00Z', { locale: 'ko', timeZone: 'Asia/Tokyo' })).toBe(
      '2027년 1월 20일 오후 2:30',
    );
    expect(formatDay('2026-12-22', 'ja')).toBe('2026年12月22日');
    expect(formatDay('2026-12-22', 'pt-BR')).toBe('22 de dezembro de 2026');
    expect(formatDay('2026-12-22', 'id')).toBe('22 Desember 2026');
  });
});

describe('no text writes a day as ISO ("Since 2023-05-24"): the guide writes them in words too', () => {
  const written = /(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)/;
  test('in English', () => {
    const english = [
      ...mainTextCalls().flatMap((call) => (call.en === null ? [] : [call.en])),
      ...Object.values(ENGLISH),
    ];
    expect(english.filter((text) => written.test(text))).toEqual([]);
  });
  test.each(TRANSLATED)('in %s', (code) => {
    const texts = [...Object.values(mainCatalog(code)), ...Object.values(uiCatalog(code))];
    expect(texts.filter((text) => written.test(text))).toEqual([]);
  });
});

test('yen reads right inside a sentence: the sign, or a currency name written as a sentence writes it', () => {
  expect(formatYen(4510, 'pt-BR')).toBe('¥\u00a04.510');
  expect(formatYen(4510, 'id')).toBe('¥4.510');
  expect(formatYen(4510, 'en')).toBe('¥4,510');
  expect(formatYen(4510, 'vi')).toBe('4.510 yên Nhật');
  for (const locale of LOCALES) expect(formatYen(4510, locale)).not.toMatch(/\d \p{Lu}/u);
});

describe('Nepali, in its own words (CLDR, as full ICU has them)', () => {
  // Node is built with full ICU: its Nepali is the reference the kept words must equal.
  const cldr = (options: Intl.DateTimeFormatOptions, at: number) =>
    new Intl.DateTimeFormat('ne-u-nu-latn', { timeZone: 'UTC', ...options }).format(at);

  test('every month, as a day and as a month', () => {
    for (let month = 0; month < 12; month += 1) {
      const day = `2027-${String(month + 1).padStart(2, '0')}-09`;
      const at = Date.UTC(2027, month, 9);
      expect(formatDay(day, 'ne')).toBe(cldr({ year: 'numeric', month: 'long', day: 'numeric' }, at));
      expect(formatMonth(day.slice(0, 7), 'ne')).toBe(cldr({ year: 'numeric', month: 'long' }, at));
    }
  });

  test('every weekday with its time, an instant with its day, zones, lists and yen', () => {
    for (let day = 1; day <= 7; day += 1) {
      const at = Date.UTC(2026, 10, day, 1, 5);
      expect(formatWeekdayTime(new Date(at), 'ne', 'UTC')).toBe(
        cldr({ weekday: 'short', hour: '2-digit', minute: '2-digit' }, at),
      );
    }
    expect(formatInstant(AFTERNOON, { locale: 'ne', timeZone: 'Asia/Tokyo' })).toBe('2026 डिसेम्बर 22, 14:30');
    for (const zone of Object.keys(LANGUAGES.ne.words?.zones ?? {})) {
      const full = new Intl.DateTimeFormat('ne', { timeZone: zone, timeZoneName: 'long' })
        .formatToParts(new Date(AFTERNOON))
        .find((part) => part.type === 'timeZoneName')?.value;
      expect(zoneName('ne', zone, new Date(AFTERNOON))).toBe(full);
    }
    expect(zoneName('ne', 'Europe/Berlin', new Date(AFTERNOON))).toBe('GMT+01:00');
    for (const type of ['conjunction', 'disjunction'] as const)
      for (const items of [['क'], ['क', 'ख'], ['क', 'ख', 'ग', 'घ']])
        expect(formatList(items, 'ne', type)).toBe(new Intl.ListFormat('ne', { type }).format(items));
    // CLDR writes Nepali numbers in Devanagari digits, grouped by lakh; the app keeps the catalogs' 0-9.
    expect(formatYen(3300, 'ne')).toBe('3,300 जापानी येन');
  });
});

describe('a runtime whose Intl has no Nepali (Chromium, so Electron)', () => {
  afterEach(() => vi.restoreAllMocks());

  test('Nepali is still written in Nepali: no formatter asks Intl for it', () => {
    const refuse = (locales: unknown) => {
      if ([locales].flat().some((tag) => typeof tag === 'string' && tag.startsWith('ne')))
        throw new Error(`Intl asked for ${String(locales)}`);
    };
    for (const name of ['DateTimeFormat', 'NumberFormat', 'ListFormat', 'PluralRules'] as const) {
      const Original = Intl[name] as unknown as new (...args: unknown[]) => object;
      // A function, not an arrow: the formatters call it with `new`.
      vi.spyOn(Intl, name).mockImplementation(function (locales: unknown, options: unknown) {
        refuse(locales);
        return new Original(locales, options);
      } as never);
    }
    expect(() => new Intl.DateTimeFormat('ne')).toThrow(/Intl asked for ne/);
    const locale: Locale = 'ne';
    expect(formatDay('2027-02-03', locale)).toBe('2027 फेब्रुअरी 3');
    expect(formatMonth('2027-02', locale)).toBe('2027 फेब्रुअरी');
    expect(formatOnClocks(AFTERNOON, { locale, timeZone: 'Europe/Berlin' })).toBe(
      '2026 डिसेम्बर 22, 14:30 (जापान मानक समय) / 2026 डिसेम्बर 22, 6:30 (GMT+01:00)',
    );
    expect(formatYen(12345, locale)).toBe('12,345 जापानी येन');
    expect(formatList(['अनलाइन', 'एप', 'पसल'], locale, 'disjunction')).toBe('अनलाइन, एप, वा पसल');
  });
});

describe('a zone by another of its names is the same clock, printed once', () => {
  // The runtime may name the zone a record was made in by an old alias (Node's ICU reads
  // Asia/Ho_Chi_Minh as Asia/Saigon): a Hanoi reader saw the same time twice, under the same name.
  test.each([
    ['vi', 'Asia/Ho_Chi_Minh', 'Asia/Saigon'],
    ['ne', 'Asia/Kathmandu', 'Asia/Katmandu'],
    ['en', 'Asia/Kolkata', 'Asia/Calcutta'],
  ] as const)('%s: a record made in %s, read in %s', (locale, eventZone, readerZone) => {
    const clocks = formatOnClocks(AFTERNOON, { locale, timeZone: readerZone }, eventZone).split(' / ');
    expect(clocks).toHaveLength(2);
    expect(formatInstant(AFTERNOON, { locale, timeZone: readerZone }, eventZone)).toBe(
      formatInstant(AFTERNOON, { locale, timeZone: readerZone }),
    );
  });

  test('Japan by another name is still printed once', () => {
    expect(formatOnClocks(AFTERNOON, { locale: 'en', timeZone: 'Japan' }).split(' / ')).toHaveLength(1);
  });
});
