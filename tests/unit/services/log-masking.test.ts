// The log and "Copy diagnostics" mask personal data by its kind — phone numbers in any width and with any
// separator, e-mail addresses, residence-card and passport numbers, the user's folder name — after
// normalising width (NFKC), and keep what helps support readable: versions, sizes, dates, positions.
import { readFile, mkdir, symlink, writeFile, lstat } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger, redactForLog } from '../../../electron/services/log';
import { buildDiagnostics } from '../../../electron/services/diagnostics';
import { logUnexpected } from '../../../electron/services';
import { createRouter } from '../../../electron/ipc/router';
import type { Handlers } from '../../../electron/ipc/contract';
import { DOCOMO_ESIM_ONLINE } from '../../fixtures/profiles';
import { openStore } from '../../../electron/store/store';
import { removeTempDirs, tempDir } from '../proof/helpers';

afterEach(removeTempDirs);

/** Full width, as a Japanese input method types it: ASCII letters, digits and signs → U+FF01…U+FF5E. */
const fullWidth = (text: string) =>
  text.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0)).replace(/ /g, '\u3000');

const PHONES = [
  '090-1234-5678',
  '090 1234 5678',
  '090.1234.5678',
  '090/1234/5678',
  '09012345678',
  '(03) 1234-5678',
  '+81 90-1234-5678',
  '+81-3-1234-5678',
  '0120-800-000',
  '138.1234.5678',
  '+86 138 0013 8000',
];

describe('masking by kind', () => {
  for (const phone of PHONES) {
    for (const [width, written] of [
      ['half', phone],
      ['full', fullWidth(phone)],
    ] as const) {
      it(`a phone number ${phone} in ${width} width`, () => {
        const out = redactForLog(`could not dial ${written} from the app`);
        expect(out).toBe('could not dial [phone] from the app');
      });
    }
  }

  it('a phone number with the long-vowel mark or a Unicode dash between its groups', () => {
    for (const written of ['090ー1234ー5678', '090‐1234‐5678', '090−1234−5678', '０９０ー１２３４ー５６７８'])
      expect(redactForLog(`tel ${written}`), written).toBe('tel [phone]');
  });

  for (const [what, text, token] of [
    ['an e-mail address', 'wang.xiaoming+sim@example.co.jp', '[email]'],
    ['a residence card number', 'AB12345678CD', '[residence-card]'],
    ['a residence card number with spaces', 'AB 12345678 CD', '[residence-card]'],
    ['a passport number', 'TK1234567', '[passport]'],
    ['a passport number of one letter and eight digits', 'E12345678', '[passport]'],
    ['a reference number', 'R-20261124-778899', 'R-[number]'],
  ] as const) {
    it(`${what}, in half and full width`, () => {
      expect(redactForLog(`saw ${text} here`)).toBe(`saw ${token} here`);
      expect(redactForLog(`saw ${fullWidth(text)} here`)).toBe(`saw ${token} here`);
    });
  }

  it('the user’s own folder name in a path', () => {
    expect(redactForLog("ENOENT: open '/home/wang.xiaoming/Desktop/bill.pdf'")).toBe(
      "ENOENT: open '/home/[user]/Desktop/bill.pdf'",
    );
    expect(redactForLog('at C:\\Users\\Tanaka Hanako\\AppData\\Roaming\\Sayonara SIM')).toBe(
      'at C:\\Users\\[user]\\AppData\\Roaming\\Sayonara SIM',
    );
    expect(redactForLog('/Users/sato/Library/Application Support/Sayonara SIM')).toBe(
      '/Users/[user]/Library/Application Support/Sayonara SIM',
    );
  });

  it('keeps versions, sizes, dates, times, positions, hashes and ids readable', () => {
    const kept = [
      'Electron 45.5.0 · Chromium 140.0.7339.249 · Node 22.12.0',
      'guide content 2026-11-20, facts checked 2026/11/20',
      'Store: sayonara.json · schema 4 · 12345678 bytes, 52428800 B, 1.5 MB',
      '2026-11-25T09:00:00.000Z ERROR report.export: at print (index.js:1234:56)',
      `attachment ${'4f9c2a1b'.repeat(8)} and case 3b241101-e2bb-4255-8caf-4136c566a962`,
      'retried 3 times in 250 ms',
    ];
    for (const line of kept) expect(redactForLog(line)).toBe(line);
  });

  it('names and numbers it was told about, in either width', () => {
    expect(redactForLog('holder Wang Xiaoming, ｗａｎｇ ｘｉａｏｍｉｎｇ', ['Wang Xiaoming'])).toBe(
      'holder [personal], [personal]',
    );
  });
});

