// The proof report with PDFs attached, exported through the real router: an ordinary but huge one (10,000
// blank pages, which blocked the main loop for seconds when pdf-lib ran there) and a hostile one (a page tree
// of 20 levels, each listing the next twice: a million pages). Figures (medians of three exports after one
// warm-up): the export's time, and the longest the main event loop stood still meanwhile — the PDFs are read
// by the PDF thread, so the loop stays free. On a busy machine both threads share the cores: the stall is
// then the scheduler's, not the PDF's. The printer stands in for Chromium with a ready-made PDF (one report
// page and one header page per appended file), so the figures are the PDFs'. `report_pdf.built_long_*`
// times the built thread (out/main/pdf-worker.js, no tsx) reading and appending 400 pages of text.
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { pdfReader, pdfWorkerSource } from '../electron/proof/pdf-reader';
import { startBackend } from '../electron/services';
import { DOCOMO_PHYSICAL_SHOP } from '../tests/fixtures/profiles';
import { doubledPageTree, manyPages } from '../tests/fixtures/hostile-files';
import { quietPorts } from './ports';

const PAGES = 400;
const EXPORTS = 3;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** An ordinary long PDF: `pages` A4 pages of text, as a bill history or a contract would be. */
async function longPdf(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 0; i < pages; i += 1) {
    const page = doc.addPage([595, 842]);
    for (let line = 0; line < 50; line += 1)
      page.drawText(
        `Page ${i + 1}, line ${line + 1}: monthly charge 3,280 yen, plan Gigaho, reference A-${i}${line}`,
        {
          x: 40,
          y: 800 - line * 15,
          size: 9,
          font,
        },
      );
  }
  return doc.save();
}

/** A printed report of one page plus `headers` appendix header pages, made once per count. */
const printedCache = new Map<number, Uint8Array>();
async function printed(html: string): Promise<Uint8Array> {
  const headers = html.match(/<section class="appendix">/g)?.length ?? 0;
  const known = printedCache.get(headers);
  if (known) return known;
  const doc = await PDFDocument.create();
  for (let i = 0; i <= headers; i += 1) doc.addPage([595, 842]);
  const bytes = await doc.save();
  printedCache.set(headers, bytes);
  return bytes;
}

/** Calls `run` while a 5 ms timer watches the loop; returns its time and the longest stall seen. */
async function watched(run: () => Promise<unknown>): Promise<{ ms: number; stallMs: number }> {
  let last = performance.now();
  let stall = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    stall = Math.max(stall, now - last - 5);
    last = now;
  }, 5);
  const start = performance.now();
  try {
    await run();
  } finally {
    clearInterval(timer);
  }
  return { ms: performance.now() - start, stallMs: Math.max(stall, performance.now() - last - 5) };
}

async function exportWith(file: Uint8Array, name: string) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sayonara-bench-report-pdf-'));
  try {
    const target = path.join(dir, 'report.pdf');
    const ports = quietPorts({ chooseSavePath: async () => target, printToPdf: printed });
    const { router } = await startBackend({
      dataDir: path.join(dir, 'data'),
      ports,
      appVersion: 'bench',
      systemLocale: 'en',
    });
    const call = async <T>(channel: string, payload: unknown): Promise<T> => {
      const result = await router.handle(channel, payload);
      if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
      return result.value as T;
    };
    const created = await call<{ case: { id: string } }>('cases.create', {
      name: 'line',
      phoneNumber: '',
      profile: DOCOMO_PHYSICAL_SHOP,
    });
    const source = path.join(dir, name);
    await writeFile(source, file);
    const imported = await call<{ imported: { id: string }[] }>('attachments.importPaths', {
      paths: [source],
    });
    await call('records.create', {
      caseId: created.case.id,
      content: {
        kind: 'other',
        occurredAt: '2026-11-24T15:30:00+09:00',
        timeZone: 'Asia/Tokyo',
        shopBranch: '',
        phoneDialled: '',
        portal: '',
        referenceNumber: '',
        effectiveDate: '',
        staffName: '',
        finalBillYen: null,
        feesYen: null,
        note: '',
        stepId: null,
        attachmentIds: imported.imported.map((a) => a.id),
      },
    });
    const exportOnce = () =>
      call('report.export', { caseId: created.case.id, locale: 'en', timeZone: 'Asia/Tokyo', format: 'pdf' });
    // The first export also loads the report's fonts and modules: not what is measured here.
    await exportOnce();
    const runs: { ms: number; stallMs: number }[] = [];
    for (let i = 0; i < EXPORTS; i += 1) runs.push(await watched(exportOnce));
    return {
      ms: Math.round(median(runs.map((r) => r.ms))),
      stallMs: Math.round(median(runs.map((r) => r.stallMs))),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The built thread, timed directly: read and append the long PDF. */
async function builtThread(file: Uint8Array): Promise<Record<string, number>> {
  const outMain = path.resolve(import.meta.dirname, '../out/main');
  if (!existsSync(path.join(outMain, 'pdf-worker.js'))) return {};
  const runs: { ms: number; stallMs: number }[] = [];
  for (let i = 0; i < EXPORTS; i += 1) {
    const reader = pdfReader({ source: pdfWorkerSource(outMain) });
    runs.push(
      await watched(async () => {
        const verdict = await reader.inspect('long', file);
        if (!verdict.ok) throw new Error(`the long PDF was refused: ${verdict.why}`);
        await reader.append(await printed('<section class="appendix">'), [{ key: 'long', bytes: file }]);
        await reader.close();
      }),
    );
  }
  return {
    'report_pdf.built_long_ms': Math.round(median(runs.map((r) => r.ms))),
    'report_pdf.built_long_loop_stall_ms': Math.round(median(runs.map((r) => r.stallMs))),
  };
}

export async function benchReportPdf(): Promise<Record<string, number>> {
  const huge = await exportWith(manyPages(10_000), 'ten-thousand-pages.pdf');
  const hostile = await exportWith(doubledPageTree(20), 'crafted.pdf');
  const long = await longPdf(PAGES);
  return {
    'report_pdf.huge_ms': huge.ms,
    'report_pdf.huge_loop_stall_ms': huge.stallMs,
    'report_pdf.hostile_ms': hostile.ms,
    'report_pdf.hostile_loop_stall_ms': hostile.stallMs,
    'report_pdf.built_long_kb': Math.round(long.length / 1024),
    ...(await builtThread(long)),
  };
}
