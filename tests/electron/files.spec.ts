// The OS file ports of the real app: the save dialog and Chromium's PDF printing, a backup written
// through them, and a `.sayonara` file opened from the desktop (at start, and into a running app).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { DOCOMO_ESIM, seedCase } from '../e2e/flows';
import { answerDialogs, launch, launchSecondInstance, requireElectron, withTempFolders } from './launch';

requireElectron();

/** Saves a backup of everything through the Settings screen, the save dialog answering `file`. */
async function exportBackup(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Export a backup…' }).click();
  await expect(page.getByTestId('backup-status')).toContainText('Backup saved to');
}

test('the proof report prints to a PDF, with the bundled Japanese font, where the save dialog says', async () => {
  await withTempFolders(async (folders) => {
    const { app, page } = await launch(folders);
    await seedCase(page, '解約 docomo 090', DOCOMO_ESIM);
    await page.getByRole('button', { name: 'Open' }).first().click();
    await page.getByRole('tab', { name: 'Proof' }).click();
    const pdf = path.join(folders.configHome, 'report.pdf');
    await answerDialogs(app, pdf);
    await page.getByRole('button', { name: 'Export PDF' }).click();
    await expect(page.getByTestId('report-saved')).toContainText(pdf);
    const bytes = await readFile(pdf);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Chromium embeds the faces it used by name: the fonts the app ships, not the system's.
    expect(bytes.toString('latin1')).toMatch(/NotoSans(JP|SC)/);
  });
});

test('a .sayonara file opened from the desktop shows the restore preview and changes nothing until confirmed', async () => {
  await withTempFolders(async (folders) => {
    let { app, page } = await launch(folders);
    await seedCase(page, 'Line kept in the backup', DOCOMO_ESIM);
    const backup = path.join(folders.configHome, 'everything.sayonara');
    await answerDialogs(app, backup);
    await exportBackup(page);
    await page.evaluate(async () => {
      const cases = await window.sayonara.cases.list({});
      if (!cases.ok) throw new Error(cases.error.message);
      for (const c of cases.value) await window.sayonara.cases.delete({ caseId: c.id });
    });
    await app.close();

    // Double-clicked while the app is closed: the path arrives as an argument.
    ({ app, page } = await launch({ ...folders, args: [backup] }));
    const preview = page.getByTestId('backup-preview');
    await expect(preview).toContainText('This file holds 1 cases');
    const countCases = () =>
      page.evaluate(async () => {
        const cases = await window.sayonara.cases.list({});
        return cases.ok ? cases.value.length : -1;
      });
    expect(await countCases()).toBe(0);

    // Double-clicked again while it runs: the second start hands the file over and quits.
    await page.reload();
    await expect(preview).toHaveCount(0);
    const second = launchSecondInstance({ ...folders, args: [backup] });
    await expect(preview).toContainText('This file holds 1 cases');
    await new Promise((resolve) => second.once('exit', resolve));
    expect(app.windows()).toHaveLength(1);
    expect(await countCases()).toBe(0);

    await page.getByRole('button', { name: 'Replace my data' }).click();
    await expect(page.getByTestId('backup-status')).toContainText(/restored/i);
    expect(await countCases()).toBe(1);
  });
});
