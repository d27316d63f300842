import type { Locale } from '../../../electron/guide/types';
export { formatDay } from '../../../electron/shared/format';
import {
  dateFormat,
  formatInstant,
  formatNumber,
  formatOnClocks,
  pluralOf,
  systemTimeZone,
} from '../../../electron/shared/format';
import type { MessageKey, Translate } from '../i18n';

/**
 * A saved moment in the user's language and zone, to the minute. With `eventZone` (where a record's
 * event happened) it keeps that zone's clock and names the zone when it is not the user's.
 */
export function formatDateTime(iso: string, locale: Locale, eventZone?: string): string {
  return formatInstant(iso, { locale, timeZone: systemTimeZone() }, eventZone);
}

/**
 * A moment on Japan's clock and, where they differ, on the event's and the user's, each zone named as it
 * was then (issue 19): the carrier's day and hour beside the one the user lived.
 */
export function formatClocks(iso: string, locale: Locale, eventZone?: string): string {
  return formatOnClocks(iso, { locale, timeZone: systemTimeZone() }, eventZone);
}

/** Today's date on the user's clock, as YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Keys that come in a "one" and an "other" form ("1 case", "2 cases"). */
type PluralKey = MessageKey extends infer K ? (K extends `${infer B}.one` ? B : never) : never;

/** "{n} case" or "{n} cases" as the reader's language counts, the number written their way. */
export function countOf(t: Translate, locale: Locale, key: PluralKey, n: number): string {
  return t(`${key}.${pluralOf(n, locale)}`, { n: formatNumber(n, locale) });
}

/** A size in megabytes in the user's language ("1.2 MB", "1.2 MB", "1.2 MB"), at least 0.1 for any bytes. */
export function formatMegabytes(bytes: number, locale: Locale): string {
  const megabytes = bytes === 0 ? 0 : Math.max(0.1, bytes / 1024 ** 2);
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: 'megabyte',
    maximumFractionDigits: 1,
  }).format(megabytes);
}

/** A month (YYYY-MM) in the user's language: "February 2027", "2027年2月". */
export function formatMonth(month: string, locale: Locale): string {
  return dateFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
}

/** A calendar date (YYYY-MM-DD, no time or zone) in the user's language, e.g. for "checked on". */
export function formatCalendarDate(date: string, locale: Locale): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return dateFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(parsed);
}
