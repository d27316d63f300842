// Local date-time + IANA zone ⇄ ISO 8601 with offset, so a record keeps the time the user saw.
// Zone arithmetic is Temporal's (polyfilled): offsets change at daylight-saving transitions, and a
// hand-made guess from one instant gets the hours next to a change wrong.
import { Temporal } from 'temporal-polyfill';

/**
 * "2026-11-24T15:30" in Asia/Tokyo → "2026-11-24T15:30:00+09:00". A time the clocks skipped (Berlin
 * 2026-03-29 02:30) moves forward by the gap; a time they showed twice takes the earlier one.
 */
export function toIsoWithOffset(local: string, timeZone: string): string {
  return Temporal.PlainDateTime.from(local)
    .toZonedDateTime(timeZone, { disambiguation: 'compatible' })
    .toString({ timeZoneName: 'never', smallestUnit: 'second' });
}

/** The value a datetime-local input shows for a stored time: its wall-clock time in the zone it was entered in. */
export function toLocalInput(iso: string, timeZone: string): string {
  return Temporal.Instant.from(iso)
    .toZonedDateTimeISO(timeZone)
    .toPlainDateTime()
    .toString({ smallestUnit: 'minute' });
}

/**
 * Where a wall-clock time the zone's clocks skipped (a daylight-saving gap: Los Angeles 2026-03-08 02:30)
 * is saved instead, as a datetime-local value ("2026-03-08T03:30"); null when the time exists, or while
 * the value or the zone cannot be read. A time the clocks showed twice exists: the earlier is taken.
 */
export function skippedTo(local: string, timeZone: string): string | null {
  try {
    const wall = Temporal.PlainDateTime.from(local);
    const saved = wall.toZonedDateTime(timeZone, { disambiguation: 'compatible' }).toPlainDateTime();
    return Temporal.PlainDateTime.compare(saved, wall) === 0
      ? null
      : saved.toString({ smallestUnit: 'minute' });
  } catch {
    return null;
  }
}

/** True when a datetime-local value, read in the zone, is later than now (by more than a minute): a
 * record dated in the future is likely a typo, or an event that has not happened yet. False while the
 * value or the zone cannot be read. */
export function isInFuture(local: string, timeZone: string, now: Date = new Date()): boolean {
  try {
    return Date.parse(toIsoWithOffset(local, timeZone)) > now.getTime() + 60_000;
  } catch {
    return false;
  }
}

/** Now, as a datetime-local input value in the zone. */
export function nowLocalInput(timeZone: string): string {
  return Temporal.Now.plainDateTimeISO(timeZone).toString({ smallestUnit: 'minute' });
}
