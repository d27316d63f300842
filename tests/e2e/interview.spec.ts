import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { DOCOMO_ESIM, DOCOMO_ESIM_ANSWERS, seedCase } from './flows';
import { dictionaryFor } from '../fixtures/dictionaries';
import { launchApp } from './harness';
import { saveScreenshot } from './screenshots';
import { exportPdfReport, savePdfFirstPage } from './pdf';
import { japanDay, plusDays } from '../../electron/guide/days';
import { formatDay } from '../../electron/shared/format';

test('Enter does not submit while an IME composition is open (interview and rename)', async () => {
  const app = await launchApp({ locale: 'ja-JP' });
  try {
    const { page } = app;
    await page.getByRole('button', { name: '新しい手続きを始める' }).click();
    // Reach the name question through the bridge-free path: pick each first answer with the mouse.
    for (let i = 0; i < DOCOMO_ESIM_ANSWERS.length; i++) {
      await page.locator('input[type="radio"]').last().check();
      await page.getByRole('button', { name: '次へ' }).click();
    }
    const name = page.getByLabel('手続きの名前（任意）');
    await name.fill('かいやく');
    await name.dispatchEvent('compositionstart', { data: '' });
    await name.press('Enter');
    await expect(page.getByRole('heading', { name: '手続きに名前をつける' })).toBeVisible();
    await name.fill('解約');
    await name.dispatchEvent('compositionend', { data: '解約' });
    await name.press('Enter');
    await expect(page.getByRole('heading', { name: '回答の確認' })).toBeVisible();
  } finally {
    await app.close();
  }

  const second = await launchApp({ locale: 'zh-CN' });
  try {
    const { page } = second;
    await seedCase(page, '旧名称');
    await page.getByRole('button', { name: '重命名' }).click();
    const field = page.getByLabel('新名称');
    await field.fill('zhuxiao');
    await field.dispatchEvent('compositionstart', { data: '' });
    await field.press('Enter');
    await expect(field).toBeVisible();
    await field.fill('注销');
    await field.dispatchEvent('compositionend', { data: '注销' });
    await field.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: '注销' })).toBeVisible();
  } finally {
    await second.close();
  }
});

