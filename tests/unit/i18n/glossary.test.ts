// The recurring terms (data/locales/glossary.json) are used everywhere their concept is: wherever an
// English text names it, its translation holds one of that language's agreed terms.
import { describe, expect, test } from 'vitest';
import glossary from '../../../data/locales/glossary.json' with { type: 'json' };
import { ENGLISH } from '../../../renderer/src/i18n/english';
import { mainCatalog, mainTextCalls, TRANSLATED, uiCatalog } from './texts';

const mainIds = [...new Set(mainTextCalls().flatMap((call) => (call.en === null ? [] : [call.en])))];

describe.each(Object.entries(glossary))('%s', (_concept, { english, terms }) => {
  const names = new RegExp(english, 'i');
  test.each(TRANSLATED)('in %s, every text that names it uses the agreed term', (code) => {
    const agreed = terms[code].map((term) => term.toLowerCase());
    const uses = (text: string) => agreed.some((term) => text.toLowerCase().includes(term));
    const main = mainCatalog(code);
    const ui = uiCatalog(code);
    const stray = [
      ...mainIds.filter((en) => names.test(en) && !uses(main[en] ?? '')).map((en) => `${en} → ${main[en]}`),
      ...Object.entries(ENGLISH)
        .filter(([key, en]) => names.test(en) && !uses(ui[key] ?? ''))
        .map(([key]) => `${key} → ${ui[key]}`),
    ];
    expect(stray).toEqual([]);
    // The concept is really used: a glossary of terms nothing needs would prove nothing.
    expect(mainIds.some((en) => names.test(en)) || Object.values(ENGLISH).some((en) => names.test(en))).toBe(
      true,
    );
  });
});

// A term said in Japanese at the counter (受付番号, 委任状…) carries its kana reading, and the Japanese
// texts really use it: each language's terms are its gloss.
const counterTerms = Object.entries(glossary).flatMap(([concept, entry]) =>
  'japanese' in entry ? [{ concept, japanese: entry.japanese, reading: entry.reading }] : [],
);

test.each(counterTerms)('$concept: said as $japanese ($reading)', ({ japanese, reading }) => {
  expect(reading).toMatch(/^[\p{Script=Hiragana}\p{Script=Katakana}ー]+$/u);
  const ja = [...Object.values(mainCatalog('ja')), ...Object.values(uiCatalog('ja'))];
  expect(ja.some((text) => text.includes(japanese))).toBe(true);
});
