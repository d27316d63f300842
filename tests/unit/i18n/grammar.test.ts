// Grammar is the app's job, not the reader's (issue 25): no text leaves a word's ending to be picked
// ("file(s)", "arquivo(s)", Korean "이(가)", "(으)로", Nepali "फाइल(हरू)"), and an English count is
// never "1 files": a text that counts has a form for one.
import { describe, expect, test } from 'vitest';
import { ENGLISH } from '../../../renderer/src/i18n/english';
import { translator } from '../../../renderer/src/i18n';
import { countOf } from '../../../renderer/src/ui/format';
import { mainCatalog, mainTextCalls, TRANSLATED, uiCatalog } from './texts';
import { dictionaryFor } from '../../fixtures/dictionaries';

/** An ending or a particle in brackets, for the reader to choose. */
const PLACEHOLDER_GRAMMAR =
  /\p{L}\((?:s|es|e|a|as|os|ns|n)\)|[은는이가을를과와]\([은는이가을를과와]\)|\((?:으|이)\)|\((?:हरू|हरु)\)/u;

const mainIds = [...new Set(mainTextCalls().flatMap((call) => (call.en === null ? [] : [call.en])))];

describe('no text leaves its grammar to the reader', () => {
  test('in English', () => {
    const texts = [...mainIds, ...Object.values(ENGLISH)];
    expect(texts.filter((text) => PLACEHOLDER_GRAMMAR.test(text))).toEqual([]);
  });

  test.each(TRANSLATED)('in %s', (code) => {
    const texts = [...Object.values(mainCatalog(code)), ...Object.values(uiCatalog(code))];
    expect(texts.filter((text) => PLACEHOLDER_GRAMMAR.test(text))).toEqual([]);
  });
});

describe('an English count agrees with its number', () => {
  /** A count followed by a plural noun, perhaps after one word: "{n} pages", "{count} attached files". */
  const COUNTED_PLURAL = /\{(?:n|count)\} (?:\w+ )?\w+s\b/;

  test('every screen text that counts a plural noun is the "other" form of a pair', () => {
    const lone = Object.entries(ENGLISH).filter(
      ([key, text]) =>
        COUNTED_PLURAL.test(text) && !(key.endsWith('.other') && `${key.slice(0, -6)}.one` in ENGLISH),
    );
    expect(lone).toEqual([]);
  });

  test('every report text that counts a plural noun has its form for one, or never counts one', () => {
    const ONE_FORM: Record<string, string> = {
      'PDF, {n} pages: appended after the report (attached PDF {i}).':
        'PDF, {n} page: appended after the report (attached PDF {i}).',
      'The next {n} pages are this file, as attached.': 'The next page is this file, as attached.',
    };
    // A text cut short is cut at thousands of characters.
    const NEVER_ONE = ['The first {n} characters are shown; the whole file is kept in the app.'];
    const counting = mainIds.filter((text) => COUNTED_PLURAL.test(text));
    expect(counting.filter((text) => !(text in ONE_FORM) && !NEVER_ONE.includes(text))).toEqual([]);
    for (const one of Object.values(ONE_FORM)) expect(mainIds).toContain(one);
  });

  test('the files removed at start: "1 attached file … was removed", "2 attached files … were removed"', () => {
    const t = translator(dictionaryFor('en'));
    expect(countOf(t, 'en', 'settings.freedAtStart', 1, { size: '0.1 MB' })).toBe(
      'At start, 1 attached file that nothing used any more was removed (0.1 MB freed).',
    );
    expect(countOf(t, 'en', 'settings.freedAtStart', 2, { size: '0.2 MB' })).toBe(
      'At start, 2 attached files that nothing used any more were removed (0.2 MB freed).',
    );
    const pt = translator(dictionaryFor('pt-BR'));
    expect(countOf(pt, 'pt-BR', 'settings.freedAtStart', 1, { size: '0,1 MB' })).toMatch(/1 arquivo anexado/);
  });
});
