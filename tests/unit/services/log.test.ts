import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startBackend } from '../../../electron/services';
import { createLogger, redactForLog } from '../../../electron/services/log';
import { DOCOMO_PHYSICAL_SHOP } from '../../fixtures/profiles';
import { content } from '../proof/helpers';
import { tempDir, testPorts } from '../helpers';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('the log', () => {
  it('never holds the personal data of a case, even when an error carries all of it', async () => {
    const dataDir = await tempDir();
    const outside = await tempDir();
    dirs.push(dataDir, outside);
    const ports = testPorts();
    // The PDF printer fails with the whole report in its message: the worst an error can carry.
    ports.printToPdf = async (html) => {
      throw new Error(`printing failed for ${html}`);
    };
    const { router, log } = await startBackend({
      dataDir,
      ports,
      appVersion: '0.0.0-test',
      systemLocale: 'en',
    });
    const created = await router.handle('cases.create', {
      name: 'Wang Xiaoming line',
      profile: DOCOMO_PHYSICAL_SHOP,
      phoneNumber: '090-8765-4321',
      holder: { name: 'Wang Xiaoming', residenceCard: 'AB12345678CD', passport: 'EJ7654321' },
    });
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    const caseId = (created.value as { case: { id: string } }).case.id;
    const record = await router.handle('records.create', {
      caseId,
      content: content({
        referenceNumber: 'R-20261124-778899',
        staffName: '佐藤花子',
        phoneDialled: '0120-800-000',
      }),
    });
    expect(record.ok).toBe(true);
    ports.nextSavePath = path.join(outside, 'report.pdf');
    const failed = await router.handle('report.export', {
      caseId,
      locale: 'en',
      timeZone: 'Asia/Tokyo',
      format: 'pdf',
    });
    expect(failed).toMatchObject({ ok: false, error: { code: 'internal' } });

    const text = await readFile(log.file, 'utf8');
    expect(text).toContain('report.export');
    expect(text).toContain('printing failed');
    for (const personal of [
      '8765',
      '4321',
      '09087654321',
      'Wang',
      'Xiaoming',
      'AB12345678CD',
      '12345678',
      'EJ7654321',
      '7654321',
      '778899',
      '佐藤花子',
      '0120',
    ]) {
      expect(text, personal).not.toContain(personal);
    }
  });

  it('masks number-shaped text it was not told about', () => {
    expect(redactForLog('call 080 1111 2222 or +81-3-1234-5678')).toBe('call [phone] or [phone]');
    expect(redactForLog('card XY98765432ZZ, passport TR1234567')).toBe(
      'card [residence-card], passport [passport]',
    );
    // Short numbers (line:column, counts) stay readable.
    expect(redactForLog('index.js:123:45 retried 3 times')).toBe('index.js:123:45 retried 3 times');
  });

  it('rotates at its size cap and keeps a few files', async () => {
    const dir = await tempDir();
    dirs.push(dir);
    const log = createLogger({ dir, maxBytes: 200, keep: 2 });
    for (let n = 0; n < 40; n += 1) log.info(`event ${n} ${'x'.repeat(20)}`);
    const files = (await readdir(dir)).sort();
    expect(files).toEqual(['sayonara.log', 'sayonara.log.1', 'sayonara.log.2']);
    for (const file of files) expect((await readFile(path.join(dir, file))).length).toBeLessThanOrEqual(200);
    expect(log.tail(2).at(-1)).toContain('event 39');
  });
});
