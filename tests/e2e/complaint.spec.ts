// Issue 19, as a new user would: Kim, a Korean engineer back in Seoul, was charged in November after his
// docomo line was cancelled on 30 September. He drafts the complaint in Korean (the letter is Japanese),
// adds a sentence of his own, exports the PDF with the proof report and his January bill after it, and
// reads it back in both languages; the PDF is tagged and has an outline. A Chinese student still in Japan
// sees the Y!mobile routes (none found) and 188 among the bodies.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { CATALOGS } from '../../data/text';
import { DOCOMO_PHYSICAL_SHOP } from '../fixtures/profiles';
import { dictionaryFor } from '../fixtures/dictionaries';
import { expectNoSeriousA11yViolations } from './axe';
import { seedCase } from './flows';
import { launchApp } from './harness';
import { saveScreenshot } from './screenshots';
import {
  pdfOutline,
  pdfPageCount,
  pdfPageText,
  pdfRawText,
  pdfStructure,
  pdfTagged,
  savePdfPages,
} from './pdf';

const ko = dictionaryFor('ko');
const zh = dictionaryFor('zh-CN');

/** His November bill, as the carrier's PDF: one page. */
async function billPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage([420, 595]).drawText('docomo bill November 2026: 3,280 yen', { x: 40, y: 540, size: 16, font });
  return doc.save();
}

const flat = (text: string) => text.replace(/\s+/g, '');

