// The first PDF export is readied while the Proof tab is open (report.prepare): when it opens, when a
// record is saved, when the user reaches for the buttons; and the export that follows is the real one.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { seedCase } from './flows';
import { launchApp } from './harness';
import { exportPdfReport } from './pdf';

test('opening the Proof tab readies the PDF export; a saved record readies it again; the export follows', async () => {
  const app = await launchApp({ locale: 'en-US' });
  const outside = await mkdtemp(path.join(os.tmpdir(), 'sayonara-e2e-outside-'));
  try {
    const { page } = app;
    await seedCase(page, 'docomo eSIM');
    const prepared = () => app.exchanges.filter((e) => e === '! report.prepare').length;
    expect(prepared()).toBe(0);
    await page.getByRole('tab', { name: 'Proof' }).click();
    await expect.poll(prepared).toBe(1);
    expect(app.ports.dialogs.savePath).toBeNull();

    const shot = path.join(outside, 'counter.png');
    await writeFile(shot, await page.screenshot({ clip: { x: 0, y: 0, width: 300, height: 200 } }));
    await page.getByRole('button', { name: 'Add a record' }).click();
    await page.getByLabel('Reference number (受付番号)').fill('A-112233');
    app.ports.dialogs.picked = [shot];
    await page.getByRole('button', { name: 'Attach files…' }).click();
    await expect(page.getByRole('img', { name: 'counter.png' })).toBeVisible();
    await page.getByRole('button', { name: 'Save record' }).click();
    await expect(page.getByTestId('record')).toHaveCount(1);
    await expect.poll(prepared).toBe(2);

    const text = await exportPdfReport(app, path.join(outside, 'report.pdf'), 'Export PDF');
    expect(text).toContain('A-112233');
    expect(text).toContain('counter.png');
  } finally {
    await app.close();
    await rm(outside, { recursive: true, force: true });
  }
});
