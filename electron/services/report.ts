// Exports a case's proof report as PDF, Markdown or JSON to a path the user chose in a save dialog.
import { checkSaveTarget } from '../proof/regular-file';
import type { Handlers } from '../ipc/contract';
import { buildReport, reportHtml, reportMarkdown } from '../proof/report';
import { writeFileDurably } from '../store/durable-file';
import type { Store } from '../store/store';
import { findCase } from '../proof/lookup';
import { documentAttachments } from './attachments';
import { caseView } from './cases';
import { japanDay } from '../guide/plan';
import type { Ports } from './ports';
import { caseRecords } from './records';
import { localDate } from '../shared/format';

/** A file name from the case name: letters, digits and CJK kept, the rest dashed. */
export function safeFileStem(name: string): string {
  return (
    name
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'case'
  );
}

export function reportHandlers(store: Store, ports: Ports): Pick<Handlers, 'report.export'> {
  return {
    'report.export': async ({ caseId, locale, timeZone, format }) => {
      const data = store.data;
      const view = caseView(findCase(data, caseId), data.records, japanDay(ports.now()));
      const generatedAt = ports.now().toISOString();
      const report = buildReport({
        view,
        records: caseRecords(data, caseId),
        rawRecords: data.records.filter((r) => r.caseId === caseId),
        documentFiles: documentAttachments(data, caseId),
        locale,
        timeZone,
        generatedAt,
      });
      const target = await ports.chooseSavePath({
        defaultName: `sayonara-proof-${safeFileStem(view.case.name)}-${localDate(generatedAt, timeZone)}.${format}`,
        extensions: [format],
      });
      if (target === null) return { path: null };
      await checkSaveTarget(target);
      const bytes =
        format === 'pdf'
          ? await ports.printToPdf(reportHtml(report))
          : format === 'md'
            ? reportMarkdown(report)
            : `${JSON.stringify(report, null, 2)}\n`;
      // Whole and on disk before the path is reported: a file the user chose to replace is never left half-written.
      await writeFileDurably(target, bytes);
      return { path: target };
    },
  };
}
