// What a user reads when something goes wrong, in each language: a damaged backup, a file too large,
// text pasted where only images go, a secret document. No English from the main process in the sentence,
// the technical detail behind "Details", and the banner gone once the next action succeeds.
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { Locale } from '../../electron/guide/types';
import type { MessageKey } from '../../renderer/src/i18n/english';
import { dictionaryFor } from '../fixtures/dictionaries';
import { seedCase } from './flows';
import { launchApp } from './harness';
import { saveScreenshot } from './screenshots';

const LANGUAGES: [Locale, string][] = [
  ['zh-CN', 'zh-CN'],
  ['en', 'en-US'],
  ['ja', 'ja-JP'],
];

/** The text of a key with its placeholders cut out: what a user must see of it. */
const fixedParts = (text: string) => text.split(/\{\w+\}/).filter((part) => part.trim() !== '');

for (const [locale, osLocale] of LANGUAGES) {
  test(`errors and outcomes read in ${locale}`, async () => {
    const app = await launchApp({ locale: osLocale, timezoneId: 'Asia/Tokyo' });
    const outside = await mkdtemp(path.join(os.tmpdir(), 'sayonara-e2e-errors-'));
    const t = (key: MessageKey) => dictionaryFor(locale)[key];
    try {
      const { page } = app;
      await seedCase(page, 'docomo');

      // A damaged backup: worded in the UI language, the zip library's English only behind "Details".
      const damaged = path.join(outside, 'damaged.sayonara');
      await writeFile(damaged, 'PK this is not really a zip');
      await page.getByRole('button', { name: t('nav.settings') }).click();
      app.ports.dialogs.openPath = damaged;
      await page.getByRole('button', { name: t('backup.import') }).click();
      const banner = page.getByTestId('error-banner');
      await expect(banner.locator('p')).toHaveText(t('error.backup_invalid'));
      const details = banner.locator('details');
      await expect(details.locator('summary')).toHaveText(t('common.details'));
      await details.locator('summary').click();
      await expect(details.locator('code')).toContainText('damaged');
      await saveScreenshot(page, `error-backup-${locale}`);

      // The next action that succeeds takes the banner away.
      const backup = path.join(outside, 'all.sayonara');
      app.ports.dialogs.savePath = backup;
      await page.getByRole('button', { name: t('backup.export') }).click();
      await expect(page.getByTestId('backup-status')).toContainText(backup);
      await expect(banner).toHaveCount(0);

      // "Add to my data" with a backup that holds nothing new says so.
      app.ports.dialogs.openPath = backup;
      await page.getByRole('button', { name: t('backup.import') }).click();
      await page.getByRole('button', { name: t('backup.add') }).click();
      for (const part of fixedParts(t('backup.addedNothing')))
        await expect(page.getByTestId('backup-status')).toContainText(part);

      // A file over the 50 MB limit: its name and the limit, in the UI language.
      await page.getByRole('button', { name: t('nav.home') }).click();
      await page
        .getByRole('button', { name: t('cases.open') })
        .first()
        .click();
      await page.getByRole('tab', { name: t('case.tab.proof') }).click();
      await page.getByRole('button', { name: t('proof.add') }).click();
      const big = path.join(outside, 'big-screenshot.png');
      await writeFile(big, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      await truncate(big, 51 * 1024 * 1024);
      app.ports.dialogs.picked = [big];
      await page.getByRole('button', { name: t('proof.form.attach') }).click();
      const failure = page.locator('.field-error li');
      await expect(failure).toHaveText(
        t('error.file_too_large').replace('{name}', 'big-screenshot.png').replace('{limitMb}', '50'),
      );
      await saveScreenshot(page, `error-file-too-large-${locale}`);

      // Text pasted into the drop zone: says what can be pasted.
      await page.locator('.drop-zone').evaluate((zone) => {
        const data = new DataTransfer();
        data.setData('text/plain', 'A-778899');
        zone.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
      });
      await expect(failure).toHaveText(t('common.pasteImagesOnly'));

      // A secret document holds no files and says where the secret belongs.
      await page.getByRole('button', { name: t('common.cancel') }).click();
      await page.getByRole('tab', { name: t('case.tab.documents') }).click();
      const secrets = page.getByTestId('document').filter({ has: page.getByTestId('document-secret') });
      await expect(secrets.first()).toContainText(t('documents.secret'));
      await expect(secrets.getByRole('button', { name: t('proof.form.attach') })).toHaveCount(0);
      const others = page.getByTestId('document').filter({ hasNot: page.getByTestId('document-secret') });
      await expect(others.first().getByRole('button', { name: t('proof.form.attach') })).toBeVisible();
      await saveScreenshot(page, `documents-secret-${locale}`);
      expect(app.foreignRequests).toEqual([]);
    } finally {
      await app.close();
      await rm(outside, { recursive: true, force: true });
    }
  });
}
