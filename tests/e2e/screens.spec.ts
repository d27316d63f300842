// Every screen, in every language, light and dark, at 800×600: axe finds nothing serious, and a
// screenshot is written for a person to look at (CJK and Devanagari rendered, nothing cut off), with no
// day left as ISO ("2026-12-22") in what it says.
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';
import { DOCOMO_ESIM, seedCase } from './flows';
import { launchApp } from './harness';
import { saveScreenshot } from './screenshots';

// The OS locale each run starts with, and the language it must open in (zh-HK reads Traditional Chinese).
// The languages added later are shot in the light theme only: the dark theme changes colours, not text.
// axe checks every screen in English and Chinese, both themes (colours and structure do not change with the
// language; a full axe pass costs ~1.5 s a screen); the other runs check the screens with the most text.
const LANGUAGES = [
  { os: 'zh-CN', lang: 'zh-CN', themes: ['light', 'dark'], axeAll: true },
  { os: 'en-US', lang: 'en', themes: ['light', 'dark'], axeAll: true },
  { os: 'ja-JP', lang: 'ja', themes: ['light', 'dark'], axeAll: false },
  { os: 'zh-HK', lang: 'zh-TW', themes: ['light'], axeAll: false },
  { os: 'ko-KR', lang: 'ko', themes: ['light'], axeAll: false },
  { os: 'vi-VN', lang: 'vi', themes: ['light'], axeAll: false },
  { os: 'ne-NP', lang: 'ne', themes: ['light'], axeAll: false },
  { os: 'id-ID', lang: 'id', themes: ['light'], axeAll: false },
  { os: 'pt-BR', lang: 'pt-BR', themes: ['light'], axeAll: false },
] as const;
const AXE_ALWAYS = new Set(['interview-summary', 'checklist', 'services', 'proof-form']);

/** Ticks two steps, writes a note, then changes an answer so one ticked step is retired. */
async function caseWithHistory(page: Page): Promise<void> {
  const caseId = await seedCase(page, 'docomo eSIM', DOCOMO_ESIM);
  const keep = { ...DOCOMO_ESIM, numberPlan: 'keep' as const };
  await page.evaluate(
    async ({ id, profile }) => {
      const { cases, steps } = window.sayonara;
      await steps.setDone({ caseId: id, stepId: 'prepare.end-number', done: true });
      await steps.setDone({ caseId: id, stepId: 'prepare.contract-check', done: true });
      await steps.setNote({
        caseId: id,
        stepId: 'prepare.contract-check',
        note: '2026-03 更新月 / renewal in March',
      });
      await cases.updateProfile({ caseId: id, profile, phoneNumber: '090-1234-5678' });
    },
    { id: caseId, profile: keep },
  );
  await page.reload();
}

for (const { os, lang, themes, axeAll } of LANGUAGES) {
  for (const theme of themes) {
    test(`every screen in ${lang}, ${theme}, at 800×600`, async () => {
      test.setTimeout(120_000);
      const app = await launchApp({ locale: os, colorScheme: theme, viewport: { width: 800, height: 600 } });
      const { page } = app;
      const shot = async (screen: string) => {
        await saveScreenshot(page, `${screen}-${lang}-${theme}`);
        // Days are written in words; an ISO day may only be a value typed in a field or a note.
        const said = await page.locator('main').evaluate((main) => {
          const clone = main.cloneNode(true) as HTMLElement;
          for (const typed of clone.querySelectorAll('input, textarea, select')) typed.remove();
          return clone.innerText;
        });
        // A source's address may hold a date ("…/news/2025-02-18-…"), and the guide's content version
        // reads like one ("2026-12-07.8"): neither is a day said.
        expect(said.replace(/https?:\/\/\S+/g, ''), screen).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b(?!\.\d)/);
        if (axeAll || AXE_ALWAYS.has(screen)) await expectNoSeriousA11yViolations(page);
      };
      const tab = (index: number) => page.getByRole('tab').nth(index).click();
      try {
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        // The interview: the first question, then (choosing the last answer each time) the summary.
        await page.locator('main .btn-primary').first().click();
        await expect(page.locator('input[type="radio"]').first()).toBeVisible();
        await shot('interview-first');
        // Another provider, a visitor, eSIM, travel plan, end, unsure, no date, return, unsure.
        for (let i = 0; i < 9; i++) {
          await page.locator('input[type="radio"]').last().check();
          await page.getByTestId('interview-next').click();
        }
        await shot('interview-details');
        await page.getByTestId('interview-next').click();
        await shot('interview-summary');

        await caseWithHistory(page);
        await expect(page.getByTestId('retired-step')).toHaveCount(1);
        await shot('checklist');
        // The Services tab (issue 20): the picker, every group.
        await tab(1);
        await expect(page.getByTestId('service-group')).toHaveCount(8);
        await shot('services');
        await tab(2);
        await expect(page.getByTestId('document').first()).toBeVisible();
        await shot('documents');
        await tab(3);
        await page.getByTestId('phrase').first().getByRole('button').click();
        await expect(page.locator('dialog.staff-card')).toBeVisible();
        await expect(page.locator('dialog.staff-card [lang="ja"]').first()).toBeVisible();
        await shot('staff-card');
        await page.keyboard.press('Escape');
        await shot('phrases');
        await tab(4);
        // The Proof tab loads on first use: the picture is of the tab, not of its loading line.
        await expect(page.locator('.tabpanel [aria-busy="true"]')).toHaveCount(0);
        await shot('case-proof-tab');
        // The proof form, open, as a person fills it after a shop visit.
        await page.locator('.proof .btn-primary').first().click();
        await expect(page.locator('.proof form')).toBeVisible();
        await shot('proof-form');
        await page.keyboard.press('?');
        await expect(page.getByTestId('shortcuts')).toBeVisible();
        await shot('help');
        await page.keyboard.press('Escape');
        // The Plan and Bills tabs (their days in the language's one style), then Settings.
        await page.locator('.proof form').getByRole('button').last().click();
        await tab(5);
        await expect(page.locator('.plan')).toBeVisible();
        await shot('plan');
        await tab(6);
        await expect(page.getByTestId('bills-status')).toBeVisible();
        await shot('bills');
        await page.getByRole('navigation').getByRole('button').nth(1).click();
        await expect(page.getByTestId('data-dir')).toBeVisible();
        await shot('settings');

        await page.getByRole('navigation').getByRole('button').first().click();
        await expect(page.getByTestId('case-card')).toHaveCount(1);
        await shot('cases');
        expect(app.foreignRequests).toEqual([]);
      } finally {
        await app.close();
      }
    });
  }
}
