// Bills after the line ends (issue 19), as two new users meet them. A Chinese student (zh-CN) who means
// to close her bank account the day she leaves: warned that bills may still come for two months, shown
// the ways out with their sources, she switches to a card and the warning goes. A Brazilian who left two
// months ago (en) gets the last bill: he records it with a screenshot, marks it paid, and only then is
// the case done — on the Bills tab, the Plan tab and the case list alike. A researcher from Taipei
// (zh-TW) whose card expires before the last bill, with an au phone on instalments, is shown au's own
// ways out. Screenshots to look at.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { japanDay } from '../../electron/guide/days';
import type { Locale, Profile } from '../../electron/guide/types';
import { formatDay, formatMonth } from '../../electron/shared/format';
import { expectNoSeriousA11yViolations } from './axe';
import { seedCase } from './flows';
import { launchApp } from './harness';
import { saveScreenshot } from './screenshots';

const DAY_MS = 86_400_000;
/** A month (YYYY-MM) and a day in a language's words, as the screens write them. */
const monthIn = (locale: Locale, month: string) => formatMonth(month, locale);
const dayIn = (locale: Locale, day: string) => formatDay(day, locale);

/** A foreign resident's SIM card, ended at a shop, leaving Japan in three weeks. */
const leavingInThreeWeeks = (over: Partial<Profile>): Profile => ({
  cardKind: 'physical',
  contractKind: 'postpaid',
  providerId: 'docomo',
  numberPlan: 'end',
  channel: 'shop',
  leavingDate: japanDay(new Date(Date.now() + 21 * DAY_MS)),
  phone: 'keep',
  instalments: 'no',
  holderType: 'foreign-resident',
  ...over,
});

test('a student closing her bank account the day she leaves (zh-CN): warned, shown the ways out, switches to a card', async () => {
  test.setTimeout(150_000);
  const app = await launchApp({ locale: 'zh-CN', viewport: { width: 1000, height: 900 } });
  try {
    const { page } = app;
    // Leaving in three weeks: the line ends the day before, bills come the two months after.
    const profile = leavingInThreeWeeks({ providerId: 'docomo' });
    const leavingDate = profile.leavingDate ?? '';
    const caseId = await seedCase(page, '留学生的 docomo', profile);
    const view = await page.evaluate(async (id) => {
      const result = await window.sayonara.plan.forCase({ caseId: id });
      if (!result.ok) throw new Error(result.error.message);
      return result.value;
    }, caseId);
    const lastMonth = view.bills.lastMonth ?? '';
    expect(view.bills.lines).toHaveLength(2);

    await page.getByRole('tab', { name: '账单' }).click();
    await expect(page.getByRole('heading', { name: '线路结束后的账单' })).toBeVisible();
    const bills = page.getByTestId('bill');
    await expect(bills).toHaveCount(2);
    await expect(bills.last()).toContainText(`最后一张账单，预计在${monthIn('zh-CN', lastMonth)}`);
    await expect(page.getByTestId('bills-status')).toContainText(monthIn('zh-CN', lastMonth));
    // Not said yet how the bills are paid: asked.
    await expect(page.getByTestId('payment-ask')).toContainText('账单是怎么支付的');
    await saveScreenshot(page, 'bills-list-zh-CN');

    // The Japan Post Bank account is to be closed the day she leaves.
    await page.getByRole('radio', { name: '日本的银行账户（自动扣款）' }).check();
    await page.getByLabel('账户销户（或打算销户）的日期（不销户就留空）').fill(leavingDate);
    await page.getByRole('button', { name: '保存付款方式' }).click();
    const warning = page.getByTestId('payment-warning');
    await expect(warning).toContainText(`你打算在 ${dayIn('zh-CN', leavingDate)} 把银行账户销户`);
    await expect(warning).toContainText(`一直到${monthIn('zh-CN', lastMonth)}还会来`);
    const ways = page.getByTestId('ways-out');
    await expect(ways).toContainText(`换成一张到${monthIn('zh-CN', lastMonth)}之后仍然有效的卡`);
    await expect(ways).toContainText('保留账户或卡并留足余额');
    // docomo's pages read say nothing of changing the method: she is told to ask, nothing made up.
    await expect(ways).toContainText('询问怎样更改付款方式');
    await expect(ways).toContainText('未付款项会在运营商之间共享');
    // The ways that rest on a fact show where it comes from.
    await expect(ways.getByText(/^\d+ 个来源$|来源/).first()).toBeVisible();
    expect(app.store.data.cases[0]?.payment).toEqual({ method: 'bank-account', endsOn: leavingDate });
    await warning.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'bills-payment-warning-zh-CN');
    await expectNoSeriousA11yViolations(page);

    // The Plan tab says it too, and points to the bills.
    await page.getByRole('tab', { name: '日程' }).click();
    await expect(page.getByTestId('plan-payment-warning')).toContainText('把银行账户销户');
    await expect(page.getByTestId('plan-bill')).toHaveCount(2);
    await expect(page.getByTestId('plan-bills')).toContainText(monthIn('zh-CN', lastMonth));
    await saveScreenshot(page, 'bills-plan-zh-CN');
    await expectNoSeriousA11yViolations(page);
    await page.getByTestId('plan-payment-warning').getByRole('button', { name: '查看账单' }).click();

    // She switches to her home-country card, valid until May 2029: no warning, the method lasts.
    await page.getByRole('radio', { name: '信用卡或借记卡' }).check();
    await page.getByLabel('卡的有效期（卡上的月份和年份）').fill('2029-05');
    await page.getByRole('button', { name: '保存付款方式' }).click();
    await expect(page.getByTestId('payment-ok')).toContainText('这个付款方式能用到最后一张账单之后');
    await expect(page.getByTestId('payment-warning')).toHaveCount(0);
    await expect(page.getByTestId('ways-out')).toHaveCount(0);
    expect(app.store.data.cases[0]?.payment).toEqual({ method: 'card', endsOn: '2029-05' });
    await saveScreenshot(page, 'bills-card-zh-CN');
  } finally {
    await app.close();
  }
});

