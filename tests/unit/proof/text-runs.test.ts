import { describe, expect, test } from 'vitest';
import { textRuns, type StyleOf } from '../../../electron/proof/text-runs';

const styleOf: StyleOf = (tag, attributes) => ({
  ...(tag === 'th' ? { bold: true } : {}),
  ...(attributes.includes('lang="ja"') ? { ja: true } : {}),
});

describe('text runs of the report markup', () => {
  test('each run carries the style it inherits; entities are read as the characters they stand for', () => {
    expect(
      textRuns(
        '<table><tr><th>编号 <span lang="ja">番号</span></th><td>A&amp;B &lt;1&gt;<br>注</td></tr></table>',
        styleOf,
      ),
    ).toEqual([
      { text: '编号 ', bold: true, ja: false },
      { text: '番号', bold: true, ja: true },
      { text: 'A&B <1>', bold: false, ja: false },
      // <br> opens nothing: the text after it is still the cell's.
      { text: '注', bold: false, ja: false },
    ]);
  });

  test('a closed element stops styling what follows it', () => {
    expect(textRuns('<p><span lang="ja">ja</span> own</p>', styleOf).map((r) => r.ja)).toEqual([true, false]);
  });
});
