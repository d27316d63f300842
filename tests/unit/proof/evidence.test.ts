import { createHash } from 'node:crypto';
import { PDFArray, PDFBool, PDFDict, PDFDocument, PDFName, PDFNumber, PDFString } from 'pdf-lib';
import { afterAll, describe, expect, test } from 'vitest';
import {
  gatherEvidence,
  isOpaque,
  PRINT_BOX,
  TEXT_LIMIT,
  type FitPng,
} from '../../../electron/proof/evidence';
import { pdfReader } from '../../../electron/proof/pdf-reader';
import type { AttachmentView } from '../../../electron/ipc/views';
import { jpegHeader, pngHeader } from '../../fixtures/hostile-files';

/** One PDF thread for the file (started on its first PDF), ended after the last test. */
const pdfs = pdfReader();
afterAll(() => pdfs.close());

/** A fitter that cannot decode anything: every image is drawn as it is. */
const asIs: FitPng = async () => null;

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function attachment(name: string, ext: string, mime: string, bytes: Uint8Array): AttachmentView {
  const id = sha(bytes);
  return {
    id,
    name,
    ext,
    mime,
    size: bytes.length,
    importedAt: '2026-11-24T06:31:00.000Z',
    fileName: `${id}.${ext}`,
  };
}

/** A PDF whose pages are `widths` points wide, so a page can be told apart by its width. */
async function pdfOf(widths: number[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (const width of widths) doc.addPage([width, 800]);
  return doc.save();
}

describe('the evidence a PDF report shows', () => {
  test('images become data URLs, texts are cut at the limit, PDFs are counted, the rest noted', async () => {
    const png = pngHeader(320, 240);
    const long = new TextEncoder().encode('あ'.repeat(TEXT_LIMIT + 5));
    const pdf = await pdfOf([300, 400]);
    const broken = new TextEncoder().encode('%PDF-1.7 not really');
    const heic = new Uint8Array([0, 0, 0, 24, 0x66, 0x74, 0x79, 0x70]);
    const image = attachment('a.png', 'png', 'image/png', png);
    const text = attachment('a.txt', 'txt', 'text/plain', long);
    const good = attachment('a.pdf', 'pdf', 'application/pdf', pdf);
    const damaged = attachment('b.pdf', 'pdf', 'application/pdf', broken);
    const photo = attachment('a.heic', 'heic', 'image/heic', heic);
    const files = [image, text, good, damaged, photo];
    const bytes = new Map([png, long, pdf, broken, heic].map((b) => [sha(b), b]));
    // A file whose bytes changed since import is not shown as if it were the original.
    const changed = { ...attachment('c.png', 'png', 'image/png', png), id: 'f'.repeat(64) };
    const { shown, appendix } = await gatherEvidence(
      [...files, changed],
      async (a) => {
        const found = bytes.get(a.id) ?? (a === changed ? png : undefined);
        if (!found) throw new Error('missing');
        return found;
      },
      asIs,
      pdfs,
    );
    expect(shown.get(image.id)).toEqual({
      kind: 'image',
      dataUrl: `data:image/png;base64,${Buffer.from(png).toString('base64')}`,
      scaled: null,
    });
    expect(shown.get(text.id)).toEqual({ kind: 'text', text: 'あ'.repeat(TEXT_LIMIT), truncated: true });
    expect(shown.get(good.id)).toEqual({ kind: 'pdf', pages: 2, appendix: 1 });
    expect(shown.get(damaged.id)).toEqual({ kind: 'pdf-not-appended', why: 'unreadable', limit: null });
    expect(shown.get(photo.id)).toEqual({ kind: 'not-drawable' });
    expect(shown.get(changed.id)).toEqual({ kind: 'missing' });
    expect(appendix.map((a) => a.attachment.name)).toEqual(['a.pdf']);
  });

  test('a PNG bigger than the print box is drawn scaled (as the fitter encoded it), its original size noted; a JPEG goes in as it is', async () => {
    const big = pngHeader(1170, 2532);
    const small = pngHeader(320, 240);
    const jpeg = jpegHeader(4032, 3024);
    const sizes = new Map([
      [sha(big), { width: 1170, height: 2532 }],
      [sha(small), { width: 320, height: 240 }],
    ]);
    const handed: string[] = [];
    // Stands in for nativeImage: the scaled bytes say the size they were scaled to.
    const fit: FitPng = async (png, box) => {
      handed.push(sha(png));
      const original = sizes.get(sha(png));
      if (!original) return null;
      const scale = Math.min(1, box.width / original.width, box.height / original.height);
      const width = Math.round(original.width * scale);
      const height = Math.round(original.height * scale);
      return scale < 1
        ? {
            bytes: new TextEncoder().encode(`${width}x${height}`),
            mime: 'image/jpeg',
            width,
            height,
            original,
          }
        : { bytes: png, mime: 'image/png', width, height, original };
    };
    const files = [
      attachment('IMG_2041.PNG', 'png', 'image/png', big),
      attachment('small.png', 'png', 'image/png', small),
      attachment('photo.jpg', 'jpg', 'image/jpeg', jpeg),
    ];
    const bytes = new Map([big, small, jpeg].map((b) => [sha(b), b]));
    const { shown } = await gatherEvidence(
      files,
      async (a) => bytes.get(a.id) ?? new Uint8Array(),
      fit,
      pdfs,
    );
    expect(PRINT_BOX).toEqual({ width: 1402, height: 1575 });
    expect(shown.get(sha(big))).toEqual({
      kind: 'image',
      dataUrl: `data:image/jpeg;base64,${Buffer.from('728x1575').toString('base64')}`,
      scaled: { width: 728, height: 1575, original: { width: 1170, height: 2532 } },
    });
    expect(shown.get(sha(small))).toEqual({
      kind: 'image',
      dataUrl: `data:image/png;base64,${Buffer.from(small).toString('base64')}`,
      scaled: null,
    });
    expect(shown.get(sha(jpeg))).toEqual({
      kind: 'image',
      dataUrl: `data:image/jpeg;base64,${Buffer.from(jpeg).toString('base64')}`,
      scaled: null,
    });
    expect(handed).toEqual([sha(big), sha(small)]);
    // Exporting again (another language) fits nothing twice and draws the same.
    const again = await gatherEvidence(files, async (a) => bytes.get(a.id) ?? new Uint8Array(), fit, pdfs);
    expect(handed).toHaveLength(2);
    expect(again.shown).toEqual(shown);
  });

  test('an e-mail is decoded, its body cut at the limit; one that is no message is shown raw', async () => {
    const long = new TextEncoder().encode(
      `From: shop@example.jp\r\nSubject: =?UTF-8?B?${Buffer.from('解約').toString('base64')}?=\r\n\r\n${'x'.repeat(TEXT_LIMIT + 1)}`,
    );
    const note = new TextEncoder().encode('no headers, only words');
    const mail = attachment('a.eml', 'eml', 'message/rfc822', long);
    const raw = attachment('b.eml', 'eml', 'message/rfc822', note);
    const bytes = new Map([long, note].map((b) => [sha(b), b]));
    const { shown } = await gatherEvidence(
      [mail, raw],
      async (a) => bytes.get(a.id) ?? new Uint8Array(),
      asIs,
      pdfs,
    );
    expect(shown.get(mail.id)).toMatchObject({
      kind: 'mail',
      mail: { from: 'shop@example.jp', subject: '解約', body: 'x'.repeat(TEXT_LIMIT) },
      truncated: true,
    });
    expect(shown.get(raw.id)).toEqual({
      kind: 'unread-mail',
      text: 'no headers, only words',
      truncated: false,
    });
  });

  test("each attached PDF's pages follow its header page, after the report's own pages", async () => {
    // Printed: two report pages (100, 110 wide), then one header page for each attached PDF (120, 130).
    const printed = await pdfOf([100, 110, 120, 130]);
    const first = await pdfOf([300, 301]);
    const second = await pdfOf([400]);
    const { appendix } = await gatherEvidence(
      [
        attachment('first.pdf', 'pdf', 'application/pdf', first),
        attachment('second.pdf', 'pdf', 'application/pdf', second),
      ],
      async (a) => (a.name === 'first.pdf' ? first : second),
      asIs,
      pdfs,
    );
    const keyed = appendix.map(({ attachment, bytes }) => ({ key: attachment.id, bytes }));
    const out = await PDFDocument.load(await pdfs.append(printed, keyed));
    expect(out.getPages().map((p) => Math.round(p.getWidth()))).toEqual([100, 110, 120, 300, 301, 130, 400]);
    // Nothing to append: the printed bytes as they are.
    expect(await pdfs.append(printed, [])).toBe(printed);
  });

  test("appending keeps the printed report's tags and outline; the appended pages bring no keys into its tree", async () => {
    // Issue 19: the report is printed tagged and with an outline (MarkInfo, StructTreeRoot, Outlines),
    // and so is the attached PDF here, its page and its link annotation keyed into its own tree.
    const tagged = async (widths: number[], title: string) => {
      const doc = await PDFDocument.create();
      for (const width of widths) doc.addPage([width, 800]);
      const { context, catalog } = doc;
      const pages = doc.getPages();
      pages.forEach((page, i) => page.node.set(PDFName.of('StructParents'), PDFNumber.of(i)));
      const link = context.register(context.obj({ Type: 'Annot', Subtype: 'Link', StructParent: 7 }));
      pages[0]?.node.set(PDFName.of('Annots'), context.obj([link]));
      catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
      catalog.set(
        PDFName.of('StructTreeRoot'),
        context.register(context.obj({ Type: 'StructTreeRoot', ParentTreeNextKey: widths.length })),
      );
      const outlines = context.nextRef();
      const item = context.register(
        context.obj({ Title: PDFString.of(title), Parent: outlines, Dest: [pages[0]?.ref, 'Fit'] }),
      );
      context.assign(outlines, context.obj({ Type: 'Outlines', First: item, Last: item, Count: 1 }));
      catalog.set(PDFName.of('Outlines'), outlines);
      return doc.save();
    };
    const printed = await tagged([100, 110, 120], 'Cancellation proof report');
    const attached = await tagged([300, 301], 'Bill');
    // A key the thread has not read: it reads the bytes then.
    const out = await PDFDocument.load(await pdfs.append(printed, [{ key: 'bill', bytes: attached }]));
    const pages = out.getPages();
    expect(pages.map((p) => Math.round(p.getWidth()))).toEqual([100, 110, 120, 300, 301]);
    const catalog = out.catalog;
    expect(
      (catalog.lookup(PDFName.of('MarkInfo'), PDFDict).get(PDFName.of('Marked')) as PDFBool).asBoolean(),
    ).toBe(true);
    expect(catalog.lookup(PDFName.of('StructTreeRoot'))).toBeInstanceOf(PDFDict);
    // The outline is the report's, and still leads to its first page.
    const first = catalog.lookup(PDFName.of('Outlines'), PDFDict).lookup(PDFName.of('First'), PDFDict);
    expect(first.lookup(PDFName.of('Title'), PDFString).decodeText()).toBe('Cancellation proof report');
    expect(first.lookup(PDFName.of('Dest'), PDFArray).get(0)).toBe(pages[0]?.ref);
    // The report's pages keep their keys; the appended ones (and their links) hold none.
    expect(pages.map((p) => p.node.get(PDFName.of('StructParents'))?.toString() ?? null)).toEqual([
      '0',
      '1',
      '2',
      null,
      null,
    ]);
    const appendedLink = pages[3]?.node.lookup(PDFName.of('Annots'), PDFArray).lookup(0, PDFDict);
    expect(appendedLink?.get(PDFName.of('Subtype'))?.toString()).toBe('/Link');
    expect(appendedLink?.has(PDFName.of('StructParent'))).toBe(false);
  });

  test('an opaque bitmap is told from one with any transparent pixel', () => {
    expect(isOpaque(new Uint8Array([1, 2, 3, 255, 4, 5, 6, 255]))).toBe(true);
    expect(isOpaque(new Uint8Array([1, 2, 3, 255, 4, 5, 6, 254]))).toBe(false);
  });
});
