// The packaged app as a user gets it (the workflow's electron-builder output: fuses flipped, app.asar
// only, on Linux the installed deb with its AppArmor profile), started as a person starts it and driven
// over CDP. It opens its window, sandboxed, on app://; keeps a tick across a restart; opens the start-up
// page for an unusable data folder; and keeps its CSP and navigation guards. Runs where
// SAYONARA_PACKAGED_APP names the executable; `npm test` has none to run.
import { expect, test } from '@playwright/test';
import { DOCOMO_ESIM, seedCase, stepBoxes } from '../e2e/flows';
import { launchPackaged, requirePackagedApp, withTempFolders } from './launch';
import { expectCspHolds, expectStartupPage, makeDataFolderUnusable } from './page-checks';

requirePackagedApp();

test('the installed app opens its one window on app://, isolated, with the contract’s bridge only', async () => {
  await withTempFolders(async (folders) => {
    const { page, stderr } = await launchPackaged(folders);
    await expect(page.getByText('Sayonara SIM').first()).toBeVisible();
    expect(page.url()).toBe('app://sayonara/index.html');
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
    expect(await page.evaluate(() => Object.keys(window.sayonara))).toContain('cases');
    // Never the sandbox supervisor's explanation: this start had its sandbox.
    expect(stderr()).not.toContain('apparmor_parser');
  });
});

test('a ticked step survives quitting and starting the installed app again', async () => {
  await withTempFolders(async (folders) => {
    let app = await launchPackaged(folders);
    await seedCase(app.page, 'Leaving Japan', DOCOMO_ESIM);
    await app.page.getByRole('button', { name: 'Open' }).first().click();
    await stepBoxes(app.page).first().click();
    await expect(stepBoxes(app.page).first()).toBeChecked();
    await app.close();

    app = await launchPackaged(folders);
    await app.page.getByRole('button', { name: 'Open' }).first().click();
    await expect(stepBoxes(app.page).first()).toBeChecked();
  });
});

test('an unusable data folder opens the start-up page, naming it, with its three ways on', async () => {
  await withTempFolders(async (folders) => {
    await makeDataFolderUnusable(folders.dataDir);
    const { page } = await launchPackaged(folders);
    await expectStartupPage(page, folders.dataDir);
  });
});

test('the CSP holds and a link to a host the guide does not cite neither leaves nor replaces the app', async () => {
  await withTempFolders(async (folders) => {
    const { page } = await launchPackaged(folders);
    await expect(page.getByText('Sayonara SIM').first()).toBeVisible();
    await expectCspHolds(page);
    await page.evaluate(() => {
      const link = document.createElement('a');
      link.href = 'https://evil.example/';
      link.id = 'test-link';
      link.textContent = 'test link';
      document.body.prepend(link);
    });
    await page.locator('#test-link').click();
    await expect.poll(() => page.url()).toBe('app://sayonara/index.html');
  });
});
