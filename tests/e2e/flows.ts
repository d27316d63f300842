// Steps the checklist, cases, interview, keyboard and screens suites share: answering the interview
// through the UI, or seeding a case straight through the bridge when the interview is not under test.
import { expect, type Page } from '@playwright/test';
import type { Profile } from '../../electron/guide/types';
import type { RequestOf } from '../../electron/ipc/contract';
import { DOCOMO_ESIM_ONLINE } from '../fixtures/profiles';

export { DOCOMO_ESIM_ONLINE as DOCOMO_ESIM } from '../fixtures/profiles';

/** The English labels of the answers for DOCOMO_ESIM, in the order the interview asks. */
export const DOCOMO_ESIM_ANSWERS = [
  'NTT docomo',
  'A foreign resident of Japan (with a residence card)',
  'An eSIM (no card: a profile inside the phone)',
  'A monthly contract, billed after use',
  "No date yet, or I'm not leaving",
  'End the line and the number',
  'Online, on the website',
  'I keep it',
  'No',
];

/** Answers the interview with the mouse, in English, and lands on the new case's checklist. */
export async function createThroughInterview(
  page: Page,
  { name, phone, answers = DOCOMO_ESIM_ANSWERS }: { name: string; phone: string; answers?: string[] },
): Promise<void> {
  await page.getByRole('button', { name: 'Start a new case' }).first().click();
  for (const answer of answers) {
    await page.getByRole('radio', { name: answer, exact: true }).check();
    await page.getByRole('button', { name: 'Next' }).click();
  }
  await page.getByLabel('Case name (optional)').fill(name);
  await page.getByLabel('Phone number of this line (optional)').fill(phone);
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { name: 'Check your answers' })).toBeVisible();
  await page.getByRole('button', { name: 'Create the case' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await checklistDrawn(page);
}

/** Creates a case through the bridge (as the interview would) and reloads onto it. */
export async function seedCase(
  page: Page,
  name: string,
  profile: Profile = DOCOMO_ESIM_ONLINE,
  phoneNumber = '090-1234-5678',
  holder?: RequestOf<'cases.create'>['holder'],
) {
  const id = await page.evaluate(
    async (request) => {
      const result = await window.sayonara.cases.create(request);
      if (!result.ok) throw new Error(result.error.message);
      return result.value.case.id;
    },
    { name, profile, phoneNumber, ...(holder ? { holder } : {}) },
  );
  await page.reload();
  await checklistDrawn(page);
  return id;
}

/** Waits until the case's checklist holds every step: its first frame draws only the top ones
 * (ChecklistPanel), so a test that reads or counts them all, or finds something absent, waits for this. */
export async function checklistDrawn(page: Page) {
  await expect(page.getByTestId('step').first()).toBeVisible();
  await expect(page.getByTestId('checklist')).not.toHaveAttribute('aria-busy', 'true');
}

/** The checkboxes of the steps, in checklist order. */
export const stepBoxes = (page: Page) => page.getByTestId('step').locator('input[type="checkbox"]');

/** Presses Tab (or Shift+Tab) until the focused element's text or label matches, as a keyboard user would. */
export async function tabTo(
  page: Page,
  name: string | RegExp,
  { back = false, max = 60 } = {},
): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const label = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el) return '';
      const byFor = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
      return byFor ?? el.closest('label')?.textContent ?? el.textContent ?? '';
    });
    if (typeof name === 'string' ? label.trim() === name : name.test(label)) return;
  }
  throw new Error(`Tab never reached ${String(name)}`);
}
