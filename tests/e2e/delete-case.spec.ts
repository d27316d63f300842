// The delete confirmation, in each language: it says what goes (records, document links, files no other
// case uses), saves the case as a backup file first when asked, and the files really leave the data folder.
import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { content } from '../unit/proof/helpers';
import { expectNoSeriousA11yViolations } from './axe';
import { seedCase } from './flows';
import { launchApp } from './harness';
import { saveScreenshot } from './screenshots';

const LANGUAGES = [
  {
    os: 'zh-CN',
    lang: 'zh-CN',
    all: '全部事项',
    del: '删除',
    save: '先把这个事项另存为备份文件…',
    records: '凭证记录：1 条',
  },
  {
    os: 'en-US',
    lang: 'en',
    all: 'All cases',
    del: 'Delete',
    save: 'Save this case as a backup file first…',
    records: 'proof records: 1',
  },
  {
    os: 'ja-JP',
    lang: 'ja',
    all: '手続き一覧',
    del: '削除',
    save: '先にこの手続きをバックアップファイルとして保存…',
    records: '証拠の記録：1 件',
  },
] as const;

/** A PNG signature and distinct bytes, base64: what a paste sends. */
function pastedPng(seed: string): string {
  const body = Buffer.alloc(300_000, seed);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(body);
  return body.toString('base64');
}

for (const { os, lang, all, del, save, records } of LANGUAGES) {
  test(`delete confirmation (${lang}): says what goes, saves the case first, then the files are gone`, async () => {
    const app = await launchApp({ locale: os });
    try {
      const { page } = app;
      const caseId = await seedCase(page, 'docomo eSIM');
      await page.evaluate(
        async ({ id, png, record }) => {
          const pasted = await window.sayonara.attachments.importPasted({
            name: 'receipt.png',
            dataBase64: png,
          });
          if (!pasted.ok) throw new Error(pasted.error.message);
          const created = await window.sayonara.records.create({
            caseId: id,
            content: { ...record, attachmentIds: [pasted.value.id] },
          });
          if (!created.ok) throw new Error(created.error.message);
        },
        { id: caseId, png: pastedPng('r'), record: content() },
      );
      const attachments = path.join(app.dataDir, 'attachments');
      expect(await readdir(attachments)).toHaveLength(1);

      await page.getByRole('button', { name: `← ${all}` }).click();
      await page.getByTestId('case-card').getByRole('button', { name: del }).click();
      const dialog = page.getByRole('dialog');
      const preview = dialog.getByTestId('delete-preview');
      await expect(preview).toContainText(records);
      await expect(preview).toContainText('0.3 MB');

      const saved = path.join(app.dataDir, '..', `${path.basename(app.dataDir)}-${lang}.sayonara`);
      app.ports.dialogs.savePath = saved;
      await dialog.getByRole('button', { name: save }).click();
      await expect(dialog.getByRole('status')).toContainText(saved);
      expect((await stat(saved)).size).toBeGreaterThan(300_000);
      await rm(saved);
      await expectNoSeriousA11yViolations(page);
      await saveScreenshot(page, `delete-case-${lang}`);

      await dialog.locator('.btn-danger').click();
      await expect(page.getByTestId('case-card')).toHaveCount(0);
      expect(await readdir(attachments)).toEqual([]);
      expect(app.store.data.records).toEqual([]);
    } finally {
      await app.close();
    }
  });
}
