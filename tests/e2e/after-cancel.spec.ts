// After the cancellation, as three new users meet the Plan and Bills tabs. A student from Shanghai leaving
// on a docomo eSIM (zh-CN) cancels online and ticks it: what she had not prepared stops being due (no
// due-soon alarm, said to have passed), what follows keeps its date, and the bills not billed yet cannot
// be recorded. A nurse from Seoul who already left (ko) records the call in which Y!mobile ended her line,
// with its 解約日, and ticks nothing: the Plan and the bills follow the 解約日, and a bill kept from before
// for a month not billed yet cannot be marked paid (main says why, in Korean). An office worker in Osaka
// (ja) moves his SoftBank number at a shop and records the visit: the same. Screenshots to look at.
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { japanDay } from '../../electron/guide/days';
import type { Locale, Profile } from '../../electron/guide/types';
import { nextRevision } from '../../electron/proof/chain';
import { formatDay, formatMonth } from '../../electron/shared/format';
import type { RecordContent } from '../../electron/store/schema';
import type { MessageKey } from '../../renderer/src/i18n/english';
import { dictionaryFor } from '../fixtures/dictionaries';
import { billRecord } from '../unit/proof/helpers';
import { expectNoSeriousA11yViolations } from './axe';
import { seedCase } from './flows';
import { launchApp, type LaunchedApp } from './harness';
import { SCREENSHOT_DIR, saveScreenshot } from './screenshots';

const DAY_MS = 86_400_000;
const inDays = (days: number) => japanDay(new Date(Date.now() + days * DAY_MS));
/** The month (YYYY-MM) `months` after this one in Japan. */
const monthFromNow = (months: number) => {
  const today = japanDay(new Date());
  return new Date(Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 1 + months, 1))
    .toISOString()
    .slice(0, 7);
};

/** A line on contract, a SIM card, ended (not kept), the phone kept: what each person changes of it. */
const lineOf = (
  over: Partial<Profile> & Pick<Profile, 'providerId' | 'channel' | 'leavingDate'>,
): Profile => ({
  cardKind: 'physical',
  contractKind: 'postpaid',
  numberPlan: 'end',
  phone: 'keep',
  instalments: 'no',
  holderType: 'foreign-resident',
  ...over,
});

/** Runs `steps` in a fresh app in `locale`, the browser in `timeZone`, with the screen's words. */
async function asUser(
  locale: Locale,
  timeZone: string,
  steps: (app: LaunchedApp, t: ReturnType<typeof wordsIn>) => Promise<void>,
) {
  test.setTimeout(150_000); // axe on several screens, on a shared, slow machine
  const app = await launchApp({ locale, timezoneId: timeZone, viewport: { width: 1000, height: 900 } });
  try {
    await steps(app, wordsIn(locale));
  } finally {
    await app.close();
  }
}

/** The screen's words in `locale`, its {placeholders} filled. */
const wordsIn =
  (locale: Locale) =>
  (key: MessageKey, params: Record<string, string> = {}) =>
    Object.entries(params).reduce(
      (text, [name, value]) => text.replaceAll(`{${name}}`, value),
      dictionaryFor(locale)[key],
    );

const planItem = (page: Page, stepId: string) =>
  page.locator(`[data-testid="plan-item"][data-step-id="${stepId}"]`);
const planCard = (page: Page, stepId: string) =>
  page.getByTestId('plan-group').filter({ has: planItem(page, stepId) });
/** Steps of the preparation or of the cancellation itself still flagged due soon or overdue. */
const nagging = (page: Page) =>
  page.locator(
    ['overdue', 'due-soon']
      .flatMap((status) =>
        ['prepare.', 'cancel.'].map((prefix) => `.plan-item.plan-${status} [data-step-id^="${prefix}"]`),
      )
      .join(', '),
  );

/** A record entered through the Proof tab's form, as the person types it. */
async function recordThroughForm(
  page: Page,
  locale: Locale,
  entry: { kind: RecordContent['kind']; when: string; zone: string; effective: string; reference: string },
) {
  const t = wordsIn(locale);
  await page.getByRole('tab', { name: t('case.tab.proof') }).click();
  await page.getByRole('button', { name: t('proof.add') }).click();
  await page.getByLabel(t('proof.form.kind')).selectOption(entry.kind);
  await page.getByLabel(t('proof.form.when'), { exact: true }).fill(entry.when);
  await page.getByLabel(t('proof.form.timeZone'), { exact: true }).fill(entry.zone);
  await page.getByLabel(t('proof.form.referenceNumber'), { exact: true }).fill(entry.reference);
  await page.getByLabel(t('proof.form.effectiveDate'), { exact: true }).fill(entry.effective);
  await page.getByRole('button', { name: t('proof.form.save') }).click();
  await expect(page.getByTestId('record')).toHaveCount(1);
}

