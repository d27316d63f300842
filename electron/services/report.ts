// Exports a case's proof report as PDF, Markdown or JSON to a path the user chose in a save dialog;
// "with files", into a folder of its own with the attached files beside it, so the Markdown links resolve.
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkSaveTarget } from '../proof/regular-file';
import type { Handlers } from '../ipc/contract';
import type { AttachmentFiles } from '../proof/attachment-store';
import { gatherEvidence, type Evidence } from '../proof/evidence';
import { pdfReader, type PdfReader } from '../proof/pdf-reader';
import { findCase } from '../proof/lookup';
import {
  buildReport,
  FILES_FOLDER,
  reportHtml,
  reportMarkdown,
  safeFileStem,
  type ProofReport,
} from '../proof/report';
import type { ShownFile } from '../proof/evidence';
import type { Locale } from '../guide/types';
import { fsyncDir, writeFileDurably } from '../store/durable-file';
import type { Store } from '../store/store';
import { documentAttachments } from './attachments';
import { caseModel } from './cases';
import type { Ports } from './ports';
import { caseRecords } from './records';
import { localDate } from '../shared/format';

/** The report's evidence (each file read, checked and judged once), handed to `use` while the PDF thread
 * that judged the attached PDFs still runs; the thread is ended afterwards, whatever happens. */
async function withEvidence<T>(
  report: ProofReport,
  ports: Ports,
  files: AttachmentFiles,
  use: (evidence: Evidence, pdfs: PdfReader) => Promise<T>,
): Promise<T> {
  const pdfs = pdfReader();
  try {
    const evidence = await gatherEvidence(
      report.attachments,
      (a) => readFile(files.fileOf(a.id, a.ext)),
      ports.fitPng,
      pdfs,
    );
    return await use(evidence, pdfs);
  } finally {
    await pdfs.close();
  }
}

/**
 * The report as PDF: printed from HTML with the images drawn in (big screenshots at the printed size),
 * then the attached PDFs appended by the PDF thread. `page` makes the page to print, with the report
 * last on it (a complaint puts its letter first).
 */
export function reportPdf(
  report: ProofReport,
  ports: Ports,
  files: AttachmentFiles,
  page: (shown: ReadonlyMap<string, ShownFile>) => string = (shown) => reportHtml(report, shown),
): Promise<Uint8Array> {
  return withEvidence(report, ports, files, async (evidence, pdfs) => {
    const printed = await ports.printToPdf(page(evidence.shown));
    return pdfs.append(
      printed,
      evidence.appendix.map(({ attachment, bytes }) => ({ key: attachment.id, bytes })),
    );
  });
}

/** Copies every attached file to `<folder>/files/`, at the relative path the report links it by. */
async function copyFiles(report: ProofReport, folder: string, files: AttachmentFiles): Promise<void> {
  const target = path.join(folder, FILES_FOLDER);
  await mkdir(target, { recursive: true });
  for (const a of report.attachments) await copyFile(files.fileOf(a.id, a.ext), path.join(folder, a.path));
  await fsyncDir(target);
}

/** A case's proof report as the reader asked for it, made now: the report export's and the complaint's. */
export function caseReport(
  store: Store,
  ports: Ports,
  request: { caseId: string; locale: Locale; timeZone: string; revealIds: boolean },
): ProofReport {
  const data = store.data;
  const { caseId } = request;
  return buildReport({
    view: caseModel(findCase(data, caseId), data.records),
    records: caseRecords(data, caseId),
    rawRecords: data.records.filter((r) => r.caseId === caseId),
    documentFiles: documentAttachments(data, caseId),
    locale: request.locale,
    timeZone: request.timeZone,
    generatedAt: ports.now().toISOString(),
    revealIds: request.revealIds,
  });
}

/** The name a file for `report`'s case gets: `<what>-<case>-<day>`, the day the reader's. */
export const exportStem = (what: string, report: ProofReport) =>
  `sayonara-${what}-${safeFileStem(report.cover.caseName, 'case')}-${localDate(report.generatedAt, report.timeZone)}`;

export function reportHandlers(
  store: Store,
  ports: Ports,
  files: AttachmentFiles,
): Pick<Handlers, 'report.export' | 'report.prepare'> {
  return {
    // While the user is on the Proof tab: the screenshots fitted (evidence.ts keeps them), the fonts
    // loaded and cut to the report's text (fonts.ts keeps the cuts), and the printer readied with this
    // very page, so the export that follows does what a second export would.
    'report.prepare': async ({ caseId, locale, timeZone }) => {
      const report = caseReport(store, ports, { caseId, locale, timeZone, revealIds: false });
      await withEvidence(report, ports, files, async (evidence) => {
        const page = reportHtml(report, evidence.shown);
        await ports.preparePrint(async () => page);
      });
      return null;
    },
    'report.export': async ({ caseId, locale, timeZone, format, withFiles, revealIds = false }) => {
      const report = caseReport(store, ports, { caseId, locale, timeZone, revealIds });
      const stem = exportStem('proof', report);
      const chosen = await ports.chooseSavePath({
        defaultName: withFiles ? stem : `${stem}.${format}`,
        extensions: withFiles ? [] : [format],
      });
      if (chosen === null) return { path: null };
      const bytes =
        format === 'pdf'
          ? await reportPdf(report, ports, files)
          : format === 'md'
            ? reportMarkdown(report)
            : `${JSON.stringify(report, null, 2)}\n`;
      // With files: the chosen name is a folder holding the report and files/ beside it.
      const folder = withFiles ? chosen.replace(/\.(pdf|md|json)$/i, '') : null;
      const target = folder ? path.join(folder, `${path.basename(folder)}.${format}`) : chosen;
      await checkSaveTarget(target);
      if (folder) await copyFiles(report, folder, files);
      // Whole and on disk before the path is reported: a file the user chose to replace is never left half-written.
      await writeFileDurably(target, bytes);
      return { path: target };
    },
  };
}
