// The proof report carries the evidence: a shop visit with a screenshot (PNG), a photo (JPEG), the
// carrier's receipt (a two-page PDF) and its confirmation e-mail (ISO-2022-JP .eml) attached, exported as PDF in every shipped language, and read back with poppler-utils: the
// pictures are drawn in it, the e-mail is printed decoded, the receipt's pages follow a header naming the record and the hash, and the
// first page says what was cancelled, when, and the reference number. Every page is saved to look at.
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { DOCOMO_PHYSICAL_SHOP } from '../fixtures/profiles';
import { fixtureFile } from '../fixtures/mail';
import { CATALOGS } from '../../data/text';
import { formatDay, formatInstant } from '../../electron/shared/format';
import type { Locale } from '../../electron/guide/types';
import { dictionaryFor } from '../fixtures/dictionaries';
import { seedCase } from './flows';
import { launchApp } from './harness';
import { saveScreenshot } from './screenshots';
import {
  exportPdfReport,
  pdfFonts,
  pdfImages,
  pdfPageCount,
  pdfPageText,
  pdfText,
  savePdfPages,
} from './pdf';

/** The carrier's receipt: two pages whose text says which page it is. */
async function receiptPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const n of [1, 2])
    doc.addPage([420, 595]).drawText(`docomo receipt page ${n} of 2`, { x: 40, y: 540, size: 18, font });
  return doc.save();
}

const before = (mark: string, text = '') =>
  text.slice(0, text.indexOf(mark) >= 0 ? text.indexOf(mark) : undefined);
/** The Noto family each reader's text is set in, embedded beside the Japanese. */
const OWN_FACE: Record<string, string> = {
  'zh-TW': 'NotoSansTC',
  ko: 'NotoSansKR',
  ne: 'NotoSansDevanagari',
};

/** An instant as a reader in Tokyo reads it, in their language. */
const inTokyo = (locale: Locale, iso: string) => formatInstant(iso, { locale, timeZone: 'Asia/Tokyo' });

const EXPORTS: { locale: Locale; button: string; summary: string[]; header: string; when: string }[] = [
  // `when`: the visit as the reader in Tokyo reads it, in their language.
  {
    locale: 'zh-CN',
    button: '导出 PDF',
    summary: ['已解约', '解約済み', 'A-778899'],
    header: '附加 PDF',
    when: '2026年11月24日 15:30',
  },
  {
    locale: 'en',
    button: 'Export PDF',
    summary: ['Cancelled', '解約済み', 'A-778899'],
    header: 'Attached PDF 1 of 1',
    when: 'November 24, 2026, 3:30 PM',
  },
  {
    locale: 'ja',
    button: 'PDF を書き出す',
    summary: ['解約済み', '受付番号 A-778899'],
    header: '添付PDF',
    when: '2026年11月24日 15:30',
  },
  // The languages added later, in their own words (read from their catalogs: a translator may reword).
  ...(['zh-TW', 'ko', 'vi', 'ne', 'id', 'pt-BR'] as const).map((locale) => ({
    locale,
    button: dictionaryFor(locale)['report.pdf'],
    summary: [
      before('{', CATALOGS[locale]['Cancelled: {what}, effective {date}{ref}.']),
      '解約済み',
      before('{ref}', CATALOGS[locale][', reference number {ref}'])
        .replace(/^[,，、\s]+/, '')
        .trim(),
      'A-778899',
    ],
    header: before('{', CATALOGS[locale]['Attached PDF {i} of {total}']),
    when: inTokyo(locale, '2026-11-24T06:30:00Z'),
  })),
];

