// The desktop frame as a user meets it: the start-up notice when the data folder cannot be used, About
// (from Settings and from the menu), menu commands, a .sayonara file opened from the desktop, diagnostics.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { writeArchive } from '../../electron/proof/archive';
import type { StoreData } from '../../electron/store/schema';
import { seedCase } from './flows';
import { expectNoSeriousA11yViolations } from './axe';
import { launchApp } from './harness';
import { saveScreenshot } from './screenshots';

const LANGUAGES = [
  {
    os: 'zh-CN',
    lang: 'zh-CN',
    unusable: '数据文件夹不可用',
    reason: '应为文件夹的位置是一个文件',
    about: '关于 Sayonara SIM',
    names: 'Sayonara SIM · さよならSIM',
    content: '指南内容',
  },
  {
    os: 'en-US',
    lang: 'en',
    unusable: 'Data folder unavailable',
    reason: 'a file is where a folder should be',
    about: 'About Sayonara SIM',
    names: 'Sayonara SIM · さよならSIM',
    content: 'Guide content',
  },
  {
    os: 'ja-JP',
    lang: 'ja',
    unusable: 'データフォルダを使用できません',
    reason: 'フォルダのはずの場所がファイルです',
    about: 'Sayonara SIM について',
    names: 'Sayonara SIM · さよならSIM',
    content: 'ガイド内容',
  },
] as const;

for (const l of LANGUAGES) {
  test(`an unusable data folder: the app opens and says so, in ${l.lang}`, async () => {
    const parent = await mkdtemp(path.join(os.tmpdir(), 'sayonara-e2e-unusable-'));
    const dataDir = path.join(parent, 'data');
    await writeFile(dataDir, 'a file where the data folder should be');
    const app = await launchApp({ locale: l.os, dataDir });
    try {
      const notice = app.page.getByTestId('store-notice');
      await expect(notice).toContainText(l.unusable);
      await expect(notice).toContainText(dataDir);
      await expect(notice).toContainText(l.reason);
      // A problem still there cannot be dismissed, and nothing English leaks into another language.
      await expect(notice.getByRole('button')).toHaveCount(0);
      if (l.lang !== 'en') await expect(notice).not.toContainText('cannot');
      await saveScreenshot(app.page, `startup-unusable-${l.lang}`);
      await expectNoSeriousA11yViolations(app.page);
    } finally {
      await app.close();
      await rm(parent, { recursive: true, force: true });
    }
  });

  test(`About: both names, versions, content check date, licence, third-party list, in ${l.lang}`, async () => {
    const app = await launchApp({ locale: l.os });
    try {
      const { page } = app;
      await app.sendCommand('about');
      const about = page.getByRole('dialog', { name: l.about });
      await expect(about).toBeVisible();
      await expect(about).toContainText(l.names);
      await expect(about).toContainText('0.1.0');
      await expect(about).toContainText(l.content);
      await expect(about).toContainText('2026');
      await expect(about).toContainText('MIT');
      // The build's list: what the bundles really contain (React in the page, lowdb in main).
      await about.locator('summary').click();
      await expect(about.getByTestId('third-party')).toContainText('react');
      await expect(about.getByTestId('third-party')).toContainText('lowdb');
      await saveScreenshot(page, `about-${l.lang}`);
      await expectNoSeriousA11yViolations(page);
    } finally {
      await app.close();
    }
  });
}

test('menu commands: new case, theme, shortcuts, and a restore asked from the menu', async () => {
  const app = await launchApp({ locale: 'en-US' });
  try {
    const { page } = app;
    await app.sendCommand('new-case');
    await expect(page.getByRole('heading', { level: 1, name: 'My cases' })).toHaveCount(0);
    await app.sendCommand('theme-dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await app.sendCommand('shortcuts');
    await expect(page.getByTestId('shortcuts')).toBeVisible();
    await page.keyboard.press('Escape');
    app.ports.dialogs.openPath = null;
    await app.sendCommand('restore-backup');
    await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  } finally {
    await app.close();
  }
});

test('a .sayonara file opened from the desktop shows the restore preview and changes nothing until confirmed', async () => {
  const outside = await mkdtemp(path.join(os.tmpdir(), 'sayonara-e2e-opened-'));
  const file = path.join(outside, 'from-desktop.sayonara');
  const from = await launchApp({ locale: 'en-US' });
  await seedCase(from.page, 'From the other computer');
  await from.store.flush();
  const data = from.store.data;
  await from.close();
  await writeArchive(file, {
    data,
    attachmentsDir: path.join(outside, 'none'),
    appVersion: '0.1.0',
    createdAt: '2026-11-20T10:00:00.000Z',
  });
  const app = await launchApp({ locale: 'en-US', openedFiles: [file] });
  try {
    const { page } = app;
    await expect(page.getByTestId('backup-preview')).toContainText('1 case,');
    await expect(page.getByRole('button', { name: 'Replace my data' })).toBeVisible();
    // Shown, not applied: the data folder still holds only the user's own (no) cases.
    const saved = JSON.parse(await readFile(path.join(app.dataDir, 'sayonara.json'), 'utf8')) as StoreData;
    expect(saved.cases).toEqual([]);
    await saveScreenshot(page, 'opened-backup-preview-en');
  } finally {
    await app.close();
    await rm(outside, { recursive: true, force: true });
  }
});

test('Copy diagnostics says, in the user language, that it copied', async () => {
  const app = await launchApp({ locale: 'ja-JP' });
  try {
    const { page } = app;
    await page.getByRole('button', { name: '設定' }).click();
    await page.getByRole('button', { name: '診断情報をコピー' }).click();
    await expect(page.getByTestId('diagnostics-status')).toHaveText('クリップボードにコピーしました。');
  } finally {
    await app.close();
  }
});
