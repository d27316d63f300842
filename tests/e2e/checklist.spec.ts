import { expect, test } from '@playwright/test';
import { StoreError } from '../../electron/store/store';
import { createThroughInterview, seedCase, stepBoxes } from './flows';
import { launchApp } from './harness';
import guideJaCatalog from '../../data/locales/ja.json' with { type: 'json' };
import uiJa from '../../renderer/src/i18n/locales/ja.json' with { type: 'json' };

const guideJa: Record<string, string> = guideJaCatalog;

test('a docomo eSIM case made through the interview keeps its ticks, note and place across a restart', async () => {
  const app = await launchApp({ locale: 'en-US' });
  try {
    const { page } = app;
    await createThroughInterview(page, { name: 'My docomo line', phone: '090-1234-5678' });
    await expect(page.getByTestId('masked-value')).toHaveText('090-••••-5678');

    const boxes = stepBoxes(page);
    for (let i = 0; i < 5; i++) {
      await boxes.nth(i).click();
      await expect(boxes.nth(i)).toBeChecked();
    }
    await expect(page.getByRole('progressbar', { name: 'Steps done' })).toHaveAttribute('aria-valuenow', '5');

    const thirdStep = page.getByTestId('step').nth(2);
    await thirdStep.getByRole('button', { name: 'Add a note' }).click();
    await thirdStep.getByLabel('Note').fill('受付番号 A-123 · 窗口的工作人员说两周内寄回');
    await thirdStep.getByRole('button', { name: 'Save note' }).click();
    await expect(thirdStep.getByText('Note saved.')).toBeVisible();

    await app.restart();
    await expect(app.page.getByRole('heading', { level: 1, name: 'My docomo line' })).toBeVisible();
    for (let i = 0; i < 5; i++) await expect(stepBoxes(app.page).nth(i)).toBeChecked();
    await expect(stepBoxes(app.page).nth(5)).not.toBeChecked();
    await expect(app.page.getByTestId('step').nth(2).getByLabel('Note')).toHaveValue(
      '受付番号 A-123 · 窗口的工作人员说两周内寄回',
    );
    await expect(
      app.page
        .getByTestId('step')
        .first()
        .getByText(/^Done /),
    ).toBeVisible();
    await expect(app.page.getByRole('progressbar', { name: 'Steps done' })).toHaveAttribute(
      'aria-valuenow',
      '5',
    );
  } finally {
    await app.close();
  }
});

test('a failed save shows the error and leaves the step as it really is: not ticked', async () => {
  const app = await launchApp({ locale: 'en-US' });
  try {
    const { page } = app;
    await seedCase(page, 'Disk full');
    // The disk refuses every write from now on, as a full disk would.
    app.store.update = async () => {
      throw new StoreError('store_write_failed', 'could not save: ENOSPC: no space left on device');
    };
    const first = stepBoxes(page).first();
    await first.click();
    await expect(page.getByRole('alert')).toContainText(
      'Saving failed (is the disk full?). Nothing was changed.',
    );
    await expect(first).not.toBeChecked();
    await expect(page.getByRole('progressbar', { name: 'Steps done' })).toHaveAttribute('aria-valuenow', '0');

    const step = page.getByTestId('step').first();
    await step.getByRole('button', { name: 'Add a note' }).click();
    await step.getByLabel('Note').fill('kept on screen, not saved');
    await step.getByRole('button', { name: 'Save note' }).click();
    await expect(step.getByText('Not saved yet.')).toBeVisible();
  } finally {
    await app.close();
  }
});

test('a note over 10,000 characters is refused with a message and never cut', async () => {
  const app = await launchApp({ locale: 'en-US' });
  try {
    const { page } = app;
    await seedCase(page, 'Long note');
    const step = page.getByTestId('step').first();
    const long = 'あ'.repeat(10_001);
    await step.getByRole('button', { name: 'Add a note' }).click();
    await step.getByLabel('Note').fill(long);
    await expect(step.getByRole('alert')).toContainText('10,001 characters long; the limit is 10,000');
    await expect(step.getByRole('button', { name: 'Save note' })).toBeDisabled();
    await expect(step.getByLabel('Note')).toHaveValue(long);
    await step.getByLabel('Note').press('Backspace');
    await step.getByRole('button', { name: 'Save note' }).click();
    await expect(step.getByText('Note saved.')).toBeVisible();
  } finally {
    await app.close();
  }
});

test('a tick can be undone, "next step" moves focus, and sources open only through the OS port', async () => {
  const app = await launchApp({ locale: 'en-US' });
  try {
    const { page } = app;
    await seedCase(page, 'Undo');
    const first = stepBoxes(page).first();
    await first.click();
    await expect(first).toBeChecked();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(first).not.toBeChecked();

    await first.click();
    await expect(first).toBeChecked();
    await page.getByTestId('next-step').click();
    await expect(stepBoxes(page).nth(1)).toBeFocused();

    // An official source is a link that opens through the OS port, at its full address; a third-party
    // source is shown as text, never a link.
    const sources = page.locator('details.sources', { has: page.locator('button.link') }).first();
    await sources.locator('summary').click();
    const link = sources.locator('button.link').first();
    const address = await link.getAttribute('title');
    expect(address).toMatch(/^https?:\/\//);
    await link.click();
    await expect.poll(() => app.ports.opened.filter((o) => o.kind === 'external').length).toBe(1);
    expect(app.ports.opened[0]?.target).toBe(address);
    await expect(sources.locator('li', { has: page.locator('.mono') }).locator('button')).toHaveCount(0);
    expect(app.foreignRequests).toEqual([]);
  } finally {
    await app.close();
  }
});

test('a language chosen on an open case redraws its checklist and its proof steps in that language', async () => {
  const app = await launchApp({ locale: 'en-US' });
  try {
    const { page } = app;
    await seedCase(page, 'Switching');
    const english = 'Delete the eSIM only once the cancellation or switch is confirmed';
    await expect(page.getByText(english, { exact: true })).toBeVisible();
    await page.getByRole('tab', { name: 'Proof' }).click();
    await page.getByRole('button', { name: 'Add a record' }).click();
    const stepChoices = page.locator('#record-step option:not([value=""])');
    const englishChoices = await stepChoices.allTextContents();
    expect(englishChoices.length).toBeGreaterThan(0);

    // Main sends a case in the app's language only: the screens ask again once it changes.
    await page.getByTestId('language').selectOption('ja');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(stepChoices).toHaveText(
      englishChoices.map((title) => guideJa[title] ?? `(no ja: ${title})`),
    );
    await page.getByRole('tab', { name: uiJa['case.tab.checklist'] }).click();
    await expect(page.getByText(guideJa[english] ?? '', { exact: true })).toBeVisible();
    await expect(page.getByText(english, { exact: true })).toHaveCount(0);
  } finally {
    await app.close();
  }
});
