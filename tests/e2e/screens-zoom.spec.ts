import { expect, test } from '@playwright/test';
import { seedCase } from './flows';
import { launchApp } from './harness';
import { saveScreenshot } from './screenshots';

// 800×600 at 200% zoom leaves a 400×300 CSS-pixel window: the layout must reflow, not scroll sideways.
test('the checklist and the case list reflow at 200% zoom (400×300 CSS px)', async () => {
  const app = await launchApp({ locale: 'ja-JP', viewport: { width: 400, height: 300 } });
  try {
    const { page } = app;
    await seedCase(page, 'ドコモ eSIM');
    await expect(page.getByTestId('step').first()).toBeVisible();
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await saveScreenshot(page, 'zoom200-checklist-ja');
    await page.getByRole('navigation').getByRole('button').first().click();
    await expect(page.getByTestId('case-card')).toHaveCount(1);
    expect(await overflow()).toBeLessThanOrEqual(0);
  } finally {
    await app.close();
  }
});