test('a Brazilian who left two months ago (en): records the last bill with a screenshot, marks it paid, and the case is done', async () => {
  test.setTimeout(150_000);
  const app = await launchApp({
    locale: 'en-US',
    timezoneId: 'America/Sao_Paulo',
    viewport: { width: 1000, height: 900 },
  });
  const outside = await mkdtemp(path.join(os.tmpdir(), 'sayonara-e2e-bill-'));
  const realNow = app.ports.now;
  try {
    const { page } = app;
    // He cancelled on the 15th of the month before last (Japan's calendar) and left the next day.
    const today = japanDay(new Date());
    const twoBack = new Date(Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 3, 15, 3));
    const cancelledOn = twoBack.toISOString().slice(0, 10);
    const profile: Profile = {
      cardKind: 'esim',
      contractKind: 'postpaid',
      providerId: 'rakuten-mobile',
      numberPlan: 'end',
      channel: 'online',
      leavingDate: japanDay(new Date(twoBack.getTime() + DAY_MS)),
      phone: 'keep',
      instalments: 'no',
      holderType: 'foreign-resident',
      whereabouts: 'abroad',
    };
    const caseId = await seedCase(page, 'Rakuten eSIM', profile);
    // Every step was ticked back then, before he flew (the clock set to that day).
    app.ports.now = () => twoBack;
    const view = await page.evaluate(async (id) => {
      const get = await window.sayonara.cases.get({ caseId: id });
      if (!get.ok) throw new Error(get.error.message);
      for (const step of get.value.checklist.phases.flatMap((p) => p.steps).filter((s) => !s.fallback)) {
        const ticked = await window.sayonara.steps.setDone({ caseId: id, stepId: step.id, done: true });
        if (!ticked.ok) throw new Error(ticked.error.message);
      }
      const planned = await window.sayonara.plan.forCase({ caseId: id });
      if (!planned.ok) throw new Error(planned.error.message);
      return planned.value;
    }, caseId);
    app.ports.now = realNow;
    expect(view.plan.lineEnds).toBe(cancelledOn);
    await page.reload();

    // The bills: last month's (not recorded) and this month's, the last one.
    await page.getByRole('tab', { name: 'Bills' }).click();
    const bills = page.getByTestId('bill');
    await expect(bills).toHaveCount(2);
    const thisMonth = today.slice(0, 7);
    const last = page.locator(`[data-testid="bill"][data-month="${thisMonth}"]`);
    await expect(last).toContainText(`The last bill, expected in ${monthIn('en', thisMonth)}`);
    await expect(last).toHaveAttribute('data-status', 'expected');
    // Rakuten's pages say nothing of late bills: the second month is the usual pattern, said so.
    await expect(last).toContainText('The usual pattern: confirm with Rakuten Mobile.');
    await saveScreenshot(page, 'bills-list-en');

    // His Japanese bank account was closed the day he left: the bill cannot be debited.
    await page.getByRole('radio', { name: 'A Japanese bank account (direct debit)' }).check();
    await page
      .getByLabel('The day the account closes, or closed (leave empty if you keep it)')
      .fill(profile.leavingDate ?? '');
    await page.getByRole('button', { name: 'Save the payment method' }).click();
    await expect(page.getByTestId('payment-warning')).toContainText(
      `Your bank account was closed on ${dayIn('en', profile.leavingDate ?? '')}, but bills may still come until ${monthIn('en', thisMonth)}`,
    );
    await expect(page.getByTestId('ways-out')).toContainText(
      'Ask Rakuten Mobile how to change the payment method, and how a bill can be paid from abroad.',
    );
    await page.getByTestId('payment-warning').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'bills-payment-warning-en');

    // The bill came: he records it with a screenshot of the statement, not paid yet.
    await last.getByRole('button', { name: 'Record this bill' }).click();
    await expect(page.getByLabel('What happened')).toHaveValue('bill');
    await expect(page.getByLabel('Billing month')).toHaveValue(thisMonth);
    await page.getByLabel('Amount (yen)').fill('1650');
    const statement = path.join(outside, 'rakuten-statement.png');
    await page.screenshot({ path: statement, clip: { x: 0, y: 0, width: 240, height: 120 } });
    app.ports.dialogs.picked = [statement];
    await page.getByRole('button', { name: 'Attach files…' }).click();
    await expect(page.getByRole('img', { name: 'rakuten-statement.png' })).toBeVisible();
    await saveScreenshot(page, 'bills-record-form-en');
    await page.getByRole('button', { name: 'Save record' }).click();
    await expect(last).toHaveAttribute('data-status', 'unpaid');
    await expect(last.getByTestId('bill-recorded')).toContainText('¥1,650 · not paid yet');
    await expect(page.getByTestId('bills-status')).toContainText('Bills may still come until');

    // Paid from abroad: marked paid, a new version of the record.
    await last.getByRole('button', { name: 'Mark paid' }).click();
    await expect(last).toHaveAttribute('data-status', 'paid');
    await expect(last.getByTestId('bill-recorded')).toContainText('¥1,650 · paid on');
    await expect(page.getByTestId('bills-status')).toHaveText('Done: the last bill is paid.');
    // Paid another way: with nothing left to pay, nothing left to warn of.
    await expect(page.getByTestId('payment-warning')).toHaveCount(0);
    const record = app.store.data.records.find((r) => r.caseId === caseId);
    expect(record?.revisions.map((r) => r.content.bill?.paid)).toEqual([false, true]);
    expect(record?.revisions[1]?.content.attachmentIds).toHaveLength(1);
    await saveScreenshot(page, 'bills-paid-en');
    await expectNoSeriousA11yViolations(page);

    // The Plan tab and the case list agree: done.
    await page.getByRole('tab', { name: 'Plan' }).click();
    await expect(page.getByTestId('plan-done')).toHaveText(
      'This case is done: every step is done and the last bill is paid.',
    );
    await saveScreenshot(page, 'bills-plan-en');
    await page.getByRole('tab', { name: 'Proof' }).click();
    await expect(page.getByTestId('record')).toContainText('A bill after the line ended');
    await expect(page.getByTestId('record')).toContainText('2 versions');
    await page.getByRole('button', { name: 'All cases' }).click();
    await expect(page.getByTestId('case-state')).toHaveText('Done: every step, and the last bill paid');

    // The report lists the bill, its month and the day it was paid.
    await page.getByRole('button', { name: 'Open' }).first().click();
    await page.getByRole('tab', { name: 'Proof' }).click();
    const report = path.join(outside, 'report.md');
    app.ports.dialogs.savePath = report;
    await page.getByRole('button', { name: 'Export Markdown' }).click();
    await expect(page.getByText(`Saved to ${report}`)).toBeVisible();
    const text = await readFile(report, 'utf8');
    // Marked paid today on his own clock (São Paulo's).
    const paidDay = record?.revisions[1]?.content.bill?.paidOn ?? '';
    expect(paidDay).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const paidOn = formatDay(paidDay, 'en');
    expect(text).toContain('— A bill after the line ended（回線終了後の請求）');
    expect(text).toContain(`- Billing month（請求月）: ${monthIn('en', thisMonth)}`);
    expect(text).toContain('- Amount billed（請求額）: ¥1,650');
    expect(text).toContain(`- Payment（支払い状況）: Paid on ${paidOn}`);
  } finally {
    app.ports.now = realNow;
    await app.close();
    await rm(outside, { recursive: true, force: true });
  }
});

