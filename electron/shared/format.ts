// How the app and the proof report print times, yen and counts: Intl in the reader's language and zone.
// Pure (no Node, no DOM): main and renderer both import it, so a screen and a report never disagree.
import type { Locale } from '../guide/types';
import { LANGUAGES } from './languages';

/** Who reads: their language, and the IANA zone their clock is in. */
export interface Reader {
  locale: Locale;
  timeZone: string;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
/**
 * One Intl.DateTimeFormat per language and options: each is slow to build (a millisecond or so), and a
 * checklist prints hundreds of dates.
 */
export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateFormats.set(key, format);
  }
  return format;
}

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
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isTimeZone(zone) ? zone : 'Asia/Tokyo';
}

/** The zone's own name in the reader's language at that instant ("Japan Standard Time", "日本标准时间"). */
export function zoneName(locale: Locale, timeZone: string, at: Date): string {
  return (
    dateFormat(locale, { timeZone, timeZoneName: 'long' })
      .formatToParts(at)
      .find((part) => part.type === 'timeZoneName')?.value ?? timeZone
  );
}

/**
 * An instant to the minute, as the reader writes dates. Without `eventZone` it is shown in the reader's
 * zone; with it (a visit to a shop in Tokyo), in that zone, named when it is not the reader's own.
 */
export function formatInstant(iso: string, reader: Reader, eventZone?: string): string {
  const at = new Date(iso);
  const timeZone = eventZone ?? reader.timeZone;
  const shown = dateFormat(reader.locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(at);
  return timeZone === reader.timeZone
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
  return [...new Set([JAPAN_TIME_ZONE, ...(eventZone ? [eventZone] : []), reader.timeZone])];
}

/** An instant on one clock, named as that zone was named at that instant: "Jul 1, 2026, 11:30 PM
 * (Central European Summer Time)"; in January the same zone reads "Central European Standard Time". */
export function onClock(iso: string, locale: Locale, timeZone: string): string {
  const at = new Date(iso);
  const shown = dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(at);
  return `${shown}${inBrackets(locale, zoneName(locale, timeZone, at))}`;
}

/**
 * An instant on every clock that matters (see clocksOf), each zone named: a record made in Berlin at
 * 23:30 on 1 July reads "Jul 2, 2026, 6:30 AM (Japan Standard Time) / Jul 1, 2026, 11:30 PM (Central
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

/** A calendar day (YYYY-MM-DD: a cancellation date, a source's check) as the reader writes dates. */
export function formatDay(day: string, locale: Locale): string {
  return dateFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/** A calendar day as a letter writes it: "2026年12月7日", "December 7, 2026". */
export function formatDayLong(day: string, locale: Locale): string {
  return dateFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
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

/**
 * Yen as the reader writes it: "¥12,345", "12,345日元", "12,345円". Chinese and Japanese name the
 * currency: a bare ¥ reads as renminbi to a Chinese reader, and 円 is how Japanese receipts print it.
 */
export const formatYen = (amount: number, locale: Locale): string =>
  new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'JPY',
    currencyDisplay: locale === 'en' ? 'symbol' : 'name',
  }).format(amount);

/** A plain number with the reader's grouping ("12,345"). */
export const formatNumber = (n: number, locale: Locale): string => new Intl.NumberFormat(locale).format(n);

/** A file's size in kilobytes as the reader writes numbers ("71.8 kB", "71,8 kB"), at least 0.1 for any bytes. */
export const formatKilobytes = (bytes: number, locale: Locale): string =>
  new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1 }).format(
    bytes === 0 ? 0 : Math.max(0.1, bytes / 1024),
  );

/** The plural category the reader's language uses for `n`: "one" and "other" are the only ones the shipped languages use. */
export const pluralOf = (n: number, locale: Locale): 'one' | 'other' =>
  new Intl.PluralRules(locale).select(n) === 'one' ? 'one' : 'other';

const listFormats = new Map<string, Intl.ListFormat>();
/** Lists as the reader writes them: of alternatives ("online, app or shop") or of items ("a, b and c"). */
export function listFormat(locale: Locale, type: 'disjunction' | 'conjunction'): Intl.ListFormat {
  const key = `${locale} ${type}`;
  let format = listFormats.get(key);
  if (!format) {
    format = new Intl.ListFormat(locale, { type });
    listFormats.set(key, format);
  }
  return format;
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
