// Issue 18, as four new users reading each screen: a Y!mobile working-holiday visitor who left last week
// (zh-TW), a Vietnamese intern leaving in two days who cannot get to a shop (vi), an au customer abroad
// whose sister in Japan goes to the shop for her (en), and a povo user keeping the number while abroad
// (en). Each walks the interview through the UI; the checklist, phrases and plan follow where they are.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { content } from '../../data/index';
import { planTexts } from '../../data/plan-rules';
import { japanDay } from '../../electron/guide/plan';
import { formatDay } from '../../electron/shared/format';
import type { Locale } from '../../electron/guide/types';
import type { MessageKey } from '../../renderer/src/i18n/english';
import { dictionaryFor } from '../fixtures/dictionaries';
import { expectNoSeriousA11yViolations } from './axe';
import { checklistDrawn } from './flows';
import { launchApp, type LaunchedApp } from './harness';
import { exportPdfReport, savePdfFirstPage } from './pdf';
import { SCREENSHOT_DIR, saveScreenshot } from './screenshots';

const DAY_MS = 86_400_000;
const inDays = (days: number) => japanDay(new Date(Date.now() + days * DAY_MS));
const providerName = (id: string, locale: Locale) =>
  content.providers.find((p) => p.id === id)?.name[locale] ?? id;
const step = (page: Page, id: string) => page.locator(`[data-testid="step"][data-step-id="${id}"]`);
const stepIds = async (page: Page) => {
  await checklistDrawn(page);
  return page.getByTestId('step').evaluateAll((els) => els.map((e) => e.dataset.stepId));
};
/** The longest part of a text between its {placeholders}: what a screen shows whatever fills them. */
const fixedPart = (text: string) =>
  text.split(/\{\w+\}/).reduce((longest, part) => (part.length > longest.length ? part : longest), '');

/** The interview through the UI in one language: `answers` are radio labels, or a step that does more. */
function interview(page: Page, locale: Locale) {
  const t = (key: MessageKey, params: Record<string, string> = {}) =>
    Object.entries(params).reduce((text, [k, v]) => text.replace(`{${k}}`, v), dictionaryFor(locale)[key]);
  const next = () => page.getByRole('button', { name: t('common.next'), exact: true }).click();
  const choose = async (label: string) => {
    await page.getByRole('radio', { name: label, exact: true }).check();
    await next();
  };
  /** From "start" through the carrier, a foreign resident, the card and a monthly contract. */
  const begin = async (provider: string, card: 'physical' | 'esim') => {
    await page
      .getByRole('button', { name: t('home.start') })
      .first()
      .click();
    for (const label of [
      provider,
      t('interview.a.holderType.foreign-resident'),
      t(`interview.a.cardKind.${card}`),
      t('interview.a.contractKind.postpaid'),
    ])
      await choose(label);
  };
  /** "I have already left Japan", on a day or (none given) not said. */
  const leftOn = async (day?: string) => {
    await page.getByRole('radio', { name: t('interview.leaving.left') }).check();
    if (day) await page.getByLabel(t('interview.leaving.leftLabel')).fill(day);
    await next();
  };
  return { t, next, choose, begin, leftOn };
}

/** One new user: the app in their language at a laptop's size, the interview's helpers, closed after. */
async function asUser(
  locale: Locale,
  osLocale: string,
  use: (page: Page, steps: ReturnType<typeof interview>, app: LaunchedApp) => Promise<void>,
): Promise<void> {
  test.setTimeout(150_000);
  const app = await launchApp({ locale: osLocale, viewport: { width: 900, height: 900 } });
  try {
    await use(app.page, interview(app.page, locale), app);
  } finally {
    await app.close();
  }
}

