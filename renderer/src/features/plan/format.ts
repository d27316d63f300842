// Plan dates in the user's language. A plan day is a calendar day (Japan's), not an instant: it is
// formatted as UTC midnight so it reads the same in every zone. Cut-offs are instants, shown in Japan
// time and, where that differs, in the user's own zone.
import type { Locale } from '../../../../electron/guide/types';
import { formatWeekdayTime, JAPAN_TIME_ZONE, systemTimeZone } from '../../../../electron/shared/format';

export { formatDay } from '../../ui/format';

/** The time of an instant in Japan, and in the user's zone when it reads differently (else null). */
export function cutoffTimes(instant: string, locale: Locale): { japan: string; local: string | null } {
  const at = new Date(instant);
  const japan = formatWeekdayTime(at, locale, JAPAN_TIME_ZONE);
  const local = formatWeekdayTime(at, locale, systemTimeZone());
  return { japan, local: local === japan ? null : local };
}
