// The complaint of issue 19: drafted from the records in Japanese and the reader's language (times in
// Japan's), edited by the person and saying so, exported as the letter with the proof report after it or
// as plain text, the ID numbers masked unless the holder chooses.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseModel, CaseView, ComplaintView } from '../../../electron/ipc/views';
import {
  complaintLetter,
  defaultChoices,
  draftTexts,
  type DraftInput,
} from '../../../electron/proof/complaint';
import { letterPart, letterPlainText, paragraphsOf } from '../../../electron/proof/letter';
import { caseModel } from '../../../electron/services/cases';
import { recordView } from '../../../electron/services/records';
import { emptyStore, type ComplaintChoices } from '../../../electron/store/schema';
import { DOCOMO_PHYSICAL_SHOP } from '../../fixtures/profiles';
import { backend } from '../helpers';
import { content, makeCase, makeRecord, removeTempDirs, tempDir } from './helpers';

afterEach(removeTempDirs);

/** Kim's case: he left Japan, his docomo line cancelled on 30 November, then charged ¥3,280 in January. */
function kim(overrides: { abroad?: boolean; choices?: Partial<ComplaintChoices> } = {}): DraftInput {
  const c = {
    ...makeCase('kim'),
    profile: {
      ...DOCOMO_PHYSICAL_SHOP,
      whereabouts: overrides.abroad === false ? 'in-japan' : 'abroad',
    } as const,
    holder: { name: 'KIM Minjun', residenceCard: 'AB12345678CD', passport: 'M12345678' },
  };
  const call = makeRecord('r1', 'kim', [
    { kind: 'phone-call', shopBranch: '', phoneDialled: '0120-800-000', staffName: '佐藤', note: '' },
  ]);
  // Entered in Berlin at 23:30 on 31 December: already 1 January, 07:30, in Japan.
  const bill = makeRecord('r2', 'kim', [
    {
      kind: 'other',
      occurredAt: '2026-12-31T23:30:00+01:00',
      timeZone: 'Europe/Berlin',
      shopBranch: '',
      referenceNumber: '',
      effectiveDate: '',
      staffName: '',
      finalBillYen: null,
      note: 'bill',
    },
  ]);
  const data = { ...emptyStore(), cases: [c], records: [call, bill] };
  const view: CaseModel = caseModel(c, data.records);
  return {
    view,
    records: data.records.map((r) => recordView(data, r)),
    choices: { ...defaultChoices(), amountYen: 3280, chargedOn: '2027-01-10', ...overrides.choices },
    abroad: overrides.abroad !== false,
  };
}

