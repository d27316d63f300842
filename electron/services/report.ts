// Exports a case's proof report as PDF, Markdown or JSON to a path the user chose in a save dialog;
// "with files", into a folder of its own with the attached files beside it, so the Markdown links resolve.
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkSaveTarget } from '../proof/regular-file';
import type { Handlers } from '../ipc/contract';
import type { AttachmentFiles } from '../proof/attachment-store';
import { gatherEvidence } from '../proof/evidence';
import { pdfReader } from '../proof/pdf-reader';
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
import { caseView } from './cases';
import { japanDay } from '../guide/plan';
import type { Ports } from './ports';
import { caseRecords } from './records';
import { localDate } from '../shared/format';

/**
 * The report as PDF: printed from HTML with the images drawn in (big screenshots at the printed size),
 * then the attached PDFs appended by the PDF thread, which is ended once the export is done. `page`
 * makes the page to print, with the report last on it (a complaint puts its letter first).
 */
export async function reportPdf(
  report: ProofReport,
  ports: Ports,
  files: AttachmentFiles,
  page: (shown: ReadonlyMap<string, ShownFile>) => string = (shown) => reportHtml(report, shown),
): Promise<Uint8Array> {
  const pdfs = pdfReader();
  try {
    const evidence = await gatherEvidence(
      report.attachments,
      (a) => readFile(files.fileOf(a.id, a.ext)),
      ports.fitPng,
      pdfs,
    );
    const printed = await ports.printToPdf(page(evidence.shown));
    return await pdfs.append(
      printed,
      evidence.appendix.map(({ attachment, bytes }) => ({ key: attachment.id, bytes })),
    );
  } finally {
    await pdfs.close();
  }
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
    view: caseView(findCase(data, caseId), data.records, japanDay(ports.now())),
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
): Pick<Handlers, 'report.export'> {
  return {
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
