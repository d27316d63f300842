// Attached e-mails as carriers send them, decoded for the report: Japanese charsets, encoded headers, HTML.
import { readFile } from 'node:fs/promises';
import { fixtureFile } from '../../fixtures/mail';
import { describe, expect, test } from 'vitest';
import { readMail } from '../../../electron/proof/mail';

const fixture = (name: string) => readFile(fixtureFile(name));

describe('an attached e-mail, decoded', () => {
  test('ISO-2022-JP, 7bit, with RFC 2047 B-encoded sender and subject', async () => {
    const mail = await readMail(await fixture('cancellation-iso-2022-jp.eml'));
    expect(mail).toMatchObject({
      from: '"ドコモ　お客様サポート" <support@mail.example.jp>',
      to: 'chen.xiaoming@example.com',
      cc: '',
      date: '2026-11-30T06:42:10.000Z',
      subject: '【ドコモ】ご解約手続き完了のお知らせ',
      files: [],
    });
    expect(mail?.body).toContain('以下の内容でご解約手続きを受け付けました。');
    expect(mail?.body).toContain('受付番号：A-778899');
    expect(mail?.body).not.toContain('\x1b');
  });

  test('UTF-8 quoted-printable HTML only: Q-encoded subject, recipients, cells apart, markup as text', async () => {
    const mail = await readMail(await fixture('cancellation-utf-8-html.eml'));
    expect(mail).toMatchObject({
      from: '"楽天モバイル サポート" <noreply@support.example.com>',
      to: '"Nguyen Van An" <an.nguyen@example.com>, backup@example.com',
      cc: 'family@example.com',
      date: '2026-11-30T06:05:00.000Z',
      subject: '【楽天】解約完了 Cancellation complete',
    });
    expect(mail?.body).toContain('Your eSIM line 080-1234-5678 was cancelled on 30 November 2026.');
    expect(mail?.body).toMatch(/Reference\s+WEB-20261130-0042/);
    expect(mail?.body).toContain('解約のお手続きが完了しました。<script> is text here.');
    // The message's own script is not text a reader sees.
    expect(mail?.body).not.toContain('alert(1)');
    expect(mail?.body).not.toContain('<p>');
  });

  test('Shift_JIS, base64, multipart with a file: the text, and the file named', async () => {
    const mail = await readMail(await fixture('mnp-shift-jis.eml'));
    expect(mail?.subject).toBe('MNP予約番号のお知らせ');
    expect(mail?.from).toBe('"ソフトバンク" <info@mail.example.ne.jp>');
    expect(mail?.body).toBe('MNP予約番号のお知らせ\n\n予約番号：1234567890\n有効期限：2026年12月14日');
    expect(mail?.files).toEqual(['mnp.pdf']);
  });

  test('bytes that are no message read as none', async () => {
    expect(await readMail(new TextEncoder().encode('just a note\nwith two lines'))).toBeNull();
    expect(await readMail(new Uint8Array([0, 1, 2, 255, 254]))).toBeNull();
  });
});
