import type { Locale } from '../guide/types';

/** Maps an OS language tag (zh-Hans-CN, ja-JP, en-GB, …) to a language the app speaks; English otherwise. */
export function toAppLocale(tags: readonly string[]): Locale {
  for (const tag of tags) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('ja')) return 'ja';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}
