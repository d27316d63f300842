import { afterEach, describe, expect, test } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Checklist } from '../../../electron/guide/types';
import type { CaseView } from '../../../electron/ipc/views';
import { embeddedFontCss, parseFontFaces } from '../../../electron/proof/fonts';
import { buildReport, reportHtml, reportMarkdown } from '../../../electron/proof/report';
import { recordView } from '../../../electron/services/records';
import { emptyStore } from '../../../electron/store/schema';
import { makeCase, makeRecord, removeTempDirs } from './helpers';

afterEach(removeTempDirs);

const text = (en: string, zh: string, ja: string) => ({ en, 'zh-CN': zh, ja });

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
  };
  const c = {
    ...makeCase('c1'),
    steps: { 'keep-proof': { done: true, note: '', history: [], titleSnapshot: keepTitle } },
  };
  const view: CaseView = {
    case: c,
    phoneMasked: '090-••••-5678',
    holderMasked: { name: '', residenceCard: '', passport: '' },
    checklist,
    retired: [],
    stepRecords: {},
    plan: { today: '2026-11-25', leavingDate: null, cancelledOn: null, finalBillBy: null, items: [] },
  };
  const raw = makeRecord('r1', 'c1', [{ stepId: 'keep-proof' }]);
  const data = { ...emptyStore(), cases: [c], records: [raw] };
  return { view, raw, records: [recordView(data, raw)] };
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
      generatedAt: '2026-11-25T09:00:00.000Z',
    });
    expect(report.cover).toMatchObject({
      caseName: 'Case c1',
      phoneNumber: '090-1234-5678',
      outcome: '已解约，生效日 2026-11-30',
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
  });

  test("prints every time in the reader's language and zone, naming the zone of an event elsewhere", () => {
    const { view, raw, records } = fixture();
    const input = {
      view,
      records,
      rawRecords: [raw],
      documentFiles: {},
      generatedAt: '2026-11-25T09:00:00.000Z',
    };
    const inTokyo = reportMarkdown(buildReport({ ...input, locale: 'ja', timeZone: 'Asia/Tokyo' }));
    // No raw ISO instant is printed; 09:00 UTC is 18:00 in Tokyo, and the visit keeps its 15:30.
    expect(inTokyo).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:\d\d/);
    expect(inTokyo).toContain('2026/11/25 18:00 (日本標準時)');
    expect(inTokyo).toContain('### 2026/11/24 15:30 —');
    expect(inTokyo).toContain('3,280円');
    const inBerlin = reportMarkdown(buildReport({ ...input, locale: 'en', timeZone: 'Europe/Berlin' }));
    expect(inBerlin).toContain('Nov 25, 2026, 10:00 AM (Central European Standard Time)');
    expect(inBerlin).toContain('### Nov 24, 2026, 3:30 PM (Japan Standard Time) —');
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

  test('names the holder on the cover with the numbers in full, labelled, in md, html and json', () => {
    const { view, raw, records } = fixture();
    const holder = { name: 'WANG Lei', residenceCard: 'AB12345678CD', passport: 'EJ1234567' };
    const report = buildReport({
      view: { ...view, case: { ...view.case, holder } },
      records,
      rawRecords: [raw],
      documentFiles: {},
      locale: 'en',
      timeZone: 'Asia/Tokyo',
      generatedAt: '2026-11-25T09:00:00.000Z',
    });
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
    expect(none).not.toMatch(/Contract holder|Residence card|Passport number/);
  });

  test('lists the documents, ready or not, with their files; the files list has them once, with where they belong', () => {
    const { view, raw, records } = fixture();
    const papers = text('Contract papers', '合同文件', '契約書類');
    const photo = PHOTO;
    const withDocs: CaseView = {
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
    expect(report.attachments).toEqual([{ ...photo, recordIds: [], documentIds: ['contract-papers'] }]);
    const md = reportMarkdown(report);
    expect(md).toContain('## 材料（必要書類）');
    expect(md).toContain('- [x] 合同文件（契約書類） — 准备好的时间（用意した日時）: 2026年11月20日 10:02');
    expect(md).toContain(`  - 附件（添付ファイル）: papers.jpg (\`${PHOTO.id}\`)`);
    expect(md).toContain('- [ ] 护照（パスポート）');
    expect(md).toContain(`| papers.jpg |`);
    const html = reportHtml(report);
    expect(html).toContain('<h2>材料 <span lang="ja" class="ja">必要書類</span></h2>');
    expect(html).toContain('papers.jpg');
  });

  test('a Japanese report is in Japanese only', () => {
    const { view, raw, records } = fixture();
    const md = reportMarkdown(
      buildReport({
        view,
        records,
        rawRecords: [raw],
        documentFiles: {},
        locale: 'ja',
        timeZone: 'Asia/Tokyo',
        generatedAt: '2026-11-25T09:00:00.000Z',
      }),
    );
    expect(md).toContain('- 受付番号: A-123456');
    expect(md).not.toContain('（受付番号）');
  });

  test('embeds only the font subsets the text uses', () => {
    const latin = embeddedFontCss('Hello');
    const cjk = embeddedFontCss('Hello 解約 注销');
    const faces = (css: string) => css.match(/@font-face/g)?.length ?? 0;
    expect(faces(latin)).toBeGreaterThan(0);
    expect(faces(cjk)).toBeGreaterThan(faces(latin));
    expect(faces(cjk)).toBeLessThan(30);
    expect(cjk).toContain('unicode-range:');
  });

  const assets = path.resolve(import.meta.dirname, '../../../out/renderer/assets');
  test.skipIf(!existsSync(assets))(
    'the built renderer’s CSS covers every character the font packages do',
    () => {
      const coverage = (faces: ReturnType<typeof parseFontFaces>) =>
        faces
          .map(
            (face) => `${face.family} ${face.weight} ${face.ranges.reduce((n, [a, b]) => n + b - a + 1, 0)}`,
          )
          .sort();
      const built = readdirSync(assets)
        .filter((name) => name.endsWith('.css'))
        .flatMap((name) => parseFontFaces(readFileSync(path.join(assets, name), 'utf8'), assets));
      const packages = ['jp', 'sc'].flatMap((family) => {
        const dir = path.dirname(
          createRequire(import.meta.url).resolve(`@fontsource/noto-sans-${family}/package.json`),
        );
        return ['400', '700'].flatMap((weight) =>
          parseFontFaces(readFileSync(path.join(dir, `${weight}.css`), 'utf8'), dir),
        );
      });
      expect(built.length).toBeGreaterThan(0);
      expect(coverage(built)).toEqual(coverage(packages));
    },
  );

  test('reads the same faces from the built renderer CSS as from the font packages', () => {
    // Packaged, the report takes its fonts from the renderer's assets (the installer ships them once).
    const dir = path.dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-jp/package.json'));
    const source = parseFontFaces(readFileSync(path.join(dir, '400.css'), 'utf8'), dir);
    // What Vite's minifier writes: unquoted family, no spaces, hashed file names, no final semicolon,
    // and small files inlined as data: URLs.
    const inlined = 'data:font/woff2;base64,d09GMgABAAAAAAj8';
    const minified = source
      .map(
        (face, i) =>
          `@font-face{font-family:${face.family};font-style:normal;font-display:swap;font-weight:${face.weight};src:url(${i === 1 ? inlined : `./f-${i}-Ab_9.woff2`})format("woff2"),url(./f-${i}.woff)format("woff");unicode-range:${face.unicodeRange}}`,
      )
      .join('');
    const built = parseFontFaces(
      minified + '@font-face{font-family:Other;font-weight:400;src:url(./o.woff2);unicode-range:U+0}',
      '/assets',
    );
    expect(built).toHaveLength(source.length);
    expect(built.map((face) => face.ranges)).toEqual(source.map((face) => face.ranges));
    expect(built[1]?.source).toBe(inlined);
    // The minifier also writes ranges as wildcards.
    const [wildcard] = parseFontFaces(
      '@font-face{font-family:Noto Sans SC;font-weight:700;src:url(./w.woff2);unicode-range:U+??,U+9FF?}',
      '/assets',
    );
    expect(wildcard?.ranges).toEqual([
      [0x0, 0xff],
      [0x9ff0, 0x9fff],
    ]);
    expect(built[0]).toMatchObject({
      family: 'Noto Sans JP',
      weight: '400',
      source: path.join('/assets', 'f-0-Ab_9.woff2'),
    });
  });
});
