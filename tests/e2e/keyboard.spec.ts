import { expect, test } from '@playwright/test';
import { checklistDrawn, stepBoxes, tabTo } from './flows';
import { launchApp } from './harness';

test('keyboard only: the interview, then every step of the first phase, and the shortcut sheet', async () => {
  const app = await launchApp({ locale: 'en-US' });
  try {
    const { page } = app;
    const kb = page.keyboard;
    await tabTo(page, 'Start a new case');
    await kb.press('Enter');

    // Each question: Tab into the radio group, choose with Space or the arrows, Tab to Next.
    const onRadio = () =>
      page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'radio');
    const answer = async (moves: string[]) => {
      // Tab until the radio group has focus, as a keyboard user would (one Tab, unless something
      // focusable sits between the heading and the answers).
      for (let i = 0; i < 10 && !(await onRadio()); i++) await kb.press('Tab');
      expect(await onRadio()).toBe(true);
      for (const key of moves) await kb.press(key);
      await expect(page.locator('input[type="radio"]:checked')).toHaveCount(1);
      await tabTo(page, 'Next');
      await kb.press('Enter');
      // The next question takes focus on its heading; typing on before it has would race the render.
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName ?? '')).toMatch(/^H[1-3]$/);
    };
    await expect(page.getByRole('heading', { name: 'Which carrier is the line with?' })).toBeFocused();
    await answer(['Space']); // NTT docomo, the first carrier
    await answer(['Space']); // a foreign resident
    await answer(['ArrowDown']); // eSIM
    await answer(['Space']); // monthly contract
    await answer(['ArrowDown', 'ArrowDown']); // no leaving date (after "leaving on" and "already left")
    await answer(['ArrowDown']); // end the number
    await answer(['Space']); // online
    await answer(['Space']); // keep the phone
    await answer(['ArrowDown']); // no instalments
    await kb.press('Tab');
    await kb.type('Keyboard line');
    await kb.press('Tab');
    await kb.type('070 1111 2222');
    await kb.press('Enter');
    await expect(page.getByRole('heading', { name: 'Check your answers' })).toBeFocused();
    await expect(page.locator('.summary')).toContainText('NTT docomo');
    await expect(page.locator('.summary')).toContainText('An eSIM');
    await expect(page.locator('.summary')).toContainText("No date yet, or I'm not leaving");
    await tabTo(page, 'Create the case');
    await kb.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Keyboard line' })).toBeVisible();

    // The first phase: "N" jumps to the next step to do, Space ticks it.
    const phase = page.getByRole('region', { name: 'Get ready' }).locator('input[type="checkbox"]');
    await checklistDrawn(page);
    const count = await phase.count();
    await tabTo(page, /^Checklist$/);
    for (let i = 0; i < count; i++) {
      await kb.press('n');
      await expect(phase.nth(i)).toBeFocused();
      await kb.press('Space');
      await expect(phase.nth(i)).toBeChecked();
    }
    await expect(page.getByRole('progressbar', { name: 'Steps done' })).toHaveAttribute(
      'aria-valuenow',
      String(count),
    );
    await expect(stepBoxes(page).nth(count)).not.toBeChecked();

    // Shift+Tab walks back; "?" opens the sheet, Escape closes it.
    await tabTo(page, /^Checklist$/, { back: true });
    // The Services tab (issue 20) sits next to the checklist it feeds.
    await kb.press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'Services' })).toBeFocused();
    await kb.press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'Documents' })).toBeFocused();
    await expect(page.getByRole('tab', { name: 'Documents' })).toHaveAttribute('aria-selected', 'true');
    await kb.press('?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(sheet).toBeVisible();
    await expect(sheet).toContainText('Jump to the next step to do');
    await kb.press('Escape');
    await expect(sheet).toBeHidden();
  } finally {
    await app.close();
  }
});