test('a student from Shanghai cancels her docomo eSIM online (zh-CN): what she had not prepared stops nagging, next month’s bill cannot be recorded', async () => {
  const locale = 'zh-CN';
  await asUser(locale, 'Asia/Tokyo', async (app, t) => {
    const { page } = app;
    const profile = lineOf({
      cardKind: 'esim',
      providerId: 'docomo',
      channel: 'online',
      leavingDate: inDays(3),
    });
    const caseId = await seedCase(page, '留学生的 docomo', profile);
    // Leaving in three days: moving her SMS logins is due soon, and the launch notice says so.
    const notice = page.getByTestId('due-soon');
    await expect(notice.locator('[data-step-id="prepare.move-sms-logins"]')).toBeVisible();

    // She cancels online today and ticks it on the Plan tab.
    await page.getByRole('tab', { name: t('case.tab.plan') }).click();
    await planItem(page, 'cancel.online').getByRole('checkbox').click();
    await expect(planItem(page, 'cancel.online').getByRole('checkbox')).toBeChecked();

    // The SMS logins and the preparation she had not ticked: no longer due, said to have passed, with
    // the day; nothing overdue, and the notice stops listing them at once.
    const today = formatDay(japanDay(new Date()), locale);
    const sms = planCard(page, 'prepare.move-sms-logins');
    await expect(sms).toContainText(t('plan.status.passed'));
    await expect(sms.getByTestId('plan-passed')).toHaveText(t('plan.passed.lineEnded', { date: today }));
    await expect(sms).not.toContainText(t('plan.status.due-soon'));
    const backup = planCard(page, 'prepare.backup');
    await expect(backup.getByTestId('plan-passed')).toHaveText(t('plan.passed.applied', { date: today }));
    await expect(page.locator('.plan-item.plan-overdue')).toHaveCount(0);
    await expect(notice.locator('[data-step-id^="prepare."]')).toHaveCount(0);
    // What follows the cancellation keeps its date: deleting the eSIM before she leaves.
    await expect(planCard(page, 'device.esim-delete').locator('.plan-date')).toBeVisible();
    await saveScreenshot(page, 'after-cancel-plan-zh-CN');
    await sms.screenshot({ path: path.join(SCREENSHOT_DIR, 'after-cancel-passed-card-zh-CN.png') });
    await expectNoSeriousA11yViolations(page);

    // The bills: both months still to come, none offered to record yet, each saying when.
    await page.getByRole('tab', { name: t('case.tab.bills') }).click();
    const next = monthFromNow(1);
    const bill = page.locator(`[data-testid="bill"][data-month="${next}"]`);
    await expect(bill.getByTestId('bill-not-yet')).toHaveText(
      t('bills.notBilledYet', { month: formatMonth(next, locale) }),
    );
    await expect(page.getByRole('button', { name: t('bills.record'), exact: true })).toHaveCount(0);
    await saveScreenshot(page, 'after-cancel-bills-zh-CN');

    // She tries anyway, as another month: the form says that month has not been billed, and saves nothing.
    await page.getByRole('button', { name: t('bills.recordOther') }).click();
    const month = page.getByLabel(t('proof.form.billMonth'));
    await expect(month).toHaveValue(monthFromNow(0));
    await month.fill(next);
    await page.getByLabel(t('proof.form.billPaid')).check();
    await page.getByRole('button', { name: t('proof.form.save') }).click();
    await expect(page.getByTestId('field-error')).toHaveText(t('proof.form.billMonthFuture'));
    await expect(month).toBeFocused();
    await saveScreenshot(page, 'after-cancel-bill-form-zh-CN');
    expect(app.store.data.records.filter((r) => r.caseId === caseId)).toHaveLength(0);
    await expectNoSeriousA11yViolations(page);
  });
});

