import { expect, test } from '@playwright/test';
import { DOCOMO_ESIM_ANSWERS, seedCase } from './flows';
import { launchApp } from './harness';

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
