// Plan dates in the user's language. A plan day is a calendar day (Japan's), not an instant: it is
// formatted as UTC midnight so it reads the same in every zone. Cut-offs are instants, shown in Japan
// time and, where that differs, in the user's own zone.
import type { Locale } from '../../../../electron/guide/types';

export function formatDay(iso: string, locale: Locale): string {
  const utc = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(utc);
}

/** The time of an instant in Japan, and in the user's zone when it reads differently (else null). */
export function cutoffTimes(instant: string, locale: Locale): { japan: string; local: string | null } {
  const at = new Date(instant);
  const time = (timeZone?: string) =>
    new Intl.DateTimeFormat(locale, {
      hour: '2-digit',
      minute: '2-digit',
      weekday: 'short',
      ...(timeZone ? { timeZone } : {}),
    }).format(at);
  const japan = time('Asia/Tokyo');
  const local = time();
  return { japan, local: local === japan ? null : local };
}
