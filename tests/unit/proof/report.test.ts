import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as hb from 'harfbuzzjs';
import { afterEach, describe, expect, test } from 'vitest';
import type { Checklist } from '../../../electron/guide/types';
import type { CaseModel } from '../../../electron/ipc/views';
import { cmapCoverage, embeddedFontCss } from '../../../electron/proof/fonts';
import type { ShownFile } from '../../../electron/proof/evidence';
import { buildReport, reportHtml, reportMarkdown } from '../../../electron/proof/report';
import { recordView } from '../../../electron/services/records';
import { emptyStore } from '../../../electron/store/schema';
import { makeCase, makeRecord, removeTempDirs } from './helpers';
import { verbatim } from '../../../data/text';
import { buildChecklist } from '../../../electron/guide/engine';
import { DOCOMO_PHYSICAL_SHOP } from '../../fixtures/profiles';

afterEach(removeTempDirs);

const text = (en: string, zh: string, ja: string) => ({ ...verbatim(en), 'zh-CN': zh, ja });

const PHOTO = {
  id: 'a'.repeat(64),
  name: 'papers.jpg',
  ext: 'jpg',
  mime: 'image/jpeg',
  size: 1234,
  importedAt: '2026-11-20T01:00:00.000Z',
  fileName: `${'a'.repeat(64)}.jpg`,
};

const keepTitle = text('Keep the confirmation', '保存注销确认', '解約の控えを保管する');

function fixture() {
  const checklist: Checklist = {
    contentVersion: 'test-1',
    provider: {
      id: 'docomo',
      name: text('NTT docomo', 'NTT docomo', 'NTTドコモ'),
      kind: 'carrier',
      network: 'docomo',
      officialUrl: null,
    },
    phases: [
      {
        phase: 'cancel',
        steps: [
          {
            id: 'keep-proof',
            phase: 'cancel',
            title: keepTitle,
            why: text('', '', ''),
            how: text('', '', ''),
            documentIds: [],
            phraseIds: [],
            facts: [],
            confirmWithCarrier: false,
            producesProof: true,
          },
        ],
      },
    ],
    documents: [],
    phrases: [],
    askPhrases: [],
    proxy: null,
  };
  const c = {
    ...makeCase('c1'),
    steps: { 'keep-proof': { done: true, note: '', history: [], titleSnapshot: keepTitle } },
  };
  const view: CaseModel = {
    case: c,
    phoneMasked: '090-••••-5678',
    holderMasked: { name: '', residenceCard: '', passport: '' },
    checklist,
    retired: [],
    stepRecords: {},
  };
  const raw = makeRecord('r1', 'c1', [{ stepId: 'keep-proof' }]);
  const data = { ...emptyStore(), cases: [c], records: [raw] };
  return { view, raw, records: [recordView(data, raw)] };
}

/** The fixture's report in `locale` for a reader in Tokyo, made on 1 December 2026: after the record's
 * cancellation date (30 November), so the line is cancelled by then. */
function fixtureReport(
  locale: Parameters<typeof buildReport>[0]['locale'],
  generatedAt = '2026-12-01T09:00:00.000Z',
) {
  const { view, raw, records } = fixture();
  return buildReport({
    view,
    records,
    rawRecords: [raw],
    documentFiles: {},
    locale,
    timeZone: 'Asia/Tokyo',
    generatedAt,
  });
}