test('a Y!mobile working-holiday visitor who left last week (zh-TW): only what works from abroad', () =>
  asUser('zh-TW', 'zh-TW', async (page, { t, next, choose, begin, leftOn }, app) => {
    const locale = 'zh-TW';
    const left = inDays(-7);
    await begin(providerName('ymobile', locale), 'physical');
    await leftOn(left);
    // Y!mobile has no way to keep the number in the sources: only moving it or ending it.
    await expect(page.getByRole('radio')).toHaveCount(2);
    await choose(t('interview.a.numberPlan.end'));
    // From abroad: no shop, no phone line, no "any way but a shop"; someone sent is offered (family).
    await expect(page.locator('#question-why')).toHaveText(t('interview.q.channel.whyAbroad'));
    const channels = await page
      .getByRole('radio')
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(channels).toEqual(['online', 'app', 'proxy', 'unsure']);
    await saveScreenshot(page, 'abroad-channel-question-zh-TW');
    await choose(t('interview.a.channel.unsure'));
    await choose(t('interview.a.phone.keep'));
    await choose(t('interview.a.instalments.no'));
    await page.getByLabel(t('interview.name.label')).fill('Y!mobile 打工度假');
    await next();
    await expect(page.locator('.summary')).toContainText(
      t('interview.leaving.leftOn', { date: formatDay(left, 'zh-TW') }),
    );
    await page.getByRole('button', { name: t('interview.create') }).click();

    // The checklist: what still reaches her comes first; no shop, no airport, no 188; the card by post.
    await expect(step(page, 'prepare.abroad-access')).toBeVisible();
    const ids = await stepIds(page);
    expect(ids[0]).toBe('prepare.abroad-access');
    expect(ids).toContain('cancel.online');
    expect(ids).toContain('after.residence-card-post');
    for (const absent of ['cancel.shop', 'cancel.phone', 'after.residence-card', 'after.hotline-188'])
      expect(ids).not.toContain(absent);
    await expect(step(page, 'prepare.abroad-access')).toContainText('My Y!mobile');
    await expect(step(page, 'after.residence-card-post')).toContainText('在留カード等返納');
    await expect(step(page, 'after.residence-card-post')).toContainText('+81-3-5796-7112');
    // The Immigration Information Center's number as dialled from abroad, never the domestic 03-… alone.
    await expect(step(page, 'after.residence-card-post')).not.toContainText(/(?<!\+81-)03-5796-7112/);
    await step(page, 'after.residence-card-post').screenshot({
      path: path.join(SCREENSHOT_DIR, 'abroad-residence-card-post-zh-TW.png'),
    });
    await saveScreenshot(page, 'abroad-checklist-ymobile-zh-TW');
    await expectNoSeriousA11yViolations(page);

    // Nothing to say at a counter she cannot reach.
    await page.getByRole('tab', { name: t('case.tab.phrases') }).click();
    await expect(page.getByTestId('phrases-none')).toHaveText(t('phrases.noneAbroad'));
    await expect(page.getByRole('button', { name: t('phrases.show') })).toHaveCount(0);

    // The plan counts from today: the cancellation by the end of this billing month, from abroad.
    await page.getByRole('tab', { name: t('case.tab.plan') }).click();
    await expect(page.getByTestId('plan-where')).toHaveText(
      t('plan.abroad', { date: formatDay(left, locale) }),
    );
    await expect(page.getByText(fixedPart(dictionaryFor(locale)['plan.noLeaving']))).toHaveCount(0);
    const cancel = page.getByTestId('plan-group').filter({
      has: page.locator('[data-testid="plan-item"][data-step-id="cancel.online"]'),
    });
    await expect(cancel).toContainText(fixedPart(planTexts.abroadCancel[locale]));
    await saveScreenshot(page, 'abroad-plan-ymobile-zh-TW');
    // The calendar holds those dates.
    const file = path.join(app.dataDir, '..', `abroad-${path.basename(app.dataDir)}.ics`);
    app.ports.dialogs.savePath = file;
    await page.getByTestId('plan-export').click();
    await expect(page.getByTestId('plan-export-status')).toContainText(file);
    expect(await readFile(file, 'utf8')).toContain('BEGIN:VEVENT');

    // The proof report, read as she would: her case, in her language, beside the Japanese.
    await page.getByRole('tab', { name: t('case.tab.proof') }).click();
    const pdf = path.join(app.dataDir, '..', `abroad-${path.basename(app.dataDir)}.pdf`);
    const report = (await exportPdfReport(app, pdf, t('report.pdf'))).replace(/\s+/g, ' ');
    expect(report).toContain('Y!mobile 打工度假');
    await savePdfFirstPage(pdf, 'abroad-report-ymobile-zh-TW');
  }));

test('a Vietnamese intern leaving in two days who cannot get to a shop (vi): what fits, what moves online', () =>
  asUser('vi', 'vi-VN', async (page, { t, next, choose, begin }) => {
    const locale = 'vi';
    const leaving = inDays(2);
    await begin(providerName('docomo', locale), 'physical');
    await page.getByRole('radio', { name: t('interview.leaving.date') }).check();
    await page.getByLabel(t('interview.leaving.dateLabel')).fill(leaving);
    await next();
    await choose(t('interview.a.numberPlan.end'));
    await choose(t('interview.a.channel.no-shop'));
    await choose(t('interview.a.phone.keep'));
    await choose(t('interview.a.instalments.yes'));
    await page.getByLabel(t('interview.name.label')).fill('Thực tập sinh docomo');
    await next();
    await page.getByRole('button', { name: t('interview.create') }).click();

    // No shop step; online instead; someone in Japan could go for him (docomo takes family).
    await expect(step(page, 'cancel.online')).toBeVisible();
    const ids = await stepIds(page);
    expect(ids).not.toContain('cancel.shop');
    expect(ids).toContain('prepare.proxy-offer');
    // Two days left: said above the checklist, with what must come before leaving and what can wait.
    const notice = page.getByRole('region', { name: t('plan.short.title') });
    await expect(notice).toContainText(fixedPart(planTexts.shortDays[locale]));
    await expect(notice.getByTestId('short-before')).toContainText(
      content.steps.find((s) => s.id === 'prepare.move-sms-logins')?.title[locale] ?? '?',
    );
    await expect(notice.getByTestId('short-after')).toBeVisible();
    await saveScreenshot(page, 'abroad-short-stay-checklist-vi');
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('tab', { name: t('case.tab.plan') }).click();
    await expect(page.getByRole('region', { name: t('plan.short.title') })).toBeVisible();
    await saveScreenshot(page, 'abroad-short-stay-plan-vi');
  }));

