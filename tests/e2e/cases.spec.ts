import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { checklistDrawn, DOCOMO_ESIM, seedCase, stepBoxes } from './flows';
import { launchApp } from './harness';

test('two cases stay independent, and changing an answer re-tailors but keeps surviving ticks', async () => {
  const app = await launchApp({ locale: 'en-US' });
  try {
    const { page } = app;
    // Answered in full (the holder too), so "Save changes" has nothing left to ask.
    await seedCase(page, 'Line A', { ...DOCOMO_ESIM, holderType: 'foreign-resident' });
    await seedCase(
      page,
      'Line B',
      { ...DOCOMO_ESIM, providerId: 'au', cardKind: 'physical' },
      '080-5555-0000',
    );

    // Line B is open (the newest case); tick its first step only.
    await expect(page.getByRole('heading', { level: 1, name: 'Line B' })).toBeVisible();
    await stepBoxes(page).first().click();
    await expect(stepBoxes(page).first()).toBeChecked();
    await page.getByRole('button', { name: 'All cases' }).click();
    const cards = page.getByTestId('case-card');
    await expect(cards).toHaveCount(2);
    await expect(cards.filter({ hasText: 'Line B' })).toContainText('au (KDDI) · SIM card · 080-••••-0000');

    // Line A: tick every prepare step, then change "keep the number".
    await cards.filter({ hasText: 'Line A' }).getByRole('button', { name: 'Open' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Line A' })).toBeVisible();
    await expect(page.getByRole('progressbar', { name: 'Steps done' })).toHaveAttribute('aria-valuenow', '0');
    const prepare = page.getByRole('region', { name: 'Get ready' }).locator('input[type="checkbox"]');
    await checklistDrawn(page);
    const count = await prepare.count();
    for (let i = 0; i < count; i++) {
      // click, not check(): the box turns only once the store has saved the tick.
      await prepare.nth(i).click();
      await expect(prepare.nth(i)).toBeChecked();
    }
    const ticked = await page
      .getByRole('region', { name: 'Get ready' })
      .getByTestId('step')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-step-id')));

    await page.getByRole('button', { name: 'Change answers' }).click();
    await page.getByRole('button', { name: /^Change.*keep the phone number/ }).click();
    await page.getByRole('radio', { name: 'Keep it: move it to another carrier (MNP)' }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    // Keeping the number asks where it goes (One-Stop or a reservation number).
    await page.getByRole('radio', { name: 'Another carrier, or not decided yet' }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByText('Ticks on the steps that stay are kept.')).toBeVisible();
    await page.getByRole('button', { name: 'Save changes' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Line A' })).toBeVisible();
    await checklistDrawn(page);
    const now = await page
      .getByTestId('step')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-step-id')));
    expect(now).not.toEqual(ticked);
    for (const id of ticked) {
      if (id && now.includes(id)) await expect(page.locator(`[data-step-id="${id}"] input`)).toBeChecked();
    }
    const gone = ticked.filter((id) => !now.includes(id));
    await expect(page.getByTestId('retired-step')).toHaveCount(gone.length);

    // Line B was not touched by any of this.
    await page.getByRole('button', { name: 'All cases' }).click();
    await cards.filter({ hasText: 'Line B' }).getByRole('button', { name: 'Open' }).click();
    await expect(page.getByRole('progressbar', { name: 'Steps done' })).toHaveAttribute('aria-valuenow', '1');
  } finally {
    await app.close();
  }
});

test('rename refuses an empty or over-long name; archive and delete (asked first, backed up) work', async () => {
  const app = await launchApp({ locale: 'en-US' });
  try {
    const { page } = app;
    await seedCase(page, 'Old name');
    await page.getByRole('button', { name: 'All cases' }).click();
    const card = page.getByTestId('case-card');

    await card.getByRole('button', { name: 'Rename' }).click();
    const field = card.getByLabel('New name');
    await field.fill('   ');
    await field.press('Enter');
    await expect(card.getByRole('alert')).toHaveText('The name cannot be empty.');
    await field.fill('x'.repeat(121));
    await card.getByRole('button', { name: 'Save' }).click();
    await expect(card.getByRole('alert')).toContainText('121 characters long');
    await expect(field).toHaveValue('x'.repeat(121));
    await field.fill('新しい名前');
    await field.press('Enter');
    await expect(card.getByRole('heading', { name: '新しい名前' })).toBeVisible();

    await card.getByRole('button', { name: 'Archive' }).click();
    await expect(page.getByText('Archived (1)')).toBeVisible();
    await page.getByText('Archived (1)').click();
    await page.getByRole('button', { name: 'Bring back' }).click();
    await expect(page.getByText('Archived (1)')).toHaveCount(0);

    await card.getByRole('button', { name: 'Delete' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete "新しい名前"?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(card).toHaveCount(1);
    await card.getByRole('button', { name: 'Delete' }).click();
    await dialog.getByRole('button', { name: 'Delete the case' }).click();
    await expect(page.getByRole('heading', { name: 'No cases yet' })).toBeVisible();
    const backups = await readdir(path.join(app.dataDir, 'backups'));
    expect(backups.some((file) => file.includes('before'))).toBe(true);
  } finally {
    await app.close();
  }
});
