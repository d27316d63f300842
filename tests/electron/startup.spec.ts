// Start-up that never fails silently: a data folder the app cannot use opens a page that says so, names
// the folder, and offers a way out (the model is Actual's "Data folder unavailable" page): another
// folder, kept for the next start; try again; the log of that start, written outside the folder.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { isInside } from '../../electron/main/data-location';
import { launch, recordRestarts, requireElectron, withTempFolders } from './launch';
import { expectStartupPage, makeDataFolderUnusable } from './page-checks';

requireElectron();

test('a data folder that is a file opens the start-up page naming it, with a way out and a log outside it', async () => {
  await withTempFolders(async (folders) => {
    await makeDataFolderUnusable(folders.dataDir);
    const { page } = await launch(folders);
    await expectStartupPage(page, folders.dataDir);
    const shown = await page.getByText('The log of this start:').textContent();
    const logFile = (shown ?? '').replace('The log of this start:', '').trim();
    expect(isInside(logFile, folders.dataDir)).toBe(false);
    expect(existsSync(logFile)).toBe(true);
    expect(await readFile(logFile, 'utf8')).toContain('data-folder-unusable');
  });
});

test('“Choose a different folder” keeps the choice beside the config folder, and the next start opens it', async () => {
  // Only Linux lets a test move the config folder (XDG_CONFIG_HOME); elsewhere this would touch the
  // user's own.
  test.skip(process.platform !== 'linux', 'the config folder can be moved per process on Linux only');
  await withTempFolders(async (folders) => {
    // A choice made earlier, now unusable (a drive unplugged, say): a file where the folder was.
    const userData = path.join(folders.configHome, 'Sayonara SIM (development)');
    const gone = path.join(folders.configHome, 'unplugged');
    await mkdir(folders.configHome, { recursive: true });
    await writeFile(gone, 'not a folder');
    const location = `${userData}.data-folder.json`;
    await writeFile(location, JSON.stringify({ dataDir: gone }));
    let { app, page } = await launch({ ...folders, dataDir: null });
    await expect(page.getByTestId('startup-folder')).toHaveText(gone);

    const chosen = path.join(folders.configHome, 'new data');
    const marker = path.join(folders.configHome, 'relaunched');
    await app.evaluate(({ dialog }, folder) => {
      Object.assign(dialog, { showOpenDialog: async () => ({ canceled: false, filePaths: [folder] }) });
    }, chosen);
    await recordRestarts(app, marker);
    const closed = new Promise<void>((resolve) => app.once('close', () => resolve()));
    await page.getByRole('button', { name: 'Choose a different folder' }).click();
    await closed;
    expect(await readFile(marker, 'utf8')).toBe('relaunch asked');
    expect(JSON.parse(await readFile(location, 'utf8'))).toEqual({ dataDir: chosen });

    ({ app, page } = await launch({ ...folders, dataDir: null }));
    await page.getByRole('button', { name: 'Settings' }).click();
    await expect(page.getByTestId('data-dir')).toHaveText(chosen);
    await app.close();
    expect(existsSync(path.join(chosen, 'sayonara.json'))).toBe(true);
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