test('a Korean user charged after his cancellation date drafts the complaint, exports it with the proof, and reads it back', async () => {
  test.setTimeout(240_000);
  const app = await launchApp({
    locale: 'ko-KR',
    timezoneId: 'Asia/Seoul',
    viewport: { width: 1100, height: 900 },
  });
  const outside = await mkdtemp(path.join(os.tmpdir(), 'sayonara-e2e-complaint-'));
  try {
    const { page } = app;
    await seedCase(
      page,
      '내 도코모',
      { ...DOCOMO_PHYSICAL_SHOP, whereabouts: 'abroad', leavingDate: '2026-10-05' },
      '090-1234-5678',
      { name: 'KIM Minjun', residenceCard: 'AB12345678CD', passport: '' },
    );
    await page.getByRole('tab', { name: ko['case.tab.proof'] }).click();

    // The call that cancelled the line, in Tokyo; the November bill, recorded in Seoul with the PDF.
    const addRecord = async (fields: Record<string, string>, files: string[] = []) => {
      await page.getByRole('button', { name: ko['proof.add'] }).click();
      for (const [label, value] of Object.entries(fields)) {
        const input = page.getByLabel(ko[label as keyof typeof ko], { exact: true });
        if (label === 'proof.form.kind') await input.selectOption(value);
        else await input.fill(value);
      }
      if (files.length) {
        app.ports.dialogs.picked = files;
        await page.getByRole('button', { name: ko['proof.form.attach'] }).click();
        await expect(page.getByText(path.basename(files[0] ?? ''), { exact: true })).toBeVisible();
      }
      await page.getByRole('button', { name: ko['proof.form.save'] }).click();
    };
    await addRecord({
      'proof.form.kind': 'phone-call',
      'proof.form.when': '2026-09-24T15:30',
      'proof.form.timeZone': 'Asia/Tokyo',
      'proof.form.phoneDialled': '0120-800-000',
      'proof.form.referenceNumber': 'A-778899',
      'proof.form.effectiveDate': '2026-09-30',
      'proof.form.staffName': '佐藤',
    });
    await expect(page.getByTestId('record')).toHaveCount(1);
    const bill = path.join(outside, 'bill-2026-11.pdf');
    await writeFile(bill, await billPdf());
    await addRecord(
      {
        'proof.form.kind': 'other',
        'proof.form.when': '2026-11-12T09:00',
        'proof.form.timeZone': 'Asia/Seoul',
        'proof.form.note': '11월 요금 3,280엔이 해지 후에 청구됨',
      },
      [bill],
    );
    await expect(page.getByTestId('record')).toHaveCount(2);

    await page.getByRole('button', { name: ko['complaint.open'] }).click();
    const japanese = page.getByLabel(ko['complaint.japanese']);
    const korean = page.getByLabel(ko['complaint.own'].replace('{language}', '한국어'));
    await expect(japanese).toHaveValue(/私は、下記回線の契約者です。/);
    await expect(japanese).toHaveValue(/受付番号：A-778899/);
    await page.getByLabel(ko['complaint.amount']).fill('3280');
    await page.getByLabel(ko['complaint.chargedOn']).fill('2026-11-10');
    await page.getByLabel(ko['complaint.replyTo']).fill('kim@example.com');
    await expect(japanese).toHaveValue(
      /2026年11月10日に、解約日より後の期間の料金として3,280円が請求されました。/,
    );
    await expect(japanese).toHaveValue(/ご回答の送付先：kim@example\.com/);
    // He has left Japan: a written reply, and no 188 among the bodies.
    await expect(japanese).toHaveValue(/現在は日本国外に住んでいるため/);
    await expect(korean).toHaveValue(/저는 아래 회선의 계약 명의자입니다\./);
    await expect(page.getByTestId('complaint-honesty')).toContainText(ko['complaint.honesty'].slice(0, 20));
    const bodies = page.getByTestId('complaint-body');
    await expect(bodies).toHaveCount(2);
    for (const body of await bodies.all()) await expect(body).toHaveAttribute('data-reach', 'anywhere');
    await expect(page.getByTestId('complaint-provider-route')).toContainText('「ご意見・ご要望」');

    // His own words beside the draft: the app says the two may now differ, and keeps his edit.
    await korean.fill(
      `${await korean.inputValue()}\n\n11월 요금은 해지일 이후의 요금이므로 받아들일 수 없습니다.`,
    );
    await expect(page.getByTestId('complaint-edited')).toBeVisible();
    await page.getByRole('button', { name: ko['complaint.save'] }).click();
    await expect(page.getByText(ko['complaint.saved'])).toBeVisible();
    await page.getByRole('heading', { name: ko['complaint.title'] }).scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'complaint-editor-ko');
    await expectNoSeriousA11yViolations(page);

    const pdf = path.join(outside, 'complaint.pdf');
    app.ports.dialogs.savePath = pdf;
    await page.getByRole('button', { name: ko['complaint.pdf'] }).click();
    await expect(page.getByTestId('complaint-exported')).toContainText(pdf, { timeout: 60_000 });

    // The first page is the letter: Japanese, Korean beside it, the ID masked as chosen by default.
    const first = flat(await pdfRawText(pdf, 1));
    for (const expected of [
      '解約日以降の料金請求についての申し入れ',
      'NTTドコモ御中',
      '2026年11月10日に、解約日より後の期間の料金として3,280円が請求されました。',
      '受付番号：A-778899',
      '担当者：佐藤',
      '解約日：2026年9月30日',
      '저는아래회선의계약명의자입니다.',
      '••••••••78CD',
    ])
      expect(first).toContain(flat(expected));
    expect(first).not.toContain('解約の証拠レポート');
    const all = flat(await pdfRawText(pdf));
    for (const expected of [
      '11월요금은해지일이후의요금이므로받아들일수없습니다.',
      // The footnotes: the Japanese is the app's draft; the Korean was edited by him.
      'この日本語の文面は、差出人の記録をもとにアプリ「さよならSIM」が作成したものです。',
      '발신인이한국어본문을고쳤으므로',
      // The proof report follows, in Korean beside Japanese, with both clocks.
      '해지증빙보고서',
      '解約の証拠レポート',
      '(일본표준시)/',
    ])
      expect(all).toContain(flat(expected));
    expect(all).not.toContain('AB12345678CD');
    // His bill is the last page, after its header page.
    const pages = await pdfPageCount(pdf);
    expect(await pdfPageText(pdf, pages)).toContain('docomo bill November 2026: 3,280 yen');
    const header = CATALOGS.ko['Attached PDF {i} of {total}'] ?? '';
    expect(flat(await pdfPageText(pdf, pages - 1))).toContain(flat(header.slice(0, header.indexOf('{'))));

    // Tagged, with an outline that leads to the letter, the report and the attached bill's header.
    expect(await pdfTagged(pdf)).toBe(true);
    const structure = await pdfStructure(pdf);
    for (const element of ['H1', 'H2', 'Table']) expect(structure).toContain(element);
    const outline = await pdfOutline(pdf);
    expect(
      outline.find((entry) => entry.title.includes('解約日以降の料金請求についての申し入れ'))?.page,
    ).toBe(1);
    const report = outline.find((entry) => entry.title.includes('解約の証拠レポート'));
    expect(report?.page).toBeGreaterThan(1);
    const appendix = outline.find((entry) =>
      entry.title.includes(header.slice(0, header.indexOf('{')).trim()),
    );
    expect(appendix?.page).toBe(pages - 1);
    await savePdfPages(pdf, 'complaint-ko');

    // The same letter as text for a web form: Japanese first, then the Korean.
    const txt = path.join(outside, 'complaint.txt');
    app.ports.dialogs.savePath = txt;
    await page.getByRole('button', { name: ko['complaint.txt'] }).click();
    await expect(page.getByTestId('complaint-exported')).toContainText(txt);
    const text = await readFile(txt, 'utf8');
    expect(text.startsWith('解約日以降の料金請求についての申し入れ\n')).toBe(true);
    expect(text.indexOf('受付番号：A-778899')).toBeLessThan(text.indexOf('==== 한국어(참고용) ===='));
    expect(text).toContain('11월 요금은 해지일 이후의 요금이므로 받아들일 수 없습니다.');
    expect(app.foreignRequests).toEqual([]);
  } finally {
    await app.close();
    await rm(outside, { recursive: true, force: true });
  }
});

