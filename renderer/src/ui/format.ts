import type { Locale } from '../../../electron/guide/types';
import { formatInstant, systemTimeZone } from '../../../electron/shared/format';

/**
 * A saved moment in the user's language and zone, to the minute. With `eventZone` (where a record's
 * event happened) it keeps that zone's clock and names the zone when it is not the user's.
 */
export function formatDateTime(iso: string, locale: Locale, eventZone?: string): string {
  return formatInstant(iso, { locale, timeZone: systemTimeZone() }, eventZone);
}