test('a shop visit with a PNG, a JPEG, a PDF and an e-mail: the report draws, appends and prints them, in every language', async () => {
  // Nine PDF exports, each read back four times: slow on a shared machine, not a hang.
  test.setTimeout(540_000);
  const app = await launchApp({
    locale: 'zh-CN',
    timezoneId: 'Asia/Tokyo',
    viewport: { width: 1000, height: 760 },
  });
  const outside = await mkdtemp(path.join(os.tmpdir(), 'sayonara-e2e-evidence-'));
  try {
    const { page } = app;
    await seedCase(page, '我的 docomo 线路', DOCOMO_PHYSICAL_SHOP);
    await page.getByRole('tab', { name: '凭证' }).click();

    const shot = path.join(outside, 'counter.png');
    await writeFile(shot, await page.screenshot({ clip: { x: 0, y: 0, width: 320, height: 240 } }));
    const photo = path.join(outside, 'counter.jpg');
    await writeFile(
      photo,
      await page.screenshot({ type: 'jpeg', clip: { x: 0, y: 0, width: 280, height: 200 } }),
    );
    // What a phone saves: 1170 × 2532 pixels, printed at the size the page gives it.
    const phone = await page
      .context()
      .browser()
      ?.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3 });
    const phoneShot = path.join(outside, 'IMG_2041.PNG');
    await phone?.setContent(
      '<body style="background:#fafafa"><h1 style="color:#c03">Cancellation complete</h1></body>',
    );
    await writeFile(phoneShot, (await phone?.screenshot()) ?? '');
    await phone?.close();
    const mail = path.join(outside, 'docomo-mail.eml');
    await writeFile(mail, await readFile(fixtureFile('cancellation-iso-2022-jp.eml')));
    const receipt = path.join(outside, 'receipt.pdf');
    const receiptBytes = await receiptPdf();
    await writeFile(receipt, receiptBytes);
    const receiptHash = createHash('sha256').update(receiptBytes).digest('hex');

    await page.getByRole('button', { name: '添加记录' }).click();
    await page.getByLabel('发生了什么').selectOption('shop-visit');
    await page.getByLabel('发生时间（当地时间）').fill('2026-11-24T15:30');
    await page.getByLabel('时区').fill('Asia/Tokyo');
    await page.getByLabel('门店（分店）').fill('docomo Shop 新宿');
    await page.getByLabel('受理编号（受付番号）').fill('A-778899');
    await page.getByLabel('解约生效日（解約日）').fill('2026-11-30');
    app.ports.dialogs.picked = [shot, photo, phoneShot, receipt, mail];
    await page.getByRole('button', { name: '添加文件…' }).click();
    await expect(page.getByRole('img', { name: 'counter.png' })).toBeVisible();
    await page.getByRole('button', { name: '保存记录' }).click();
    await expect(page.getByTestId('record')).toHaveCount(1);

    for (const { locale, button, summary, header, when } of EXPORTS) {
      if (locale !== 'zh-CN') await page.getByTestId('language').selectOption(locale);
      const pdf = path.join(outside, `report-${locale}.pdf`);
      await exportPdfReport(app, pdf, button);

      // The screenshot and the photo are drawn in the report at their own size in pixels.
      const images = await pdfImages(pdf);
      expect(images).toContainEqual(expect.objectContaining({ width: 320, height: 240 }));
      expect(images).toContainEqual(expect.objectContaining({ width: 280, height: 200 }));
      // The phone's screenshot is drawn at the printed size (200 dpi), the caption naming the original's.
      expect(images).toContainEqual(expect.objectContaining({ width: 728, height: 1575 }));
      expect(images).not.toContainEqual(expect.objectContaining({ width: 1170 }));
      // The e-mail reads as sent: subject and text decoded from ISO-2022-JP, sent 15:42 in Tokyo.
      const text = (await pdfText(pdf)).replace(/\s+/g, ' ');
      for (const expected of [
        '【ドコモ】ご解約手続き完了のお知らせ',
        '受付番号：A-778899',
        'support@mail.example.jp',
        inTokyo(locale, '2026-11-30T06:42:10Z'),
        '1170 × 2532',
      ])
        expect(text).toContain(expected);
      expect(text).not.toContain('$B');
      // The receipt's two pages are the last two, behind one header page naming the record and the hash.
      const pages = await pdfPageCount(pdf);
      const headerPage = (await pdfPageText(pdf, pages - 2)).replace(/\s+/g, ' ');
      for (const expected of [header, 'receipt.pdf', when, receiptHash.slice(0, 32)])
        expect(headerPage).toContain(expected);
      expect(await pdfPageText(pdf, pages - 1)).toContain('docomo receipt page 1 of 2');
      expect(await pdfPageText(pdf, pages)).toContain('docomo receipt page 2 of 2');
      // The report's own pages (the receipt's come after its header page) read where no CJK font is
      // installed: every font they use is inside the file, Noto Sans in both weights among them.
      const fonts = await pdfFonts(pdf, pages - 2);
      expect(fonts.filter((f) => !f.embedded)).toEqual([]);
      const faces = fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, ''));
      for (const face of ['NotoSansJP-Regular', 'NotoSansJP-Bold']) expect(faces).toContain(face);
      const own = OWN_FACE[locale];
      if (own) expect(faces).toContain(`${own}-Regular`);
      // The first page says what was cancelled, when (the day as the reader writes it) and the reference.
      const first = (await pdfPageText(pdf, 1)).replace(/\s+/g, ' ');
      for (const expected of [...summary, formatDay('2026-11-30', locale)]) expect(first).toContain(expected);
      await savePdfPages(pdf, `report-evidence-${locale}`);
    }

    // With files: a Markdown report whose link opens the very PNG that was attached.
    await page.getByTestId('language').selectOption('ja');
    await page.getByRole('checkbox', { name: /添付ファイルも一緒に/ }).check();
    app.ports.dialogs.savePath = path.join(outside, 'with-files');
    await page.getByRole('button', { name: 'Markdown を書き出す' }).click();
    const md = path.join(outside, 'with-files', 'with-files.md');
    await expect(page.getByTestId('report-saved')).toContainText(md);
    await saveScreenshot(page, 'report-export-ja');
    const link = /\[counter\.png\]\(([^)]+)\)/.exec(await readFile(md, 'utf8'))?.[1] ?? '';
    expect(await readFile(path.join(outside, 'with-files', link))).toEqual(await readFile(shot));
    expect(app.foreignRequests).toEqual([]);
  } finally {
    await app.close();
    await rm(outside, { recursive: true, force: true });
  }
});