describe('the draft', () => {
  it('says in Japanese who, which line, what was done when (Japan time) and what went wrong, and what is asked', () => {
    const { ja, own } = draftTexts(kim({ choices: { replyTo: 'kim@example.com' } }), 'ko');
    expect(ja).toContain(
      '私は、下記回線の契約者です。2027年1月10日に、解約日より後の期間の料金として3,280円が請求されました。',
    );
    expect(ja).toContain('【これまでの経緯（日時はすべて日本時間）】');
    expect(ja).toContain(
      '・2026年11月24日 15:30\u3000電話での連絡（0120-800-000）／受付番号：A-123456／担当者：佐藤／解約日：2026年11月30日／最終請求額：3,280円',
    );
    // The Berlin evening is the next morning in Japan, and printed so.
    expect(ja).toContain('・2027年1月1日 7:30\u3000その他');
    expect(ja).toContain(
      '・本回線への請求を停止してください。\n・3,280円を返金してください。\n・回線が終了した日と',
    );
    expect(ja).toContain(
      'ご回答の送付先：kim@example.com\n現在は日本国外に住んでいるため、書面（電子メール等）でご回答ください。',
    );
    expect(ja).toContain('添付書類：解約手続きの証拠報告書（本書の後ろに添付）');
    // Beside it, in Korean, paragraph for paragraph.
    expect(own).toContain('저는 아래 회선의 계약 명의자입니다.');
    expect(own).toContain('해지일 이후 기간의 요금이 청구되었습니다');
    expect(own).toContain('접수번호 A-123456');
    expect(paragraphsOf(own ?? '')).toHaveLength(paragraphsOf(ja).length);
  });

  it('follows the choices: a refund not paid, a cancellation not carried out, nothing asked; in Japan no written-reply line', () => {
    const refund = draftTexts(kim({ choices: { problem: 'refund-not-paid', amountYen: null } }), 'en');
    expect(refund.ja).toContain('私に返金されるべき金額が、まだ支払われていません。');
    expect(refund.own).toContain('A refund that is owed to me has not been paid.');
    expect(refund.own).toContain('• Refund what was charged wrongly.');
    const notDone = draftTexts(
      kim({
        abroad: false,
        choices: {
          problem: 'cancellation-not-done',
          asks: { stopBilling: false, refund: false, confirmation: false },
        },
      }),
      'en',
    );
    expect(notDone.own).toContain('the cancellation has not been carried out');
    expect(notDone.own).not.toMatch(/What I ask|outside Japan/);
    // A Japanese reader: the Japanese only.
    expect(draftTexts(kim(), 'ja').own).toBeNull();
  });

  it('names an MNP record’s number and date as the MNP予約番号 and its 有効期限, not a 受付番号 and 解約日', () => {
    const input = kim();
    const mnp = makeRecord('r3', 'kim', [
      { kind: 'mnp-issued', referenceNumber: '1234567890', effectiveDate: '2026-12-15', finalBillYen: null },
    ]);
    const data = { ...emptyStore(), cases: [input.view.case], records: [mnp] };
    const { ja, own } = draftTexts({ ...input, records: [recordView(data, mnp)] }, 'en');
    expect(ja).toMatch(
      /MNP予約番号の発行.*／MNP予約番号：1234567890／担当者：佐藤／有効期限：2026年12月15日/,
    );
    expect(ja).not.toMatch(/受付番号：1234567890|解約日：2026年12月15日/);
    expect(own).toContain('MNP reservation number 1234567890');
    expect(own).toContain('valid until December 15, 2026');
  });
});

