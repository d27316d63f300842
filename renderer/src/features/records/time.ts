// Local date-time + IANA zone ⇄ ISO 8601 with offset, so a record keeps the time the user saw.

/** The zone's offset from UTC at an instant, as "+09:00". */
function offsetAt(timeZone: string, at: Date): string {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value;
  const match = /GMT([+-]\d{2}:\d{2})?/.exec(name ?? '');
  return match?.[1] ?? '+00:00';
}

/** "2026-11-24T15:30" in Asia/Tokyo → "2026-11-24T15:30:00+09:00". */
export function toIsoWithOffset(local: string, timeZone: string): string {
  const asUtc = new Date(`${local}:00Z`);
  return `${local}:00${offsetAt(timeZone, asUtc)}`;
}

/** The value a datetime-local input shows for a stored time. */
export const toLocalInput = (iso: string) => iso.slice(0, 16);

export const systemTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'Asia/Tokyo';

export function nowLocalInput(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}
