import { LANGUAGE_CODES } from '../shared/languages';
import type { Locale } from '../guide/types';

/**
 * Maps the OS's preferred languages (BCP 47 tags: zh-Hant-HK, ko-KR, vi-VN, …) to a language the app
 * ships; English when none matches. Traditional Chinese by script (Hant) or region (TW, HK, MO); every
 * Portuguese (pt, pt-PT, pt-BR) reads Brazil's, the one shipped, sooner than English.
 */
export function toAppLocale(tags: readonly string[]): Locale {
  for (const tag of tags) {
    const [language, ...rest] = tag.toLowerCase().replace(/_/g, '-').split('-');
    if (language === 'zh') {
      if (rest.includes('hant')) return 'zh-TW';
      if (rest.includes('hans')) return 'zh-CN';
      return rest.some((part) => ['tw', 'hk', 'mo'].includes(part)) ? 'zh-TW' : 'zh-CN';
    }
    if (language === 'pt') return 'pt-BR';
    const shipped = LANGUAGE_CODES.find((code) => code === language);
    if (shipped) return shipped;
  }
  return 'en';
}
