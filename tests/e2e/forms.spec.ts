// The rough edges a new user met in the forms (issue 25): a field left empty is said in the app's words
// and the user's language, not in Chromium's English bubble; a time the clocks skipped is said when it
// is entered, not silently moved an hour; and a checkbox keeps its label beside it on a narrow window.
import { expect, test } from '@playwright/test';
import { dictionaryFor } from '../fixtures/dictionaries';
import { expectNoSeriousA11yViolations } from './axe';
import { seedCase } from './flows';
import { launchApp } from './harness';
import { saveScreenshot } from './screenshots';

test('an empty date or a negative amount in the proof form is said in Chinese, beside the field, and nothing is saved', async () => {
  const app = await launchApp({ locale: 'zh-CN', viewport: { width: 800, height: 600 } });
  const t = dictionaryFor('zh-CN');
  try {
    const { page } = app;
    await seedCase(page, '我的 docomo 线路');
    await page.getByRole('tab', { name: t['case.tab.proof'] }).click();
    await page.getByRole('button', { name: t['proof.add'] }).click();
    const when = page.getByLabel(t['proof.form.when']);
    await when.fill('');
    await page.getByRole('button', { name: t['proof.form.save'] }).click();
    // The app's own sentence, tied to the field, and the field to it; the browser asked nothing.
    const problem = page.getByTestId('field-error');
    await expect(problem).toHaveText(t['proof.form.whenRequired']);
    await expect(when).toHaveAttribute('aria-invalid', 'true');
    await expect(when).toBeFocused();
    expect(await page.locator('form.record-form').evaluate((form: HTMLFormElement) => form.noValidate)).toBe(
      true,
    );
    await saveScreenshot(page, 'proof-form-required-zh-CN');
    await expectNoSeriousA11yViolations(page);
    // Filled in, the sentence goes; a negative fee is the next thing said.
    await when.fill('2026-11-24T15:30');
    await expect(problem).toHaveCount(0);
    await page.getByLabel(t['proof.form.fees']).fill('-500');
    await page.getByRole('button', { name: t['proof.form.save'] }).click();
    await expect(problem).toHaveText(t['proof.form.amountInvalid' as keyof typeof t]);
    await expect(page.getByTestId('record')).toHaveCount(0);
    await page.getByLabel(t['proof.form.fees']).fill('500');
    await page.getByRole('button', { name: t['proof.form.save'] }).click();
    await expect(page.getByTestId('record')).toHaveCount(1);
  } finally {
    await app.close();
  }
});

test('a time the clocks skipped in Los Angeles is said when it is entered, with the time it will be saved as', async () => {
  const app = await launchApp({
    locale: 'en-US',
    timezoneId: 'America/Los_Angeles',
    viewport: { width: 800, height: 600 },
  });
  try {
    const { page } = app;
    await seedCase(page, 'My docomo line');
    await page.getByRole('tab', { name: 'Proof' }).click();
    await page.getByRole('button', { name: 'Add a record' }).click();
    await page.getByLabel('Time zone').fill('America/Los_Angeles');
    const when = page.getByLabel('When it happened (local time)');
    // 2026-03-08: clocks in Los Angeles went from 02:00 straight to 03:00.
    await when.fill('2026-03-08T01:30');
    await expect(page.getByTestId('record-skipped')).toHaveCount(0);
    await when.fill('2026-03-08T02:30');
    const said = page.getByTestId('record-skipped');
    await expect(said).toContainText('02:30');
    await expect(said).toContainText('America/Los_Angeles');
    await expect(said).toContainText('March 8, 2026, 3:30 AM');
    await expect(when).toHaveAttribute('aria-describedby', /record-skipped/);
    await saveScreenshot(page, 'proof-form-skipped-time-en');
    await page.getByRole('button', { name: 'Save record' }).click();
    await expect(page.getByTestId('record')).toContainText('3:30 AM');
  } finally {
    await app.close();
  }
});

test('vi Settings at 800 px: each checkbox sits on the first line of its label', async () => {
  const app = await launchApp({ locale: 'vi-VN', viewport: { width: 800, height: 600 } });
  const t = dictionaryFor('vi');
  try {
    const { page } = app;
    await page.getByRole('button', { name: t['nav.settings'] }).click();
    const box = page.getByTestId('notifications');
    await expect(box).toBeVisible();
    await saveScreenshot(page, 'settings-vi-800');
    for (const checkbox of await page.locator('label:has(> input[type="checkbox"])').all()) {
      const label = await checkbox.boundingBox();
      const input = await checkbox.locator('input').boundingBox();
      const text = await checkbox.evaluate((element) => {
        const range = document.createRange();
        const node = [...element.childNodes].find((n) => n.textContent?.trim() && n.nodeName !== 'INPUT');
        if (!node) return null;
        range.selectNodeContents(node);
        const first = range.getClientRects()[0];
        return first ? { x: first.x, y: first.y, height: first.height } : null;
      });
      if (!label || !input || !text) throw new Error('a checkbox or its label is not drawn');
      // The label's first line starts right of the box, on the box's own line.
      expect(text.x).toBeGreaterThan(input.x + input.width);
      expect(Math.abs(text.y + text.height / 2 - (input.y + input.height / 2))).toBeLessThan(text.height);
    }
  } finally {
    await app.close();
  }
});
