// The plan in each language: the due-soon notice on launch, the Plan tab's timeline (today marked,
// due-soon steps flagged, the rule and its sources), a tick there ticking the checklist, the cases
// list's next date, and the calendar export; axe on each screen, screenshots to look at.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { japanDay } from '../../electron/guide/plan';
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
      await expect(item).toContainText(text.soon);
      await expect(item.locator('.plan-rule')).toBeVisible();
      await saveScreenshot(page, `plan-timeline-${locale}`);
      // One step alone, readable without the whole page.
      await item.screenshot({ path: path.join(SCREENSHOT_DIR, `plan-item-${locale}.png`) });
      await expectNoSeriousA11yViolations(page);

      await item.getByRole('checkbox').click();
      await expect(item.getByRole('checkbox')).toBeChecked();
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

test('plan: a relaunch into a case asks for that case before the due-soon notice, then shows both', async () => {
  const app = await launchApp({ locale: 'en' });
  try {
    await seedCase(app.page, 'docomo eSIM', {
      ...DOCOMO_ESIM,
      leavingDate: japanDay(new Date(Date.now() + 2 * DAY_MS)),
    });
    await app.restart();
    const { page } = app;
    await expect(page.getByTestId('step').first()).toBeVisible();
    await expect(page.getByTestId('due-soon')).toContainText('docomo eSIM');
    // Across many cases the notice's answer is large: the case the user opened must not wait behind it.
    const caseAt = app.calls.indexOf('cases.get');
    expect(caseAt).toBeGreaterThanOrEqual(0);
    expect(caseAt).toBeLessThan(app.calls.indexOf('plan.dueSoon'));
  } finally {
    await app.close();
  }
});
