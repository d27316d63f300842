// The OS's preferred languages pick the app's language on first start.
import { describe, expect, test } from 'vitest';
import { toAppLocale } from '../../../electron/services/locale';

describe('the language of a first start', () => {
  test.each([
    [['zh-HK'], 'zh-TW'],
    [['zh-TW'], 'zh-TW'],
    [['zh-MO'], 'zh-TW'],
    [['zh-Hant'], 'zh-TW'],
    [['zh-Hant-CN'], 'zh-TW'],
    [['zh_TW'], 'zh-TW'],
    [['zh-CN'], 'zh-CN'],
    [['zh-Hans-HK'], 'zh-CN'],
    [['zh-SG'], 'zh-CN'],
    [['zh'], 'zh-CN'],
    [['ko-KR'], 'ko'],
    [['vi-VN'], 'vi'],
    [['ja-JP'], 'ja'],
    [['en-GB'], 'en'],
    [['fr-FR'], 'en'],
    [['fr-FR', 'vi-VN'], 'vi'],
    [['ne-NP'], 'ne'],
    [['ne'], 'ne'],
    [['id-ID'], 'id'],
    [['pt-BR'], 'pt-BR'],
    [['pt_BR'], 'pt-BR'],
    // Portugal's Portuguese reads Brazil's sooner than English, until a pt-PT ships.
    [['pt-PT'], 'pt-BR'],
    [['pt'], 'pt-BR'],
    [['fr-FR', 'pt-PT', 'en-US'], 'pt-BR'],
    [[], 'en'],
  ] as const)('%j → %s', (tags, expected) => {
    expect(toAppLocale(tags)).toBe(expected);
  });
});
