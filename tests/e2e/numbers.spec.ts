// Issue 21, as three new users reading the checklist, the plan and the report: a SoftBank customer
// whose bill closes on the 20th (en, through the interview), an au → UQ mobile switch (ja), and an
// IIJmio user leaving late in January (ko), whose plan, due-soon list and calendar file agree on one
// day the line ends. Numbers that rest on one source say so, on screen and in the report.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import { planRules, planTexts } from '../../data/plan-rules';
import { lookup } from '../../data/text';
import { japanDay } from '../../electron/guide/plan';
import { formatDay } from '../../electron/shared/format';
import type { DueSoonItem } from '../../electron/ipc/views';
import ja from '../../renderer/src/i18n/locales/ja.json' with { type: 'json' };
import ko from '../../renderer/src/i18n/locales/ko.json' with { type: 'json' };
import { expectNoSeriousA11yViolations } from './axe';
import { DOCOMO_ESIM, seedCase } from './flows';
import { launchApp } from './harness';
import { exportPdfReport, savePdfFirstPage } from './pdf';
import { SCREENSHOT_DIR, saveScreenshot } from './screenshots';

const DAY_MS = 86_400_000;
const inDays = (days: number, from = Date.now()) => japanDay(new Date(from + days * DAY_MS));
/** The longest part of a text between its {placeholders}: what a screen shows whatever fills them. */
const fixedPart = (text: string) =>
  text.split(/\{\w+\}/).reduce((longest, part) => (part.length > longest.length ? part : longest), '');
const step = (page: Page, id: string) => page.locator(`[data-testid="step"][data-step-id="${id}"]`);
const planItem = (page: Page, id: string) => page.locator(`[data-testid="plan-item"][data-step-id="${id}"]`);
const planCard = (page: Page, id: string) =>
  page.getByTestId('plan-group').filter({ has: planItem(page, id) });
/** The next 20th on or after a day (YYYY-MM-DD): where a bill closing on the 20th ends its period. */
function nextTwentieth(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(year, date <= 20 ? month - 1 : month, 20));
  return next.toISOString().slice(0, 10);
}

