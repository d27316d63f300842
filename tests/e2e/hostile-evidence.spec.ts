// Two of the people in /work/shared/reference/personas.md, with what such a person may well hand the app:
// a nurse from Seoul disputing a Y!mobile bill from abroad attaches the carrier's statement, a 10,000-page
// bill archive, a file that only claims to be a PDF's page tree, and a scan whose header claims 20,000 ×
// 20,000 pixels; a student from Shanghai opens a backup made by a newer version of the app.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import yazl from 'yazl';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { CATALOGS } from '../../data/text';
import { doubledPageTree, manyPages, pngHeader } from '../fixtures/hostile-files';
import { DOCOMO_PHYSICAL_SHOP } from '../fixtures/profiles';
import { dictionaryFor } from '../fixtures/dictionaries';
import { seedCase } from './flows';
import { launchApp } from './harness';
import { exportPdfReport, pdfPageCount, pdfPageText, savePdfPages } from './pdf';
import { saveScreenshot } from './screenshots';

/** The carrier's statement: two pages whose text says which page it is. */
async function statementPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const n of [1, 2])
    doc.addPage([420, 595]).drawText(`Y!mobile statement page ${n} of 2`, { x: 40, y: 540, size: 18, font });
  return doc.save();
}

const before = (mark: string, text = '') =>
  text.slice(0, text.indexOf(mark) >= 0 ? text.indexOf(mark) : undefined);

test('ko: hostile attachments are listed as not appended / not shown, in Korean; the statement is appended', async () => {
  test.setTimeout(180_000);
  const app = await launchApp({
    locale: 'ko-KR',
    timezoneId: 'Asia/Seoul',
    viewport: { width: 1000, height: 760 },
  });
  const outside = await mkdtemp(path.join(os.tmpdir(), 'sayonara-e2e-hostile-'));
  try {
    const { page } = app;
    const ko = dictionaryFor('ko');
    await seedCase(page, 'Y!mobile 회선', {
      ...DOCOMO_PHYSICAL_SHOP,
      providerId: 'ymobile',
      channel: 'phone',
    });
    await page.getByRole('tab', { name: ko['case.tab.proof'] }).click();
    const files: [string, Uint8Array][] = [
      ['statement.pdf', await statementPdf()],
      ['bill-archive.pdf', manyPages(10_000)],
      ['crafted.pdf', doubledPageTree(40)],
      ['scan.png', pngHeader(20_000, 20_000)],
    ];
    const picked: string[] = [];
    for (const [name, bytes] of files) {
      picked.push(path.join(outside, name));
      await writeFile(picked.at(-1) ?? '', bytes);
    }
    await page.getByRole('button', { name: ko['proof.add'] }).click();
    await page.getByLabel(ko['proof.form.kind']).selectOption('phone-call');
    await page.getByLabel(ko['proof.form.when']).fill('2026-11-24T10:30');
    await page.getByLabel(ko['proof.form.timeZone']).fill('Asia/Seoul');
    await page.getByLabel(ko['proof.form.referenceNumber']).fill('YM-20261124');
    app.ports.dialogs.picked = picked;
    await page.getByRole('button', { name: ko['proof.form.attach'] }).click();
    await expect(page.getByText('scan.png', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: ko['proof.form.save'] }).click();
    await expect(page.getByTestId('record')).toHaveCount(1);
    await saveScreenshot(page, 'hostile-evidence-record-ko');

    const pdf = path.join(outside, 'report-ko.pdf');
    const text = (await exportPdfReport(app, pdf, ko['report.pdf'])).replace(/\s+/g, ' ');
    const ownWords = (en: string) => before('{', CATALOGS.ko[en]).replace(/\s+/g, ' ').trim();
    // Each refusal in Korean, with the Japanese beside it, and the limit it met.
    for (const en of [
      'This PDF was not appended: it has more than {max} pages, the most a report appends from one file; the file itself is kept in the app.',
      'This image is not shown: it is {width} × {height} pixels, more than the {max} million a report draws; the file itself is kept in the app.',
    ])
      expect(text).toContain(ownWords(en));
    expect(text).toContain(
      CATALOGS.ko[
        'This PDF was not appended: its list of pages is malformed (a page listed twice, or nested too deep), and reading it could stall the app; the file itself is kept in the app.'
      ]?.slice(0, 15) ?? '—',
    );
    expect(text).toContain('1000');
    expect(text).toContain('20000 × 20000');
    // The statement's two pages close the report, behind its header page.
    const pages = await pdfPageCount(pdf);
    expect(await pdfPageText(pdf, pages - 1)).toContain('Y!mobile statement page 1 of 2');
    expect(await pdfPageText(pdf, pages)).toContain('Y!mobile statement page 2 of 2');
    expect(pages).toBeLessThan(20);
    await savePdfPages(pdf, 'hostile-evidence-report-ko');
    await writeFile(
      path.join(os.tmpdir(), 'h22-report-ko.pdf'),
      await import('node:fs/promises').then((fs) => fs.readFile(pdf)),
    );
  } finally {
    await app.close();
    await rm(outside, { recursive: true, force: true });
  }
});

test('zh-CN: a backup from a newer version of the app says so, and changes nothing', async () => {
  const app = await launchApp({ locale: 'zh-CN', viewport: { width: 900, height: 700 } });
  const outside = await mkdtemp(path.join(os.tmpdir(), 'sayonara-e2e-newer-'));
  try {
    const { page } = app;
    await seedCase(page, '我的 docomo 线路');
    // What a later version might write: a new archive format, with fields this one does not know.
    const zip = new yazl.ZipFile();
    zip.addBuffer(Buffer.from('{}'), 'sayonara.json');
    zip.addBuffer(
      Buffer.from(
        JSON.stringify({ format: 'sayonara-backup', formatVersion: 2, encrypted: false, files: [] }),
      ),
      'manifest.json',
    );
    zip.end();
    const chunks: Buffer[] = [];
    for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
    const file = path.join(outside, 'from-a-newer-version.sayonara');
    await writeFile(file, Buffer.concat(chunks));

    await page.getByRole('button', { name: '设置' }).click();
    app.ports.dialogs.openPath = file;
    await page.getByRole('button', { name: '从备份恢复…' }).click();
    const banner = page.getByTestId('error-banner');
    await expect(banner).toContainText('这个备份来自更新版本的 さよならSIM');
    await expect(banner).not.toContainText('损坏');
    await expect(page.getByTestId('backup-preview')).toHaveCount(0);
    await saveScreenshot(page, 'newer-backup-zh-CN-900x700');
    expect(app.store.data.cases.map((c) => c.name)).toEqual(['我的 docomo 线路']);
  } finally {
    await app.close();
    await rm(outside, { recursive: true, force: true });
  }
});
