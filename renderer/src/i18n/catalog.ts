// Loads a language's UI catalog on first use: one chunk per language, so the startup bundle carries
// English alone (see ./english.ts).
import type { Locale } from '../../../electron/guide/types';
import { catalogChain, dictionaryOf, type Catalog, type Dictionary } from './english';

const CATALOG_FILES = import.meta.glob<{ default: Catalog }>('./locales/*.json');

async function catalog(code: string): Promise<Catalog> {
  const load = CATALOG_FILES[`./locales/${code}.json`];
  return load ? (await load()).default : {};
}

const loaded = new Map<Locale, Promise<Dictionary>>();

/** The language's texts; a text it lacks comes from its fallbacks, English last. */
export function loadDictionary(locale: Locale): Promise<Dictionary> {
  let dictionary = loaded.get(locale);
  if (!dictionary) {
    dictionary = Promise.all(catalogChain(locale).map(catalog)).then(dictionaryOf);
    loaded.set(locale, dictionary);
  }
  return dictionary;
}
