// The app's one text system outside its screens (the guide, the proof report, the plan, the menus): a text
// is written once, in English, and that English is its id; each language's catalog
// (data/locales/<code>.json, English → that language) supplies the rest, as gettext and Lingui do.
// `L` hands every caller a text in all shipped languages, so code reads `text[locale]` and never misses.
import { LANGUAGES, LANGUAGE_CODES, type Code } from '../electron/shared/languages';
import type { LocalizedText } from '../electron/guide/types';
import id from './locales/id.json' with { type: 'json' };
import ja from './locales/ja.json' with { type: 'json' };
import ko from './locales/ko.json' with { type: 'json' };
import ne from './locales/ne.json' with { type: 'json' };
import ptBR from './locales/pt-BR.json' with { type: 'json' };
import vi from './locales/vi.json' with { type: 'json' };
import zhCN from './locales/zh-CN.json' with { type: 'json' };
import zhTW from './locales/zh-TW.json' with { type: 'json' };

type Catalog = Readonly<Record<string, string>>;
export const CATALOGS: Record<Exclude<Code, 'en'>, Catalog> = {
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  ja,
  ko,
  vi,
  ne,
  id,
  'pt-BR': ptBR,
};

/** The language's own text for an English id, else its fallbacks' (English last). */
export function lookup(code: Code, en: string): string {
  for (const candidate of [code, ...LANGUAGES[code].fallback]) {
    const text = candidate === 'en' ? en : CATALOGS[candidate][en];
    if (text !== undefined) return text;
  }
  return en;
}

/** A text in every shipped language, from its English. */
export function L(en: string): LocalizedText {
  const out = {} as LocalizedText;
  for (const code of LANGUAGE_CODES) out[code] = lookup(code, en);
  return out;
}

/** The same text in every language: a name or a path that is never translated ("My docomo"). */
export function verbatim(text: string): LocalizedText {
  const out = {} as LocalizedText;
  for (const code of LANGUAGE_CODES) out[code] = text;
  return out;
}