test('a researcher from Taipei with an au phone on instalments (zh-TW): a card expiring before the last bill, instalments beyond it, au’s own ways out', async () => {
  test.setTimeout(120_000);
  const app = await launchApp({ locale: 'zh-TW', viewport: { width: 1000, height: 900 } });
  try {
    const { page } = app;
    const profile = leavingInThreeWeeks({ providerId: 'au', instalments: 'yes' });
    await seedCase(page, 'au 門號', profile);
    await page.getByRole('tab', { name: '帳單' }).click();
    const bills = page.getByTestId('bill');
    await expect(bills).toHaveCount(2);
    const lastMonth = (await bills.last().getAttribute('data-month')) ?? '';
    // au's own page gives the late month (small bills combined): no "usual pattern" on either bill.
    await expect(page.getByText('依一般情況估算', { exact: false })).toHaveCount(0);

    // Her card expires the month before the last bill.
    const [y, m] = lastMonth.split('-').map(Number);
    const cardMonth = new Date(Date.UTC(y ?? 2027, (m ?? 1) - 2, 1)).toISOString().slice(0, 7);
    await page.getByRole('radio', { name: '信用卡或金融卡' }).check();
    await page.getByLabel('卡片有效期限（卡上的月份和年份）').fill(cardMonth);
    await page.getByRole('button', { name: '儲存付款方式' }).click();
    const warning = page.getByTestId('payment-warning');
    await expect(warning).toContainText(`你的卡在${monthIn('zh-TW', cardMonth)}底到期`);
    await expect(warning).toContainText('手機分期款在那之後還會繼續，直到付清為止。');
    const ways = page.getByTestId('ways-out');
    // au's own ways: a new card in My au, at a shop or by post; paying online or at a convenience store.
    await expect(ways).toContainText('My au、au 門市，或郵寄申請書');
    await expect(ways).toContainText('7-ELEVEN 除外');
    await expect(ways).not.toContainText('詢問如何變更付款方式');
    // What au's pages say of instalments after the line ends.
    await expect(page.getByText('若合約因欠費而被終止，剩餘分期款會一次全部請款')).toBeVisible();
    await saveScreenshot(page, 'bills-au-instalments-zh-TW');
    await expectNoSeriousA11yViolations(page);
  } finally {
    await app.close();
  }
});
