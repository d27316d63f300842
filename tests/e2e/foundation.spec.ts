import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/security';
import { launchApp } from './harness';
import { saveScreenshot } from './screenshots';

const FIRST_SCREEN = [
  { os: 'zh-CN', lang: 'zh-CN', promise: '一步一步办理日本 SIM 卡或 eSIM 的解约', start: '新建事项' },
  {
    os: 'en-US',
    lang: 'en',
    promise: 'Cancel your Japanese SIM or eSIM step by step',
    start: 'Start a new case',
  },
  {
    os: 'ja-JP',
    lang: 'ja',
    promise: '日本の SIM・eSIM の解約を一歩ずつ進めて',
    start: '新しい手続きを始める',
  },
] as const;

for (const { os, lang, promise, start } of FIRST_SCREEN) {
  test(`first screen follows the OS locale ${os}`, async () => {
    const app = await launchApp({ locale: os });
    try {
      const { page } = app;
      await expect(page.getByText(promise)).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('button', { name: start })).toBeVisible();
      await expect(page.getByTestId('language')).toHaveValue(lang);
      // The built page carries the same strict CSP that app:// sends as a header.
      await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
        'content',
        CONTENT_SECURITY_POLICY,
      );
      await saveScreenshot(page, `home-${lang}-light`);
      await expectNoSeriousA11yViolations(page);
      expect(app.foreignRequests).toEqual([]);
    } finally {
      await app.close();
    }
  });
}

test('the language choice survives a restart and the OS locale no longer overrides it', async () => {
  const app = await launchApp({ locale: 'en-US' });
  try {
    await app.page.getByTestId('language').selectOption('ja');
    await expect(app.page.getByText('日本の SIM・eSIM の解約を一歩ずつ進めて')).toBeVisible();
    await app.restart();
    await expect(app.page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(app.page.getByText('日本の SIM・eSIM の解約を一歩ずつ進めて')).toBeVisible();
  } finally {
    await app.close();
  }
});

test('a corrupt store is set aside and the notice names it, in the user language', async () => {
  const app = await launchApp({ locale: 'zh-CN' });
  try {
    await app.store.flush();
    await writeFile(path.join(app.dataDir, 'sayonara.json'), '{"schemaVersion":1,"settings":{"loc');
    await app.restart();
    const notice = app.page.getByTestId('store-notice');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('sayonara.json.corrupt-');
    await expect(notice).toContainText('你的数据文件无法读取');
    await saveScreenshot(app.page, 'notice-zh-CN-light');
  } finally {
    await app.close();
  }
});

test('a store file that went missing is put back from the newest backup, and the notice says so', async () => {
  const app = await launchApp({ locale: 'ja-JP' });
  try {
    await app.page.evaluate(() => window.sayonara.settings.update({ theme: 'dark' }));
    const backup = await app.store.backupNow('e2e');
    await app.store.flush();
    await rm(path.join(app.dataDir, 'sayonara.json'));
    await app.restart();
    const notice = app.page.getByTestId('store-notice');
    await expect(notice).toContainText('見つからなかったため');
    await expect(notice).toContainText(path.basename(backup));
    await expect(app.page.locator('html')).toHaveAttribute('data-theme', 'dark');
  } finally {
    await app.close();
  }
});

test('settings show the data folder and open it through the OS port; dark theme is axe-clean', async () => {
  const app = await launchApp({ locale: 'en-US', colorScheme: 'dark' });
  try {
    const { page } = app;
    await page.getByRole('button', { name: 'Settings' }).click();
    await expect(page.getByTestId('data-dir')).toHaveText(app.dataDir);
    await page.getByRole('button', { name: 'Open the data folder' }).click();
    await expect.poll(() => app.ports.opened).toEqual([{ kind: 'folder', target: app.dataDir }]);
    await saveScreenshot(page, 'settings-en-dark');
    await expectNoSeriousA11yViolations(page);
    expect(app.foreignRequests).toEqual([]);
  } finally {
    await app.close();
  }
});

test('the theme follows the system until Settings picks one, and the choice survives a restart', async () => {
  const app = await launchApp({ locale: 'en-US', colorScheme: 'dark' });
  const background = () => app.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  try {
    await expect.poll(background).toBe('rgb(21, 23, 26)');
    await app.page.getByRole('button', { name: 'Settings' }).click();
    // Saved before shown, so click and wait rather than check().
    await app.page.getByRole('radio', { name: 'Light' }).click();
    await expect.poll(background).toBe('rgb(247, 246, 243)');
    await app.restart();
    await expect.poll(background).toBe('rgb(247, 246, 243)');
  } finally {
    await app.close();
  }
});
