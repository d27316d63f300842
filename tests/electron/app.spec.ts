// The real app under Electron. Runs only where an Electron binary exists (downloaded, or
// ELECTRON_OVERRIDE_DIST_PATH); `npm test` reports it as not run elsewhere. On Linux without a
// display, run it under xvfb-run.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { findElectronBinary } from '../../scripts/electron-binary.mjs';

const { binary, reason } = findElectronBinary();
const mainScript = path.resolve(import.meta.dirname, '../../out/main/index.js');

test.skip(!binary, `no Electron binary: ${reason ?? ''}`);

async function launch(dataDir: string): Promise<ElectronApplication> {
  return electron.launch({
    executablePath: binary ?? undefined,
    args: [mainScript, '--no-sandbox'],
    env: { ...process.env, SAYONARA_DATA_DIR: dataDir },
  });
}

test('the real app opens its window over app://, sandboxed, and keeps a choice across a relaunch', async () => {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'sayonara-electron-'));
  try {
    let app = await launch(dataDir);
    let page = await app.firstWindow();
    await expect(page.getByText('Sayonara SIM').first()).toBeVisible();
    expect(page.url()).toBe('app://sayonara/index.html');
    // No Node in the page, and the bridge is the contract's object, not ipcRenderer.
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => Object.keys(window.sayonara).sort())).toContain('cases');
    expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
    await page.getByTestId('language').selectOption('ja');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await app.close();

    app = await launch(dataDir);
    page = await app.firstWindow();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await app.close();
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
});
