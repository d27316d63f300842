// The counter questions on the proof tab: each has a reading and a meaning, and where the guide asks the
// same question, the same reading and meaning as the guide.
import { describe, expect, it } from 'vitest';
import { content } from '../../../data/index';
import { ASK_QUESTIONS } from '../../../renderer/src/features/records/ask';

describe('the counter questions', () => {
  it('ask for each field the saved record is prefilled from, once', () => {
    expect(ASK_QUESTIONS.map((q) => q.field)).toEqual([
      'referenceNumber',
      'effectiveDate',
      'finalBillYen',
      'staffName',
    ]);
  });

  it('carry a kana reading like the guide’s (as long, same ending) and a meaning in Chinese and English', () => {
    for (const q of ASK_QUESTIONS) {
      expect(q.kana.length, q.field).toBeGreaterThanOrEqual(q.ja.length * 0.8);
      expect(q.kana.at(-1), q.field).toBe(q.ja.at(-1));
      expect(q.kana, q.field).not.toMatch(/[\u4e00-\u9fff]/);
      expect(q.meaning['zh-CN'], q.field).toMatch(/[\u4e00-\u9fff]/);
      expect(q.meaning.en, q.field).toMatch(/^[A-Z].*\?$/);
    }
  });

  it('read and mean what the guide’s phrase does where the guide has the same question', () => {
    const shared = ASK_QUESTIONS.flatMap((q) => {
      const phrase = content.phrases.find((p) => p.ja === q.ja);
      return phrase ? [{ q, phrase }] : [];
    });
    expect(shared.map(({ phrase }) => phrase.id)).toEqual(['reception-number', 'effective-date']);
    for (const { q, phrase } of shared) {
      expect(q.kana).toBe(phrase.kana);
      expect(q.meaning).toEqual(phrase.meaning);
    }
  });
});
