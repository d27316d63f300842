import type { Locale } from '../../../electron/guide/types';
import { formatInstant, formatNumber, pluralOf, systemTimeZone } from '../../../electron/shared/format';
import type { MessageKey, Translate } from '../i18n';

/**
 * A saved moment in the user's language and zone, to the minute. With `eventZone` (where a record's
 * event happened) it keeps that zone's clock and names the zone when it is not the user's.
 */
export function formatDateTime(iso: string, locale: Locale, eventZone?: string): string {
  return formatInstant(iso, { locale, timeZone: systemTimeZone() }, eventZone);
}

/** Keys that come in a "one" and an "other" form ("1 case", "2 cases"). */
type PluralKey = MessageKey extends infer K ? (K extends `${infer B}.one` ? B : never) : never;

/** "{n} case" or "{n} cases" as the reader's language counts, the number written their way. */
export function countOf(t: Translate, locale: Locale, key: PluralKey, n: number): string {
  return t(`${key}.${pluralOf(n, locale)}`, { n: formatNumber(n, locale) });
}