test('a SoftBank customer whose bill closes on the 20th (en): asked, dated from it, one-source numbers said', async () => {
  test.setTimeout(180_000);
  const app = await launchApp({ locale: 'en-US', viewport: { width: 1000, height: 900 } });
  try {
    const { page } = app;
    const leaving = inDays(40);
    await page.getByRole('button', { name: 'Start a new case' }).first().click();
    const answer = async (label: string) => {
      await page.getByRole('radio', { name: label, exact: true }).check();
      await page.getByRole('button', { name: 'Next' }).click();
    };
    for (const label of [
      'SoftBank',
      'A foreign resident of Japan (with a residence card)',
      'A SIM card',
      'A monthly contract, billed after use',
    ])
      await answer(label);
    await page.getByRole('radio', { name: "I'm in Japan and leave on this date" }).check();
    await page.getByLabel('Leaving date').fill(leaving);
    await page.getByRole('button', { name: 'Next' }).click();
    await answer('End the line and the number');
    await answer('At a shop');
    // SoftBank closes bills on one of three days: the question comes, with where to find it.
    await expect(
      page.getByRole('heading', { name: 'On which day does your monthly bill close?' }),
    ).toBeVisible();
    await expect(page.getByTestId('closing-help')).toContainText('My SoftBank');
    await saveScreenshot(page, 'numbers-closing-question-en');
    await expectNoSeriousA11yViolations(page);
    await answer('On the 20th');
    await answer('I keep it');
    await answer('No');
    await page.getByLabel('Case name (optional)').fill('SoftBank SIM');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.locator('.summary')).toContainText('On the 20th');
    await page.getByRole('button', { name: 'Create the case' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'SoftBank SIM' })).toBeVisible();

    // The checklist: the closing day under "Choose the day", and SoftBank's one-source cut-off said so.
    const choose = step(page, 'prepare.choose-day');
    await expect(choose.locator('[data-fact-id="billClosing"]')).toContainText(
      'The bill closes on the 10th, the 20th, or the last day of the month',
    );
    const cutoff = choose.locator('[data-fact-id="cutoff"]');
    await expect(cutoff.getByTestId('fact-one-source')).toContainText(
      'One source — confirm with SoftBank: www.cancelatlas.com (comparison site)',
    );
    // The 8 days: 確認措置, from the ministry's own page.
    await expect(step(page, 'prepare.contract-check').locator('[data-fact-id="earlyCancel"]')).toContainText(
      '確認措置',
    );
    await choose.screenshot({ path: path.join(SCREENSHOT_DIR, 'numbers-softbank-choose-day-en.png') });

    // The plan: the full-month advice counts from the 20th, not the month's end. (The sources disagree
    // on SoftBank's ways to cancel, so the cancel step is "confirm how, then cancel".)
    const today = japanDay(new Date());
    const periodEnd = nextTwentieth(today);
    await page.getByRole('tab', { name: 'Plan' }).click();
    const cancelCard = planCard(page, 'cancel.confirm-channel');
    await expect(cancelCard).toContainText(`which for you closes on the 20th`);
    await expect(cancelCard).toContainText(formatDay(periodEnd, 'en'));
    await expect(cancelCard.getByTestId('plan-fact-check')).toContainText(
      'Cut-off and effective date: One source — confirm with SoftBank:',
    );
    await cancelCard.screenshot({ path: path.join(SCREENSHOT_DIR, 'numbers-softbank-plan-en.png') });
    await expectNoSeriousA11yViolations(page);

    // A record dated two weeks ahead is accepted with a word; the report then says it is recorded,
    // not that the line is cancelled.
    await page.getByRole('tab', { name: 'Proof' }).click();
    await page.getByRole('button', { name: 'Add a record' }).click();
    const ahead = inDays(14);
    await page.getByLabel('When it happened (local time)').fill(`${ahead}T10:00`);
    await expect(page.getByTestId('record-future')).toContainText('This time is in the future');
    await saveScreenshot(page, 'numbers-record-future-en');
    await page.getByLabel('When it happened (local time)').fill(`${inDays(-1)}T10:00`);
    await expect(page.getByTestId('record-future')).toHaveCount(0);
    await page.getByLabel('Cancellation date (解約日)').fill(ahead);
    await page.getByLabel('Reference number (受付番号)').fill('SB-2001');
    await page.getByRole('button', { name: 'Save record' }).click();
    await expect(page.locator('.record-form')).toHaveCount(0);
    await expect(page.locator('ol.timeline > li')).toHaveCount(1);
    const pdf = path.join(app.dataDir, '..', `numbers-softbank-${path.basename(app.dataDir)}.pdf`);
    const text = await exportPdfReport(app, pdf, 'Export PDF');
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Not cancelled yet');
    expect(flat).toContain(`takes effect on ${formatDay(ahead, 'en')}`);
    expect(flat).not.toMatch(/Cancelled: SoftBank/);
    expect(flat).toContain('Numbers to confirm');
    expect(flat).toContain('one source: https://www.cancelatlas.com/c/softbank-jp');
    await savePdfFirstPage(pdf, 'numbers-softbank-report-en');
  } finally {
    await app.close();
  }
});

test('an au → UQ mobile switch (ja): billed by the day, 確認措置, the switch dated', async () => {
  test.setTimeout(120_000);
  const app = await launchApp({ locale: 'ja-JP', viewport: { width: 1000, height: 900 } });
  try {
    const { page } = app;
    const leaving = inDays(30);
    await seedCase(page, 'au → UQ mobile', {
      ...DOCOMO_ESIM,
      providerId: 'au',
      numberPlan: 'keep',
      newProviderId: 'uq-mobile',
      channel: 'online',
      holderType: 'japanese-national',
      leavingDate: leaving,
    });
    // One-Stop between two KDDI brands: its own prepare step; the 8 days are 確認措置.
    await expect(step(page, 'prepare.keep-number-one-stop')).toContainText('MNPワンストップ');
    await expect(step(page, 'prepare.contract-check').locator('[data-fact-id="earlyCancel"]')).toContainText(
      '確認措置を採用しています',
    );
    await step(page, 'prepare.contract-check').screenshot({
      path: path.join(SCREENSHOT_DIR, 'numbers-au-uq-contract-check-ja.png'),
    });

    // The Phrases tab: the reservation-number phrase is only the fallback behind One-Stop, listed last.
    await page.getByRole('tab', { name: ja['case.tab.phrases'] }).click();
    const phrases = page.getByTestId('phrase');
    const fallback = phrases.filter({ has: page.getByTestId('phrase-fallback') });
    await expect(fallback.first()).toContainText('MNP予約番号');
    await expect(fallback.first().getByTestId('phrase-fallback')).toHaveText(ja['phrases.fallback']);
    await expect(phrases.first().getByTestId('phrase-fallback')).toHaveCount(0);
    await expect(phrases.last().getByTestId('phrase-fallback')).toHaveCount(1);
    await saveScreenshot(page, 'numbers-au-uq-phrases-ja');

    await page.getByRole('tab', { name: ja['case.tab.plan'] }).click();
    const oneStop = planCard(page, 'cancel.mnp-one-stop');
    // au's own page: moves between au and UQ mobile are charged by the day.
    await expect(oneStop).toContainText(fixedPart(planTexts.proRated.ja));
    await expect(oneStop).not.toContainText(fixedPart(planTexts.fullMonthBefore.ja));
    await expect(oneStop).toContainText(formatDay(inDays(-1, Date.parse(`${leaving}T12:00:00+09:00`)), 'ja'));
    // au's cut-off: the two sources give different times, and the plan says so beside the rule.
    await expect(oneStop.getByTestId('plan-fact-check')).toContainText(
      fixedPart(ja['checklist.fact.disputed']),
    );
    await oneStop.screenshot({ path: path.join(SCREENSHOT_DIR, 'numbers-au-uq-plan-ja.png') });
    await expectNoSeriousA11yViolations(page);
  } finally {
    await app.close();
  }
});

