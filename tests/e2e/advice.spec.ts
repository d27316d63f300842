// Advice that fits the person, tried as three new users would: the interview asks what matters (who
// holds the line, where the number goes), skips what cannot matter (a travel eSIM), reads a leaving date
// that has passed as "already left"; the checklist follows (One-Stop with its fallback, ID for a Japanese national) and
// keeps keyboard focus clear of the sticky progress bar. Screenshots in each language.
import { expect, test, type Page } from '@playwright/test';
import type { Locale, Profile } from '../../electron/guide/types';
import { formatDay } from '../../electron/shared/format';
import type { MessageKey } from '../../renderer/src/i18n/english';
import { dictionaryFor } from '../fixtures/dictionaries';
import { seedCase, stepBoxes } from './flows';
import { launchApp } from './harness';
import { saveScreenshot } from './screenshots';

const choose = async (page: Page, answer: string) => {
  await page.getByRole('radio', { name: answer, exact: true }).check();
  await page.getByRole('button', { name: 'Next' }).click();
};

test('a Japanese national moving SoftBank → povo at a shop: One-Stop is the step, the number its fallback', async () => {
  const app = await launchApp({ locale: 'en-US', viewport: { width: 800, height: 600 } });
  try {
    const { page } = app;
    await page.getByRole('button', { name: 'Start a new case' }).first().click();
    for (const answer of [
      'SoftBank',
      'A Japanese national',
      'A SIM card',
      'A monthly contract, billed after use',
      "No date yet, or I'm not leaving",
      'Keep it: move it to another carrier (MNP)',
      'povo2.0',
      'At a shop',
    ])
      await choose(page, answer);
    // SoftBank closes bills on the 10th, 20th or month-end per customer: asked, "not sure" allowed.
    await choose(page, "I'm not sure (the plan says how to find it)");
    await choose(page, 'I keep it');
    await choose(page, 'No');
    await page.getByLabel('Case name (optional)').fill('SoftBank to povo');
    await page.getByRole('button', { name: 'Next' }).click();
    const summary = page.locator('.summary');
    await expect(summary).toContainText('povo2.0');
    await expect(summary).toContainText('A Japanese national');
    await expect(summary).toContainText('Name: SoftBank to povo');
    await saveScreenshot(page, 'advice-summary-softbank-povo-en');
    await page.getByRole('button', { name: 'Create the case' }).click();

    const step = (id: string) => page.locator(`[data-testid="step"][data-step-id="${id}"]`);
    await expect(step('cancel.mnp-one-stop')).toContainText('SoftBank and povo2.0 both take part');
    await expect(step('cancel.mnp-shop')).toContainText('Only if MNP One-Stop does not work');
    await expect(page.getByText('My Number Card').first()).toBeAttached();
    await expect(page.getByText('Is there interpreter help in English or Chinese?')).toHaveCount(0);
    await step('cancel.mnp-one-stop').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'advice-one-stop-en');
  } finally {
    await app.close();
  }
});

test('a tourist with a travel eSIM is not asked what cannot change the checklist', async () => {
  const app = await launchApp({ locale: 'en-US', viewport: { width: 800, height: 600 } });
  try {
    const { page } = app;
    await page.getByRole('button', { name: 'Start a new case' }).first().click();
    await choose(page, 'Prepaid travel eSIM (Airalo, Ubigi, Holafly and the like)');
    // Straight on to the leaving date: card, plan, number, channel, phone and instalments are skipped.
    await expect(page.getByText('Question 2 of 4')).toBeVisible();
    await page.getByRole('radio', { name: "I'm in Japan and leave on this date" }).check();
    await page.getByLabel('Leaving date').fill('2027-01-10');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    const summary = page.locator('.summary');
    await expect(summary).toContainText("Not asked: a travel eSIM's checklist does not depend on it");
    await expect(summary).toContainText('An eSIM: the only kind this provider sells');
    await expect(summary.getByRole('button', { name: /Change/ })).toHaveCount(3);
    await saveScreenshot(page, 'advice-summary-travel-en');
  } finally {
    await app.close();
  }
});