describe('the letter', () => {
  const input = (extra: Partial<Parameters<typeof complaintLetter>[0]> = {}) => ({
    ...kim(),
    locale: 'ko' as const,
    saved: undefined,
    today: '2027-01-12',
    revealIds: false,
    ...extra,
  });

  it('is addressed and titled in Japanese with Korean beside it, the ID numbers masked unless chosen', () => {
    const letter = complaintLetter(input());
    expect(letter.to).toEqual({ ja: 'NTTドコモ 御中', own: expect.stringContaining('수신:') });
    expect(letter.title.ja).toBe('解約日以降の料金請求についての申し入れ');
    expect(letter.fields.map((f) => [f.label.ja, f.value])).toEqual([
      ['契約者名', 'KIM Minjun'],
      ['電話番号', '090-1234-5678'],
      ['在留カード番号', '••••••••78CD'],
      ['旅券番号', '•••••5678'],
      ['通信会社', expect.stringContaining('NTTドコモ')],
    ]);
    expect(letter.fieldsNote?.ja).toBe('在留カード番号・旅券番号は、契約者の選択により一部を伏せています。');
    const shown = complaintLetter(input({ revealIds: true }));
    expect(shown.fields.map((f) => f.value)).toContain('AB12345678CD');
    expect(shown.fieldsNote?.ja).toContain('すべての桁を記載しています');
    expect(letter.footnotes.map((f) => f.ja)).toEqual([
      'この日本語の文面は、差出人の記録をもとにアプリ「さよならSIM」が作成したものです。',
    ]);
  });

  it('keeps a blank name row where the case names no holder: the letter must say who writes it', () => {
    const nameless = kim();
    nameless.view = {
      ...nameless.view,
      case: { ...nameless.view.case, holder: { name: '', residenceCard: '', passport: '' } },
    };
    const letter = complaintLetter({ ...input(), ...nameless });
    expect(letter.fields.map((f) => [f.label.ja, f.value])).toEqual([
      ['契約者名', ''],
      ['電話番号', '090-1234-5678'],
      ['通信会社', expect.stringContaining('NTTドコモ')],
    ]);
    expect(letter.fieldsNote).toBeNull();
  });

  it('says when the Japanese is the sender’s own wording, and when the two texts were edited apart', () => {
    const saved = (letterJa: string | null, letterOwn: string | null) => ({
      choices: kim().choices,
      letterJa,
      letterOwn,
      ownLocale: letterOwn === null ? null : ('ko' as const),
      updatedAt: '2027-01-12T00:00:00.000Z',
    });
    const edited = complaintLetter(input({ saved: saved('私の言葉で書きました。', null) }));
    expect(edited.body.ja).toBe('私の言葉で書きました。');
    expect(edited.footnotes.map((f) => f.ja)).toEqual([
      'この日本語の文面は、差出人の記録をもとにアプリ「さよならSIM」が作成した文案を、差出人が編集したものです。',
    ]);
    const both = complaintLetter(input({ saved: saved(null, '제가 고쳤어요.') }));
    expect(both.body.own).toBe('제가 고쳤어요.');
    expect(both.footnotes).toHaveLength(2);
    expect(both.footnotes[1]?.own).toContain('한국어');
    // Saved in Korean, read in English: the English draft, not the Korean words.
    expect(complaintLetter(input({ locale: 'en', saved: saved(null, '제가 고쳤어요.') })).body.own).toContain(
      'I am the holder of the line below.',
    );
  });

  it('prints the Japanese and the reader’s text side by side, escaped; as plain text, the Japanese first', () => {
    const hostile = kim();
    const letter = complaintLetter({
      ...input(),
      saved: {
        choices: hostile.choices,
        letterJa: '<script>alert(1)</script>\n\n二段落目',
        letterOwn: null,
        ownLocale: null,
        updatedAt: '2027-01-12T00:00:00.000Z',
      },
    });
    const { body } = letterPart(letter);
    expect(body).not.toContain('<script>');
    expect(body).toContain('<td lang="ja">&lt;script&gt;alert(1)&lt;/script&gt;</td>');
    expect(body).toMatch(
      /<th><span lang="ja">日本語（本文）<\/span><br><span class="own">일본어\(본문\)<\/span><\/th>/,
    );
    expect(body).toContain('<h1><span lang="ja">解約日以降の料金請求についての申し入れ</span><br>');
    const text = letterPlainText(letter);
    expect(text.indexOf('二段落目')).toBeLessThan(text.indexOf('==== 한국어(참고용) ===='));
    expect(text).toContain('저는 아래 회선의 계약 명의자입니다.');
  });
});

