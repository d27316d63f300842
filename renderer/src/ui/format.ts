import type { Locale } from '../../../electron/guide/types';

/** A saved moment in the user's language, to the minute ("2026-05-01 14:03" style per locale). */
export function formatDateTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
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