test('an au customer abroad whose sister in Japan goes to the shop (en): the proxy rule and what she brings', () =>
  asUser('en', 'en-US', async (page, { t, next, choose, begin, leftOn }) => {
    await begin('au (KDDI)', 'physical');
    await leftOn(inDays(-20));
    // au keeps numbers only in person at a shop: not offered to someone abroad.
    await expect(page.getByRole('radio', { name: t('interview.a.numberPlan.hold') })).toHaveCount(0);
    await choose(t('interview.a.numberPlan.end'));
    await choose(t('interview.a.channel.proxy'));
    await choose(t('interview.a.phone.keep'));
    await choose(t('interview.a.instalments.yes'));
    await page.getByLabel(t('interview.name.label')).fill('au, sister goes');
    await next();
    await page.getByRole('button', { name: t('interview.create') }).click();

    const proxy = step(page, 'cancel.proxy');
    await expect(proxy).toBeVisible();
    const rule = proxy.getByTestId('proxy-rule');
    await expect(rule).toContainText(
      'Who may go: a family member, staff of a care facility you live in, or a guardian. A friend is not accepted unless the rule says so.',
    );
    await expect(rule).toContainText('your ID (a copy is fine)');
    await expect(rule).toContainText('their own original ID');
    // au names no form of its own: no page to send her to; the app's letter of authority is offered instead.
    await expect(rule.getByRole('button', { name: /au \(KDDI\)/ })).toHaveCount(0);
    await expect(rule.getByRole('button', { name: t('authority.open') })).toBeVisible();
    await expect(proxy).toContainText('Proof of the relationship');
    expect(await stepIds(page)).not.toContain('cancel.online');
    await saveScreenshot(page, 'abroad-proxy-au-en');
    await proxy.screenshot({ path: path.join(SCREENSHOT_DIR, 'abroad-proxy-step-au-en.png') });
    await expectNoSeriousA11yViolations(page);

    // The phrases are for her sister at the counter.
    await page.getByRole('tab', { name: t('case.tab.phrases') }).click();
    await expect(page.getByText(t('phrases.helpProxy'))).toBeVisible();
    await expect(page.getByTestId('phrase').first()).toBeVisible();
  }));

test('a povo user keeping the number while abroad (en): a paid topping, and the next one dated', () =>
  asUser('en', 'en-US', async (page, { t, next, choose, begin, leftOn }) => {
    await begin('povo2.0', 'esim');
    await leftOn();
    // What keeping it costs and needs at povo, beside the choice.
    await expect(page.getByTestId('hold-help')).toContainText('within 180 days');
    await saveScreenshot(page, 'abroad-povo-keep-question-en');
    await choose(t('interview.a.numberPlan.hold'));
    // Nothing is cancelled: how, where the number goes and the phone are not asked.
    await choose(t('interview.a.instalments.no'));
    await page.getByLabel(t('interview.name.label')).fill('povo kept');
    await next();
    await expect(page.locator('.summary')).toContainText(t('interview.leaving.left'));
    await expect(page.locator('.summary')).toContainText(t('interview.skipped.line-kept'));
    await saveScreenshot(page, 'abroad-povo-keep-summary-en');
    await page.getByRole('button', { name: t('interview.create') }).click();

    const topup = step(page, 'cancel.hold-topup');
    await expect(topup).toBeVisible();
    await expect(step(page, 'prepare.hold')).toContainText('180 days');
    const ids = await stepIds(page);
    for (const absent of ['cancel.online', 'cancel.app', 'device.esim-delete', 'after.final-bill'])
      expect(ids).not.toContain(absent);
    // Bought today: the next one is dated 180 days on.
    await topup.locator('input[type="checkbox"]').click();
    await expect(topup.locator('input[type="checkbox"]')).toBeChecked();
    await page.getByRole('tab', { name: t('case.tab.plan') }).click();
    const nextTopping = page.getByTestId('plan-group').filter({
      has: page.locator('[data-testid="plan-item"][data-step-id="after.hold-next-topping"]'),
    });
    await expect(nextTopping).toContainText(formatDay(inDays(180), 'en'));
    await saveScreenshot(page, 'abroad-povo-keep-plan-en');
    await nextTopping.screenshot({ path: path.join(SCREENSHOT_DIR, 'abroad-povo-next-topping-en.png') });
    await expectNoSeriousA11yViolations(page);
  }));
