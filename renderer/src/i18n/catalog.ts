// Loads a language's UI catalog on first use: one chunk per language, so the startup bundle carries
// English alone (see ./english.ts).
import type { Locale } from '../../../electron/guide/types';
import { catalogChain } from '../../../electron/shared/languages';
import { dictionaryOf, type Catalog, type Dictionary } from './english';
import { loadFonts } from './fonts';

const CATALOG_FILES = import.meta.glob<{ default: Catalog }>('./locales/*.json');

async function catalog(code: string): Promise<Catalog> {
  const load = CATALOG_FILES[`./locales/${code}.json`];
  return load ? (await load()).default : {};
}

const loaded = new Map<Locale, Promise<Dictionary>>();

/** The language's texts (a text it lacks comes from its fallbacks, English last), and its fonts. */
export function loadDictionary(locale: Locale): Promise<Dictionary> {
  let dictionary = loaded.get(locale);
  if (!dictionary) {
    // The language's fonts come with its texts: its first screen is drawn in them, not in a fallback.
    dictionary = Promise.all([Promise.all(catalogChain(locale).map(catalog)), loadFonts(locale)]).then(
      ([catalogs]) => dictionaryOf(catalogs),
    );
    loaded.set(locale, dictionary);
    // A failed load (a chunk that could not be read) is asked for again next time, not kept.
    void dictionary.catch(() => loaded.delete(locale));
  }
  return dictionary;
}
