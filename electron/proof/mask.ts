// How personal numbers and the reference number (受付番号) are shown until the user reveals them. Pure, so
// the main process (case views, per-step record lists) and the renderer (the timeline) mask alike.

/** "••••••99": the last two characters, the rest as dots (at most eight). */
export const maskReference = (ref: string): string =>
  ref.length <= 2 ? '••' : `${'•'.repeat(Math.min(ref.length - 2, 8))}${ref.slice(-2)}`;

/** "090-••••-1234": enough to tell lines apart, not enough to read the number off a screen. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length === 0) return '';
  if (digits.length <= 4) return '•'.repeat(digits.length);
  return `${digits.slice(0, 3)}-••••-${digits.slice(-4)}`;
}

/** "••••••••78CD": the last four letters or digits, enough to recognise a card, spaces dropped. */
export function maskNumber(value: string): string {
  const chars = value.replace(/\s/g, '');
  if (chars.length === 0) return '';
  if (chars.length <= 4) return '•'.repeat(chars.length);
  return `${'•'.repeat(chars.length - 4)}${chars.slice(-4)}`;
}

/** "W••• L••" / "王•": the first letter of each word. */
export function maskName(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .filter((word) => word !== '')
    .map((word) => {
      const [first = '', ...rest] = [...word];
      return `${first}${'•'.repeat(Math.max(1, rest.length))}`;
    })
    .join(' ');
}

/** "東京都•••••" / "12 R•••••": the first three characters, enough to tell two addresses apart. */
export function maskAddress(address: string): string {
  const chars = [...address.trim()];
  if (chars.length === 0) return '';
  const kept = chars.length > 6 ? 3 : 0;
  return `${chars.slice(0, kept).join('')}${'•'.repeat(Math.min(chars.length - kept, 8))}`;
}

/** "••••-••-••": a date of birth tells nothing until shown. */
export const maskDay = (day: string): string => (day === '' ? '' : '••••-••-••');
