// Attachments beyond the file dialog: files on a document (picked), and on a record by drag-and-drop and
// by pasting an image. Each ends with the file listed and its bytes in attachments/<sha256>.<ext>.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';
import { seedCase } from './flows';
import { launchApp, type LaunchedApp } from './harness';
import { saveScreenshot } from './screenshots';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** A real PNG: a screenshot of part of the page, as a user would take one. */
async function pngOf(page: Page, file: string, y: number): Promise<Buffer> {
  const bytes = await page.screenshot({ clip: { x: 0, y, width: 240, height: 120 } });
  await writeFile(file, bytes);
  return bytes;
}

const storedFile = (app: LaunchedApp, bytes: Buffer) =>
  path.join(app.dataDir, 'attachments', `${sha256(bytes)}.png`);

const PAPERS = {
  'zh-CN': { locale: 'zh-CN', tab: '材料', title: '合约文件和客户编号', attach: '添加文件…' },
  en: {
    locale: 'en-US',
    tab: 'Documents',
    title: 'Contract papers and customer number',
    attach: 'Attach files…',
  },
  ja: { locale: 'ja-JP', tab: '必要書類', title: '契約書類とお客様番号', attach: 'ファイルを添付…' },
} as const;

test('a file attached to a document through the picker is listed with its preview, and still there after a restart', async () => {
  const app = await launchApp({ locale: 'en-US' });
  const outside = await mkdtemp(path.join(os.tmpdir(), 'sayonara-e2e-outside-'));
  try {
    const { page } = app;
    const caseId = await seedCase(page, 'My docomo');
    const photo = path.join(outside, 'contract-photo.png');
    const bytes = await pngOf(page, photo, 0);

    await page.getByRole('tab', { name: 'Documents' }).click();
    const papers = page.getByTestId('document').filter({ hasText: PAPERS.en.title });
    app.ports.dialogs.picked = [photo];
    await papers.getByRole('button', { name: 'Attach files…' }).click();
    await expect(papers.getByRole('img', { name: 'contract-photo.png' })).toBeVisible();
    await expect(papers.getByTestId('attached-file')).toHaveCount(1);
    // Only on that document.
    await expect(page.getByTestId('attached-file')).toHaveCount(1);
    expect(existsSync(storedFile(app, bytes))).toBe(true);
    expect(app.store.data.documentAttachments).toEqual([
      expect.objectContaining({ caseId, documentId: 'contract-papers', attachmentId: sha256(bytes) }),
    ]);
    await expectNoSeriousA11yViolations(page);

    await app.restart();
    const again = app.page;
    await again.getByRole('tab', { name: 'Documents' }).click();
    const reopened = again.getByTestId('document').filter({ hasText: PAPERS.en.title });
    await expect(reopened.getByRole('img', { name: 'contract-photo.png' })).toBeVisible();
    // The preview really loads from the data folder (visible comes before loaded: wait for the load).
    await expect
      .poll(() =>
        reopened.getByRole('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth),
      )
      .toBeGreaterThan(0);

    // Removing it takes it off the document, durably.
    await reopened.getByRole('button', { name: 'Remove contract-photo.png' }).click();
    await expect(reopened.getByTestId('attached-file')).toHaveCount(0);
    await expect.poll(() => app.store.data.documentAttachments).toEqual([]);
  } finally {
    await app.close();
    await rm(outside, { recursive: true, force: true });
  }
});

for (const [name, words] of Object.entries(PAPERS)) {
  test(`documents with a file look right in ${name}`, async () => {
    const app = await launchApp({ locale: words.locale, viewport: { width: 800, height: 600 } });
    const outside = await mkdtemp(path.join(os.tmpdir(), 'sayonara-e2e-outside-'));
    try {
      const { page } = app;
      await seedCase(page, 'docomo');
      const photo = path.join(outside, 'papers.png');
      await pngOf(page, photo, 0);
      await page.getByRole('tab', { name: words.tab }).click();
      const papers = page.getByTestId('document').filter({ hasText: words.title });
      app.ports.dialogs.picked = [photo];
      await papers.getByRole('button', { name: words.attach }).click();
      await expect(papers.getByRole('img', { name: 'papers.png' })).toBeVisible();
      await saveScreenshot(page, `documents-attached-${name}`);
      await expectNoSeriousA11yViolations(page);
    } finally {
      await app.close();
      await rm(outside, { recursive: true, force: true });
    }
  });
}

test('a record takes a dropped file and a pasted image, each copied into attachments/<sha256>.png', async () => {
  const app = await launchApp({ locale: 'en-US' });
  const outside = await mkdtemp(path.join(os.tmpdir(), 'sayonara-e2e-outside-'));
  try {
    const { page } = app;
    await seedCase(page, 'My docomo');
    const dropped = path.join(outside, 'dropped-receipt.png');
    const droppedBytes = await pngOf(page, dropped, 0);
    const pastedBytes = await pngOf(page, path.join(outside, 'clipboard.png'), 60);
    expect(sha256(pastedBytes)).not.toBe(sha256(droppedBytes));

    await page.getByRole('tab', { name: 'Proof' }).click();
    await page.getByRole('button', { name: 'Add a record' }).click();
    // An online cancellation case: a new record starts as one, not as a shop visit.
    await expect(page.getByLabel('What happened')).toHaveValue('online-cancellation');
    const picker = page.locator('fieldset.attachments');

    // A drop: the File's path comes from the preload's pathFor (here, window.__dropPaths).
    await page.evaluate(
      ({ file, at }) => {
        const w = window as unknown as { __dropPaths?: Record<string, string> };
        w.__dropPaths = { ...w.__dropPaths, [file]: at };
      },
      { file: 'dropped-receipt.png', at: dropped },
    );
    const dropData = await page.evaluateHandle(() => {
      const data = new DataTransfer();
      data.items.add(new File(['not read: the path is'], 'dropped-receipt.png', { type: 'image/png' }));
      return data;
    });
    await picker.dispatchEvent('dragover', { dataTransfer: dropData });
    await picker.dispatchEvent('drop', { dataTransfer: dropData });
    await expect(picker.getByRole('img', { name: 'dropped-receipt.png' })).toBeVisible();
    expect(await readFile(storedFile(app, droppedBytes))).toEqual(droppedBytes);

    // A paste: the image's bytes come from the clipboard itself.
    await picker.locator('.drop-zone').focus();
    await picker.locator('.drop-zone').evaluate((zone, base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const data = new DataTransfer();
      data.items.add(new File([bytes], 'image.png', { type: 'image/png' }));
      zone.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    }, pastedBytes.toString('base64'));
    await expect(picker.getByTestId('attached-file')).toHaveCount(2);
    await expect(picker.getByTestId('attached-file').nth(1)).toContainText(/^pasted-.*\.png/);
    expect(await readFile(storedFile(app, pastedBytes))).toEqual(pastedBytes);

    await page.getByRole('button', { name: 'Save record' }).click();
    const record = page.getByTestId('record');
    await expect(record.getByRole('img')).toHaveCount(2);
    expect(app.store.data.records[0]?.revisions[0]?.content.attachmentIds).toEqual([
      sha256(droppedBytes),
      sha256(pastedBytes),
    ]);
  } finally {
    await app.close();
    await rm(outside, { recursive: true, force: true });
  }
});
