// Texts in one language. Main keeps every text in every language (the report and the letters put
// Japanese beside the reader's); the case screen needs only the reader's, so the case it is sent
// carries that one (issue 24: the first screen's answer was 157 KB, nine languages of each text).
import { LOCALES, type Locale, type LocalizedText } from '../guide/types';

/** `T` with every text in all languages (a LocalizedText) replaced by the text in one language. */
export type InLanguage<T> = T extends LocalizedText
  ? string
  : T extends object
    ? { [K in keyof T]: InLanguage<T[K]> }
    : T;

/** A LocalizedText as the type above recognises one: every language's text present. */
function isLocalizedText(value: object): value is LocalizedText {
  const texts = value as Partial<Record<string, unknown>>;
  return LOCALES.every((locale) => typeof texts[locale] === 'string');
}

/** `value` with each of its texts in `locale` only; everything else as it was. */
export function inLanguage<T>(value: T, locale: Locale): InLanguage<T> {
  return project(value, locale) as InLanguage<T>;
}

function project(value: unknown, locale: Locale): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item: unknown) => project(item, locale));
  if (isLocalizedText(value)) return value[locale];
  const projected: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) projected[key] = project(item, locale);
  return projected;
}
