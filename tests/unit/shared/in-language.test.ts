import { describe, expect, it } from 'vitest';
import { LOCALES, type LocalizedText } from '../../../electron/guide/types';
import { inLanguage } from '../../../electron/shared/in-language';

const text = (word: string): LocalizedText =>
  Object.fromEntries(LOCALES.map((locale) => [locale, `${word} (${locale})`])) as LocalizedText;

describe('inLanguage', () => {
  it('turns every text, however deep, into the one language and leaves the rest as it was', () => {
    const value = {
      id: 'a',
      title: text('title'),
      facts: [
        {
          label: text('label'),
          value: null,
          sources: [{ url: 'https://x.example/', checked: '2026-12-07' }],
        },
      ],
      count: 3,
    };
    expect(inLanguage(value, 'ko')).toEqual({
      id: 'a',
      title: 'title (ko)',
      facts: [
        { label: 'label (ko)', value: null, sources: [{ url: 'https://x.example/', checked: '2026-12-07' }] },
      ],
      count: 3,
    });
  });

  it('keeps an object that only looks like a text (some languages missing) as it is', () => {
    const partial = { en: 'a', ja: 'b' };
    expect(inLanguage({ partial }, 'ja')).toEqual({ partial: { en: 'a', ja: 'b' } });
  });
});
