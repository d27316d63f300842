import type { Locale } from '../../../electron/guide/types';

/** A saved moment in the user's language, to the minute ("2026-05-01 14:03" style per locale). */
export function formatDateTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
