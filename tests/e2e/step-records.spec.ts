// A proof step links to the records it produced: "Record the proof" opens the form with the step chosen,
// the saved record is listed under the step (its 受付番号 masked), still after a restart, and opens the
// record on the Proof tab.
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';
import { seedCase } from './flows';
import { launchApp } from './harness';
import { SCREENSHOT_DIR, saveScreenshot } from './screenshots';

const STEP = 'cancel.keep-confirmation';

test('record the proof from a step → the step lists it, after a restart too, and opens it', async () => {
  // A user in Japan: the time reads as entered, with no zone named.
  const app = await launchApp({
    locale: 'zh-CN',
    viewport: { width: 800, height: 600 },
    timezoneId: 'Asia/Tokyo',
  });
  try {
    const { page } = app;
    await seedCase(page, '我的 docomo 线路');
    const step = page.locator(`[data-testid="step"][data-step-id="${STEP}"]`);
    await expect(step.getByTestId('step-records')).toHaveCount(0);

    await step.getByRole('button', { name: '记录凭证' }).click();
    await expect(page.getByRole('tab', { name: '凭证' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByLabel('发生了什么')).toBeFocused();
    await expect(page.getByLabel('对应的清单步骤')).toHaveValue(STEP);
    // The step was done online: the form starts as an online cancellation, not a shop visit.
    await expect(page.getByLabel('发生了什么')).toHaveValue('online-cancellation');
    await page.getByLabel('发生了什么').selectOption('online-cancellation');
    await page.getByLabel('发生时间（当地时间）').fill('2026-11-24T15:30');
    await page.getByLabel('时区').fill('Asia/Tokyo');
    await page.getByLabel('受理编号（受付番号）').fill('A-778899');
    await page.getByRole('button', { name: '保存记录' }).click();
    await expect(page.getByTestId('record')).toHaveCount(1);

    await page.getByRole('tab', { name: '清单' }).click();
    const listed = step.getByTestId('step-records').getByRole('button');
    await expect(listed).toHaveCount(1);
    await expect(listed).toHaveText('2026年11月24日 15:30 — 网上解约 · 受理编号 ••••••99');
    await expect(step.getByTestId('step-records')).not.toContainText('A-778899');
    await step.getByTestId('step-records').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'step-records-zh-CN-800x600');
    // The step alone, for a person to look at without scrolling the whole checklist.
    await step.screenshot({ path: path.join(SCREENSHOT_DIR, 'step-records-step-zh-CN.png') });
    await expectNoSeriousA11yViolations(page);

    await app.restart();
    const again = app.page.locator(`[data-testid="step"][data-step-id="${STEP}"]`);
    const still = again.getByTestId('step-records').getByRole('button');
    await expect(still).toHaveText('2026年11月24日 15:30 — 网上解约 · 受理编号 ••••••99');

    await still.click();
    await expect(app.page.getByRole('tab', { name: '凭证' })).toHaveAttribute('aria-selected', 'true');
    const record = app.page.getByTestId('record');
    await expect(record).toBeFocused();
    await expect(record).toHaveAttribute('aria-current', 'true');
    await expect(record).toContainText('网上解约');
    // Opening a record shows it; it does not open the form.
    await expect(app.page.getByLabel('发生了什么')).toHaveCount(0);
    await expectNoSeriousA11yViolations(app.page);
  } finally {
    await app.close();
  }
});