describe('through the router', () => {
  it('drafts, keeps the person’s edits with the case, and exports the letter with the report after it, or as text', async () => {
    const b = await backend(await tempDir());
    const outside = await tempDir();
    try {
      const created = await b.call<CaseView>('cases.create', {
        name: 'Kim docomo',
        profile: { ...DOCOMO_PHYSICAL_SHOP, whereabouts: 'abroad' },
        phoneNumber: '090-1234-5678',
        holder: { name: 'KIM Minjun', residenceCard: 'AB12345678CD', passport: '' },
      });
      const caseId = created.case.id;
      await b.call('records.create', { caseId, content: content({ kind: 'phone-call', shopBranch: '' }) });
      const opened = await b.call<ComplaintView>('complaint.get', { caseId, locale: 'ko' });
      expect(opened).toMatchObject({ abroad: true, hasIds: true, records: 1, letterJa: null, savedAt: null });
      expect(opened.routes.publicBodies.map((body) => body.reach)).toEqual(['anywhere', 'anywhere']);
      expect(opened.routes.provider[0]?.id).toBe('complaint-docomo');
      const choices = { ...opened.choices, amountYen: 3280 };
      const draft = await b.call<{ ja: string; own: string }>('complaint.draft', {
        caseId,
        locale: 'ko',
        choices,
      });
      expect(draft.ja).toContain('3,280円');
      // The Japanese left as drafted is kept as the app's (null); the Korean, edited, as the person's.
      const saved = await b.call<ComplaintView>('complaint.save', {
        caseId,
        locale: 'ko',
        choices,
        letterJa: draft.ja,
        letterOwn: `${draft.own}\n\n제가 덧붙입니다.`,
      });
      expect(saved).toMatchObject({ letterJa: null, letterOwn: `${draft.own}\n\n제가 덧붙입니다.` });
      expect(b.store.data.cases[0]?.complaint).toMatchObject({ choices, letterJa: null, ownLocale: 'ko' });
      // A control character other than a line break is refused, as in any note.
      await expect(
        b.call('complaint.save', { caseId, locale: 'ko', choices, letterJa: 'a\u0000b' }),
      ).rejects.toThrow(/text_control_characters/);

      b.ports.nextSavePath = path.join(outside, 'complaint.pdf');
      await b.call('complaint.export', { caseId, locale: 'ko', timeZone: 'Europe/Berlin', format: 'pdf' });
      const html = b.ports.printed.at(-1) ?? '';
      // One page: the letter first, then the proof report on its own sheets.
      expect(html.indexOf('<article class="letter">')).toBeLessThan(html.indexOf('<div class="report">'));
      expect(html).toContain('.part+.part{break-before:page}');
      expect(html).toContain('제가 덧붙입니다.');
      expect(html).not.toContain('AB12345678CD');
      b.ports.nextSavePath = path.join(outside, 'complaint.txt');
      const { path: txt } = await b.call<{ path: string }>('complaint.export', {
        caseId,
        locale: 'ko',
        timeZone: 'Europe/Berlin',
        format: 'txt',
        revealIds: true,
      });
      const text = await readFile(txt, 'utf8');
      expect(text.startsWith('解約日以降の料金請求についての申し入れ\n')).toBe(true);
      expect(text).toContain('在留カード番号: AB12345678CD');
      expect(text).toContain('제가 덧붙입니다.');
    } finally {
      await b.cleanup();
    }
  });

  it('refuses a complaint for a case that does not exist, and choices that are not choices', async () => {
    const b = await backend(await tempDir());
    try {
      await expect(b.call('complaint.get', { caseId: 'nope', locale: 'en' })).rejects.toThrow(/not_found/);
      await expect(
        b.call('complaint.draft', {
          caseId: 'nope',
          locale: 'en',
          choices: { ...defaultChoices(), problem: 'x' },
        }),
      ).rejects.toThrow(/invalid_request/);
    } finally {
      await b.cleanup();
    }
  });
});

describe('in a backup', () => {
  it('a case’s complaint draft, its letters over several lines, travels in a backup and comes back', async () => {
    const from = await backend(await tempDir());
    const to = await backend(await tempDir());
    const outside = await tempDir();
    try {
      const created = await from.call<CaseView>('cases.create', {
        name: 'Kim docomo',
        profile: DOCOMO_PHYSICAL_SHOP,
        phoneNumber: '090-1234-5678',
      });
      const choices = { ...defaultChoices(), amountYen: 3280 };
      const letterJa = '私は、下記回線の契約者です。\n\n3,280円を返金してください。';
      await from.call('complaint.save', { caseId: created.case.id, locale: 'ja', choices, letterJa });
      from.ports.nextSavePath = path.join(outside, 'kim.sayonara');
      await from.call('backup.exportCase', { caseId: created.case.id });
      await to.call('backup.import', { path: path.join(outside, 'kim.sayonara'), mode: 'add' });
      const view = await to.call<ComplaintView>('complaint.get', { caseId: created.case.id, locale: 'ja' });
      expect(view).toMatchObject({ choices, letterJa });
    } finally {
      await from.cleanup();
      await to.cleanup();
    }
  });
});
