// Crafted evidence cannot freeze the app: attached PDFs are read by a worker thread with page, depth, time
// and memory limits, and images are measured from their headers before anything decodes them. What is over
// a limit is listed in the report as not appended / not shown, and why, in the reader's language — also when
// it arrived in a restored backup.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterEach, describe, expect, it } from 'vitest';
import type { AttachmentView, CaseView } from '../../../electron/ipc/views';
import { gatherEvidence } from '../../../electron/proof/evidence';
import { pdfReader } from '../../../electron/proof/pdf-reader';
import { textIn } from '../../../electron/proof/labels';
import { DOCOMO_ESIM_ONLINE } from '../../fixtures/profiles';
import { backend, tempDir } from '../helpers';
import { content } from './helpers';
import { doubledPageTree, jpegHeader, manyPages, pngHeader } from '../../fixtures/hostile-files';

type App = Awaited<ReturnType<typeof backend>>;
const apps: App[] = [];
afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.cleanup()));
});

/** `pages` blank pages, `width + i` points wide (so two files and their pages tell apart). */
async function blankPdf(pages: number, width = 300): Promise<Buffer> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i += 1) doc.addPage([width + i, 400]);
  return Buffer.from(await doc.save());
}

/** Prints like the app: one page for the report, then one header page per PDF to append. */
async function printed(html: string): Promise<Uint8Array> {
  return blankPdf(1 + (html.match(/<section class="appendix">/g)?.length ?? 0));
}

/** A backend whose printer returns a real PDF and whose image fitter records what it was handed. */
async function app(dir?: string) {
  const made = await backend(dir);
  apps.push(made);
  made.ports.printToPdf = async (html) => {
    made.ports.printed.push(html);
    return printed(html);
  };
  const fitted: number[] = [];
  made.ports.fitPng = async (png) => {
    fitted.push(png.length);
    return null;
  };
  return { ...made, fitted };
}

const HOSTILE: [string, () => Promise<Buffer> | Buffer][] = [
  ['doubled-40.pdf', () => doubledPageTree(40)],
  ['doubled-20.pdf', () => doubledPageTree(20)],
  ['ten-thousand.pdf', () => manyPages(10_000)],
  ['huge.png', () => pngHeader(20_000, 20_000)],
  ['huge.jpg', () => jpegHeader(30_000, 30_000)],
  ['no-header.png', () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3])],
  ['receipt.pdf', () => blankPdf(2)],
];

/** A case with one record attaching every hostile file (and one good PDF). */
async function caseWithHostileFiles(target: App): Promise<{ caseId: string; ids: Map<string, string> }> {
  const created = await target.call<CaseView>('cases.create', {
    name: 'line',
    profile: DOCOMO_ESIM_ONLINE,
    phoneNumber: '',
  });
  const ids = new Map<string, string>();
  for (const [name, make] of HOSTILE) {
    const pasted = await target.call<AttachmentView>('attachments.importPasted', {
      name,
      dataBase64: (await make()).toString('base64'),
    });
    ids.set(name, pasted.id);
  }
  await target.call('records.create', {
    caseId: created.case.id,
    content: content({ attachmentIds: [...ids.values()] }),
  });
  return { caseId: created.case.id, ids };
}

/** Checks the printed page and the saved PDF of an export in Japanese. */
async function expectReportOf(target: Awaited<ReturnType<typeof app>>, caseId: string) {
  const file = path.join(target.dir, '..', `${path.basename(target.dir)}-report.pdf`);
  target.ports.nextSavePath = file;
  const saved = await target.call<{ path: string }>('report.export', {
    caseId,
    locale: 'ja',
    timeZone: 'Asia/Tokyo',
    format: 'pdf',
  });
  expect(saved.path).toBe(file);
  const html = target.ports.printed.at(-1) ?? '';
  const times = (text: string) => html.split(text).length - 1;
  // In Japanese, not the English it is written from.
  expect(textIn('ja', 'pdfMalformed')).not.toBe(textIn('en', 'pdfMalformed'));
  expect(times(textIn('ja', 'pdfMalformed'))).toBe(2);
  expect(times(textIn('ja', 'pdfTooManyPages', { max: 1000 }))).toBe(1);
  for (const side of [20_000, 30_000])
    expect(times(textIn('ja', 'imageTooLarge', { width: side, height: side, max: 64 }))).toBe(1);
  expect(times(textIn('ja', 'imageUnreadable'))).toBe(1);
  // No hostile image was decoded or embedded: the fitter saw none, the page holds no image data.
  expect(target.fitted).toEqual([]);
  expect(html).not.toContain('data:image/');
  // The good PDF is appended after its header page: 1 report page + 1 header + its 2 pages.
  const out = await PDFDocument.load(await readFile(file));
  expect(out.getPageCount()).toBe(4);
  expect(
    out
      .getPages()
      .map((p) => Math.round(p.getWidth()))
      .slice(2),
  ).toEqual([300, 301]);
}

