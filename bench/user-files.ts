// What users attach, for the backup bench: photos (JPEG), screenshots (PNG), scanned bills (PDF) and
// e-mails (.eml with a photo attached). Every image is really encoded, by Chromium's own encoders; its
// pixels are noise from a seeded generator (a photo's entropy-coded bytes are as incompressible, and the
// same seeds make the same files in every run). The PDFs are real (pdf-lib, a noise JPEG as the scanned
// page); the e-mails are real MIME with the photo in base64, as a mail client saves them.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';

export interface UserFile {
  path: string;
  ext: 'jpg' | 'png' | 'pdf' | 'eml';
  mime: string;
  size: number;
}

/** How many of each, and their pixels: about 200 MB in all. */
const PLAN = [
  { kind: 'photo', count: 40, width: 2000, height: 1500 },
  { kind: 'screenshot', count: 20, width: 1170, height: 2532 },
  { kind: 'scan', count: 12, width: 1240, height: 1754 },
  { kind: 'mail', count: 12, width: 1200, height: 900 },
] as const;

/** A noise image of `width` × `height`, encoded as `type`, in base64; a screenshot is mostly flat UI. */
async function encode(
  page: Page,
  options: { width: number; height: number; seed: number; type: 'image/jpeg' | 'image/png'; ui: boolean },
): Promise<Buffer> {
  const base64 = await page.evaluate(async ({ width, height, seed, type, ui }) => {
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    const image = context.createImageData(width, height);
    let x = seed * 2654435761 || 1;
    for (let i = 0; i < image.data.length; i += 4) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      image.data[i] = x & 255;
      image.data[i + 1] = (x >>> 8) & 255;
      image.data[i + 2] = (x >>> 16) & 255;
      image.data[i + 3] = 255;
    }
    context.putImageData(image, 0, 0);
    if (ui) {
      // A phone screen: a flat page with lines of text, a photo (the noise) in its middle third.
      context.fillStyle = '#f4f4f4';
      context.fillRect(0, 0, width, height / 3);
      context.fillRect(0, (2 * height) / 3, width, height / 3);
      context.fillStyle = '#222';
      context.font = '42px sans-serif';
      for (let line = 0; line < 12; line++) {
        context.fillText(`受付番号 A-${seed}-${line} 解約を受け付けました`, 40, 80 + line * 64);
        context.fillText(`Line ${line}: your request was received`, 40, (2 * height) / 3 + 80 + line * 64);
      }
    }
    const blob = await canvas.convertToBlob({ type, quality: 0.85 });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000)
      binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  }, options);
  return Buffer.from(base64, 'base64');
}

/** An e-mail as a mail client saves it: a Japanese text part and the photo attached. */
function mail(seed: number, photo: Buffer): Buffer {
  const wrap = (text: string) => text.replace(/.{76}/g, '$&\r\n');
  const body = Buffer.from(
    `ご利用ありがとうございます。解約のお手続きを受け付けました（受付番号 M-${seed}）。\r\n` +
      `Thank you. Your cancellation was received (reference M-${seed}).\r\n`,
  ).toString('base64');
  return Buffer.from(
    [
      'From: Carrier Support <support@example.jp>',
      'To: user@example.com',
      `Subject: =?UTF-8?B?${Buffer.from(`解約受付のお知らせ ${seed}`).toString('base64')}?=`,
      'Date: Tue, 10 Nov 2026 14:30:00 +0900',
      `Message-ID: <bench-${seed}@example.jp>`,
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="b"',
      '',
      '--b',
      'Content-Type: text/plain; charset=UTF-8',
      'Content-Transfer-Encoding: base64',
      '',
      wrap(body),
      '--b',
      'Content-Type: image/jpeg; name="receipt.jpg"',
      'Content-Transfer-Encoding: base64',
      'Content-Disposition: attachment; filename="receipt.jpg"',
      '',
      wrap(photo.toString('base64')),
      '--b--',
      '',
    ].join('\r\n'),
  );
}

/** Writes the files into `dir`; every one differs (its own seed). */
export async function writeUserFiles(browser: Browser, dir: string): Promise<UserFile[]> {
  const page = await browser.newPage();
  const files: UserFile[] = [];
  let seed = 0;
  try {
    for (const { kind, count, width, height } of PLAN) {
      for (let i = 0; i < count; i++) {
        seed += 1;
        const jpeg = () => encode(page, { width, height, seed, type: 'image/jpeg', ui: false });
        let made: { ext: UserFile['ext']; mime: string; bytes: Buffer | Uint8Array };
        if (kind === 'photo') made = { ext: 'jpg', mime: 'image/jpeg', bytes: await jpeg() };
        else if (kind === 'screenshot')
          made = {
            ext: 'png',
            mime: 'image/png',
            bytes: await encode(page, { width, height, seed, type: 'image/png', ui: true }),
          };
        else if (kind === 'mail')
          made = { ext: 'eml', mime: 'message/rfc822', bytes: mail(seed, await jpeg()) };
        else {
          const pdf = await PDFDocument.create();
          pdf.setTitle(`Final bill ${seed}`);
          const scan = await pdf.embedJpg(await jpeg());
          pdf.addPage([595, 842]).drawImage(scan, { x: 0, y: 0, width: 595, height: 842 });
          made = { ext: 'pdf', mime: 'application/pdf', bytes: await pdf.save() };
        }
        const file = path.join(dir, `${kind}-${seed}.${made.ext}`);
        await writeFile(file, made.bytes);
        files.push({ path: file, ext: made.ext, mime: made.mime, size: made.bytes.length });
      }
    }
  } finally {
    await page.close();
  }
  return files;
}