test('a nurse from Seoul who already left (ko) records the call that ended her Y!mobile line: the Plan and the bills follow its 解約日', async () => {
  const locale = 'ko';
  await asUser(locale, 'Asia/Seoul', async (app, t) => {
    const { page } = app;
    const profile = lineOf({
      providerId: 'ymobile',
      channel: 'phone',
      leavingDate: inDays(-21),
      whereabouts: 'abroad',
    });
    const caseId = await seedCase(page, 'Y!mobile 회선', profile);
    // She called from Seoul twelve days ago; the line was to end three days later. She ticks nothing.
    const called = inDays(-12);
    const effective = inDays(-9);
    await recordThroughForm(page, locale, {
      kind: 'phone-call',
      when: `${called}T10:00`,
      zone: 'Asia/Seoul',
      effective,
      reference: 'YM-55120',
    });

    await page.getByRole('tab', { name: t('case.tab.plan') }).click();
    await expect(
      page.getByText(t('plan.applied', { date: formatDay(called, locale) }), { exact: true }),
    ).toBeVisible();
    await expect(page.getByTestId('plan-line-ends')).toHaveText(
      t('plan.lineEnds', { date: formatDay(effective, locale) }),
    );
    await expect(page.getByTestId('plan-line-ends-recorded')).toHaveText(t('plan.lineEndsRecorded'));
    // The cancellation is no longer asked of her (not ticked: her records say it was done).
    const cancelPassed = page
      .getByTestId('plan-passed')
      .filter({ hasText: t('plan.passed.recorded', { date: formatDay(called, locale) }) });
    await expect(cancelPassed.first()).toBeVisible();
    await expect(page.getByTestId('plan-passed').first()).toBeVisible();
    await expect(nagging(page)).toHaveCount(0);
    await saveScreenshot(page, 'after-cancel-plan-ko');
    await expectNoSeriousA11yViolations(page);

    // The bills follow the 解約日: the month after it ends is this one (or later), none before.
    const planned = await page.evaluate(async (id) => {
      const result = await window.sayonara.plan.forCase({ caseId: id });
      if (!result.ok) throw new Error(result.error.message);
      return result.value;
    }, caseId);
    expect(planned.plan).toMatchObject({ lineEnds: effective, lineEndsRecorded: true });
    expect(planned.bills.lines[0]?.month).toBe(
      new Date(Date.UTC(Number(effective.slice(0, 4)), Number(effective.slice(5, 7)), 1))
        .toISOString()
        .slice(0, 7),
    );

    // A bill saved before this version for a month not billed yet: marking it paid is refused, in Korean.
    const future = monthFromNow(1);
    const content: RecordContent = {
      ...billRecord({ month: future, amountYen: 2178, paid: false, paidOn: '', final: false }),
      occurredAt: `${japanDay(new Date())}T09:00:00+09:00`,
      timeZone: 'Asia/Seoul',
    };
    await app.store.update((data) => ({
      ...data,
      records: [
        ...data.records,
        { id: 'old-bill', caseId, revisions: [nextRevision([], content, new Date().toISOString())] },
      ],
    }));
    await page.reload();
    await page.getByRole('tab', { name: t('case.tab.bills') }).click();
    const old = page.locator(`[data-testid="bill"][data-month="${future}"]`);
    await old.getByRole('button', { name: t('bills.markPaid') }).click();
    await expect(page.getByTestId('error-banner')).toContainText(t('error.bill_not_billed_yet'));
    expect(app.store.data.records.find((r) => r.id === 'old-bill')?.revisions).toHaveLength(1);
    await saveScreenshot(page, 'after-cancel-bills-ko');
    await expectNoSeriousA11yViolations(page);
  });
});

test('an office worker in Osaka moves his SoftBank number at a shop (ja) and records the visit: the Plan and the bills follow it', async () => {
  const locale = 'ja';
  await asUser(locale, 'Asia/Tokyo', async (app, t) => {
    const { page } = app;
    const profile = lineOf({
      providerId: 'softbank',
      numberPlan: 'keep',
      channel: 'shop',
      leavingDate: null,
      holderType: 'japanese-national',
      billClosingDay: '20',
    });
    await seedCase(page, 'ソフトバンク', profile);
    // The switch was done at the shop this morning: the 解約日 is today. He ticks nothing yet.
    const today = japanDay(new Date());
    await recordThroughForm(page, locale, {
      kind: 'shop-visit',
      when: `${today}T10:30`,
      zone: 'Asia/Tokyo',
      effective: today,
      reference: 'SB-20931',
    });

    await page.getByRole('tab', { name: t('case.tab.plan') }).click();
    await expect(
      page.getByText(t('plan.cancelled', { date: formatDay(today, locale) }), { exact: true }),
    ).toBeVisible();
    await expect(page.getByTestId('plan-line-ends-recorded')).toHaveText(t('plan.lineEndsRecorded'));
    await expect(page.getByTestId('plan-passed').first()).toBeVisible();
    await expect(nagging(page)).toHaveCount(0);
    await saveScreenshot(page, 'after-cancel-plan-ja');
    await expectNoSeriousA11yViolations(page);

    // His bill closes on the 20th: the last period's bill comes after it, a month not billed yet.
    await page.getByRole('tab', { name: t('case.tab.bills') }).click();
    await expect(page.getByTestId('bill').first()).toBeVisible();
    const first = await page.getByTestId('bill').first().getAttribute('data-month');
    expect(first && first > today.slice(0, 7)).toBe(true);
    await expect(page.getByRole('button', { name: t('bills.record'), exact: true })).toHaveCount(0);
    await expect(page.getByTestId('bill-not-yet').first()).toBeVisible();
    await saveScreenshot(page, 'after-cancel-bills-ja');
    await expectNoSeriousA11yViolations(page);
  });
});