describe('the proof report', () => {
  test('has the cover, the timeline, the checklist and the chain head, in the reader language beside Japanese', () => {
    const { view, raw, records } = fixture();
    const report = buildReport({
      view,
      records,
      rawRecords: [raw],
      documentFiles: {},
      locale: 'zh-CN',
      timeZone: 'Asia/Tokyo',
      generatedAt: '2026-12-01T09:00:00.000Z',
    });
    expect(report.cover).toMatchObject({
      caseName: 'Case c1',
      phoneNumber: '090-1234-5678',
      outcome: '已解约，生效日 2026年11月30日',
    });
    expect(report.records[0]?.chain).toEqual({
      intact: true,
      brokenAt: null,
      headHash: raw.revisions[1]?.hash,
    });
    expect(report.records[0]?.revisionsFull).toEqual(raw.revisions);
    const md = reportMarkdown(report);
    expect(md).toContain('受理编号（受付番号）: A-123456');
    expect(md).toContain('- [x] 保存注销确认（解約の控えを保管する）');
    expect(md).toContain(raw.revisions[1]?.hash);
    const html = reportHtml(report);
    expect(html).toContain('<span lang="ja" class="ja">受付番号</span>');
    expect(html).not.toMatch(/<script|https?:\/\//);
    // No files attached: said, not an empty table of headings.
    expect(report.attachments).toEqual([]);
    expect(md).toContain('未附加任何文件。');
    expect(html).toContain('未附加任何文件。');
    expect(html).not.toContain('<table class="files">');
  });

  test("prints every time on Japan's clock and, where it differs, the reader's, each zone named (issue 19)", () => {
    const { view, raw, records } = fixture();
    const input = {
      view,
      records,
      rawRecords: [raw],
      documentFiles: {},
      generatedAt: '2026-11-25T09:00:00.000Z',
    };
    const inTokyo = reportMarkdown(buildReport({ ...input, locale: 'ja', timeZone: 'Asia/Tokyo' }));
    // No raw ISO instant is printed; 09:00 UTC is 18:00 in Tokyo, and the visit keeps its 15:30. A
    // reader in Tokyo needs one clock, named.
    expect(inTokyo).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:\d\d/);
    expect(inTokyo).toContain('作成日時: 2026年11月25日 18:00（日本標準時）\n');
    expect(inTokyo).toContain('### 2026年11月24日 15:30（日本標準時） —');
    expect(inTokyo).toContain('- 解約日: 2026年11月30日（日本の日付）');
    expect(inTokyo).toContain('3,280円');
    const inBerlin = reportMarkdown(buildReport({ ...input, locale: 'en', timeZone: 'Europe/Berlin' }));
    expect(inBerlin).toContain(
      'Generated（作成日時）: November 25, 2026, 6:00 PM (Japan Standard Time) / November 25, 2026, 10:00 AM (Central European Standard Time)',
    );
    // The visit in Tokyo: Japan's clock first, then the reader's.
    expect(inBerlin).toContain(
      '### November 24, 2026, 3:30 PM (Japan Standard Time) / November 24, 2026, 7:30 AM (Central European Standard Time) —',
    );
    expect(inBerlin).toContain('- Cancellation date（解約日）: November 30, 2026 (date in Japan)');
    expect(inBerlin).toContain('Every time is given in Japan time');
    expect(inBerlin).toContain('¥3,280');
  });

  test('escapes every user text in the print HTML and forbids script and requests by CSP', () => {
    const { view } = fixture();
    const evil = '<script>alert(1)</script><img src="https://evil.example/x.png">';
    const hostile = makeRecord('r1', 'c1', [
      { note: evil, staffName: evil, shopBranch: `"'&${evil}`, attachmentIds: [PHOTO.id] },
    ]);
    const data = {
      ...emptyStore(),
      cases: [view.case],
      records: [hostile],
      attachments: [{ ...PHOTO, name: `${evil}.jpg` }],
    };
    const report = buildReport({
      view: {
        ...view,
        case: {
          ...view.case,
          name: evil,
          holder: { name: evil, residenceCard: '', passport: '' },
          steps: { 'keep-proof': { done: true, note: evil, history: [], titleSnapshot: keepTitle } },
        },
      },
      records: [recordView(data, hostile)],
      rawRecords: [hostile],
      documentFiles: {},
      locale: 'en',
      timeZone: 'Asia/Tokyo',
      generatedAt: '2026-11-25T09:00:00.000Z',
    });
    const html = reportHtml(report);
    expect(html).not.toMatch(/<script|<img|evil\.example"/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:">/,
    );
    // The CSP comes before anything a user typed.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('&lt;script'));
  });

  test('names the holder on the cover with the ID numbers masked as on screen unless the holder chose otherwise, and says which', () => {
    const { view, raw, records } = fixture();
    const holder = { name: 'WANG Lei', residenceCard: 'AB12345678CD', passport: 'EJ1234567' };
    const input = {
      view: { ...view, case: { ...view.case, holder } },
      records,
      rawRecords: [raw],
      documentFiles: {},
      locale: 'en' as const,
      timeZone: 'Asia/Tokyo',
      generatedAt: '2026-11-25T09:00:00.000Z',
    };
    // Issue 19: by default, as on screen; the phone number stays in full.
    const masked = buildReport(input);
    expect(masked.cover.holder).toEqual({
      name: 'WANG Lei',
      residenceCard: '••••••••78CD',
      passport: '•••••4567',
    });
    expect(masked.cover.idNumbers).toBe('masked');
    expect(masked.cover.phoneNumber).toBe('090-1234-5678');
    for (const text of [reportMarkdown(masked), reportHtml(masked), JSON.stringify(masked)]) {
      expect(text).not.toContain('AB12345678CD');
      expect(text).not.toContain('EJ1234567');
    }
    expect(reportMarkdown(masked)).toContain(
      'ID numbers masked at the holder’s choice.（在留カード番号・旅券番号は、契約者の選択により一部を伏せています。）',
    );
    expect(reportHtml(masked)).toContain(
      '<p class="note ids">ID numbers masked at the holder’s choice. <span lang="ja" class="ja">在留カード番号・旅券番号は、契約者の選択により一部を伏せています。</span></p>',
    );
    const report = buildReport({ ...input, revealIds: true });
    expect(report.cover.idNumbers).toBe('shown');
    expect(reportMarkdown(report)).toContain('ID numbers shown in full at the holder’s choice.');
    expect(report.cover.holder).toEqual(holder);
    expect(JSON.parse(JSON.stringify(report)).cover.holder).toEqual(holder);
    const md = reportMarkdown(report);
    expect(md).toContain('- Contract holder（契約者名）: WANG Lei');
    expect(md).toContain('- Residence card number（在留カード番号）: AB12345678CD');
    expect(md).toContain('- Passport number（旅券番号）: EJ1234567');
    const html = reportHtml(report);
    expect(html).toContain('<span lang="ja" class="ja">在留カード番号</span></th><td>AB12345678CD</td>');
    expect(html).toContain('<td>EJ1234567</td>');
    // Not given: no empty row.
    const none = reportMarkdown(
      buildReport({
        view,
        records,
        rawRecords: [raw],
        documentFiles: {},
        locale: 'en',
        timeZone: 'Asia/Tokyo',
        generatedAt: '2026-11-25T09:00:00.000Z',
      }),
    );
    expect(none).not.toMatch(/Contract holder|Residence card|Passport number|ID numbers/);
  });

  test('lists the documents, ready or not, with their files; the files list has them once, with where they belong', () => {
    const { view, raw, records } = fixture();
    const papers = text('Contract papers', '合同文件', '契約書類');
    const photo = PHOTO;
    const withDocs: CaseModel = {
      ...view,
      checklist: {
        ...view.checklist,
        documents: [
          { id: 'contract-papers', title: papers, why: text('', '', '') },
          { id: 'passport', title: text('Passport', '护照', 'パスポート'), why: text('', '', '') },
        ],
      },
      case: {
        ...view.case,
        documents: { 'contract-papers': { done: true, at: '2026-11-20T01:02:03.000Z' } },
      },
    };
    const report = buildReport({
      view: withDocs,
      records,
      rawRecords: [raw],
      documentFiles: { 'contract-papers': [photo] },
      locale: 'zh-CN',
      timeZone: 'Asia/Tokyo',
      generatedAt: '2026-11-25T09:00:00.000Z',
    });
    expect(report.documents).toEqual([
      {
        id: 'contract-papers',
        title: papers,
        done: true,
        at: '2026-11-20T01:02:03.000Z',
        attachments: [photo],
      },
      { id: 'passport', title: expect.anything(), done: false, at: null, attachments: [] },
    ]);
    expect(report.attachments).toEqual([
      { ...photo, recordIds: [], documentIds: ['contract-papers'], path: 'files/01-papers.jpg' },
    ]);
    const md = reportMarkdown(report);
    expect(md).toContain('## 材料（必要書類）');
    expect(md).toContain('- [x] 合同文件（契約書類） — 准备好的时间（用意した日時）: 2026年11月20日 10:02');
    expect(md).toContain(`  - 附件（添付ファイル）: [papers.jpg](files/01-papers.jpg) (\`${PHOTO.id}\`)`);
    expect(md).toContain('- [ ] 护照（パスポート）');
    expect(md).toContain(`| [papers.jpg](files/01-papers.jpg) |`);
    const html = reportHtml(report);
    expect(html).toContain('<h2>材料 <span lang="ja" class="ja">必要書類</span></h2>');
    expect(html).toContain('papers.jpg');
  });

  test('a Japanese report is in Japanese only', () => {
    const md = reportMarkdown(fixtureReport('ja'));
    expect(md).toContain('- 受付番号: A-123456');
    expect(md).not.toContain('（受付番号）');
  });

  test('a cancellation that takes effect after the report’s day is said to be recorded, not done', () => {
    // Issue 21: entered on 24 November, taking effect on 30 November, the report made on the 25th.
    const early = fixtureReport('en', '2026-11-25T09:00:00.000Z');
    expect(early.cover.outcome).toBe(
      'Cancellation recorded on November 24, 2026, to take effect on November 30, 2026',
    );
    expect(early.cover.summary.own).toMatch(/^Not cancelled yet: .*takes effect on November 30, 2026/);
    expect(early.cover.summary.own).not.toMatch(/^Cancelled/);
    expect(early.cover.outcomeJa).toContain('2026年11月30日');
    expect(early.cover.outcomeJa).not.toMatch(/^解約済み/);
  });

  test('an online cancellation recorded without the day it takes effect is said to be requested, not "not cancelled yet"', () => {
    // A student cancelled in My docomo on 6 December and kept the reference number, but did not enter
    // the 解約日: the report she hands over must not say the line is not cancelled.
    const { view } = fixture();
    const raw = makeRecord('r1', 'c1', [
      {
        kind: 'online-cancellation',
        occurredAt: '2026-12-06T15:30:00+09:00',
        shopBranch: '',
        effectiveDate: '',
        referenceNumber: 'D-0042',
      },
    ]);
    const data = { ...emptyStore(), cases: [view.case], records: [raw] };
    const report = (locale: 'zh-CN' | 'en') =>
      buildReport({
        view,
        records: [recordView(data, raw)],
        rawRecords: [raw],
        documentFiles: {},
        locale,
        timeZone: 'Asia/Tokyo',
        generatedAt: '2026-12-07T11:35:00.000Z',
      });
    const zh = report('zh-CN');
    expect(zh.cover.summary).toEqual({
      own: '已申请解约：NTT docomo SIM 卡（090-1234-5678），于 2026年12月6日 申请，受理编号 D-0042；生效日未记录。',
      ja: '解約申込み済み：NTTドコモのSIMカード（090-1234-5678）、2026年12月6日に申し込み、受付番号 D-0042。解約日は記録されていません。',
    });
    expect(zh.cover.outcome).toBe('已于 2026年12月6日 申请解约（生效日未记录）');
    expect(zh.cover.outcomeJa).toBe('2026年12月6日に解約を申し込み（解約日は未記録）');
    expect(report('en').cover.summary.own).toBe(
      'Cancellation requested: NTT docomo SIM card (090-1234-5678), on December 6, 2026, reference number D-0042; the day it takes effect is not recorded.',
    );
  });

  test('counts the steps as the checklist does: the reservation number behind One-Stop is said to be only for when it fails, not left to do', () => {
    const { view } = fixture();
    const [phase] = view.checklist.phases;
    const [keep] = phase?.steps ?? [];
    if (!phase || !keep) throw new Error('the fixture has its step');
    const reservation = {
      ...keep,
      id: 'cancel.mnp-reservation',
      title: text('Get the MNP reservation number', '领取 MNP 预约号码', 'MNP予約番号を発行してもらう'),
      producesProof: false,
      fallback: true,
    };
    const oneStop = {
      ...view,
      checklist: { ...view.checklist, phases: [{ ...phase, steps: [keep, reservation] }] },
    };
    const report = buildReport({
      view: oneStop,
      records: [],
      rawRecords: [],
      documentFiles: {},
      locale: 'zh-CN',
      timeZone: 'Asia/Tokyo',
      generatedAt: '2026-11-25T09:00:00.000Z',
    });
    // 1 of 1, as the checklist's bar says: the fallback is not a step still to do.
    expect(report.cover.summary.own).toMatch(/已完成 1\/1 步。$/);
    expect(report.cover.outcome).toBe('进行中：已完成 1/1 步');
    const html = reportHtml(report);
    expect(html).toContain(
      '☐ 领取 MNP 预约号码 <span lang="ja" class="ja">MNP予約番号を発行してもらう</span> — 仅在 MNP 一站式行不通时使用',
    );
    expect(html).not.toMatch(/领取 MNP 预约号码.*— 未完成/);
    expect(reportMarkdown(report)).toContain(
      '- [ ] 领取 MNP 预约号码（MNP予約番号を発行してもらう） — 仅在 MNP 一站式行不通时使用',
    );
  });

  test('lists the numbers the checklist rests on one source for, with that source, to confirm with the carrier', () => {
    // Issue 21: SoftBank's cut-off and support line rest on one page each; au's cut-off sources disagree.
    const { view, raw, records } = fixture();
    const report = (providerId: string) =>
      buildReport({
        view: { ...view, checklist: buildChecklist({ ...DOCOMO_PHYSICAL_SHOP, providerId }) },
        records,
        rawRecords: [raw],
        documentFiles: {},
        locale: 'zh-CN',
        timeZone: 'Asia/Tokyo',
        generatedAt: '2026-12-07T09:00:00.000Z',
      });
    const softbank = report('softbank');
    expect(softbank.numbersToConfirm.map((n) => [n.label.en, n.source])).toEqual(
      expect.arrayContaining([
        ['Cut-off and effective date', 'https://www.cancelatlas.com/c/softbank-jp'],
        ['Support phone', 'https://denwa-kun.com/?p=2581'],
      ]),
    );
    const md = reportMarkdown(softbank);
    expect(md).toContain('## 需要确认的数字（確認が必要な数字）');
    expect(md).toContain('仅一个来源：https://www.cancelatlas.com/c/softbank-jp');
    const html = reportHtml(softbank);
    // The carrier named in each language: 软银 in Chinese, ソフトバンク beside it in Japanese.
    expect(html).toMatch(/向软银（SoftBank）确认.*<span lang="ja" class="ja">[^<]*ソフトバンクに確認/);
    expect(
      report('au').numbersToConfirm.find((n) => n.label.en === 'Cut-off and effective date'),
    ).toMatchObject({ disputed: true, source: null });
    // docomo's numbers are all backed: no such section.
    expect(report('docomo').numbersToConfirm).toEqual([]);
    expect(reportMarkdown(report('docomo'))).not.toContain('需要确认的数字');
  });

  test('the first page says in one line what was cancelled, when, and the reference number, beside Japanese', () => {
    const { view } = fixture();
    const zh = fixtureReport('zh-CN');
    expect(zh.cover.summary).toEqual({
      own: '已解约：NTT docomo SIM 卡（090-1234-5678），生效日 2026年11月30日，受理编号 A-123456。',
      ja: '解約済み：NTTドコモのSIMカード（090-1234-5678）、解約日 2026年11月30日、受付番号 A-123456。',
    });
    expect(zh.cover.outcomeJa).toBe('解約済み（解約日 2026年11月30日）');
    expect(fixtureReport('en').cover.summary.own).toBe(
      'Cancelled: NTT docomo SIM card (090-1234-5678), effective November 30, 2026, reference number A-123456.',
    );
    expect(fixtureReport('ja').cover.summary.ja).toBeNull();
    const html = reportHtml(zh);
    // Right under the title, before anything else.
    expect(html).toMatch(
      /<\/h1><p class="summary">已解约：NTT docomo.*<span lang="ja" class="ja">解約済み：NTTドコモ/,
    );
    expect(html).toContain(
      '已解约，生效日 2026年11月30日 <span lang="ja" class="ja">解約済み（解約日 2026年11月30日）</span>',
    );
    expect(reportMarkdown(zh)).toContain(
      '- 结果（結果）: 已解约，生效日 2026年11月30日（解約済み（解約日 2026年11月30日））',
    );
    // Not cancelled yet: says so, with the progress.
    const open = buildReport({
      view,
      records: [],
      rawRecords: [],
      documentFiles: {},
      locale: 'en',
      timeZone: 'Asia/Tokyo',
      generatedAt: '2026-11-25T09:00:00.000Z',
    });
    expect(open.cover.summary.own).toBe(
      'Not cancelled yet: NTT docomo SIM card (090-1234-5678); 1 of 1 steps done.',
    );
  });

  test('draws images, prints texts escaped, and notes PDFs, HEICs and missing files under their record', () => {
    const { view } = fixture();
    const file = (id: string, name: string, ext: string, mime: string) => ({
      id: id.repeat(64),
      name,
      ext,
      mime,
      size: 10,
      importedAt: '2026-11-24T06:31:00.000Z',
      fileName: `${id.repeat(64)}.${ext}`,
    });
    const png = file('1', 'counter.png', 'png', 'image/png');
    const eml = file('2', 'note.txt', 'txt', 'text/plain');
    const pdf = file('3', 'receipt.pdf', 'pdf', 'application/pdf');
    const heic = file('4', 'photo.heic', 'heic', 'image/heic');
    const gone = file('5', 'gone.jpg', 'jpg', 'image/jpeg');
    const locked = file('6', 'locked.pdf', 'pdf', 'application/pdf');
    const files = [png, eml, pdf, heic, gone, locked];
    const raw = makeRecord('r1', 'c1', [{ attachmentIds: files.map((f) => f.id) }]);
    const data = { ...emptyStore(), cases: [view.case], records: [raw], attachments: files };
    const report = buildReport({
      view,
      records: [recordView(data, raw)],
      rawRecords: [raw],
      documentFiles: {},
      locale: 'en',
      timeZone: 'Asia/Tokyo',
      generatedAt: '2026-11-25T09:00:00.000Z',
    });
    const shown = new Map<string, ShownFile>([
      [
        png.id,
        {
          kind: 'image',
          dataUrl: 'data:image/png;base64,iVBORw0KGgo=',
          scaled: { width: 728, height: 1575, original: { width: 1170, height: 2532 } },
        },
      ],
      [eml.id, { kind: 'text', text: 'Subject: <b>解約</b> & done', truncated: true }],
      [pdf.id, { kind: 'pdf', pages: 2, appendix: 1 }],
      [heic.id, { kind: 'not-drawable' }],
      [gone.id, { kind: 'missing' }],
      [locked.id, { kind: 'pdf-not-appended', why: 'unreadable', limit: null }],
    ]);
    const html = reportHtml(report, shown);
    const record = html.slice(html.indexOf('<section class="record">'), html.indexOf('</section>'));
    expect(record).toContain('<img src="data:image/png;base64,iVBORw0KGgo=" alt="counter.png">');
    expect(record).toContain(
      `<b>counter.png</b> · imported November 24, 2026, 3:31 PM (Japan Standard Time) · shown reduced to 728 × 1575 px; the original, 1170 × 2532 px, is the file with the <span class="term">SHA-256</span> below<br><span class="hash">SHA-256 ${png.id}</span>`,
    );
    expect(record).toContain('<pre class="file-text">Subject: &lt;b&gt;解約&lt;/b&gt; &amp; done</pre>');
    expect(record).toContain('The first 25 characters are shown');
    // The term is kept on one line: headers broke it at its hyphen ("SHA-" / "256").
    expect(record).toContain('Hash of the latest version (<span class="term">SHA-256</span>)');
    expect(record).toContain('PDF, 2 pages: appended after the report (attached PDF 1).');
    expect(record).toContain('HEIC images cannot be shown in the PDF');
    expect(record).toContain('The file is missing from the data folder');
    expect(record).toContain('This PDF could not be appended');
    // The files list gives sizes a reader can weigh (10 bytes here), not a bare byte count.
    expect(html).toContain(
      `<td>counter.png</td><td>November 24, 2026, 3:31 PM (Japan Standard Time)</td><td>0.1 kB</td>`,
    );
    // One header page for the one PDF appended, at the very end, naming its record and hash.
    expect(html.match(/<section class="appendix">/g)).toHaveLength(1);
    const appendix = html.slice(html.indexOf('<section class="appendix">'));
    expect(appendix).toContain('Attached PDF 1 of 1');
    expect(appendix).toContain('receipt.pdf');
    expect(appendix).toContain('November 24, 2026, 3:30 PM (Japan Standard Time) — Shop visit');
    expect(appendix).toContain(pdf.id);
    expect(appendix).toContain('The next 2 pages are this file');
    expect(appendix).toMatch(/<\/section><\/div><\/div><\/body><\/html>$/);
  });

  test('prints an e-mail as its decoded headers and text, escaped, the date in the reader zone; an unreadable one raw, with a note', () => {
    const { view } = fixture();
    const file = (id: string, name: string) => ({
      id: id.repeat(64),
      name,
      ext: 'eml',
      mime: 'message/rfc822',
      size: 10,
      importedAt: '2026-11-24T06:31:00.000Z',
      fileName: `${id.repeat(64)}.eml`,
    });
    const mail = file('7', 'docomo.eml');
    const empty = file('8', 'empty.eml');
    const raw = file('9', 'broken.eml');
    const record = makeRecord('r1', 'c1', [{ attachmentIds: [mail.id, empty.id, raw.id] }]);
    const data = { ...emptyStore(), cases: [view.case], records: [record], attachments: [mail, empty, raw] };
    const report = buildReport({
      view,
      records: [recordView(data, record)],
      rawRecords: [record],
      documentFiles: {},
      locale: 'zh-CN',
      timeZone: 'Asia/Shanghai',
      generatedAt: '2026-11-25T09:00:00.000Z',
    });
    const head = {
      from: '"ドコモ" <support@mail.example.jp>',
      to: 'chen@example.com',
      cc: '',
      date: '2026-11-30T06:42:10.000Z',
      subject: '【ドコモ】ご解約手続き完了のお知らせ',
      files: ['mnp.pdf'],
    };
    const shown = new Map<string, ShownFile>([
      [
        mail.id,
        { kind: 'mail', mail: { ...head, body: '受付番号：A-778899\n<script>x</script>' }, truncated: false },
      ],
      [empty.id, { kind: 'mail', mail: { ...head, files: [], body: '' }, truncated: false }],
      [raw.id, { kind: 'unread-mail', text: 'not <a> mail', truncated: false }],
    ]);
    const html = reportHtml(report, shown);
    const section = html.slice(html.indexOf('<section class="record">'), html.indexOf('</section>'));
    expect(section).toContain(
      '<tr><th>发件人 <span lang="ja" class="ja">差出人</span></th><td>&quot;ドコモ&quot; &lt;support@mail.example.jp&gt;</td></tr>',
    );
    expect(section).toContain(
      '<tr><th>主题 <span lang="ja" class="ja">件名</span></th><td>【ドコモ】ご解約手続き完了のお知らせ</td></tr>',
    );
    // Sent 15:42 in Tokyo, read in Shanghai: 14:42 there.
    expect(section).toContain(
      '<tr><th>发送时间 <span lang="ja" class="ja">送信日時</span></th><td>2026年11月30日 15:42（日本标准时间） / 2026年11月30日 14:42（中国标准时间）</td></tr>',
    );
    expect(section).toContain('<td>mnp.pdf</td>');
    expect(section).not.toContain('抄送');
    expect(section).toContain(
      '<pre class="file-text">受付番号：A-778899\n&lt;script&gt;x&lt;/script&gt;</pre>',
    );
    expect(section).toContain('这封邮件没有正文。');
    expect(section).toContain('无法按邮件格式读取这个文件');
    expect(section).toContain('<pre class="file-text">not &lt;a&gt; mail</pre>');
  });

  test('embeds only the faces the text is drawn with, each cut down to its own characters', () => {
    const faces = (css: string) =>
      [...css.matchAll(/font-family:'([^']+)';font-weight:(\d+)/g)].map((m) => `${m[1]} ${m[2]}`);
    const jpFirst = ['Noto Sans JP', 'Noto Sans SC'] as const;
    const scFirst = ['Noto Sans SC', 'Noto Sans JP'] as const;
    const latin = embeddedFontCss([{ text: 'Hello', weight: 400, families: jpFirst }]);
    // Regular Latin text: one face, of the first family; no bold face when nothing is bold.
    expect(faces(latin)).toEqual(['Noto Sans JP 400']);
    expect(latin.length).toBeLessThan(30_000);
    // 销 (simplified) is not in the Japanese font: it alone falls back to the Chinese face.
    const mixed = embeddedFontCss([
      { text: '解約 注', weight: 400, families: jpFirst },
      { text: '报告', weight: 700, families: scFirst },
    ]);
    expect(faces(mixed)).toEqual(['Noto Sans JP 400', 'Noto Sans SC 700']);
    const withFallback = embeddedFontCss([{ text: '注销', weight: 400, families: jpFirst }]);
    expect(faces(withFallback)).toEqual(['Noto Sans JP 400', 'Noto Sans SC 400']);
    // The fallback face holds only what the first lacks: far smaller than the same text in the first.
    const scOnly = (css: string) => css.slice(css.indexOf("'Noto Sans SC'"));
    expect(scOnly(withFallback).length).toBeLessThan(
      scOnly(embeddedFontCss([{ text: '注销', weight: 400, families: scFirst }])).length,
    );
  });

  test('a Nepali report embeds Noto Sans Devanagari cut down with its conjuncts: shaped as the whole font shapes', () => {
    // Conjuncts (क्ष, त्र, द्द), the reph (र्ट) and vowel signs are glyphs no character maps to: hb-subset
    // keeps them by the closure of the layout tables, or the cut font would print the parts apart.
    const text = 'रद्दको प्रमाण रिपोर्ट — क्षेत्र, सम्झौता, स्क्रिनसट, अर्को, ह्रस्व, प्रतिलिपि';
    const css = embeddedFontCss([
      { text, weight: 400, families: ['Noto Sans Devanagari', 'Noto Sans JP', 'Noto Sans SC'] },
    ]);
    expect(css).toContain("font-family:'Noto Sans Devanagari';font-weight:400");
    const subset = Buffer.from(/base64,([^)]*)\)/.exec(css)?.[1] ?? '', 'base64');
    const whole = readFileSync(
      createRequire(import.meta.url).resolve(
        '@expo-google-fonts/noto-sans-devanagari/400Regular/NotoSansDevanagari_400Regular.ttf',
      ),
    );
    expect(subset.length).toBeLessThan(whole.length / 4);
    const shaped = (bytes: Uint8Array) => {
      const font = new hb.Font(new hb.Face(new hb.Blob(bytes)));
      const buffer = new hb.Buffer();
      buffer.addText(text);
      buffer.guessSegmentProperties();
      hb.shape(font, buffer);
      return { glyphs: buffer.getGlyphInfos(), positions: buffer.getGlyphPositions() };
    };
    const cut = shaped(subset);
    const full = shaped(whole);
    // Glyph ids are renumbered by the cut; what is drawn (how many glyphs, where) is the same, none missing.
    expect(cut.positions).toEqual(full.positions);
    expect(cut.glyphs.map((g) => g.cluster)).toEqual(full.glyphs.map((g) => g.cluster));
    expect(cut.glyphs.filter((g) => g.codepoint === 0)).toEqual([]);
    expect(cut.glyphs.length).toBeLessThan([...text].length);
  });

  test('a Chinese report gives the Japanese face only the Japanese text, and bold faces only bold text', () => {
    const html = reportHtml(fixtureReport('zh-CN'));
    const covers = (family: string, weight: number) => {
      const rule = html.split('@font-face').find((r) => r.includes(`'${family}';font-weight:${weight}`));
      const data = /base64,([^)]*)\)/.exec(rule ?? '')?.[1];
      const has = data ? cmapCoverage(Buffer.from(data, 'base64')) : () => false;
      return (text: string) => [...text].filter((ch) => has(ch.codePointAt(0) ?? 0)).join('');
    };
    // The row header 受理编号 受付番号: bold, the Chinese in the Chinese face, the Japanese beside it in the Japanese one.
    expect(covers('Noto Sans SC', 700)('受理编号')).toBe('受理编号');
    expect(covers('Noto Sans JP', 700)('受付番号理编')).toBe('受付番号');
    // The title (解约凭证) is a heading: bold; the record's note is body text, in no bold face.
    expect(covers('Noto Sans SC', 700)('凭证')).toBe('凭证');
    expect(covers('Noto Sans SC', 700)('済返却')).toBe('');
  });
});
