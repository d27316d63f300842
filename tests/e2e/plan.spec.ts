// The plan in each language: the due-soon notice on launch, the Plan tab's timeline (today marked,
// due-soon steps flagged, the rule and its sources), a tick there ticking the checklist, the cases
// list's next date, and the calendar export; axe on each screen, screenshots to look at.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { planRules, planTexts } from '../../data/plan-rules';
import { japanDay } from '../../electron/guide/plan';
import type { Profile } from '../../electron/guide/types';
import { ENGLISH } from '../../renderer/src/i18n/english';
import zhCN from '../../renderer/src/i18n/locales/zh-CN.json' with { type: 'json' };
import ja from '../../renderer/src/i18n/locales/ja.json' with { type: 'json' };
import { expectNoSeriousA11yViolations } from './axe';
import { DOCOMO_ESIM, seedCase } from './flows';
import { launchApp } from './harness';
import { SCREENSHOT_DIR, saveScreenshot } from './screenshots';

const TEXT = {
  'zh-CN': { plan: '日程', checklist: '清单', home: '我的事项', dueSoon: '未来三天内到期', soon: '即将到期' },
  en: {
    plan: 'Plan',
    checklist: 'Checklist',
    home: 'My cases',
    dueSoon: 'Due in the next three days',
    soon: 'Due soon',
  },
  ja: {
    plan: 'スケジュール',
    checklist: 'チェックリスト',
    home: '手続き一覧',
    dueSoon: '3日以内に期限の手順',
    soon: 'まもなく期限',
  },
} as const;
const STEP = 'cancel.online';
const DAY_MS = 86_400_000;

for (const locale of ['zh-CN', 'en', 'ja'] as const) {
  test(`plan (${locale}): due-soon notice, timeline, the same tick as the checklist, next date in the list`, async () => {
    test.setTimeout(150_000); // axe three times on a shared, slow machine
    const text = TEXT[locale];
    const app = await launchApp({ locale, viewport: { width: 1000, height: 800 } });
    try {
      const { page } = app;
      // Leaving the day after tomorrow (Japan's calendar): the cancellation is due tomorrow.
      const leavingDate = japanDay(new Date(Date.now() + 2 * DAY_MS));
      await seedCase(page, 'docomo eSIM', { ...DOCOMO_ESIM, leavingDate });

      const notice = page.getByTestId('due-soon');
      await expect(notice.getByRole('heading', { name: text.dueSoon })).toBeVisible();
      await expect(notice).toContainText('docomo eSIM');
      await notice.screenshot({ path: path.join(SCREENSHOT_DIR, `plan-due-soon-${locale}.png`) });
      await expectNoSeriousA11yViolations(page);

      await page.getByRole('tab', { name: text.plan }).click();
      await expect(page.getByTestId('plan-today')).toBeVisible();
      const item = page.locator(`[data-testid="plan-item"][data-step-id="${STEP}"]`);
      // The step's card: its date, status and rule (shared with the other steps that rule dates).
      const card = page.getByTestId('plan-group').filter({ has: item });
      await expect(card).toContainText(text.soon);
      await expect(card.locator('.plan-rule')).toBeVisible();
      await saveScreenshot(page, `plan-timeline-${locale}`);
      // One card alone, readable without the whole page.
      await card.screenshot({ path: path.join(SCREENSHOT_DIR, `plan-item-${locale}.png`) });
      await expectNoSeriousA11yViolations(page);

      await expect(notice.locator(`[data-step-id="${STEP}"]`)).toBeVisible();
      await item.getByRole('checkbox').click();
      await expect(item.getByRole('checkbox')).toBeChecked();
      // Done, so no longer due: the notice says so at once, not at the next launch.
      await expect(notice.locator(`[data-step-id="${STEP}"]`)).toHaveCount(0);
      await page.getByRole('tab', { name: text.checklist }).click();
      await expect(
        page.locator(`[data-testid="step"][data-step-id="${STEP}"]`).getByRole('checkbox'),
      ).toBeChecked();

      await page.getByRole('button', { name: text.home, exact: true }).click();
      await expect(page.getByTestId('next-due')).toBeVisible();
      await saveScreenshot(page, `plan-cases-list-${locale}`);
      await expectNoSeriousA11yViolations(page);
    } finally {
      await app.close();
    }
  });
}

const UI = { 'zh-CN': zhCN, en: ENGLISH, ja } as const;
/** The longest part of a text between its {placeholders}: what a screen shows whatever the date. */
const fixedPart = (text: string) =>
  text.split(/\{\w+\}/).reduce((longest, part) => (part.length > longest.length ? part : longest), '');
const rule = (id: string) => {
  const found = planRules.find((r) => r.id === id);
  if (!found) throw new Error(`no plan rule ${id}`);
  return found;
};
const inDays = (days: number) => japanDay(new Date(Date.now() + days * DAY_MS));

