// How the checklist shows a fact it cannot vouch for, in each language: a disputed fact says the
// sources disagree and what each says, a fact not found says so with its hint, a fact backed by one
// page is tagged, and once the checks are old (the clock a year on) the step says to confirm.
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { content } from '../../data/index';
import type { Profile } from '../../electron/guide/types';
import { expectNoSeriousA11yViolations } from './axe';
import { checklistDrawn, seedCase } from './flows';
import { launchApp } from './harness';
import { SCREENSHOT_DIR } from './screenshots';

const LOCALES = [
  {
    os: 'en-US',
    app: 'en',
    conflict: 'Sources disagree: ask the carrier.',
    notFound: 'Not found in the sources we read: ask the carrier.',
    single: 'One source only',
    stale: /^Checked .*2026.* — rules change; confirm with the carrier\.$/,
  },
  {
    os: 'zh-CN',
    app: 'zh-CN',
    conflict: '各资料说法不一，请向运营商确认。',
    notFound: '我们查阅的资料里没有找到，请向运营商确认。',
    single: '仅有一个来源',
    stale: /^核对于 2026.*——规则可能已经改变，请向运营商确认。$/,
  },
  {
    os: 'ja-JP',
    app: 'ja',
    conflict: '資料によって内容が異なります。通信会社に確認してください。',
    notFound: '確認した資料には見当たりませんでした。通信会社に確認してください。',
    single: '出典は1件のみ',
    stale: /^2026.* 確認 — 規則は変わることがあります。通信会社に確認してください。$/,
  },
] as const;

const profile = (providerId: string): Profile => ({
  cardKind: 'physical',
  contractKind: 'postpaid',
  providerId,
  numberPlan: 'end',
  channel: 'unsure',
  leavingDate: null,
  phone: 'keep',
  instalments: 'no',
});

const note = (providerId: string, key: 'cancelChannels' | 'cutoff', locale: 'en' | 'zh-CN' | 'ja') => {
  const fact = content.providers.find((p) => p.id === providerId)?.facts[key];
  if (!fact?.note) throw new Error(`${providerId}.${key} has no note`);
  return fact.note[locale];
};

/** The step that shows the first fact with this status. */
const stepWith = (page: Page, status: string): Locator =>
  page
    .getByTestId('step')
    .filter({ has: page.locator(`[data-testid="fact"][data-fact-status="${status}"]`) })
    .first();

for (const l of LOCALES) {
  test(`uncertain facts are explained, tagged and dated (${l.app})`, async () => {
    // Two cases, an axe pass and a reload on a moved clock: more than the default minute on a busy machine.
    test.setTimeout(150_000);
    const app = await launchApp({ locale: l.os, viewport: { width: 900, height: 1600 } });
    try {
      const { page } = app;
      const shot = (step: Locator, name: string) =>
        step.screenshot({ path: path.join(SCREENSHOT_DIR, `facts-${name}-${l.app}.png`) });

      // SoftBank: sources disagree on the ways to cancel.
      await seedCase(page, 'SoftBank', profile('softbank'));
      const disputed = stepWith(page, 'conflict');
      const fact = disputed.locator('[data-testid="fact"][data-fact-status="conflict"]').first();
      await expect(fact).toContainText(l.conflict);
      await expect(fact).toContainText(note('softbank', 'cancelChannels', l.app));
      await expect(page.getByTestId('stale-notice')).toHaveCount(0);
      await shot(disputed, 'conflict');

      // A fact several steps rely on is said in full once; later steps fold it to one line that opens it.
      const folded = page.getByTestId('fact-repeat');
      await checklistDrawn(page);
      expect(await folded.count()).toBeGreaterThan(0);
      const factIds = await page
        .getByTestId('fact')
        .evaluateAll((nodes) => [...new Set(nodes.map((n) => n.getAttribute('data-fact-id') ?? ''))]);
      for (const id of factIds) {
        const all = page.locator(`[data-testid="fact"][data-fact-id="${id}"]`);
        await expect(all.filter({ hasNot: page.getByTestId('fact-repeat') })).toHaveCount(1);
      }
      const first = folded.first();
      await first.locator('summary').click();
      const id = await first.evaluate((n) => n.closest('[data-fact-id]')?.getAttribute('data-fact-id'));
      const full = page.locator(`[data-testid="fact"][data-fact-id="${id}"]`).first().locator('dd');
      await expect(first.locator('.prose')).toHaveText((await full.innerText()).trim());

      // Sakura Mobile: the cut-off was not found; the note carries the month-end hint.
      await seedCase(page, 'Sakura', profile('sakura-mobile'));
      const unknown = stepWith(page, 'not-found');
      await expect(unknown.locator('[data-fact-status="not-found"]').first()).toContainText(l.notFound);
      await expect(page.getByText(note('sakura-mobile', 'cutoff', l.app)).first()).toBeVisible();
      const single = page.getByTestId('step').filter({ hasText: l.single }).first();
      await expect(single.getByText(l.single).first()).toBeVisible();
      await shot(unknown, 'not-found');
      await shot(single, 'single-source');
      await expectNoSeriousA11yViolations(page);

      // A year on, every check is older than 180 days: the step says so, with the date.
      await page.clock.setFixedTime(new Date('2027-12-01T10:00:00'));
      await page.reload();
      const stale = page.getByTestId('stale-notice').first();
      await expect(stale).toHaveText(l.stale);
      await shot(
        page
          .getByTestId('step')
          .filter({ has: page.getByTestId('stale-notice') })
          .first(),
        'stale',
      );
    } finally {
      await app.close();
    }
  });
}
