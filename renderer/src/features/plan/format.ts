// Plan dates in the user's language. A plan day is a calendar day (Japan's), not an instant: it is
// formatted as UTC midnight so it reads the same in every zone. Cut-offs are instants, shown in Japan
// time and, where that differs, in the user's own zone.
import type { Locale } from '../../../../electron/guide/types';
import { dateFormat } from '../../../../electron/shared/format';

export { formatDay } from '../../ui/format';

/** The time of an instant in Japan, and in the user's zone when it reads differently (else null). */
export function cutoffTimes(instant: string, locale: Locale): { japan: string; local: string | null } {
  const at = new Date(instant);
  const time = (timeZone?: string) =>
    dateFormat(locale, {
      hour: '2-digit',
      minute: '2-digit',
      weekday: 'short',
      ...(timeZone ? { timeZone } : {}),
    }).format(at);
  const japan = time('Asia/Tokyo');
  const local = time();
  return { japan, local: local === japan ? null : local };
}
