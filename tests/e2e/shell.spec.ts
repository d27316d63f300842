// The desktop frame as a user meets it: the start-up page when the data folder cannot be used, About
// (from Settings and from the menu), menu commands, a .sayonara file opened from the desktop, diagnostics,
// and the page a screen that fails to draw leaves behind.
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
    buttons: ['选择其他文件夹', '重试', '打开日志'],
    about: '关于 Sayonara SIM',
    names: 'Sayonara SIM · さよならSIM',
    content: '指南内容',
  },
  {
    os: 'en-US',
    lang: 'en',
    unusable: 'Data folder unavailable',
    reason: 'a file is where a folder should be',
    buttons: ['Choose a different folder', 'Try again', 'Open the log'],
    about: 'About Sayonara SIM',
    names: 'Sayonara SIM · さよならSIM',
    content: 'Guide content',
  },
  {
    os: 'ja-JP',
    lang: 'ja',
    unusable: 'データフォルダを使用できません',
    reason: 'フォルダのはずの場所がファイルです',
    buttons: ['別のフォルダを選ぶ', 'もう一度試す', 'ログを開く'],
    about: 'Sayonara SIM について',
    names: 'Sayonara SIM · さよならSIM',
    content: 'ガイド内容',
  },
] as const;

for (const l of LANGUAGES) {
  test(`an unusable data folder: a page names it, says what is wrong and offers a way on, in ${l.lang}`, async () => {
    const parent = await mkdtemp(path.join(os.tmpdir(), 'sayonara-e2e-unusable-'));
    const dataDir = path.join(parent, 'data');
    await writeFile(dataDir, 'a file where the data folder should be');
    const app = await launchApp({ locale: l.os, dataDir });
    try {
      const { page } = app;
      const problem = page.getByTestId('startup-problem');
      await expect(page.getByRole('heading', { level: 1, name: l.unusable })).toBeVisible();
      await expect(problem.getByTestId('startup-folder')).toHaveText(dataDir);
      await expect(problem).toContainText(l.reason);
      await expect(problem.getByRole('button')).toHaveText([...l.buttons]);
      // Nothing of the empty, read-only app behind it, no English in another language, and never the
      // advice to set an environment variable.
      await expect(page.getByTestId('language')).toHaveCount(0);
      await expect(problem).not.toContainText('SAYONARA_DATA_DIR');
      if (l.lang !== 'en') await expect(problem).not.toContainText(/cannot|folder/);
      await saveScreenshot(page, `startup-unusable-${l.lang}`);
      await expectNoSeriousA11yViolations(page);
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

test('the start-up page’s actions: another folder (checked, kept, restart), try again, the log', async () => {
  const parent = await mkdtemp(path.join(os.tmpdir(), 'sayonara-e2e-unusable-'));
  const dataDir = path.join(parent, 'data');
  await writeFile(dataDir, 'a file where the data folder should be');
  const app = await launchApp({ locale: 'en-US', dataDir });
  try {
    const { page } = app;
    const status = page.getByTestId('startup-status');
    // A folder that cannot be used either is refused, with why; nothing is kept, nothing restarts.
    const blocked = path.join(parent, 'blocked');
    await writeFile(blocked, 'a file too');
    app.ports.dialogs.folder = blocked;
    await page.getByRole('button', { name: 'Choose a different folder' }).click();
    await expect(status).toHaveText(
      'That folder cannot be used either (a file is where a folder should be). Choose another one.',
    );
    expect(app.ports.remembered).toEqual([]);
    expect(app.ports.restarts).toBe(0);
    // Cancelled: nothing happens.
    app.ports.dialogs.folder = null;
    await page.getByRole('button', { name: 'Choose a different folder' }).click();
    await expect(status).toHaveText('');
    // A folder that works is kept for the next start, and the app restarts.
    const chosen = path.join(parent, 'my data');
    app.ports.dialogs.folder = chosen;
    await page.getByRole('button', { name: 'Choose a different folder' }).click();
    await expect(status).toHaveText('Starting again…');
    expect(app.ports.remembered).toEqual([chosen]);
    expect(app.ports.restarts).toBe(1);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => app.ports.restarts).toBe(2);
    await page.getByRole('button', { name: 'Open the log' }).click();
    await expect.poll(() => app.ports.opened).toContainEqual({ kind: 'folder', target: `${dataDir}-logs` });
    await expect(page.getByText(`The log of this start: ${dataDir}-logs`)).toBeVisible();
  } finally {
    await app.close();
    await rm(parent, { recursive: true, force: true });
  }
});

test('a screen that fails to draw leaves a page saying so, with Reload and Copy diagnostics, and logs why', async () => {
  const app = await launchApp({ locale: 'ja-JP' });
  try {
    const { page } = app;
    await seedCase(page, 'docomo');
    // Back to the list, so a reload opens it rather than the case.
    await page.getByRole('button', { name: '手続き一覧', exact: true }).click();
    // A payload the screen does not expect (a main process from another version, a bug): the case list
    // arrives without the fields the list draws. Nothing in the app is changed for the test.
    await page.addInitScript(() => {
      const bridge = window as unknown as { __sayonaraInvoke: (c: string, p: unknown) => Promise<unknown> };
      const real = bridge.__sayonaraInvoke;
      bridge.__sayonaraInvoke = (channel, payload) =>
        channel === 'cases.list'
          ? Promise.resolve({ ok: true, value: [{ id: 'broken', name: 'broken' }] })
          : real(channel, payload);
    });
    await page.reload();
    const crash = page.getByTestId('something-went-wrong');
    await expect(crash.getByRole('heading', { name: '問題が発生しました' })).toBeVisible();
    await expect(crash).toContainText('保存済みの内容はデータフォルダに残っています');
    await expect(crash.getByRole('button')).toHaveText(['再読み込み', '診断情報をコピー']);
    // The error is in the log before anyone copies anything.
    await expect
      .poll(() => readFile(path.join(app.dataDir, 'logs', 'sayonara.log'), 'utf8').catch(() => ''))
      .toContain('a screen failed to draw');
    await crash.getByRole('button', { name: '診断情報をコピー' }).click();
    await expect(crash.getByTestId('crash-status')).toHaveText('クリップボードにコピーしました。');
    expect(app.calls).toContain('app.copyDiagnostics');
    await saveScreenshot(page, 'something-went-wrong-ja');
    await expectNoSeriousA11yViolations(page);
  } finally {
    await app.close();
  }
});

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
