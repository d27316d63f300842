// What the development-binary specs and the packaged-app spec both check on the app's page.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';

/** Puts a file where the data folder should be: a folder the app cannot use. */
export async function makeDataFolderUnusable(dataDir: string): Promise<void> {
  await mkdir(path.dirname(dataDir), { recursive: true });
  await writeFile(dataDir, 'not a folder');
}

/** The start-up page for an unusable data folder: its title, the folder, its three ways on. */
export async function expectStartupPage(page: Page, dataDir: string): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Data folder unavailable' })).toBeVisible();
  await expect(page.getByTestId('startup-folder')).toHaveText(dataDir);
  await expect(page.getByTestId('startup-problem').getByRole('button')).toHaveText([
    'Choose a different folder',
    'Try again',
    'Open the log',
  ]);
}

/** The page runs under the CSP: an inline script does not run, and nothing reaches the network. */
export async function expectCspHolds(page: Page): Promise<void> {
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.inlineRan = true';
    document.head.append(script);
    return (window as { inlineRan?: boolean }).inlineRan === true;
  });
  expect(ran).toBe(false);
  const fetched = await page.evaluate(() =>
    fetch('https://example.com/').then(
      () => 'loaded',
      () => 'blocked',
    ),
  );
  expect(fetched).toBe('blocked');
}