test('the interview goes back and forth without losing answers, and asks before going on', async () => {
  const app = await launchApp({ locale: 'en-US' });
  try {
    const { page } = app;
    await page.getByRole('button', { name: 'Start a new case' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Choose an answer to go on.' })).toBeVisible();
    await page.getByRole('radio', { name: 'NTT docomo' }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('radio', { name: 'A Japanese national' }).check();
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.getByRole('radio', { name: 'NTT docomo' })).toBeChecked();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByRole('radio', { name: 'A Japanese national' })).toBeChecked();
    // Where the number goes is asked only of someone keeping it: 11 questions, not 12.
    await expect(page.getByText('Question 2 of 11')).toBeVisible();
  } finally {
    await app.close();
  }
});

test('a Japanese national moving the number is asked how to move it out (転出), not how to cancel', async () => {
  test.setTimeout(180_000);
  const app = await launchApp({ locale: 'ja-JP' });
  try {
    const { page } = app;
    const ja = dictionaryFor('ja');
    const next = () => page.getByRole('button', { name: ja['common.next'], exact: true }).click();
    const pick = async (value: string) => {
      await page.locator(`input[type="radio"][value="${value}"]`).check();
      await next();
    };
    await page.getByRole('button', { name: ja['home.start'] }).first().click();
    for (const value of ['docomo', 'japanese-national', 'esim', 'postpaid']) await pick(value);
    await page.getByRole('radio', { name: ja['interview.leaving.none'], exact: true }).check();
    await next();
    await pick('keep');
    await pick('povo');
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText(ja['interview.q.channel.titleMnp']);
    await expect(heading).toContainText('転出');
    await expect(heading).not.toContainText('解約');
    await saveScreenshot(page, 'interview-channel-mnp-ja');
    for (const value of ['online', 'keep', 'no']) await pick(value);
    await next(); // the case's name is optional
    await expect(
      page.getByRole('heading', { level: 1, name: ja['interview.q.summary.title'] }),
    ).toBeVisible();
    await expect(page.locator('.summary dt').filter({ hasText: '転出' })).toHaveCount(1);
    await expect(page.locator('.summary dt').filter({ hasText: '解約' })).toHaveCount(0);
    await saveScreenshot(page, 'interview-summary-mnp-ja');

    // If One-Stop does not work for her, she gets an MNP予約番号 and records it with its 有効期限.
    await page.getByRole('button', { name: ja['interview.create'] }).click();
    await page.getByRole('tab', { name: ja['case.tab.proof'] }).click();
    await page.getByRole('button', { name: ja['proof.add'] }).click();
    // The record form (the Proof tab's 'ask the staff' card has its own 解約日 field).
    const form = page.locator('form').filter({ has: page.locator('#record-kind') });
    await form.getByLabel(ja['proof.form.kind'], { exact: true }).selectOption('mnp-issued');
    await expect(form.getByLabel('解約日')).toHaveCount(0);
    await expect(form.getByLabel('受付番号')).toHaveCount(0);
    await form.getByLabel('MNP予約番号', { exact: true }).fill('1234567890');
    const validUntil = plusDays(japanDay(new Date()), 3);
    await form.getByLabel('有効期限', { exact: true }).fill(validUntil);
    await saveScreenshot(page, 'record-form-mnp-ja');
    await page.getByRole('button', { name: ja['proof.form.save'] }).click();
    await expect(page.getByTestId('record')).toContainText('MNP予約番号');
    await expect(page.getByTestId('record')).toContainText(`有効期限: ${formatDay(validUntil, 'ja')}`);

    // The plan still waits for the switch, and says until when the number is valid.
    await page.getByRole('tab', { name: ja['case.tab.plan'] }).click();
    await expect(
      page.getByText(`記録したMNP予約番号の有効期限は${formatDay(validUntil, 'ja')}までで`),
    ).toBeVisible();
    // Not what a number got today would last: hers is still valid.
    await expect(page.getByText('今日（')).toHaveCount(0);
    await saveScreenshot(page, 'plan-mnp-valid-until-ja');

    // The report for the new carrier's shop names the number and its expiry; the line is not cancelled.
    await page.getByRole('tab', { name: ja['case.tab.proof'] }).click();
    const outside = await mkdtemp(path.join(os.tmpdir(), 'sayonara-e2e-mnp-'));
    try {
      const pdf = path.join(outside, 'mnp.pdf');
      const report = (await exportPdfReport(app, pdf, ja['report.pdf'])).replace(/\s+/g, ' ');
      await savePdfFirstPage(pdf, 'report-mnp-ja');
      expect(report).toContain('MNP予約番号 1234567890');
      expect(report).toContain(`有効期限 ${formatDay(validUntil, 'ja')}`);
      expect(report).not.toContain('解約済み');
      expect(report).not.toMatch(/受付番号 ?1234567890/);
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  } finally {
    await app.close();
  }
});

test('an English reader records the MNP reservation number: the form and the report name it, the line is not cancelled', async () => {
  test.setTimeout(180_000);
  const app = await launchApp({ locale: 'en-US' });
  const outside = await mkdtemp(path.join(os.tmpdir(), 'sayonara-e2e-mnp-en-'));
  try {
    const { page } = app;
    await seedCase(page, 'docomo to IIJmio', {
      ...DOCOMO_ESIM,
      numberPlan: 'keep',
      newProviderId: 'iijmio',
    });
    await page.getByRole('tab', { name: 'Proof' }).click();
    await page.getByRole('button', { name: 'Add a record' }).click();
    const form = page.locator('form').filter({ has: page.locator('#record-kind') });
    await form.getByLabel('What happened', { exact: true }).selectOption('mnp-issued');
    await expect(form.getByLabel('Cancellation date (解約日)')).toHaveCount(0);
    // No final bill comes with a reservation number: the form does not ask for one.
    await expect(form.locator('#record-bill')).toHaveCount(0);
    await form.getByLabel('MNP reservation number (MNP予約番号)', { exact: true }).fill('9876543210');
    const validUntil = plusDays(japanDay(new Date()), 10);
    await form.getByLabel('Valid until (有効期限)', { exact: true }).fill(validUntil);
    await saveScreenshot(page, 'record-form-mnp-en');
    await page.getByRole('button', { name: 'Save record' }).click();
    await expect(page.getByTestId('record')).toContainText('Valid until (有効期限)');

    const pdf = path.join(outside, 'mnp-en.pdf');
    const report = (await exportPdfReport(app, pdf, 'Export PDF')).replace(/\s+/g, ' ');
    await savePdfFirstPage(pdf, 'report-mnp-en');
    // Each row's label in English with the Japanese beside it (pdftotext may put it after the value).
    expect(report).toMatch(/MNP reservation number (?:MNP予約番号 )?9876543210 MNP予約番号 /);
    const day = formatDay(validUntil, 'en');
    expect(report).toMatch(new RegExp(`Valid until (?:有効期限 )?${day} \\(date in Japan\\)(?: 有効期限)?`));
    expect(report).toContain('In progress');
    expect(report).not.toMatch(/Cancelled, effective/);
  } finally {
    await app.close();
    await rm(outside, { recursive: true, force: true });
  }
});
