// The proof flow end to end: a shop visit with two screenshots, the PDF report (its text and a look at
// it), a backup, an emptied data folder, the restore, and everything found again.
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';
import { seedCase } from './flows';
import { launchApp } from './harness';
import { exportPdfReport, savePdfFirstPage } from './pdf';
import { saveScreenshot } from './screenshots';

test('a shop visit with two screenshots → PDF report → backup → empty folder → restore', async () => {
  const app = await launchApp({ locale: 'zh-CN', viewport: { width: 800, height: 600 } });
  const outside = await mkdtemp(path.join(os.tmpdir(), 'sayonara-e2e-outside-'));
  try {
    const { page } = app;
    await seedCase(page, '我的 docomo 线路');
    await page.getByRole('tab', { name: '凭证' }).click();

    // Two real screenshots of the app, as a user would take them.
    const shots = ['counter-1.png', 'counter-2.png'].map((name) => path.join(outside, name));
    for (const [i, shot] of shots.entries())
      await writeFile(shot, await page.screenshot({ clip: { x: 0, y: i * 50, width: 300, height: 200 } }));

    await page.getByRole('button', { name: '添加记录' }).click();
    await page.getByLabel('发生了什么').selectOption('shop-visit');
    await page.getByLabel('发生时间（当地时间）').fill('2026-11-24T15:30');
    await page.getByLabel('时区').fill('Asia/Tokyo');
    await page.getByLabel('门店（分店）').fill('docomo Shop 新宿');
    await page.getByLabel('受理编号（受付番号）').fill('A-778899');
    await page.getByLabel('解约生效日（解約日）').fill('2026-11-30');
    await page.getByLabel('工作人员姓名').fill('佐藤');
    await page.getByLabel('最后一期账单（日元）').fill('3280');
    await page.getByLabel('对方说了什么、给你看了什么').fill('已受理注销，SIM 卡无需归还。');
    app.ports.dialogs.picked = shots;
    await page.getByRole('button', { name: '添加文件…' }).click();
    await expect(page.getByRole('img', { name: 'counter-2.png' })).toBeVisible();
    await page.getByRole('button', { name: '保存记录' }).click();

    const record = page.getByTestId('record');
    await expect(record).toHaveCount(1);
    await expect(record).toContainText('到店办理');
    // Named as the form names it.
    await expect(record).toContainText('门店（分店）: docomo Shop 新宿');
    await expect(record).not.toContainText('A-778899');
    await expect(record.getByTestId('chain')).toContainText('修改记录完整');
    await expect(record.getByRole('img')).toHaveCount(2);
    await saveScreenshot(page, 'proof-zh-CN-800x600');
    await expectNoSeriousA11yViolations(page);

    // The PDF: its text, and a picture of its first page for a person to look at.
    const pdf = path.join(outside, 'report.pdf');
    const text = await exportPdfReport(app, pdf, '导出 PDF');
    for (const expected of [
      '解约凭证报告',
      '受理编号',
      '受付番号',
      'A-778899',
      'docomo Shop 新宿',
      'counter-1.png',
      '3,280',
    ]) {
      expect(text).toContain(expected);
    }
    await savePdfFirstPage(pdf, 'proof-report-zh-CN');

    // Backup, then an empty data folder, then the restore.
    const backupFile = path.join(outside, 'all.sayonara');
    await page.getByRole('button', { name: '设置' }).click();
    app.ports.dialogs.savePath = backupFile;
    await page.getByRole('button', { name: '导出备份…' }).click();
    await expect(page.getByTestId('backup-status')).toContainText('1 条记录');
    await app.store.flush();
    for (const entry of await readdir(app.dataDir))
      await rm(path.join(app.dataDir, entry), { recursive: true, force: true });
    await app.restart();
    const fresh = app.page;

    await fresh.getByRole('button', { name: '设置' }).click();
    app.ports.dialogs.openPath = backupFile;
    await fresh.getByRole('button', { name: '从备份恢复…' }).click();
    await expect(fresh.getByTestId('backup-preview')).toContainText('1 个事项、1 条记录和 2 个附件');
    await fresh.getByRole('button', { name: '替换现有数据' }).click();
    await expect(fresh.getByTestId('backup-status')).toContainText('已恢复');
    await fresh.reload();

    await fresh.getByRole('button', { name: '打开' }).first().click();
    await fresh.getByRole('tab', { name: '凭证' }).click();
    const restored = fresh.getByTestId('record');
    await expect(restored).toContainText('docomo Shop 新宿');
    await expect(restored.getByRole('img', { name: 'counter-1.png' })).toBeVisible();
    await restored.getByRole('button', { name: /显示/ }).click();
    await expect(restored).toContainText('A-778899');
    expect(app.foreignRequests).toEqual([]);
  } finally {
    await app.close();
    await rm(outside, { recursive: true, force: true });
  }
});
