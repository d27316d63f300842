// Issue 19, "both clocks": a record entered in Berlin on a summer night and one on a winter night, and
// records entered in Los Angeles on both sides of its spring change, are printed (on screen and in the
// PDF report) in Japan time and in the reader's zone, each named as it was on that day.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { DOCOMO_PHYSICAL_SHOP } from '../fixtures/profiles';
import { dictionaryFor } from '../fixtures/dictionaries';
import { seedCase } from './flows';
import { launchApp } from './harness';
import { saveScreenshot } from './screenshots';
import { exportPdfReport, pdfRawText, savePdfPages } from './pdf';

const flat = (text: string) => text.replace(/\s+/g, ' ');

/** Adds a phone-call record at a wall-clock time in the zone the form starts with: the computer's own. */
async function addCall(page: Page, when: string, reference: string) {
  await page.getByRole('button', { name: 'Add a record' }).click();
  await page.getByLabel('What happened').selectOption('phone-call');
  await page.getByLabel('When it happened (local time)').fill(when);
  await page.getByLabel('Reference number (受付番号)').fill(reference);
  await page.getByRole('button', { name: 'Save record' }).click();
  // Saved once the form has closed: the next record starts from a fresh form.
  await expect(page.getByRole('button', { name: 'Save record' })).toHaveCount(0);
}

test('Berlin, summer and winter: Japan time first, then CEST in July and CET in January, on screen and in the PDF', async () => {
  test.setTimeout(180_000);
  const app = await launchApp({
    locale: 'en-US',
    timezoneId: 'Europe/Berlin',
    viewport: { width: 1000, height: 800 },
  });
  const outside = await mkdtemp(path.join(os.tmpdir(), 'sayonara-e2e-times-'));
  try {
    const { page } = app;
    await seedCase(page, 'Berlin line', DOCOMO_PHYSICAL_SHOP);
    await page.getByRole('tab', { name: 'Proof' }).click();
    await addCall(page, '2026-07-01T23:30', 'SUMMER-1');
    await addCall(page, '2026-01-15T22:30', 'WINTER-1');
    await expect(page.getByTestId('record')).toHaveCount(2);
    // On screen: the 1 July evening was already 2 July in Japan, at a month's end another billing month.
    const summer =
      'July 2, 2026, 6:30 AM (Japan Standard Time) / July 1, 2026, 11:30 PM (Central European Summer Time)';
    const winter =
      'January 16, 2026, 6:30 AM (Japan Standard Time) / January 15, 2026, 10:30 PM (Central European Standard Time)';
    await expect(page.getByTestId('record').filter({ hasText: summer })).toHaveCount(1);
    await expect(page.getByTestId('record').filter({ hasText: winter })).toHaveCount(1);
    await page.getByTestId('record').first().scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'report-times-berlin-records');

    const pdf = path.join(outside, 'berlin.pdf');
    await exportPdfReport(app, pdf, 'Export PDF');
    const text = flat(await pdfRawText(pdf));
    for (const expected of [summer, winter, 'Every time is given in Japan time'])
      expect(text).toContain(expected);
    // "Generated" names the zones as they are today, on the same two clocks.
    expect(text).toMatch(
      /Generated.{0,40}: .+\(Japan Standard Time\) \/ .+\(Central European (Standard|Summer) Time\)/,
    );
    // No time stands without its zone's name.
    expect(text).not.toMatch(/\d:\d\d (AM|PM)(?! \()/);
    await savePdfPages(pdf, 'report-times-berlin');

    // In Korean, the same clocks, named in Korean.
    await page.getByTestId('language').selectOption('ko');
    const ko = path.join(outside, 'berlin-ko.pdf');
    await exportPdfReport(app, ko, dictionaryFor('ko')['report.pdf']);
    const koText = flat(await pdfRawText(ko));
    expect(koText).toContain(
      '2026년 7월 2일 오전 6:30 (일본 표준시) / 2026년 7월 1일 오후 11:30 (중부유럽 하계 표준시)',
    );
    expect(koText).toContain(
      '2026년 1월 16일 오전 6:30 (일본 표준시) / 2026년 1월 15일 오후 10:30 (중부유럽 표준시)',
    );
  } finally {
    await app.close();
    await rm(outside, { recursive: true, force: true });
  }
});

test('Los Angeles across the spring change: PST on 7 March, PDT on 9 March, with Japan time first', async () => {
  test.setTimeout(120_000);
  const app = await launchApp({
    locale: 'en-US',
    timezoneId: 'America/Los_Angeles',
    viewport: { width: 1000, height: 800 },
  });
  const outside = await mkdtemp(path.join(os.tmpdir(), 'sayonara-e2e-times-'));
  try {
    const { page } = app;
    await seedCase(page, 'LA line', DOCOMO_PHYSICAL_SHOP);
    await page.getByRole('tab', { name: 'Proof' }).click();
    // Clocks went from 02:00 to 03:00 on 8 March 2026: the same 13:30/14:30 are 21 and 22 hours behind
    // Japan before, 16 after.
    await addCall(page, '2026-03-07T13:30', 'BEFORE-1');
    await addCall(page, '2026-03-09T14:30', 'AFTER-1');
    await expect(page.getByTestId('record')).toHaveCount(2);
    const before =
      'March 8, 2026, 6:30 AM (Japan Standard Time) / March 7, 2026, 1:30 PM (Pacific Standard Time)';
    const after =
      'March 10, 2026, 6:30 AM (Japan Standard Time) / March 9, 2026, 2:30 PM (Pacific Daylight Time)';
    await expect(page.getByTestId('record').filter({ hasText: before })).toHaveCount(1);
    await expect(page.getByTestId('record').filter({ hasText: after })).toHaveCount(1);

    const pdf = path.join(outside, 'la.pdf');
    await exportPdfReport(app, pdf, 'Export PDF');
    const text = flat(await pdfRawText(pdf));
    expect(text).toContain(before);
    expect(text).toContain(after);
    await savePdfPages(pdf, 'report-times-los-angeles');
  } finally {
    await app.close();
    await rm(outside, { recursive: true, force: true });
  }
});