describe('the log file', () => {
  it('does not follow a symbolic link at its path: the file it points to stays as it was', async () => {
    const root = await tempDir();
    const dir = path.join(root, 'logs');
    await mkdir(dir);
    const target = path.join(root, 'elsewhere.txt');
    await writeFile(target, 'not the log\n');
    await symlink(target, path.join(dir, 'sayonara.log'));
    const log = createLogger({ dir });
    log.info('an event');
    expect(await readFile(target, 'utf8')).toBe('not the log\n');
    // The link is gone; the log is a plain file of its own.
    expect((await lstat(path.join(dir, 'sayonara.log'))).isFile()).toBe(true);
    expect(log.tail(5).join('\n')).toContain('an event');
    expect(log.tail(5).join('\n')).not.toContain('not the log');
  });

  it('writes nothing when its folder is a link to somewhere else', async () => {
    const root = await tempDir();
    const elsewhere = path.join(root, 'elsewhere');
    await mkdir(elsewhere);
    await symlink(elsewhere, path.join(root, 'logs'));
    const log = createLogger({ dir: path.join(root, 'logs') });
    log.info('an event');
    await expect(readFile(path.join(elsewhere, 'sayonara.log'), 'utf8')).rejects.toThrow();
  });
});

describe('Copy diagnostics', () => {
  it('masks the folder owner’s name and what the log lines hold, and keeps versions, sizes and dates', async () => {
    const root = await tempDir();
    const dataDir = path.join(root, 'home', 'tanaka.hanako', 'Sayonara SIM');
    await mkdir(dataDir, { recursive: true });
    const { store } = await openStore({ dir: dataDir });
    await store.update((data) => ({ ...data, settings: { ...data.settings, theme: 'dark' } }));
    const log = createLogger({ dir: path.join(dataDir, 'logs') });
    log.error(
      'records.create',
      new Error('staff ０９０－１２３４－５６７８ wrote from ｔａｎａｋａ＠ｅｘａｍｐｌｅ．ｊｐ'),
    );
    const text = await buildDiagnostics({
      appVersion: '0.1.0',
      runtime: { electron: '45.5.0', chrome: '140.0.7339.249', node: '22.12.0' },
      dataDir: `/home/tanaka.hanako/.config/Sayonara SIM`,
      store,
      notice: null,
      log,
    });
    expect(text).toContain('Sayonara SIM 0.1.0');
    expect(text).toMatch(/guide content \d{4}-\d{2}-\d{2}/);
    expect(text).toContain('Electron 45.5.0 · Chromium 140.0.7339.249 · Node 22.12.0');
    expect(text).toMatch(/· \d+ bytes/);
    expect(text).toContain('/home/[user]/.config/Sayonara SIM');
    expect(text).toContain('staff [phone] wrote from [email]');
    expect(text).not.toMatch(/tanaka|5678|１２３４/i);
  });
});

describe('a request that fails unexpectedly', () => {
  it('leaves no text of its own in the log, even a name the store does not hold', async () => {
    const dir = await tempDir();
    const log = createLogger({ dir });
    // A fault that quotes the request it failed on: the worst an error can carry.
    const router = createRouter(
      {
        'cases.create': (request: { name: string; holder?: { name: string } }) => {
          throw new Error(`could not create ${request.name} for ${request.holder?.name ?? ''}`);
        },
      } as unknown as Handlers,
      { onUnexpectedError: logUnexpected(log) },
    );
    const result = await router.handle('cases.create', {
      name: 'Zhou Jielun line',
      profile: DOCOMO_ESIM_ONLINE,
      phoneNumber: '',
      holder: { name: 'Zhou Jielun', residenceCard: '', passport: '' },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    const text = await readFile(log.file, 'utf8');
    expect(text).toContain('cases.create: Error: could not create [personal] for [personal]');
    expect(text).not.toMatch(/Zhou|Jielun/);
  });
});