test('a Chinese student still in Japan sees where a Y!mobile complaint goes: no address found, and 188 while in Japan', async () => {
  const app = await launchApp({
    locale: 'zh-CN',
    timezoneId: 'Asia/Tokyo',
    viewport: { width: 1000, height: 900 },
  });
  try {
    const { page } = app;
    await seedCase(page, '我的 Y!mobile', {
      ...DOCOMO_PHYSICAL_SHOP,
      providerId: 'ymobile',
      whereabouts: 'in-japan',
      leavingDate: '2027-03-20',
    });
    await page.getByRole('tab', { name: zh['case.tab.proof'] }).click();
    await page.getByRole('button', { name: zh['complaint.open'] }).click();
    await expect(page.getByText(zh['complaint.noRecords'])).toBeVisible();
    await expect(page.getByLabel(zh['complaint.japanese'])).toHaveValue(
      /（記録された連絡はまだありません。）/,
    );
    await page.getByRole('radio', { name: zh['complaint.problem.refund-not-paid'] }).check();
    await expect(page.getByLabel(zh['complaint.japanese'])).toHaveValue(
      /私に返金されるべき金額が、まだ支払われていません。/,
    );
    await expect(page.getByLabel(zh['complaint.own'].replace('{language}', '简体中文'))).toHaveValue(
      /应退还给我的款项至今仍未退还。/,
    );
    // No page names Y!mobile's complaint address: said so, never guessed.
    const route = page.getByTestId('complaint-provider-route');
    await expect(route.getByTestId('fact')).toHaveAttribute('data-fact-status', 'not-found');
    await expect(route).toContainText('我们查阅的页面都没有给出向');
    const reaches = await page
      .getByTestId('complaint-body')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-reach')));
    expect(reaches).toEqual(['anywhere', 'anywhere', 'in-japan']);
    await expect(page.getByTestId('complaint-body').last()).toContainText('188');
    await page.getByRole('heading', { name: zh['complaint.title'] }).scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'complaint-editor-zh-CN');
    await expectNoSeriousA11yViolations(page);
  } finally {
    await app.close();
  }
});

test('a language changed with the complaint open keeps what the person chose, typed and wrote', async () => {
  const app = await launchApp({ locale: 'zh-CN', timezoneId: 'Asia/Tokyo' });
  try {
    const { page } = app;
    await seedCase(page, '我的 Y!mobile', { ...DOCOMO_PHYSICAL_SHOP, providerId: 'ymobile' });
    await page.getByRole('tab', { name: zh['case.tab.proof'] }).click();
    await page.getByRole('button', { name: zh['complaint.open'] }).click();
    const japanese = page.getByLabel(zh['complaint.japanese']);
    await page.getByLabel(zh['complaint.amount']).fill('2178');
    await page.getByLabel(zh['complaint.replyTo']).fill('lin@example.com');
    await expect(japanese).toHaveValue(/2,178円/);
    await expect(japanese).toHaveValue(/lin@example\.com/);
    // Her own line in the Chinese box: hers from now on.
    const chinese = page.getByLabel(zh['complaint.own'].replace('{language}', '简体中文'));
    await chinese.fill(`${await chinese.inputValue()}\n我已经离开日本。`);

    await page.getByTestId('language').selectOption('ko');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page.getByLabel(ko['complaint.amount'])).toHaveValue('2178');
    await expect(page.getByLabel(ko['complaint.replyTo'])).toHaveValue('lin@example.com');
    await expect(page.getByLabel(ko['complaint.japanese'])).toHaveValue(/2,178円/);
    await expect(page.getByLabel(ko['complaint.japanese'])).toHaveValue(/lin@example\.com/);
    await expect(page.getByLabel(ko['complaint.own'].replace('{language}', '한국어'))).toHaveValue(
      /我已经离开日本。/,
    );
  } finally {
    await app.close();
  }
});