test('an IIJmio user leaving late in January (ko): plan, due-soon list and calendar agree the line ends on 31 January', async () => {
  test.setTimeout(150_000);
  const app = await launchApp({ locale: 'ko-KR', viewport: { width: 1000, height: 900 } });
  try {
    // The app's clock on 25 January 2027, 10:00 in Tokyo; leaving on the 28th.
    app.ports.now = () => new Date('2027-01-25T01:00:00Z');
    const { page } = app;
    await seedCase(page, 'IIJmio eSIM', {
      ...DOCOMO_ESIM,
      providerId: 'iijmio',
      holderType: 'foreign-resident',
      leavingDate: '2027-01-28',
    });
    const ends = formatDay('2027-01-31', 'ko');
    const applyBy = formatDay('2027-01-27', 'ko');

    // The Plan tab: one end-of-line day at the top, the cancellation by the 27th ending the line on the 31st.
    await page.getByRole('tab', { name: ko['case.tab.plan'] }).click();
    await expect(page.getByTestId('plan-line-ends')).toHaveText(
      ko['plan.lineEnds'].replace('{date}', formatDay('2027-01-31', 'ko')),
    );
    const cancel = planCard(page, 'cancel.online');
    await expect(cancel).toContainText(applyBy);
    await expect(cancel).toContainText(ends);
    // The steps that need the line say it ends on the 31st (the old plan said the 27th, the day before
    // leaving), and are due while the person is still in Japan.
    const numberEnds = planRules.find((r) => r.id === 'number-ends')?.reason?.ko ?? '?';
    await expect(planCard(page, 'prepare.move-sms-logins')).toContainText(
      numberEnds.replace('{lineEnds}', ends),
    );
    await saveScreenshot(page, 'numbers-iijmio-plan-ko');
    await cancel.screenshot({ path: path.join(SCREENSHOT_DIR, 'numbers-iijmio-cancel-card-ko.png') });
    await expectNoSeriousA11yViolations(page);

    // The due-soon list (reminders): the same days as the plan.
    const due = await page.evaluate(async () => {
      const result = await window.sayonara.plan.dueSoon({ locale: 'ko' });
      if (!result.ok) throw new Error(result.error.message);
      return result.value;
    });
    const byStep = new Map((due as DueSoonItem[]).map((d) => [d.stepId, d.latest]));
    expect(byStep.get('cancel.online')).toBe('2027-01-27');
    expect(byStep.get('prepare.move-sms-logins')).toBe('2027-01-27');

    // The calendar file, read back by a second parser: the cancellation by the 27th, the line ending the 31st.
    const file = path.join(app.dataDir, '..', `numbers-iijmio-${path.basename(app.dataDir)}.ics`);
    app.ports.dialogs.savePath = file;
    await page.getByTestId('plan-export').click();
    await expect(page.getByRole('status').filter({ hasText: file })).toBeVisible();
    const events = new ICAL.Component(ICAL.parse(await readFile(file, 'utf8')))
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v));
    const event = (id: string) => events.find((e) => e.uid.endsWith(`.${id}@sayonara-sim`));
    expect(event('cancel.online')?.startDate.toString()).toBe('2027-01-27');
    expect(event('cancel.online')?.summary).toBe(
      lookup('ko', 'By {date}: {title}')
        .replace('{date}', applyBy)
        .replace('{title}', await planItem(page, 'cancel.online').locator('label').innerText()),
    );
    expect(event('cancel.online')?.description).toContain(ends);
    expect(event('device.esim-delete')?.startDate.toString()).toBe('2027-01-31');
    expect(event('prepare.move-sms-logins')?.description).toContain(ends);
    for (const e of events) expect(e.description).not.toContain(formatDay('2026-12-31', 'ko'));
  } finally {
    await app.close();
  }
});
