// The letter of authority (委任状) of issue 18: offered only where a provider's sources allow a proxy without
// its own form; the relationships the rule accepts (never a friend); what is delegated from the checklist;
// Japanese with the reader's language beside it; refused at the IPC boundary for anything else; the
// personal fields masked on screen and kept out of the log.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { content as guideContent } from '../../../data/index';
import { buildChecklist } from '../../../electron/guide/engine';
import type { Locale, Profile, ProxyRule } from '../../../electron/guide/types';
import type { CaseView, AuthorityView } from '../../../electron/ipc/views';
import {
  authorityLetter,
  authorityNotesPart,
  authorityOffer,
  delegatedTasks,
  relationAccepted,
  relationChoices,
} from '../../../electron/proof/authority';
import { letterPart } from '../../../electron/proof/letter';
import { maskAddress, maskDay, maskName } from '../../../electron/proof/mask';
import { personalStrings, redactForLog } from '../../../electron/services/log';
import type { AuthorityFields } from '../../../electron/store/schema';
import { DOCOMO_PHYSICAL_SHOP } from '../../fixtures/profiles';
import { backend } from '../helpers';
import { removeTempDirs, tempDir } from './helpers';

afterEach(removeTempDirs);

/** Someone in Japan who sends a person to a shop to end the line. */
const sending = (providerId: string, extra: Partial<Profile> = {}): Profile => ({
  ...DOCOMO_PHYSICAL_SHOP,
  providerId,
  channel: 'proxy',
  numberPlan: 'end',
  ...extra,
});
const ruleOf = (providerId: string): ProxyRule => {
  const rule = buildChecklist(sending(providerId)).proxy;
  if (!rule) throw new Error(`${providerId} has no proxy rule`);
  return rule;
};

const FIELDS: AuthorityFields = {
  holderName: 'LIN Yating',
  holderAddress: '台北市大安區復興南路一段100號',
  holderBirthDate: '1994-05-17',
  agentName: 'LIN Yuwen',
  agentRelation: 'sibling',
  agentAddress: '東京都世田谷区北沢2-10-15',
  date: '2026-12-07',
  seal: false,
};

const flat = (text: string) => text.replace(/<[^>]+>/g, '').replace(/\s+/g, '');