// A leaving date that has passed means the person has left: the answer turns to "already left" on that
// day, says so in the user's language (every one of the six), and waits for them to read it.
const SIX: [Locale, string][] = [
  ['zh-CN', 'zh-CN'],
  ['zh-TW', 'zh-TW'],
  ['en', 'en-US'],
  ['ja', 'ja-JP'],
  ['ko', 'ko-KR'],
  ['vi', 'vi-VN'],
];
test('a leaving date in the past becomes "already left", said in every language', async () => {
  for (const [locale, osLocale] of SIX) {
    const t = (key: MessageKey) => dictionaryFor(locale)[key];
    const app = await launchApp({ locale: osLocale, viewport: { width: 800, height: 600 } });
    try {
      const { page } = app;
      await page
        .getByRole('button', { name: t('home.start') })
        .first()
        .click();
      await page.locator('input[value="travel-esim"]').check();
      await page.getByRole('button', { name: t('common.next') }).click();
      await page.getByRole('radio', { name: t('interview.leaving.date') }).check();
      await page.getByLabel(t('interview.leaving.dateLabel')).fill('2020-01-15');
      await page.getByRole('button', { name: t('common.next') }).click();
      // No error: the answer turned round, said so, and the question stays open to read it.
      await expect(page.locator('#question-error')).toHaveCount(0);
      await expect(page.getByTestId('question-notice')).toHaveText(
        t('interview.leaving.pastToLeft').replace('{left}', t('interview.leaving.left')),
      );
      await expect(page.getByRole('radio', { name: t('interview.leaving.left') })).toBeChecked();
      await expect(page.getByLabel(t('interview.leaving.leftLabel'))).toHaveValue('2020-01-15');
      await saveScreenshot(page, `advice-past-date-${locale}`);
      // Next goes on, and the summary says the person left on that day.
      await page.getByRole('button', { name: t('common.next') }).click();
      await page.getByRole('button', { name: t('common.next') }).click();
      await expect(page.locator('.summary')).toContainText(
        t('interview.leaving.leftOn').replace('{date}', formatDay('2020-01-15', locale)),
      );
    } finally {
      await app.close();
    }
  }
});

const persona1: Profile = {
  cardKind: 'esim',
  contractKind: 'postpaid',
  providerId: 'docomo',
  numberPlan: 'end',
  channel: 'online',
  leavingDate: '2026-12-10',
  phone: 'keep',
  instalments: 'yes',
  holderType: 'foreign-resident',
};
const persona2: Profile = {
  ...persona1,
  cardKind: 'physical',
  providerId: 'softbank',
  numberPlan: 'keep',
  newProviderId: 'povo',
  channel: 'shop',
  leavingDate: null,
  holderType: 'japanese-national',
};
const persona3: Profile = {
  ...persona1,
  contractKind: 'travel-esim',
  providerId: 'travel-esim',
  channel: 'unsure',
  instalments: 'no',
  holderType: 'visitor',
};

for (const locale of ['zh-CN', 'en-US', 'ja-JP'] as const)
  test(`three new users' checklists read in ${locale}`, async () => {
    const app = await launchApp({ locale, viewport: { width: 800, height: 600 } });
    try {
      const { page } = app;
      for (const [name, profile] of [
        ['persona-2-softbank-povo', persona2],
        ['persona-3-travel', persona3],
        ['persona-1-docomo-leaving', persona1],
      ] as const) {
        await seedCase(page, name, profile);
        await expect(page.getByTestId('step').first()).toBeVisible();
        await page.setViewportSize({ width: 800, height: 600 });
        await page.screenshot({ path: `artifacts/screenshots/advice-${name}-${locale}.png`, fullPage: true });
      }
    } finally {
      await app.close();
    }
  });

test('keyboard focus stays below the sticky progress bar (tick, Tab on, Shift+Tab back)', async () => {
  const app = await launchApp({ locale: 'en-US', viewport: { width: 800, height: 600 } });
  try {
    const { page } = app;
    await seedCase(page, 'Focus line');
    const boxes = stepBoxes(page);
    await boxes.nth(2).focus();
    await page.keyboard.press('Space');
    await expect(boxes.nth(2)).toBeChecked();
    for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Shift+Tab');
      const [barBottom, focusTop] = await page.evaluate(() => {
        const bar = document.querySelector('.checklist-bar')?.getBoundingClientRect();
        const focused = document.activeElement?.getBoundingClientRect();
        return [bar?.bottom ?? 0, focused?.top ?? 0];
      });
      expect(focusTop, `focus after Shift+Tab ${i + 1}`).toBeGreaterThanOrEqual(barBottom);
    }
  } finally {
    await app.close();
  }
});