// Three new users (issue 10): a Chinese student leaving on a docomo eSIM in 10 days, a Japanese national
// switching SoftBank → povo at a shop with no leaving date, a tourist whose travel eSIM leaves in 3 days.
for (const locale of ['zh-CN', 'en', 'ja'] as const) {
  test(`plan (${locale}) as three new users: each reason once, no date invented`, async () => {
    test.setTimeout(120_000);
    const app = await launchApp({ locale, viewport: { width: 1000, height: 800 } });
    const { page } = app;
    const plan = page.locator('.plan');
    const openPlan = async (name: string, profile: Profile) => {
      await seedCase(page, name, profile);
      await page.getByRole('tab', { name: TEXT[locale].plan }).click();
      await expect(page.locator('.plan-summary')).toBeVisible();
    };
    try {
      await openPlan('docomo eSIM', {
        ...DOCOMO_ESIM,
        holderType: 'foreign-resident',
        leavingDate: inDays(10),
      });
      // Seven prepare steps share one rule: its reason is said once, above them; other rules say theirs.
      const settle = fixedPart(rule('settle-before-cancelling').reason?.[locale] ?? '?');
      await expect(plan.getByText(settle)).toHaveCount(1);
      const group = page.getByTestId('plan-group').filter({ hasText: settle });
      expect(await group.getByTestId('plan-item').count()).toBeGreaterThan(4);
      await expect(
        plan.getByText(fixedPart(rule('points-before-cancelling').reason?.[locale] ?? '?')),
      ).toHaveCount(1);
      await saveScreenshot(page, `plan-student-${locale}`);

      await openPlan('SoftBank → povo', {
        ...DOCOMO_ESIM,
        cardKind: 'physical',
        providerId: 'softbank',
        numberPlan: 'keep',
        newProviderId: 'povo',
        channel: 'shop',
        holderType: 'japanese-national',
        leavingDate: null,
      });
      // Said once, at the top, with what a date would add; the steps stay short.
      const noLeaving = UI[locale]['plan.noLeaving'];
      await expect(page.locator('.plan-summary')).toContainText(noLeaving);
      await expect(plan.getByText(fixedPart(noLeaving))).toHaveCount(1);
      await expect(page.getByTestId('plan-today')).toHaveCount(0);
      // The reservation number behind One-Stop says it is only the fallback, and carries no status.
      const reservation = page.getByTestId('plan-group').filter({
        has: page.locator('[data-testid="plan-item"][data-step-id="cancel.mnp-shop"]'),
      });
      await expect(reservation).toContainText(UI[locale]['checklist.fallback']);
      await expect(reservation.locator('.plan-badge')).toHaveCount(0);
      await saveScreenshot(page, `plan-switch-no-date-${locale}`);

      await openPlan('Travel eSIM', {
        ...DOCOMO_ESIM,
        providerId: 'travel-esim',
        contractKind: 'travel-esim',
        holderType: 'visitor',
        channel: 'app',
        leavingDate: inDays(3),
      });
      const renew = page.locator('[data-testid="plan-item"][data-step-id="cancel.travel-autorenew"]');
      const renewCard = page.getByTestId('plan-group').filter({ has: renew });
      await expect(renewCard).toContainText(TEXT[locale].soon);
      await expect(renewCard).toContainText(fixedPart(planTexts.holaflyNotice[locale]));
      // What the app cannot know is asked once; the end date is never given a day.
      await expect(plan.getByText(planTexts.askRenewal[locale])).toHaveCount(1);
      await expect(
        page.locator('ul.plan-undated [data-testid="plan-item"][data-step-id="device.travel-expire"]'),
      ).toBeVisible();
      await saveScreenshot(page, `plan-travel-esim-${locale}`);
      await expectNoSeriousA11yViolations(page);
    } finally {
      await app.close();
    }
  });
}

test('plan: the calendar export saves an .ics where the user chose', async () => {
  const app = await launchApp({ locale: 'en' });
  try {
    const { page } = app;
    await seedCase(page, 'docomo eSIM', {
      ...DOCOMO_ESIM,
      leavingDate: japanDay(new Date(Date.now() + 40 * DAY_MS)),
    });
    const file = path.join(app.dataDir, '..', `plan-${path.basename(app.dataDir)}.ics`);
    app.ports.dialogs.savePath = file;
    await page.getByRole('tab', { name: 'Plan' }).click();
    await page.getByTestId('plan-export').click();
    await expect(page.getByText(`Calendar file saved: ${file}`)).toBeVisible();
    expect(await readFile(file, 'utf8')).toContain('BEGIN:VCALENDAR');
  } finally {
    await app.close();
  }
});

test('plan: a relaunch into a case draws that case before asking for the due-soon notice, then shows both', async () => {
  const app = await launchApp({ locale: 'en' });
  try {
    await seedCase(app.page, 'docomo eSIM', {
      ...DOCOMO_ESIM,
      leavingDate: japanDay(new Date(Date.now() + 2 * DAY_MS)),
    });
    // A slow answer for the case (a big store, a busy machine): the page sits idle while it waits.
    app.delayAnswers('cases.get', 1500);
    await app.restart();
    const { page } = app;
    await expect(page.getByTestId('step').first()).toBeVisible();
    await expect(page.getByTestId('due-soon')).toContainText('docomo eSIM');
    // Across many cases the notice's answer is large: it is asked for only once the case is answered,
    // so the first screen never waits behind it.
    const answered = app.exchanges.indexOf('! cases.get');
    expect(answered).toBeGreaterThanOrEqual(0);
    expect(answered).toBeLessThan(app.exchanges.indexOf('? plan.dueSoon'));
  } finally {
    await app.close();
  }
});
