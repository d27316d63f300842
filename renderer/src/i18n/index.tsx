// A small typed i18n layer: one dictionary per language (see ./catalog), one context, `t(key, params)`.
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { fillPlaceholders } from '../../../electron/shared/format';
import { LANGUAGES, LANGUAGE_CODES } from '../../../electron/shared/languages';
import type { Locale } from '../../../electron/guide/types';
import { loadDictionary } from './catalog';
import { ENGLISH, type Dictionary, type MessageKey } from './english';

export { loadDictionary };
export type { Dictionary, MessageKey } from './english';

/** The language menu: each language by its own name. */
export const LANGUAGE_NAMES = LANGUAGE_CODES.map((code) => ({ code, name: LANGUAGES[code].nativeName }));

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(dictionary: Dictionary): Translate {
  return (key, params) => fillPlaceholders(dictionary[key], params ?? {});
}

const I18nContext = createContext<{ locale: Locale; t: Translate }>({ locale: 'en', t: translator(ENGLISH) });

/**
 * Speaks `locale` once its catalog has loaded; until then the texts stay in the language shown before
 * (the app loads the first one before it draws anything, so nobody sees English flash by).
 */
export function I18nProvider({
  locale,
  initial,
  children,
}: {
  locale: Locale;
  initial: { locale: Locale; dictionary: Dictionary };
  children: ReactNode;
}) {
  const [shown, setShown] = useState(initial);
  useEffect(() => {
    let current = true;
    void loadDictionary(locale).then((dictionary) => {
      if (current) setShown({ locale, dictionary });
    });
    return () => {
      current = false;
    };
  }, [locale]);
  const value = useMemo(() => ({ locale: shown.locale, t: translator(shown.dictionary) }), [shown]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export const useI18n = () => useContext(I18nContext);
