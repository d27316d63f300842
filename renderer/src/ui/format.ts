import type { Locale } from '../../../electron/guide/types';
export { formatDay, formatMonth } from '../../../electron/shared/format';
import {
  formatBytes,
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

/** "{n} case" or "{n} cases" as the reader's language counts, the number written their way (and any
 * other placeholders the text has, from `params`). */
export function countOf(
  t: Translate,
  locale: Locale,
  key: PluralKey,
  n: number,
  params: Record<string, string> = {},
): string {
  return t(`${key}.${pluralOf(n, locale)}`, { ...params, n: formatNumber(n, locale) });
}

/** A size in megabytes in the user's language ("1.2 MB", "1,2 MB"), at least 0.1 for any bytes. */
export const formatMegabytes = (bytes: number, locale: Locale): string =>
  formatBytes(bytes, locale, 'megabyte');
