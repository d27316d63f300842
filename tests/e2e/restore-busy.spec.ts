// A restore that replaces the data says it is running and holds its buttons until it has finished: an
// edit made meanwhile would be replaced, so main refuses it (store_busy, worded in the user's language).
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { seedCase } from './flows';
import { launchApp } from './harness';
import { saveScreenshot } from './screenshots';

test('a "replace" restore shows that it runs and disables the backup buttons until it is done (ja)', async () => {
  const app = await launchApp({ locale: 'ja-JP', viewport: { width: 900, height: 700 } });
  const outside = await mkdtemp(path.join(os.tmpdir(), 'sayonara-e2e-restore-'));
  try {
    const { page } = app;
    await seedCase(page, 'ドコモの回線');
    await page.getByRole('button', { name: '設定' }).click();
    const backupFile = path.join(outside, 'all.sayonara');
    app.ports.dialogs.savePath = backupFile;
    await page.getByRole('button', { name: 'バックアップを書き出す…' }).click();
    await expect(page.getByTestId('backup-status')).toContainText('記録 0 件');
    app.ports.dialogs.openPath = backupFile;
    await page.getByRole('button', { name: 'バックアップから復元…' }).click();
    await expect(page.getByTestId('backup-preview')).toBeVisible();

    // Hold the restore on its way to main, so the page can be looked at while it runs.
    await page.evaluate(() => {
      const held = window as unknown as { __release?: () => void; __restore?: typeof restore };
      const restore = window.sayonara.backup.import;
      held.__restore = restore;
      window.sayonara.backup.import = (request) =>
        new Promise((resolve) => {
          held.__release = () => resolve(restore(request));
        });
    });
    await page.getByRole('button', { name: '今のデータと置き換え' }).click();
    await expect(page.getByTestId('backup-status')).toContainText('バックアップから復元しています');
    await expect(page.getByTestId('backup-status')).toContainText('ほかの変更は保存できません');
    for (const name of [
      'バックアップを書き出す…',
      'バックアップから復元…',
      '今のデータに追加',
      '今のデータと置き換え',
    ])
      await expect(page.getByRole('button', { name })).toBeDisabled();
    await saveScreenshot(page, 'restore-running-ja-900x700');

    await page.evaluate(() => (window as unknown as { __release: () => void }).__release());
    await expect(page.getByTestId('backup-status')).toContainText('復元しました');
    await expect(page.getByRole('button', { name: 'バックアップから復元…' })).toBeEnabled();

    // Main holds edits off for as long as the replacement runs: a tick sent right behind it is refused
    // (the banner words store_busy), never acknowledged and then replaced.
    const [restored, tick] = await page.evaluate(async (file) => {
      const listed = await window.sayonara.cases.list({});
      const caseId = listed.ok ? (listed.value[0]?.id ?? '') : '';
      const view = await window.sayonara.cases.get({ caseId });
      const stepId = view.ok ? (view.value.checklist.phases[0]?.steps[0]?.id ?? '') : '';
      const { __restore: restore } = window as unknown as { __restore: typeof window.sayonara.backup.import };
      const restoring = restore({ path: file, mode: 'replace' });
      const ticking = window.sayonara.steps.setDone({ caseId, stepId, done: true });
      return Promise.all([restoring, ticking]);
    }, backupFile);
    expect(restored.ok).toBe(true);
    expect(tick).toMatchObject({ ok: false, error: { code: 'store_busy' } });
  } finally {
    await app.close();
    await rm(outside, { recursive: true, force: true });
  }
});
