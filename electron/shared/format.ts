// How the app and the proof report print times, yen and counts: Intl in the reader's language and zone.
// Pure (no Node, no DOM): main and renderer both import it, so a screen and a report never disagree.
import type { Locale } from '../guide/types';
import { LANGUAGES, type OwnWords } from './languages';

/** Who reads: their language, and the IANA zone their clock is in. */
export interface Reader {
  locale: Locale;
  timeZone: string;
}

const formatters = new Map<string, unknown>();
/**
 * Intl's formatters made once per kind, language and options, and kept: each is slow to build (a
 * millisecond or so), and a checklist prints hundreds of dates, every provider's fees in yen in every
 * language.
 */
function kept<T>(key: string, make: () => T): T {
  let made = formatters.get(key) as T | undefined;
  if (made === undefined) {
    made = make();
    formatters.set(key, made);
  }
  return made;
}

const dateFormat = (locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  kept(`date ${locale} ${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));

const numberFormat = (tag: string, options: Intl.NumberFormatOptions): Intl.NumberFormat =>
  kept(`number ${tag} ${JSON.stringify(options)}`, () => new Intl.NumberFormat(tag, options));

/** The tag Intl writes the reader's numbers and plurals with: a language Intl lacks writes them as English. */
const intlTag = (locale: Locale): string => (LANGUAGES[locale].words ? 'en' : locale);

/** True for a zone name Intl knows ("Asia/Tokyo", "UTC"); false for anything else. */
export function isTimeZone(name: string): boolean {
  try {
    dateFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/**
 * The zone this process runs in (the user's, on their own computer); Tokyo where the runtime names none
 * it knows ("Etc/Unknown" on a machine without zone data), since the app's events happen in Japan.
 */
export function systemTimeZone(): string {
  const now = Date.now();
  if (zoneRead && now - zoneRead.at < ZONE_READ_MS) return zoneRead.zone;
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  zoneRead = { zone: zone && isTimeZone(zone) ? zone : 'Asia/Tokyo', at: now };
  return zoneRead.zone;
}
/** A screen asks for the zone once per time it shows, each asking costing a new formatter: it is read
 * again after a second, so a zone changed while the app runs (a traveller's laptop) still shows. */
const ZONE_READ_MS = 1000;
let zoneRead: { zone: string; at: number } | null = null;

/** The runtime's one name for a zone: a zone has old names too (Asia/Saigon is Asia/Ho_Chi_Minh, Japan is
 * Asia/Tokyo), and the zone a record was made in may reach the reader's runtime by another of them. */
function canonicalZone(timeZone: string): string {
  try {
    return dateFormat('en-US', { timeZone }).resolvedOptions().timeZone;
  } catch {
    return timeZone; // not a zone this runtime knows: only its own name is the same clock
  }
}

const sameZone = (a: string, b: string): boolean => a === b || canonicalZone(a) === canonicalZone(b);

/** The zone's own name in the reader's language at that instant ("Japan Standard Time", "日本标准时间"). */
export function zoneName(locale: Locale, timeZone: string, at: Date): string {
  const own = LANGUAGES[locale].words;
  const named = (tag: string, timeZoneName: 'long' | 'longOffset') =>
    dateFormat(tag, { timeZone, timeZoneName })
      .formatToParts(at)
      .find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
  if (own) return own.zones[timeZone] ?? named('en', 'longOffset');
  return named(locale, 'long');
}

// Every day the app prints (on every screen, in the report, the complaint and the calendar) is in one
// style per language, the month in words: "December 22, 2026", "2026年12月22日", "22 tháng 12, 2026",
// "2026년 12월 22일"; an instant is that day and its time, joined as the language joins them (dayTime).
const DAY: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric' };
const MONTH: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long' };
const TIME: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };

/** An instant's calendar fields on a clock, from English's numbers (which every runtime has). */
function fieldsOf(at: Date, timeZone: string) {
  const parts = dateFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    weekday: 'short',
    hour: 'numeric',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    year: part('year'),
    month: Number(part('month')),
    day: part('day'),
    weekday: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(part('weekday')),
    time: `${Number(part('hour'))}:${part('minute')}`,
  };
}

/** A day in a language's own words (see OwnWords). */
const ownDay = (words: OwnWords, f: ReturnType<typeof fieldsOf>) =>
  fillPlaceholders(words.day, { year: f.year, month: words.months[f.month - 1] ?? '', day: f.day });

/** An instant's day and time on a clock, as the reader writes them. */
function dayAndTime(at: Date, locale: Locale, timeZone: string): string {
  const { words, dayTime } = LANGUAGES[locale];
  if (!words)
    return fillPlaceholders(dayTime, {
      day: dateFormat(locale, { ...DAY, timeZone }).format(at),
      time: dateFormat(locale, { ...TIME, timeZone }).format(at),
    });
  const f = fieldsOf(at, timeZone);
  return fillPlaceholders(dayTime, { day: ownDay(words, f), time: f.time });
}

/** An instant's weekday and time on a clock ("Tue 10:00"), for a cut-off within the next days. */
export function formatWeekdayTime(at: Date, locale: Locale, timeZone: string): string {
  const own = LANGUAGES[locale].words;
  if (!own)
    return dateFormat(locale, { weekday: 'short', hour: '2-digit', minute: '2-digit', timeZone }).format(at);
  const f = fieldsOf(at, timeZone);
  return `${own.weekdays[f.weekday] ?? ''} ${f.time.padStart(5, '0')}`;
}

/**
 * An instant to the minute, as the reader writes dates. Without `eventZone` it is shown in the reader's
 * zone; with it (a visit to a shop in Tokyo), in that zone, named when it is not the reader's own.
 */
export function formatInstant(iso: string, reader: Reader, eventZone?: string): string {
  const at = new Date(iso);
  const timeZone = eventZone ?? reader.timeZone;
  const shown = dayAndTime(at, reader.locale, timeZone);
  return sameZone(timeZone, reader.timeZone)
    ? shown
    : `${shown}${inBrackets(reader.locale, zoneName(reader.locale, timeZone, at))}`;
}

/** Japan's zone: the carrier's clock and calendar (its cut-offs, billing months and dates are Japan's). */
export const JAPAN_TIME_ZONE = 'Asia/Tokyo';

/**
 * The zones an instant is printed in, each once: Japan's first (a carrier or a consumer centre reads
 * it), then the zone the event happened in (the clock the person saw) and the reader's own.
 */
export function clocksOf(reader: Reader, eventZone?: string): string[] {
  const clocks: string[] = [];
  for (const zone of [JAPAN_TIME_ZONE, ...(eventZone ? [eventZone] : []), reader.timeZone])
    if (!clocks.some((kept) => sameZone(kept, zone))) clocks.push(zone);
  return clocks;
}

/** An instant on one clock, named as that zone was named at that instant: "July 1, 2026, 11:30 PM
 * (Central European Summer Time)"; in January the same zone reads "Central European Standard Time". */
export function onClock(iso: string, locale: Locale, timeZone: string): string {
  const at = new Date(iso);
  return `${dayAndTime(at, locale, timeZone)}${inBrackets(locale, zoneName(locale, timeZone, at))}`;
}

/**
 * An instant on every clock that matters (see clocksOf), each zone named: a record made in Berlin at
 * 23:30 on 1 July reads "July 2, 2026, 6:30 AM (Japan Standard Time) / July 1, 2026, 11:30 PM (Central
 * European Summer Time)" — in Japan it was already the next day, at a month's end another billing month.
 */
export function formatOnClocks(iso: string, reader: Reader, eventZone?: string): string {
  return clocksOf(reader, eventZone)
    .map((zone) => onClock(iso, reader.locale, zone))
    .join(CLOCK_SEPARATOR);
}

/** Between the clocks of one instant. */
export const CLOCK_SEPARATOR = ' / ';

/** An aside in the reader's brackets: full-width and unspaced in Chinese and Japanese, " (…)" elsewhere. */
export function inBrackets(locale: Locale, text: string): string {
  const [open, close] = LANGUAGES[locale].brackets;
  return `${open}${text}${close}`;
}

const days = new Map<string, string>();
/**
 * A calendar day (YYYY-MM-DD: a cancellation date, a source's check, a plan's day) as the reader writes
 * dates: the one formatter for days. Read at UTC midnight, so no zone moves it; memoised, as the same few
 * days recur across steps, cases and re-renders.
 */
export function formatDay(day: string, locale: Locale): string {
  const key = `${locale} ${day}`;
  let shown = days.get(key);
  if (shown === undefined) {
    const at = new Date(`${day.slice(0, 10)}T00:00:00Z`);
    const own = LANGUAGES[locale].words;
    shown = own
      ? ownDay(own, fieldsOf(at, 'UTC'))
      : dateFormat(locale, { ...DAY, timeZone: 'UTC' }).format(at);
    days.set(key, shown);
  }
  return shown;
}

/** A month (YYYY-MM, or a day in it) in words: "February 2027", "2027年2月", "2027 फेब्रुअरी". */
export function formatMonth(month: string, locale: Locale): string {
  const at = new Date(`${month.slice(0, 7)}-01T00:00:00Z`);
  const own = LANGUAGES[locale].words;
  if (!own) return dateFormat(locale, { ...MONTH, timeZone: 'UTC' }).format(at);
  const f = fieldsOf(at, 'UTC');
  return fillPlaceholders(own.month, { year: f.year, month: own.months[f.month - 1] ?? '' });
}

/** The calendar day of an instant in a zone, "2026-11-30": for file names the user recognises. */
export function localDate(iso: string, timeZone: string): string {
  // en-CA writes dates as YYYY-MM-DD.
  return dateFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(iso));
}

/** Yen as the reader writes it: "¥12,345", "12,345日元", "12,345円", "¥ 12.345" (see Language.yen). */
export const formatYen = (amount: number, locale: Locale): string => {
  const { words, yen } = LANGUAGES[locale];
  if (words) return fillPlaceholders(words.yen, { amount: formatNumber(amount, locale) });
  return numberFormat(locale, {
    style: 'currency',
    currency: 'JPY',
    currencyDisplay: yen === 'sign' ? 'narrowSymbol' : 'name',
  }).format(amount);
};

/** A plain number with the reader's grouping ("12,345"). */
export const formatNumber = (n: number, locale: Locale): string =>
  numberFormat(intlTag(locale), {}).format(n);

/** A size in kilobytes or megabytes as the reader writes numbers ("71.8 kB", "71,8 kB"), at least 0.1 for any bytes. */
export const formatBytes = (bytes: number, locale: Locale, unit: 'kilobyte' | 'megabyte'): string =>
  numberFormat(intlTag(locale), { style: 'unit', unit, maximumFractionDigits: 1 }).format(
    bytes === 0 ? 0 : Math.max(0.1, bytes / 1024 ** (unit === 'kilobyte' ? 1 : 2)),
  );

/** The plural category the reader's language uses for `n`: "one" and "other" are the only ones the shipped languages use. */
export const pluralOf = (n: number, locale: Locale): 'one' | 'other' =>
  kept(`plural ${intlTag(locale)}`, () => new Intl.PluralRules(intlTag(locale))).select(n) === 'one'
    ? 'one'
    : 'other';

/** A list as the reader writes it: of alternatives ("online, app or shop") or of items ("a, b and c"). */
export function formatList(
  items: readonly string[],
  locale: Locale,
  type: 'disjunction' | 'conjunction',
): string {
  const own = LANGUAGES[locale].words;
  if (own) {
    const joins = type === 'conjunction' ? own.and : own.or;
    const last = items.at(-1);
    if (items.length < 2 || last === undefined) return items.join('');
    const head = items.slice(0, -1).join(', ');
    return fillPlaceholders(items.length === 2 ? joins.two : joins.end, { 0: head, 1: last });
  }
  return kept(`list ${locale} ${type}`, () => new Intl.ListFormat(locale, { type })).format(items);
}

/** A text's {placeholders} filled from `params`; unknown names stay as they are, to be seen in review. */
export const fillPlaceholders = (text: string, params: Record<string, string | number>): string =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));

/** Where Chinese meets a Latin name: a letter, or a name that ends in digits ("povo2.0"); a bare
 * number ("30日") stays as written. */
const HAN_LATIN_SEAM = /(\p{Script=Han})(?=[A-Za-z])|([A-Za-z]|[A-Za-z][A-Za-z0-9.]*\d)(?=\p{Script=Han})/gu;

/** Chinese sets a space between Han characters and Latin names such as "My docomo". */
export const seamed = (locale: string, text: string): string =>
  locale.startsWith('zh') ? text.replace(HAN_LATIN_SEAM, '$1$2 ') : text;
