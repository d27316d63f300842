// Start-up that never fails silently: a data folder the app cannot use opens a page that says so,
// names the folder and offers a way out (the model is Actual's "Data folder unavailable" page).
import { writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { launch, requireElectron, withTempFolders } from './launch';

requireElectron();

test('a data folder that is a file opens the start-up page naming it, with a way out', async () => {
  await withTempFolders(async (folders) => {
    await mkdir(path.dirname(folders.dataDir), { recursive: true });
    await writeFile(folders.dataDir, 'not a folder');
    const { page } = await launch(folders);
    await expect(page.getByRole('heading', { name: /data folder/i })).toBeVisible();
    await expect(page.getByText(folders.dataDir).first()).toBeVisible();
    await expect(page.getByRole('button', { name: /choose a different folder/i })).toBeVisible();
    await expect(page.getByRole('button', { name: /restart/i })).toBeVisible();
  });
});

test('a store path that is a folder still opens the app, and tells the user in their language', async () => {
  test.skip(process.platform !== 'linux', 'the OS language can be set per process on Linux only');
  await withTempFolders(async (folders) => {
    await mkdir(path.join(folders.dataDir, 'sayonara.json'), { recursive: true });
    const { app, page } = await launch({ ...folders, language: 'ja' });
    // The app opens (no silent exit) and whatever it shows is in Japanese, naming the folder.
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page.getByText(folders.dataDir).first()).toBeVisible();
    expect(app.windows().length).toBeGreaterThan(0);
  });
});