describe('hostile evidence in a PDF report', () => {
  it('is listed as not appended or not shown, and why, in the reader’s language; the good PDF is appended', async () => {
    const target = await app();
    const { caseId } = await caseWithHostileFiles(target);
    await expectReportOf(target, caseId);
  });

  it('the same when the files arrived in a restored backup', async () => {
    const source = await app();
    const { caseId } = await caseWithHostileFiles(source);
    const backupFile = path.join(await tempDir('sayonara-hostile-'), 'hostile.sayonara');
    source.ports.nextSavePath = backupFile;
    await source.call('backup.export', {});
    const target = await app();
    await target.call('backup.import', { path: backupFile, mode: 'replace' });
    await expectReportOf(target, caseId);
  });
});

describe('the PDF thread', () => {
  const attachment = (name: string, bytes: Buffer): AttachmentView => {
    const id = createHash('sha256').update(bytes).digest('hex');
    return {
      id,
      name,
      ext: 'pdf',
      mime: 'application/pdf',
      size: bytes.length,
      importedAt: '2026-11-24T06:31:00.000Z',
      fileName: `${id}.pdf`,
    };
  };
  const gather = async (files: [string, Buffer][], limits: Parameters<typeof pdfReader>[0] = {}) => {
    const reader = pdfReader(limits);
    try {
      const views = files.map(([name, bytes]) => attachment(name, bytes));
      const bytes = new Map(views.map((v, i) => [v.id, files[i]?.[1] ?? Buffer.alloc(0)]));
      const { shown } = await gatherEvidence(
        views,
        async (a) => bytes.get(a.id) ?? Buffer.alloc(0),
        async () => null,
        reader,
      );
      return views.map((v) => shown.get(v.id));
    } finally {
      await reader.close();
    }
  };

  it('refuses a tree that doubles at each level or lists a page twice, one that nests too deep, and one with too many pages', async () => {
    expect(
      await gather([
        ['doubled.pdf', doubledPageTree(40)],
        ['ten-thousand.pdf', manyPages(10_000)],
        ['fine.pdf', await blankPdf(3)],
        ['damaged.pdf', Buffer.from('%PDF-1.7 not really')],
        ['page-twice.pdf', doubledPageTree(1)],
      ]),
    ).toEqual([
      { kind: 'pdf-not-appended', why: 'malformed', limit: null },
      { kind: 'pdf-not-appended', why: 'too-many-pages', limit: 1000 },
      { kind: 'pdf', pages: 3, appendix: 1 },
      { kind: 'pdf-not-appended', why: 'unreadable', limit: null },
      { kind: 'pdf-not-appended', why: 'malformed', limit: null },
    ]);
    // A tree nested deeper than allowed, each level listing one child: refused by depth alone.
    expect(await gather([['nested.pdf', await blankPdf(1)]], { limits: { maxDepth: 0 } })).toEqual([
      { kind: 'pdf-not-appended', why: 'malformed', limit: null },
    ]);
  });

  it('ends a thread that takes too long or needs too much memory, and reads the next PDF with a fresh one', async () => {
    expect(await gather([['ten-thousand.pdf', manyPages(10_000)]], { limits: { inspectMs: 1 } })).toEqual([
      { kind: 'pdf-not-appended', why: 'too-costly', limit: 0 },
    ]);
    expect(
      await gather(
        [
          ['twenty-thousand.pdf', manyPages(20_000)],
          ['fine.pdf', await blankPdf(2)],
        ],
        { limits: { maxMemoryMb: 16, maxPages: 1_000_000 } },
      ),
    ).toEqual([
      { kind: 'pdf-not-appended', why: 'too-costly', limit: 20 },
      { kind: 'pdf', pages: 2, appendix: 1 },
    ]);
  });

  it('stops appending once the report holds the most PDF pages it may', async () => {
    expect(
      await gather(
        [
          ['a.pdf', await blankPdf(3)],
          ['b.pdf', await blankPdf(3, 500)],
          ['c.pdf', await blankPdf(1, 700)],
        ],
        { limits: { maxAppendedPages: 4 } },
      ),
    ).toEqual([
      { kind: 'pdf', pages: 3, appendix: 1 },
      { kind: 'pdf-not-appended', why: 'appendix-full', limit: 4 },
      { kind: 'pdf', pages: 1, appendix: 2 },
    ]);
  });
});
