// A remark joined to a text as a new sentence is stopped in the reader's own punctuation, once: Nepali
// ends a sentence with the danda (।), Chinese and Japanese with 。, the others with a full stop.
import { expect, test } from 'vitest';
import { verbatim } from '../../../data/text';
import { withNote } from '../../../electron/guide/format';
import { LANGUAGES } from '../../../electron/shared/languages';
import { LOCALES } from '../../../electron/guide/types';

test.each(LOCALES)('in %s, a sentence already stopped is not stopped again', (locale) => {
  const { fullStop, sentenceGap } = LANGUAGES[locale];
  const joined = withNote(verbatim(`A${fullStop}`), verbatim('B'))[locale];
  expect(joined).toBe(`A${fullStop}${sentenceGap}B`);
});

test.each(LOCALES)('in %s, a sentence without a stop gets the language’s own', (locale) => {
  const { fullStop, sentenceGap } = LANGUAGES[locale];
  expect(withNote(verbatim('A'), verbatim('B'))[locale]).toBe(`A${fullStop}${sentenceGap}B`);
});