describe('what a provider’s rule offers', () => {
  it('family only (Y!mobile): a letter, for family members; a guardian or a friend is refused', () => {
    const offer = authorityOffer(ruleOf('ymobile'));
    expect(offer).toEqual({ kind: 'letter', who: ['family'] });
    const choices = relationChoices(offer);
    expect(choices.map((c) => c.id)).toEqual([
      'spouse',
      'mother',
      'father',
      'child',
      'sibling',
      'grandparent',
      'grandchild',
      'other-relative',
      'other',
    ]);
    expect(choices.at(-1)).toMatchObject({ id: 'other', accepted: false });
    expect(relationAccepted('mother', offer)).toBe(true);
    expect(relationAccepted('guardian', offer)).toBe(false);
    expect(relationAccepted('other', offer)).toBe(false);
    // Left blank, to write by hand: not refused (the notes say who may go).
    expect(relationAccepted('', offer)).toBe(true);
  });

  it('family, care-facility staff or a guardian (au): a letter for any of them, still not a friend', () => {
    const offer = authorityOffer(ruleOf('au'));
    expect(offer).toEqual({ kind: 'letter', who: ['family', 'care-facility-staff', 'guardian'] });
    expect(relationAccepted('guardian', offer)).toBe(true);
    expect(relationAccepted('care-facility-staff', offer)).toBe(true);
    expect(relationAccepted('other', offer)).toBe(false);
  });

  it('its own form required (docomo): no letter, its page instead', () => {
    expect(authorityOffer(ruleOf('docomo'))).toEqual({
      kind: 'own-form',
      formUrl: expect.stringMatching(/^https:\/\/www\.nttdocomo\.co\.jp\/support\/identification\//),
    });
  });

  it('refused, or not sourced: no rule, so nothing — and nothing is accepted', () => {
    expect(authorityOffer(null)).toEqual({ kind: 'none' });
    // A rule that names nobody is a refusal.
    expect(authorityOffer({ ...ruleOf('au'), who: [] })).toEqual({ kind: 'none' });
    expect(relationAccepted('mother', { kind: 'none' })).toBe(false);
    expect(relationAccepted('', { kind: 'own-form', formUrl: null })).toBe(false);
  });

  it('for every provider, a letter only where its sources allow a proxy at a shop without its own form', () => {
    for (const provider of guideContent.providers) {
      const proxy = provider.facts.proxy?.value ?? null;
      const channels = provider.facts.cancelChannels;
      const atShop = (channels?.value ?? channels?.named ?? []).some((channel) => channel === 'shop');
      const offer = authorityOffer(buildChecklist(sending(provider.id)).proxy);
      const expected =
        proxy?.allowed !== true || !atShop ? 'none' : proxy.ownForm === true ? 'own-form' : 'letter';
      expect(offer.kind, provider.id).toBe(expected);
    }
  });

  it('only for a line being ended: keeping the number or holding the line sends nobody', () => {
    expect(authorityOffer(buildChecklist(sending('au', { numberPlan: 'keep' })).proxy).kind).toBe('none');
    expect(authorityOffer(buildChecklist(sending('au', { channel: 'shop' })).proxy).kind).toBe('none');
  });
});

describe('what the letter delegates', () => {
  it('comes from the checklist: the cancellation, the papers, and the SIM only where its rule is unknown', () => {
    const ja = (providerId: string) => delegatedTasks(buildChecklist(sending(providerId))).map((t) => t.ja);
    expect(ja('au')).toEqual([
      '上記回線の解約手続き',
      '受付番号と解約日が記載された書類の受け取り',
      'SIMカードの返却が必要かどうかの確認と、必要な場合の返却',
    ]);
    // Y!mobile's card is cut and thrown away by the holder: nothing to hand back at the shop.
    expect(ja('ymobile')).toEqual(['上記回線の解約手続き', '受付番号と解約日が記載された書類の受け取り']);
    // An eSIM has no card.
    expect(
      delegatedTasks(buildChecklist(sending('au', { cardKind: 'esim' }))).map((t) => t.en),
    ).not.toContain('Asking whether the SIM card must be returned, and returning it if so');
  });
});

describe('the letter', () => {
  const letterFor = (providerId: string, locale: Locale, fields: Partial<AuthorityFields> = {}) =>
    authorityLetter({
      checklist: buildChecklist(sending(providerId)),
      phoneNumber: '080-2345-6789',
      fields: { ...FIELDS, ...fields },
      locale,
    });

  it('au, read in Traditional Chinese: the fields in Japanese with the reader’s beside them, the body in two columns', () => {
    const letter = letterFor('au', 'zh-TW');
    expect(letter.title).toEqual({ ja: '委任状', own: '委託書' });
    expect(letter.to).toEqual({ ja: 'au 御中', own: '致：au（KDDI）' });
    expect(letter.date).toEqual({ ja: '作成日：2026年12月7日', own: '日期：2026年12月7日' });
    expect(letter.fields.map((f) => [f.group?.ja ?? null, f.label.ja, f.value])).toEqual([
      ['委任者（契約者）', '氏名', 'LIN Yating'],
      [null, '住所', '台北市大安區復興南路一段100號'],
      [null, '生年月日', '1994年5月17日'],
      ['代理人（来店する方）', '氏名', 'LIN Yuwen'],
      [null, '契約者との続柄', '兄弟姉妹（兄弟姊妹）'],
      [null, '住所', '東京都世田谷区北沢2-10-15'],
      ['対象回線', '電話番号', '080-2345-6789'],
      [null, '通信会社', expect.stringContaining('au')],
    ]);
    expect(letter.fieldsNote).toBeNull();
    expect(letter.body.ja).toBe(
      '私（上記の委任者）は、上記の代理人に、上記回線に関する次の事項を委任します。\n\n【委任事項】\n1. 上記回線の解約手続き\n2. 受付番号と解約日が記載された書類の受け取り\n3. SIMカードの返却が必要かどうかの確認と、必要な場合の返却',
    );
    expect(letter.body.own).toContain('本人（上述委託人）委託上述代理人');
    expect(letter.body.own).toContain('【委託事項】\n1. 辦理上述門號的解約手續');
    expect(letter.signature).toEqual({
      label: { ja: '委任者（契約者）署名', own: '委託人（申辦人）簽名' },
      seal: false,
    });
    const { body } = letterPart(letter);
    expect(body).not.toContain('class="seal"');
    expect(body).toContain(
      '<th colspan="2" class="letter-group"><span lang="ja">代理人（来店する方）</span>',
    );
  });

  it('read in Japanese: one column; a seal box where asked; blanks left to write by hand, said so', () => {
    const letter = letterFor('softbank', 'ja', {
      holderAddress: '',
      holderBirthDate: '',
      agentRelation: '',
      date: '',
      seal: true,
    });
    expect(letter.body.own).toBeNull();
    expect(letter.title).toEqual({ ja: '委任状', own: null });
    expect(letter.date.ja).toBe('作成日：\u3000\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日');
    expect(letter.fields.filter((f) => f.value === '').map((f) => f.label.ja)).toEqual([
      '住所',
      '生年月日',
      '契約者との続柄',
    ]);
    expect(letter.fieldsNote?.ja).toBe('空欄の項目は、委任者（契約者）本人が手書きで記入します。');
    const { body } = letterPart(letter);
    expect(body).toContain('<span class="seal" lang="ja">印</span>');
    expect(body).toContain('<div class="letter-body-ja">');
    expect(body).not.toContain('<table class="letter-body">');
  });

  it('prints what a person typed as text, never as markup', () => {
    const { body } = letterPart(letterFor('au', 'en', { agentName: '<img src=x onerror=alert(1)>' }));
    expect(body).not.toContain('<img');
    expect(body).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('the notes after the letter', () => {
  const notes = (providerId: string, locale: Locale) =>
    authorityNotesPart(buildChecklist(sending(providerId)), ruleOf(providerId), locale).body;

  it('au: who may go, what they bring, that au may want its own form, what the sources say, where from', () => {
    const body = flat(notes('au', 'en'));
    for (const expected of [
      'Who may act for the holder at au (KDDI), as the sources say: a family member, staff of the care facility the holder lives in, or a guardian.',
      '資料によると、auで契約者の代理人になれるのは家族、契約者が入所している施設の職員、または後見人です。',
      "the holder's ID (a copy is fine)",
      '契約者の本人確認書類（コピー可）',
      "the agent's own original ID",
      'au (KDDI) may ask for its own letter of authority form: the sources read do not say.',
      'a proxy may cancel and get an MNP reservation number, but not sign a new contract',
      'https://mats2.net/au-inin',
    ])
      expect(body).toContain(flat(expected).replace(/'/g, '’'));
    expect(body).not.toContain(flat('the holder fills in every field'));
  });

  it('SoftBank: the holder writes every field; ID whose the source does not say', () => {
    const body = flat(notes('softbank', 'ko'));
    expect(body).toContain(flat('資料によると、委任状の欄はすべて、代理人ではなく契約者本人が記入します。'));
    expect(body).toContain(
      flat('자료에 따르면 위임장의 모든 칸은 대리인이 아니라 계약 명의자 본인이 적습니다.'),
    );
    expect(body).toContain(
      flat('本人確認書類（どちらのものか資料に書かれていないため、契約者と代理人の両方のもの）'),
    );
  });

  it('prints a source’s address with its host as people read it, linked to the address as read', () => {
    // Y!mobile's rule rests on a page whose host is internationalised: クレジットカードをつくる.jp.
    const body = notes('ymobile', 'ja');
    const shown = body.replace(/<[^>]+>/g, '');
    expect(shown).toContain('https://クレジットカードをつくる.jp/2018/05/20/post-6702');
    expect(shown).not.toContain('xn--');
    expect(body).toContain('href="https://xn--y8jyb2gza8jxa7duezbl49aqg.jp/2018/05/20/post-6702"');
    // An ASCII host prints as it is.
    expect(notes('au', 'en')).toContain('<a href="https://mats2.net/au-inin">https://mats2.net/au-inin</a>');
  });

  it('Y!mobile: what the agent brings is not known, and said so', () => {
    const body = flat(notes('ymobile', 'vi'));
    expect(body).toContain(
      flat('Các nguồn đã đọc không nói người đại diện cần mang gì: hãy hỏi Y!mobile trước khi đi.'),
    );
    expect(body).not.toContain(flat('Người đại diện mang theo:'));
  });
});

describe('on screen and in the log', () => {
  it('masks an address, a date of birth and a name', () => {
    expect(maskAddress('東京都世田谷区北沢2-10-15')).toBe('東京都••••••••');
    expect(maskAddress('Seoul')).toBe('•••••');
    expect(maskAddress('')).toBe('');
    expect(maskDay('1994-05-17')).toBe('••••-••-••');
    expect(maskDay('')).toBe('');
    expect(maskName('LIN Yuwen')).toBe('L•• Y••••');
  });

  it('kept fields are personal strings the log removes', async () => {
    const b = await backend(await tempDir());
    try {
      const created = await b.call<CaseView>('cases.create', {
        name: 'Lin au',
        profile: sending('au'),
        phoneNumber: '080-2345-6789',
      });
      await b.call('authority.save', { caseId: created.case.id, fields: FIELDS });
      const line = `failed for LIN Yuwen at 東京都世田谷区北沢2-10-15, born 1994-05-17`;
      const out = redactForLog(line, personalStrings(b.store.data));
      expect(out).not.toMatch(/Yuwen|北沢|1994-05-17/);
    } finally {
      await b.cleanup();
    }
  });
});

describe('through the router', () => {
  const makeCase = async (b: Awaited<ReturnType<typeof backend>>, profile: Profile) =>
    (
      await b.call<CaseView>('cases.create', {
        name: 'Lin au',
        profile,
        phoneNumber: '080-2345-6789',
        holder: { name: 'LIN Yating', residenceCard: '', passport: '' },
      })
    ).case.id;

  it('starts from the case, keeps the fields only when asked, forgets them, and exports to the path chosen', async () => {
    const b = await backend(await tempDir());
    const outside = await tempDir();
    try {
      const caseId = await makeCase(b, sending('au', { whereabouts: 'abroad', leavingDate: '2026-11-30' }));
      const first = await b.call<AuthorityView>('authority.get', { caseId });
      expect(first).toMatchObject({
        offer: { kind: 'letter' },
        kept: false,
        fields: { holderName: 'LIN Yating', agentName: '', seal: false },
        phone: { number: '080-2345-6789', masked: '080-••••-6789' },
      });
      expect(first.tasks.map((t) => t.en)[0]).toBe('Cancelling the line above');
      expect(b.store.data.cases[0]?.authority).toBeUndefined();

      const kept = await b.call<AuthorityView>('authority.save', { caseId, fields: FIELDS });
      expect(kept).toMatchObject({ kept: true, fields: FIELDS });
      expect(b.store.data.cases[0]?.authority?.fields).toEqual(FIELDS);
      const forgotten = await b.call<AuthorityView>('authority.save', { caseId, fields: null });
      expect(forgotten.kept).toBe(false);
      expect(b.store.data.cases[0]).not.toHaveProperty('authority');

      // Cancelled dialog: nothing printed, nothing written.
      b.ports.nextSavePath = null;
      expect(
        await b.call('authority.export', {
          caseId,
          locale: 'zh-TW',
          timeZone: 'Asia/Taipei',
          fields: FIELDS,
        }),
      ).toEqual({ path: null });
      expect(b.ports.printed).toHaveLength(0);

      const target = path.join(outside, 'letter.pdf');
      b.ports.nextSavePath = target;
      const done = await b.call<{ path: string }>('authority.export', {
        caseId,
        locale: 'zh-TW',
        timeZone: 'Asia/Taipei',
        fields: FIELDS,
      });
      expect(done.path).toBe(target);
      expect((await readFile(target, 'utf8')).startsWith('%PDF')).toBe(true);
      const html = b.ports.printed.at(-1) ?? '';
      // The letter first, the notes on a sheet of their own after it.
      expect(html.indexOf('<article class="letter">')).toBeLessThan(html.indexOf('class="authority-notes"'));
      expect(html).toContain('東京都世田谷区北沢2-10-15');
      expect(html).toContain('<title>委託書</title>');
      // Exported without keeping: still nothing kept.
      expect(b.store.data.cases[0]).not.toHaveProperty('authority');
    } finally {
      await b.cleanup();
    }
  });

  it('refuses a letter the rule does not allow: docomo’s own form, no proxy at all, a friend', async () => {
    const b = await backend(await tempDir());
    const outside = await tempDir();
    try {
      const target = path.join(outside, 'letter.pdf');
      b.ports.nextSavePath = target;
      const request = (caseId: string, fields: AuthorityFields = FIELDS) => ({
        caseId,
        locale: 'en',
        timeZone: 'Asia/Tokyo',
        fields,
      });
      const docomo = await makeCase(b, sending('docomo'));
      expect((await b.call<AuthorityView>('authority.get', { caseId: docomo })).offer.kind).toBe('own-form');
      await expect(b.call('authority.export', request(docomo))).rejects.toThrow(/^authority_not_offered/);
      const atShop = await makeCase(b, sending('au', { channel: 'shop' }));
      await expect(b.call('authority.export', request(atShop))).rejects.toThrow(/^authority_not_offered/);
      const rakuten = await makeCase(b, sending('rakuten-mobile'));
      expect((await b.call<AuthorityView>('authority.get', { caseId: rakuten })).offer.kind).toBe('none');
      await expect(b.call('authority.export', request(rakuten))).rejects.toThrow(/^authority_not_offered/);
      const ymobile = await makeCase(b, sending('ymobile'));
      const friend = { ...FIELDS, agentRelation: 'other' as const };
      await expect(b.call('authority.export', request(ymobile, friend))).rejects.toThrow(
        /^proxy_not_accepted/,
      );
      // Y!mobile takes family only: a guardian is refused there too.
      const guardian = { ...FIELDS, agentRelation: 'guardian' as const };
      await expect(b.call('authority.export', request(ymobile, guardian))).rejects.toThrow(
        /^proxy_not_accepted/,
      );
      expect(b.ports.printed).toHaveLength(0);
      await expect(stat(target)).rejects.toThrow();
    } finally {
      await b.cleanup();
    }
  });

  it('validates every field at the boundary: control characters, lengths, dates, relations, unknown keys', async () => {
    const b = await backend(await tempDir());
    try {
      const caseId = await makeCase(b, sending('au'));
      const codeOf = async (fields: unknown, channel = 'authority.save') => {
        const result = await b.router.handle(
          channel,
          channel === 'authority.save'
            ? { caseId, fields }
            : { caseId, locale: 'en', timeZone: 'Asia/Tokyo', fields },
        );
        return result.ok ? 'ok' : result.error.code;
      };
      expect(await codeOf({ ...FIELDS, agentName: 'LIN\nYuwen' })).toBe('text_control_characters');
      expect(await codeOf({ ...FIELDS, holderAddress: '東京都\u0000' })).toBe('text_control_characters');
      expect(await codeOf({ ...FIELDS, agentAddress: 'Tokyo\u2028Setagaya' }, 'authority.export')).toBe(
        'text_control_characters',
      );
      expect(await codeOf({ ...FIELDS, holderAddress: 'x'.repeat(201) })).toBe('invalid_request');
      expect(await codeOf({ ...FIELDS, holderName: 'x'.repeat(121) })).toBe('invalid_request');
      expect(await codeOf({ ...FIELDS, holderBirthDate: '17/05/1994' })).toBe('invalid_request');
      expect(await codeOf({ ...FIELDS, holderBirthDate: '1850-01-01' })).toBe('invalid_request');
      expect(await codeOf({ ...FIELDS, date: '2026-02-30' })).toBe('invalid_request');
      expect(await codeOf({ ...FIELDS, agentRelation: 'friend' })).toBe('invalid_request');
      expect(await codeOf({ ...FIELDS, seal: 'yes' })).toBe('invalid_request');
      expect(await codeOf({ ...FIELDS, passport: 'M123' })).toBe('invalid_request');
      const missing: Partial<AuthorityFields> = { ...FIELDS };
      delete missing.seal;
      expect(await codeOf(missing)).toBe('invalid_request');
      // Nothing refused was kept.
      expect(b.store.data.cases[0]).not.toHaveProperty('authority');
      // Trimmed, as every name is.
      await b.call('authority.save', { caseId, fields: { ...FIELDS, agentName: '  LIN Yuwen  ' } });
      expect(b.store.data.cases[0]?.authority?.fields.agentName).toBe('LIN Yuwen');
      await expect(b.call('authority.get', { caseId: 'nope' })).rejects.toThrow(/^not_found/);
    } finally {
      await b.cleanup();
    }
  });

  it('kept fields travel in a one-case backup and come back', async () => {
    const from = await backend(await tempDir());
    const to = await backend(await tempDir());
    const outside = await tempDir();
    try {
      const caseId = await makeCase(from, sending('au'));
      await from.call('authority.save', { caseId, fields: FIELDS });
      from.ports.nextSavePath = path.join(outside, 'lin.sayonara');
      await from.call('backup.exportCase', { caseId });
      await to.call('backup.import', { path: path.join(outside, 'lin.sayonara'), mode: 'add' });
      expect(await to.call<AuthorityView>('authority.get', { caseId })).toMatchObject({
        kept: true,
        fields: FIELDS,
      });
    } finally {
      await from.cleanup();
      await to.cleanup();
    }
  });

  it('a failed request leaves none of the letter’s personal text in the log', async () => {
    const b = await backend(await tempDir());
    try {
      const caseId = await makeCase(b, sending('au'));
      // A folder named after the agent that does not exist: the write fails, and its error quotes the path.
      b.ports.nextSavePath = path.join(b.dir, 'LIN Yuwen', 'letter-1994-05-17.pdf');
      await expect(
        b.call('authority.export', { caseId, locale: 'en', timeZone: 'Asia/Tokyo', fields: FIELDS }),
      ).rejects.toThrow();
      const log = await readFile(b.log.file, 'utf8');
      expect(log).toContain('authority.export');
      expect(log).not.toMatch(/Yuwen|1994-05-17/);
    } finally {
      await b.cleanup();
    }
  });
});
