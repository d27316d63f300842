import { expect, test } from '@playwright/test';
import { DOCOMO_ESIM_ANSWERS, seedCase } from './flows';
import { dictionaryFor } from '../fixtures/dictionaries';
import { launchApp } from './harness';
import { saveScreenshot } from './screenshots';

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
  } finally {
    await app.close();
  }
});
