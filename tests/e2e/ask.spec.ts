// The counter questions on the proof tab: Japanese to show or read out, with the kana reading and the
// meaning in the reader's language beneath; a Japanese reader gets the Japanese only.
import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';
import { seedCase } from './flows';
import { launchApp } from './harness';
import { saveScreenshot } from './screenshots';

const CASES = [
  { name: 'zh-CN', locale: 'zh-CN', tab: '凭证', meaning: '可以告诉我受理编号吗？', kana: true },
  {
    name: 'en',
    locale: 'en-US',
    tab: 'Proof',
    meaning: 'Could you give me the reference number?',
    kana: true,
  },
  { name: 'ja', locale: 'ja-JP', tab: '証拠', meaning: null, kana: false },
] as const;

for (const c of CASES) {
  test(`the counter questions in ${c.name}: Japanese${c.kana ? ', its reading and its meaning' : ' only'}`, async () => {
    const app = await launchApp({ locale: c.locale, viewport: { width: 800, height: 600 } });
    try {
      const { page } = app;
      await seedCase(page, 'docomo');
      await page.getByRole('tab', { name: c.tab }).click();
      const questions = page.getByTestId('ask-question');
      await expect(questions).toHaveCount(4);
      const first = questions.first();
      await expect(first.locator('label')).toHaveText('受付番号を教えていただけますか。');
      if (c.kana) {
        await expect(first).toContainText('うけつけばんごうをおしえていただけますか。');
        await expect(first).toContainText(c.meaning ?? '');
        // The reading and meaning describe the answer field, for a screen reader too.
        await expect(page.getByLabel('受付番号を教えていただけますか。')).toHaveAccessibleDescription(
          `うけつけばんごうをおしえていただけますか。 ${c.meaning}`,
        );
      } else {
        await expect(page.locator('.ask-say')).toHaveCount(0);
      }
      await page.locator('#ask-title').scrollIntoViewIfNeeded();
      await saveScreenshot(page, `ask-${c.name}`);
      await expectNoSeriousA11yViolations(page);
    } finally {
      await app.close();
    }
  });
}
