// A case's complaint (issue 19): the app's draft from the records and the person's choices, their edits
// kept with the case, and the export — a PDF of the letter with the proof report after it, or plain text
// for a web form — to a path the person chose.
import { complaintRoutesFor } from '../guide/complaint-routes';
import { japanDay } from '../guide/plan';
import { isAbroad } from '../guide/relevance';
import type { Locale } from '../guide/types';
import type { Handlers } from '../ipc/contract';
import type { ComplaintView } from '../ipc/views';
import { complaintLetter, defaultChoices, draftTexts, type DraftInput } from '../proof/complaint';
import { letterPart, letterPlainText } from '../proof/letter';
import { findCase } from '../proof/lookup';
import { printPage } from '../proof/print-page';
import { reportPart } from '../proof/report';
import type { AttachmentFiles } from '../proof/attachment-store';
import { checkSaveTarget } from '../proof/regular-file';
import { writeFileDurably } from '../store/durable-file';
import type { CaseData, ComplaintChoices, StoreData } from '../store/schema';
import { CaseSchema } from '../store/schema';
import type { Store } from '../store/store';
import { AppError } from '../ipc/result';
import { caseModel } from './cases';
import type { Ports } from './ports';
import { caseRecords } from './records';
import { caseReport, exportStem, reportPdf } from './report';

type ComplaintHandlers = Pick<
  Handlers,
  'complaint.get' | 'complaint.draft' | 'complaint.save' | 'complaint.export'
>;

export function complaintHandlers(store: Store, ports: Ports, files: AttachmentFiles): ComplaintHandlers {
  /** What a draft of the case is made from, with these choices (the saved ones by default). */
  const draftInput = (data: StoreData, caseId: string, choices?: ComplaintChoices): DraftInput => {
    const found = findCase(data, caseId);
    return {
      view: caseModel(found, data.records),
      records: caseRecords(data, caseId),
      choices: choices ?? found.complaint?.choices ?? defaultChoices(),
      abroad: isAbroad(found.profile),
    };
  };
  const complaintView = (data: StoreData, caseId: string, locale: Locale): ComplaintView => {
    const input = draftInput(data, caseId);
    const { case: found, checklist } = input.view;
    const saved = found.complaint;
    return {
      choices: input.choices,
      draft: draftTexts(input, locale),
      letterJa: saved?.letterJa ?? null,
      letterOwn: saved?.ownLocale === locale ? saved.letterOwn : null,
      savedAt: saved?.updatedAt ?? null,
      routes: complaintRoutesFor(found.profile, checklist.provider),
      provider: checklist.provider,
      abroad: input.abroad,
      hasIds: found.holder.residenceCard !== '' || found.holder.passport !== '',
      hasName: found.holder.name !== '',
      records: input.records.length,
    };
  };

  return {
    'complaint.get': ({ caseId, locale }) => complaintView(store.data, caseId, locale),
    'complaint.draft': ({ caseId, locale, choices }) =>
      draftTexts(draftInput(store.data, caseId, choices), locale),
    'complaint.save': async ({ caseId, locale, choices, letterJa, letterOwn }) => {
      findCase(store.data, caseId);
      const next = await store.update((data) => {
        const draft = draftTexts(draftInput(data, caseId, choices), locale);
        // A text the same as the draft is the app's wording, kept as such (null): it follows the records.
        const ownText =
          locale === 'ja' || letterOwn === undefined || letterOwn === draft.own ? null : letterOwn;
        const stamp = ports.now().toISOString();
        const edit = (c: CaseData): CaseData => {
          const result = CaseSchema.safeParse({
            ...c,
            updatedAt: stamp,
            complaint: {
              choices,
              letterJa: letterJa === draft.ja ? null : letterJa,
              letterOwn: ownText,
              ownLocale: ownText === null ? null : locale,
              updatedAt: stamp,
            },
          });
          if (!result.success)
            throw new AppError(
              'invalid_request',
              `the complaint would not be valid: ${result.error.message.slice(0, 200)}`,
            );
          return result.data;
        };
        return { ...data, cases: data.cases.map((c) => (c.id === caseId ? edit(c) : c)) };
      });
      return complaintView(next, caseId, locale);
    },
    'complaint.export': async ({ caseId, locale, timeZone, format, revealIds = false }) => {
      const data = store.data;
      const input = draftInput(data, caseId);
      const report = caseReport(store, ports, { caseId, locale, timeZone, revealIds });
      const letter = complaintLetter({
        ...input,
        locale,
        saved: findCase(data, caseId).complaint,
        today: japanDay(report.generatedAt),
        revealIds,
      });
      const chosen = await ports.chooseSavePath({
        defaultName: `${exportStem('complaint', report)}.${format}`,
        extensions: [format],
      });
      if (chosen === null) return { path: null };
      const bytes =
        format === 'pdf'
          ? await reportPdf(report, ports, files, (shown) =>
              printPage({
                locale,
                title: letter.title.own ?? letter.title.ja,
                parts: [letterPart(letter), reportPart(report, shown)],
              }),
            )
          : letterPlainText(letter);
      await checkSaveTarget(chosen);
      await writeFileDurably(chosen, bytes);
      return { path: chosen };
    },
  };
}
