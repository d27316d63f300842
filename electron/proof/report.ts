// The proof report for one case: a model (also the JSON export), and the same model as HTML (for the PDF)
// and Markdown. Every label is in the reader's language with the Japanese beside it.
import type { Locale, LocalizedText } from '../guide/types';
import type { AttachmentView, CaseModel, RecordView } from '../ipc/views';
import { isMnpNumber, type BillData, type ProofRecord, type RecordContent } from '../store/schema';
import type { FittedSize, ShownFile } from './evidence';
import { MAX_IMAGE_PIXELS } from './image-size';
import type { PdfRefusal } from './pdf-rules';
import type { MailText } from './mail';
import { fontFamilyCss, printPage, type PagePart } from './print-page';
import { maskNumber } from './mask';
import { asksToCancel, givesCancellationDay } from './cancellation-records';
import { LANGUAGES } from '../shared/languages';
import { oneLine, plainLines } from '../shared/plain-text';
import { bilingual, RECORD_KIND_LABELS, textIn, type ReportTextKey } from './labels';
import { checkFact } from '../guide/backing';
import { stepsDone } from '../guide/progress';
import {
  formatDay,
  formatBytes,
  formatMonth,
  formatOnClocks,
  formatYen,
  JAPAN_TIME_ZONE,
  localDate,
  pluralOf,
} from '../shared/format';

export interface ReportInput {
  view: CaseModel;
  records: RecordView[];
  /** The raw records, so the JSON export carries every revision and can be re-verified. */
  rawRecords: ProofRecord[];
  /** Files attached to the case's documents, by document id. */
  documentFiles: Record<string, AttachmentView[]>;
  locale: Locale;
  /** The reader's IANA zone: every time is printed in Japan's zone and, where it differs, in this one
   * (an event that happened in a third zone also in that one). */
  timeZone: string;
  generatedAt: string;
  /** The holder chose at export to print the residence-card and passport numbers in full; else they are
   * masked as on screen. The phone number is always in full: the carrier needs it. */
  revealIds?: boolean;
}

export interface ProofReport {
  format: 'sayonara-proof-report';
  formatVersion: 1;
  generatedAt: string;
  locale: Locale;
  timeZone: string;
  contentVersion: string;
  cover: {
    caseName: string;
    phoneNumber: string;
    /** The name and, as the holder chose at export, the ID numbers in full or masked. '' where not given. */
    holder: { name: string; residenceCard: string; passport: string };
    /** How the ID numbers are printed, as the holder chose; null when none was given. */
    idNumbers: 'masked' | 'shown' | null;
    provider: LocalizedText;
    cardKind: string;
    outcome: string;
    /** The outcome in Japanese; null when the report is in Japanese. */
    outcomeJa: string | null;
    /** One line for the first page: what was cancelled, when it took effect, the reference number. */
    summary: { own: string; ja: string | null };
  };
  records: (RecordView & { stepTitle: LocalizedText | null; revisionsFull: ProofRecord['revisions'] })[];
  checklist: {
    phase: string;
    steps: {
      id: string;
      title: LocalizedText;
      done: boolean;
      note: string;
      /** Only if the step before it fails (the reservation number behind One-Stop): not one left to do. */
      fallback?: true;
    }[];
  }[];
  /** The numbers the checklist states that rest on one source (with it) or were last confirmed long
   * ago (the year), once each: the reader confirms them with the carrier (issue 21). */
  numbersToConfirm: {
    label: LocalizedText;
    source: string | null;
    disputed: boolean;
    aged: string | null;
    /** A service's fact (issue 20): confirmed with that service, not the carrier. */
    service?: LocalizedText;
  }[];
  /** The services the case uses (issue 20), each with what was done: its step ticked (when), its note,
   * and the records linked to it. */
  services: {
    stepId: string;
    name: LocalizedText;
    /** Named by the person: the app has no sources for it. */
    custom: boolean;
    done: boolean;
    doneAt: string | null;
    note: string;
    recordIds: string[];
  }[];
  /** The documents the case needs: ready or not (and since when), with their files. */
  documents: {
    id: string;
    title: LocalizedText;
    done: boolean;
    at: string | null;
    attachments: AttachmentView[];
  }[];
  /**
   * Every file, once, with the records and documents it is attached to, and `path`: where an export
   * with files puts it, relative to the report (the Markdown links to it).
   */
  attachments: ReportFile[];
}

export type ReportFile = AttachmentView & { recordIds: string[]; documentIds: string[]; path: string };

/** The folder, beside the report, that an export with files writes the files to. */
export const FILES_FOLDER = 'files';

/** A file name from free text: letters, digits and CJK kept, the rest dashed. */
export function safeFileStem(name: string, fallback = 'file'): string {
  return (
    name
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || fallback
  );
}

/** Numbered in the files list's order, so two files of the same name stay apart. */
const filePath = (index: number, a: AttachmentView) =>
  `${FILES_FOLDER}/${String(index + 1).padStart(2, '0')}-${safeFileStem(a.name.replace(/\.[^.]*$/, ''))}.${a.ext}`;

/** A space after a full-width closing bracket ("NTT docomo（都科摩） SIM 卡") is a gap nobody writes. */
const AFTER_FULL_WIDTH_CLOSE = /([）」』】]) +/gu;

export function buildReport({
  view,
  records,
  rawRecords,
  documentFiles,
  locale,
  timeZone,
  generatedAt,
  revealIds = false,
}: ReportInput): ProofReport {
  const steps = view.checklist.phases.flatMap((p) => p.steps);
  // Counted as the checklist counts them: a fallback is not a step still to do.
  const { steps: counted, done } = stepsDone(view.checklist, view.case);
  const effectiveRecord = records.findLast((r) => givesCancellationDay(r.content));
  const effective = effectiveRecord?.content.effectiveDate;
  // The cancellation's 受付番号: an MNP予約番号 is no reference for it (its record shows it by name).
  const reference = records.findLast((r) => r.content.referenceNumber !== '' && !isMnpNumber(r.content.kind))
    ?.content.referenceNumber;
  // A cancellation that takes effect after the report's day is recorded, not done: the report says
  // what was recorded and when, and the day it takes effect. Days are Japan's, as the carrier's are (the
  // one-line summary leaves that to the timeline's rows and the note on the clocks).
  const reportDay = localDate(generatedAt, JAPAN_TIME_ZONE);
  const recorded = effectiveRecord ? localDate(effectiveRecord.createdAt, JAPAN_TIME_ZONE) : reportDay;
  const pending = effective !== undefined && effective > reportDay;
  // A cancellation asked for (online, or in writing) whose 解約日 was not entered: said to be requested on
  // its day, the day it takes effect unknown, rather than "not cancelled yet".
  const request = records.findLast((r) => asksToCancel(r.content.kind));
  const requestedDay = request ? localDate(request.content.occurredAt, JAPAN_TIME_ZONE) : null;
  const dates = (lang: Locale) => ({
    date: effective ? formatDay(effective, lang) : '',
    recorded: formatDay(recorded, lang),
    requested: requestedDay ? formatDay(requestedDay, lang) : '',
  });
  const outcome = effective
    ? bilingual(locale, pending ? 'outcomePending' : 'outcomeCancelled', dates)
    : requestedDay
      ? bilingual(locale, 'outcomeRequested', dates)
      : bilingual(locale, 'outcomeProgress', { done, total: counted.length });
  /** The summary line in one language: the carrier's name and the card kind in that language too. */
  const summaryIn = (lang: Locale) => {
    const card = textIn(lang, view.case.profile.cardKind === 'esim' ? 'esim' : 'physical');
    const number = view.case.phoneNumber;
    const what = textIn(lang, number ? 'summaryWhatNumber' : 'summaryWhat', {
      provider: view.checklist.provider.name[lang],
      card,
      number,
    }).replace(AFTER_FULL_WIDTH_CLOSE, '$1');
    const ref = reference ? textIn(lang, 'summaryRef', { ref: reference }) : '';
    if (effective)
      return textIn(lang, pending ? 'summaryPending' : 'summaryCancelled', { what, ...dates(lang), ref });
    return requestedDay
      ? textIn(lang, 'summaryRequested', { what, ...dates(lang), ref })
      : textIn(lang, 'summaryProgress', { what, done, total: counted.length });
  };
  const attachments = new Map<string, Omit<ReportFile, 'path'>>();
  const entryOf = (a: AttachmentView) => {
    const entry = attachments.get(a.id) ?? { ...a, recordIds: [], documentIds: [] };
    attachments.set(a.id, entry);
    return entry;
  };
  for (const record of records) for (const a of record.attachments) entryOf(a).recordIds.push(record.id);
  const documents = view.checklist.documents.map((d) => ({
    id: d.id,
    title: d.title,
    done: view.case.documents[d.id]?.done === true,
    at: view.case.documents[d.id]?.done === true ? (view.case.documents[d.id]?.at ?? null) : null,
    attachments: documentFiles[d.id] ?? [],
  }));
  for (const d of documents) for (const a of d.attachments) entryOf(a).documentIds.push(d.id);
  const { holder } = view.case;
  const hasIds = holder.residenceCard !== '' || holder.passport !== '';
  const idNumber = (value: string) => (revealIds ? value : maskNumber(value));
  return {
    format: 'sayonara-proof-report',
    formatVersion: 1,
    generatedAt,
    locale,
    timeZone,
    contentVersion: view.checklist.contentVersion,
    cover: {
      caseName: view.case.name,
      phoneNumber: view.case.phoneNumber,
      holder: {
        name: holder.name,
        residenceCard: idNumber(holder.residenceCard),
        passport: idNumber(holder.passport),
      },
      idNumbers: hasIds ? (revealIds ? 'shown' : 'masked') : null,
      provider: view.checklist.provider.name,
      cardKind: view.case.profile.cardKind,
      outcome: outcome.own,
      outcomeJa: outcome.ja,
      summary: { own: summaryIn(locale), ja: locale === 'ja' ? null : summaryIn('ja') },
    },
    records: records.map((r) => ({
      ...r,
      stepTitle: steps.find((s) => s.id === r.content.stepId)?.title ?? null,
      revisionsFull: rawRecords.find((raw) => raw.id === r.id)?.revisions ?? [],
    })),
    checklist: view.checklist.phases.map((p) => ({
      phase: p.phase,
      steps: p.steps.map((s) => ({
        id: s.id,
        title: s.title,
        done: view.case.steps[s.id]?.done === true,
        note: view.case.steps[s.id]?.note ?? '',
        ...(s.fallback ? { fallback: true as const } : {}),
      })),
    })),
    numbersToConfirm: numbersToConfirm(steps, reportDay),
    services: steps.flatMap((s) =>
      s.service
        ? [
            {
              stepId: s.id,
              name: s.service.name,
              custom: s.service.custom === true,
              done: view.case.steps[s.id]?.done === true,
              doneAt:
                view.case.steps[s.id]?.done === true
                  ? (view.case.steps[s.id]?.history.findLast((h) => h.done)?.at ?? null)
                  : null,
              note: view.case.steps[s.id]?.note ?? '',
              recordIds: records.filter((r) => r.content.stepId === s.id).map((r) => r.id),
            },
          ]
        : [],
    ),
    documents,
    attachments: [...attachments.values()].map((a, i) => ({ ...a, path: filePath(i, a) })),
  };
}

/** The checklist's numbers that rest on one source or are old, once each, in checklist order. */
function numbersToConfirm(steps: CaseModel['checklist']['phases'][number]['steps'], today: string) {
  const seen = new Set<string>();
  return steps.flatMap((s) =>
    s.facts.flatMap((fact) => {
      const check = checkFact(fact, today);
      if (!check || !(check.flagged || check.aged) || seen.has(fact.id)) return [];
      seen.add(fact.id);
      return [
        {
          label: fact.label,
          source: check.source?.url ?? null,
          disputed: check.disputed,
          aged: check.aged,
          ...(s.service ? { service: s.service.name } : {}),
        },
      ];
    }),
  );
}

/** A service fact's label with the service's name before it ("LINE: Before the number goes"). */
const serviceFactLabel = (service: LocalizedText, label: LocalizedText): LocalizedText => {
  const out = {} as LocalizedText;
  for (const lang of Object.keys(service) as Locale[])
    out[lang] = textIn(lang, 'serviceFact', { service: service[lang], label: label[lang] });
  return out;
};

/** Why the numbers are listed, with the carrier named as each language names it (and, where a service's
 * numbers are among them, who confirms those). */
const confirmHelp = (report: ProofReport) => {
  const services = report.numbersToConfirm.some((n) => n.service);
  const help = (lang: Locale) =>
    [
      textIn(lang, 'toConfirmHelp', { provider: report.cover.provider[lang] }),
      ...(services ? [textIn(lang, 'toConfirmServices')] : []),
    ].join(LANGUAGES[lang].sentenceGap);
  const own = help(report.locale);
  const ja = help('ja');
  return { own, ja: own === ja ? null : ja };
};
const confirmHelpHtml = (report: ProofReport) => {
  const { own, ja } = confirmHelp(report);
  return ja ? `${escapeHtml(own)} <span lang="ja" class="ja">${escapeHtml(ja)}</span>` : escapeHtml(own);
};

/** One number to confirm, in the reader's language: what it is (`label` writes the fact's label), and why. */
const confirmLine = (
  report: ProofReport,
  n: ProofReport['numbersToConfirm'][number],
  label: (text: LocalizedText) => string,
  escape: (text: string) => string = (text) => text,
) =>
  [
    n.service ? label(serviceFactLabel(n.service, n.label)) : label(n.label),
    n.source ? escape(textIn(report.locale, 'oneSource', { source: n.source })) : '',
    n.disputed ? escape(textIn(report.locale, 'sourcesDisagree')) : '',
    n.aged ? escape(textIn(report.locale, 'lastConfirmed', { year: n.aged })) : '',
  ]
    .filter((part) => part !== '')
    .join(' — ');

/** A service as the report names it: its name (and the Japanese), whether added by the person, and the
 * day its step was ticked; `label` writes a text in the reader's language with the Japanese beside it. */
const serviceLine = (
  report: ProofReport,
  service: ProofReport['services'][number],
  label: (text: LocalizedText | ReportTextKey) => string,
  escape: (text: string) => string = (text) => text,
) =>
  [
    label(service.name),
    service.custom ? label('serviceOwn') : '',
    service.doneAt
      ? escape(textIn(report.locale, 'serviceDone', { date: printed(report, service.doneAt) }))
      : label('notDone'),
  ]
    .filter((part) => part !== '')
    .join(' — ');

/** A time as the reader reads it (see shared/format): on Japan's clock, then on the event's and the
 * reader's where they differ, each zone named as it was at that instant. */
const printed = (report: ProofReport, iso: string, eventZone?: string) =>
  formatOnClocks(iso, { locale: report.locale, timeZone: report.timeZone }, eventZone);

/** When the report was made, on the same clocks as every other time in it. */
const generatedLine = (report: ProofReport) => printed(report, report.generatedAt);

/** A calendar day of the carrier's (a cancellation date), said to be Japan's. */
const dayInJapan = (day: string, locale: Locale) =>
  textIn(locale, 'dayInJapan', { date: formatDay(day, locale) });

/** The holder's choice about the ID numbers, said in the report; null when none was given. */
const idNumbersLine = (report: ProofReport) =>
  report.cover.idNumbers === null
    ? null
    : bilingual(report.locale, report.cover.idNumbers === 'shown' ? 'idsShown' : 'idsMasked');

/** The cover's holder rows, [label key, value], those not given left out. */
const holderFields = (report: ProofReport): [ReportTextKey, string][] =>
  (
    [
      ['holderName', report.cover.holder.name],
      ['residenceCard', report.cover.holder.residenceCard],
      ['passport', report.cover.holder.passport],
    ] satisfies [ReportTextKey, string][]
  ).filter(([, value]) => value !== '');

/** Markup characters as text, and no control character (shared/plain-text.ts; a note keeps its lines). */
const escapeHtml = (text: string) =>
  plainLines(text).replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch,
  );

/** The app's own text, escaped, with "SHA-256" kept on one line (it broke at its hyphen in headers). */
const keepTerms = (text: string) => escapeHtml(text).replace(/SHA-256/g, '<span class="term">SHA-256</span>');

/** What a record's number and date are named: an MNP record's are its reservation number (MNP予約番号)
 * and that number's expiry (有効期限), every other's the 受付番号 and the 解約日. */
type RecordKind = RecordContent['kind'];
const numberKey = (kind: RecordKind): ReportTextKey => (isMnpNumber(kind) ? 'mnpNumber' : 'referenceNumber');
const dateKey = (kind: RecordKind): ReportTextKey => (isMnpNumber(kind) ? 'mnpValidUntil' : 'effectiveDate');

/** The rows of one record, as [label key, value] pairs, empty fields left out; files as `fileRef` names
 * them, and what the user typed as `typed` writes it. */
function recordFields(
  report: ProofReport,
  r: ProofReport['records'][number],
  fileRef: (a: AttachmentView) => string,
  typed: (text: string) => string = (text) => text,
): [ReportTextKey, string][] {
  const { locale } = report;
  const c = r.content;
  const yen = (n: number | null) => (n === null ? '' : formatYen(n, locale));
  const fields: [ReportTextKey, string][] = [
    ['when', printed(report, c.occurredAt, c.timeZone)],
    ['entered', printed(report, r.createdAt)],
    ['shopBranch', typed(c.shopBranch)],
    ['phoneDialled', typed(c.phoneDialled)],
    ['portal', typed(c.portal)],
    [numberKey(c.kind), typed(c.referenceNumber)],
    [dateKey(c.kind), c.effectiveDate && dayInJapan(c.effectiveDate, locale)],
    ['staffName', typed(c.staffName)],
    ['finalBill', yen(c.finalBillYen)],
    ['fees', yen(c.feesYen)],
    ...billFields(c.bill, locale),
    ['step', r.stepTitle ? r.stepTitle[locale] : ''],
    ['attachments', r.attachments.map(fileRef).join(', ')],
    ['note', typed(c.note)],
    ['revisions', String(r.revisions.length)],
    [
      'headHash',
      `${r.chain.headHash} — ${r.chain.intact ? textIn(locale, 'chainIntact') : textIn(locale, 'chainBroken', { n: (r.chain.brokenAt ?? 0) + 1 })}`,
    ],
  ];
  return fields.filter(([, value]) => value !== '');
}

/** A bill's rows (issue 19): its month, the amount, paid (on what day) or not, and whether it is the last. */
function billFields(bill: BillData | undefined, locale: Locale): [ReportTextKey, string][] {
  if (!bill) return [];
  const paid = bill.paid
    ? bill.paidOn
      ? textIn(locale, 'billPaidOn', { date: formatDay(bill.paidOn, locale) })
      : textIn(locale, 'billPaid')
    : textIn(locale, 'billNotPaid');
  return [
    ['billMonth', formatMonth(bill.month, locale)],
    ['billAmount', bill.amountYen === null ? '' : formatYen(bill.amountYen, locale)],
    ['billPayment', bill.final ? `${paid} · ${textIn(locale, 'billLast')}` : paid],
  ];
}

/** The heading of a record: when, and what happened. */
const recordHeading = (report: ProofReport, r: ProofReport['records'][number]) =>
  printed(report, r.content.occurredAt, r.content.timeZone);

const withJa = (own: string, ja: string | null) => (ja ? `${own}（${ja}）` : own);

/** The Markdown line saying how the ID numbers are printed, when any was given. */
const idsLines = (report: ProofReport) => {
  const line = idNumbersLine(report);
  return line ? ['', withJa(line.own, line.ja)] : [];
};

/**
 * What the user typed, in Markdown: on one line, with the characters Markdown reads as markup shown as
 * themselves, so a name holding `<img …>`, `[x](…)` or a line break stays text in any viewer.
 */
const markdownText = (text: string) => oneLine(text).replace(/[\\`*_[\]<>|&~]/g, '\\$&');

export function reportMarkdown(report: ProofReport): string {
  const { locale } = report;
  const label = (key: ReportTextKey | LocalizedText) => {
    const { own, ja } = bilingual(locale, key);
    return withJa(own, ja);
  };
  const paths = new Map(report.attachments.map((a) => [a.id, a.path]));
  /** A link by relative path: it resolves when the report was exported with its files. */
  const link = (a: AttachmentView) => `[${markdownText(a.name)}](${paths.get(a.id) ?? ''})`;
  const lines = [
    `# ${label('title')}`,
    '',
    `**${markdownText(report.cover.summary.own)}**`,
    ...(report.cover.summary.ja ? ['', `**${markdownText(report.cover.summary.ja)}**`] : []),
    '',
    `${label('generated')}: ${generatedLine(report)}`,
    '',
    label('clocksNote'),
    '',
    `## ${label('cover')}`,
    '',
    `- ${label('caseName')}: ${markdownText(report.cover.caseName)}`,
    ...holderFields(report).map(([key, value]) => `- ${label(key)}: ${markdownText(value)}`),
    `- ${label('line')}: ${markdownText(report.cover.phoneNumber)}`,
    `- ${label('provider')}: ${label(report.cover.provider)}`,
    `- ${label('card')}: ${label(report.cover.cardKind === 'esim' ? 'esim' : 'physical')}`,
    `- ${label('outcome')}: ${withJa(report.cover.outcome, report.cover.outcomeJa)}`,
    ...idsLines(report),
    '',
    `## ${label('timeline')}`,
    '',
  ];
  if (report.records.length === 0) lines.push(label('noRecords'), '');
  for (const r of report.records) {
    lines.push(`### ${recordHeading(report, r)} — ${label(RECORD_KIND_LABELS[r.content.kind])}`, '');
    for (const [key, value] of recordFields(report, r, link, markdownText))
      lines.push(`- ${label(key)}: ${value}`);
    lines.push('');
  }
  lines.push(`## ${label('checklist')}`, '');
  for (const phase of report.checklist) {
    for (const s of phase.steps)
      lines.push(
        `- [${s.done ? 'x' : ' '}] ${label(s.title)}${s.done || !s.fallback ? '' : ` — ${label('fallbackStep')}`}${s.note ? ` — ${markdownText(s.note)}` : ''}`,
      );
  }
  if (report.services.length > 0) {
    lines.push('', `## ${label('services')}`, '', label('servicesHelp'), '');
    for (const service of report.services) {
      lines.push(`- [${service.done ? 'x' : ' '}] ${markdownText(serviceLine(report, service, label))}`);
      if (service.note) lines.push(`  - ${label('note')}: ${markdownText(service.note)}`);
      const linked = report.records.filter((r) => service.recordIds.includes(r.id));
      for (const r of linked)
        lines.push(
          `  - ${label('serviceRecords')}: ${recordHeading(report, r)} — ${label(RECORD_KIND_LABELS[r.content.kind])}${r.content.referenceNumber ? ` · ${label(numberKey(r.content.kind))} ${markdownText(r.content.referenceNumber)}` : ''}`,
        );
      if (linked.length === 0) lines.push(`  - ${label('serviceNoRecords')}`);
    }
  }
  if (report.numbersToConfirm.length > 0) {
    const help = confirmHelp(report);
    lines.push('', `## ${label('toConfirm')}`, '', withJa(help.own, help.ja), '');
    for (const n of report.numbersToConfirm) lines.push(`- ${confirmLine(report, n, label)}`);
  }
  if (report.documents.length > 0) {
    lines.push('', `## ${label('documents')}`, '');
    for (const d of report.documents) {
      lines.push(
        `- [${d.done ? 'x' : ' '}] ${label(d.title)}${d.at ? ` — ${label('readySince')}: ${printed(report, d.at)}` : ''}`,
      );
      for (const a of d.attachments) lines.push(`  - ${label('attachments')}: ${link(a)} (\`${a.id}\`)`);
    }
  }
  lines.push('', `## ${label('files')}`, '');
  if (report.attachments.length === 0) lines.push(label('noFiles'));
  else
    lines.push(
      `| ${label('fileName')} | ${label('imported')} | ${label('size')} | SHA-256 |`,
      '|---|---|---|---|',
    );
  for (const a of report.attachments)
    lines.push(
      `| ${link(a)} | ${printed(report, a.importedAt)} | ${formatBytes(a.size, report.locale, 'kilobyte')} | \`${a.id}\` |`,
    );
  return `${lines.join('\n')}\n`;
}

/** Why an attached PDF was not appended, in words. */
const PDF_REFUSALS: Record<PdfRefusal, ReportTextKey> = {
  unreadable: 'pdfNotAppended',
  'too-many-pages': 'pdfTooManyPages',
  malformed: 'pdfMalformed',
  'too-costly': 'pdfTooCostly',
  'appendix-full': 'pdfAppendixFull',
};

/** The services section of the page: each service, what was done, and the records linked to it. */
function servicesHtml(
  report: ProofReport,
  label: (key: ReportTextKey | LocalizedText) => string,
  kindOf: (r: ProofReport['records'][number]) => string,
): string {
  const items = report.services
    .map((service) => {
      const linked = report.records.filter((r) => service.recordIds.includes(r.id));
      return (
        `<li>${service.done ? '☑' : '☐'} ${serviceLine(report, service, label, escapeHtml)}` +
        (service.note ? `<br><small>${escapeHtml(service.note)}</small>` : '') +
        (linked.length > 0
          ? `<br><small>${label('serviceRecords')}: ${linked
              .map(
                (r) =>
                  `${escapeHtml(recordHeading(report, r))} — ${kindOf(r)}` +
                  (r.content.referenceNumber
                    ? ` · ${label(numberKey(r.content.kind))} ${escapeHtml(r.content.referenceNumber)}`
                    : ''),
              )
              .join('; ')}</small>`
          : `<br><small>${label('serviceNoRecords')}</small>`) +
        '</li>'
      );
    })
    .join('');
  return `<h2>${label('services')}</h2><p>${label('servicesHelp')}</p><ul class="checklist">${items}</ul>`;
}

/**
 * A self-contained page: no script, no request; fonts and images inlined (print-page.ts). `shown` says
 * how each file is shown (electron/proof/evidence.ts); without it files are listed by name only. For each
 * PDF to append, the page ends with a header page of its own, which appendPdfs follows with the PDF's pages.
 */
export function reportHtml(report: ProofReport, shown: ReadonlyMap<string, ShownFile> = new Map()): string {
  return printPage({
    locale: report.locale,
    title: textIn(report.locale, 'title'),
    parts: [reportPart(report, shown)],
  });
}

/** The report as a part of a printed page: last on the page when PDFs are appended (see reportHtml). */
export function reportPart(report: ProofReport, shown: ReadonlyMap<string, ShownFile> = new Map()): PagePart {
  const { locale } = report;
  const label = (key: ReportTextKey | LocalizedText, params: Record<string, string | number> = {}) => {
    const { own, ja } = bilingual(locale, key, params);
    return ja ? `${keepTerms(own)} <span lang="ja" class="ja">${keepTerms(ja)}</span>` : keepTerms(own);
  };
  const row = (key: ReportTextKey, value: string) =>
    `<tr><th>${label(key)}</th><td>${escapeHtml(value)}</td></tr>`;
  /** The text for one of a thing or for several, as the reader's language counts ("1 page", "2 pages"). */
  const byCount = (n: number, one: ReportTextKey, other: ReportTextKey) =>
    pluralOf(n, locale) === 'one' ? one : other;
  const caption = (a: AttachmentView, scaled: FittedSize | null = null) =>
    `<figcaption><b>${escapeHtml(a.name)}</b> · ${escapeHtml(textIn(locale, 'figureImported', { at: printed(report, a.importedAt) }))}` +
    (scaled
      ? ` · ${keepTerms(textIn(locale, 'figureScaled', { width: scaled.width, height: scaled.height, originalWidth: scaled.original.width, originalHeight: scaled.original.height }))}`
      : '') +
    `<br><span class="hash">SHA-256 ${a.id}</span></figcaption>`;
  const note = (a: AttachmentView, body: string) =>
    `<figure class="evidence"><p class="note">${body}</p>${caption(a)}</figure>`;
  /** A file's text as printed, and a note where it was cut. */
  const text = (body: string, truncated: boolean) =>
    `<pre class="file-text">${escapeHtml(body)}</pre>` +
    (truncated ? `<p class="note">${label('textTruncated', { n: body.length })}</p>` : '');
  /** An e-mail's headers, decoded; its date in the reader's zone. */
  const mailHead = (mail: MailText) =>
    `<table class="mail">${(
      [
        ['mailFrom', mail.from],
        ['mailTo', mail.to],
        ['mailCc', mail.cc],
        ['mailDate', mail.date ? printed(report, mail.date) : ''],
        ['mailSubject', mail.subject],
        ['mailFiles', mail.files.join(', ')],
      ] satisfies [ReportTextKey, string][]
    )
      .filter(([, value]) => value !== '')
      .map(([key, value]) => row(key, value))
      .join('')}</table>`;
  /** Each file as the report shows it, under the record or document it belongs to. */
  const evidence = (files: AttachmentView[]) =>
    files
      .map((a) => {
        const file = shown.get(a.id);
        switch (file?.kind) {
          case 'image':
            return `<figure class="evidence"><img src="${file.dataUrl}" alt="${escapeHtml(a.name)}">${caption(a, file.scaled)}</figure>`;
          case 'text':
            return `<figure class="evidence">${text(file.text, file.truncated)}${caption(a)}</figure>`;
          case 'unread-mail':
            return `<figure class="evidence"><p class="note">${label('mailUnreadable')}</p>${text(file.text, file.truncated)}${caption(a)}</figure>`;
          case 'mail':
            return `<figure class="evidence">${mailHead(file.mail)}${file.mail.body ? text(file.mail.body, file.truncated) : `<p class="note">${label('mailNoText')}</p>`}${caption(a)}</figure>`;
          case 'image-not-shown':
            return note(
              a,
              file.why === 'too-large' && file.size
                ? label('imageTooLarge', { ...file.size, max: MAX_IMAGE_PIXELS / 1_000_000 })
                : label('imageUnreadable'),
            );
          case 'pdf':
            return note(
              a,
              label(byCount(file.pages, 'pdfAppendedOne', 'pdfAppended'), {
                n: file.pages,
                i: file.appendix,
              }),
            );
          case 'pdf-not-appended':
            return note(a, label(PDF_REFUSALS[file.why], { max: file.limit ?? '' }));
          case 'not-drawable':
            return note(a, label('notDrawable'));
          case 'missing':
            return note(a, label('fileMissing'));
          case undefined:
            return '';
        }
      })
      .join('');
  const kindOf = (r: ProofReport['records'][number]) => label(RECORD_KIND_LABELS[r.content.kind]);
  const records = report.records.length
    ? report.records
        .map(
          (r) =>
            `<section class="record"><h3>${escapeHtml(recordHeading(report, r))} — ${kindOf(r)}</h3>` +
            `<table>${recordFields(report, r, (a) => a.name)
              .map(([k, v]) => row(k, v))
              .join('')}</table>${evidence(r.attachments)}</section>`,
        )
        .join('')
    : `<p>${label('noRecords')}</p>`;
  const checklist = report.checklist
    .flatMap((p) => p.steps)
    .map(
      (s) =>
        `<li>${s.done ? '☑' : '☐'} ${label(s.title)} — ${label(s.done ? 'done' : s.fallback ? 'fallbackStep' : 'notDone')}${s.note ? `<br><small>${escapeHtml(s.note)}</small>` : ''}</li>`,
    )
    .join('');
  const documents = report.documents
    .map(
      (d) =>
        `<li>${d.done ? '☑' : '☐'} ${label(d.title)} — ${label(d.done ? 'done' : 'notDone')}` +
        (d.at ? `<br><small>${label('readySince')}: ${escapeHtml(printed(report, d.at))}</small>` : '') +
        (d.attachments.length
          ? `<br><small>${label('attachments')}: ${d.attachments.map((a) => escapeHtml(a.name)).join(', ')}</small>${evidence(d.attachments)}`
          : '') +
        '</li>',
    )
    .join('');
  const files = report.attachments
    .map(
      (a) =>
        `<tr><td>${escapeHtml(a.name)}</td><td>${escapeHtml(printed(report, a.importedAt))}</td><td>${formatBytes(a.size, locale, 'kilobyte')}</td><td class="hash">${a.id}</td></tr>`,
    )
    .join('');
  const appendix = report.attachments.flatMap((a) => {
    const file = shown.get(a.id);
    return file?.kind === 'pdf' ? [{ a, pages: file.pages, i: file.appendix }] : [];
  });
  const owners = (a: ReportFile) => [
    ...report.records
      .filter((r) => a.recordIds.includes(r.id))
      .map((r) => `${escapeHtml(recordHeading(report, r))} — ${kindOf(r)}`),
    ...report.documents.filter((d) => a.documentIds.includes(d.id)).map((d) => label(d.title)),
  ];
  const appendixPages = appendix
    .map(
      ({ a, pages, i }) =>
        `<section class="appendix"><h2>${label('appendixTitle', { i, total: appendix.length })}</h2><table>` +
        `<tr><th>${label('fileName')}</th><td>${escapeHtml(a.name)}</td></tr>` +
        `<tr><th>${label('attachedTo')}</th><td>${owners(a).join('<br>')}</td></tr>` +
        `<tr><th>${label('imported')}</th><td>${escapeHtml(printed(report, a.importedAt))}</td></tr>` +
        `<tr><th>SHA-256</th><td class="hash">${a.id}</td></tr></table>` +
        `<p>${label(byCount(pages, 'appendixFollowsOne', 'appendixFollows'), { n: pages })}</p></section>`,
    )
    .join('');
  const { summary } = report.cover;
  const body =
    `<h1>${label('title')}</h1>` +
    `<p class="summary">${escapeHtml(summary.own)}${summary.ja ? `<br><span lang="ja" class="ja">${escapeHtml(summary.ja)}</span>` : ''}</p>` +
    `<p>${label('generated')}: ${escapeHtml(generatedLine(report))}</p>` +
    `<p class="note">${label('clocksNote')}</p>` +
    `<h2>${label('cover')}</h2><table>` +
    row('caseName', report.cover.caseName) +
    holderFields(report)
      .map(([key, value]) => row(key, value))
      .join('') +
    row('line', report.cover.phoneNumber) +
    `<tr><th>${label('provider')}</th><td>${label(report.cover.provider)}</td></tr>` +
    `<tr><th>${label('card')}</th><td>${label(report.cover.cardKind === 'esim' ? 'esim' : 'physical')}</td></tr>` +
    `<tr><th>${label('outcome')}</th><td>${escapeHtml(report.cover.outcome)}${report.cover.outcomeJa ? ` <span lang="ja" class="ja">${escapeHtml(report.cover.outcomeJa)}</span>` : ''}</td></tr>` +
    `</table>${report.cover.idNumbers === null ? '' : `<p class="note ids">${label(report.cover.idNumbers === 'shown' ? 'idsShown' : 'idsMasked')}</p>`}<h2>${label('timeline')}</h2>${records}<h2>${label('checklist')}</h2><ul class="checklist">${checklist}</ul>` +
    (report.services.length > 0 ? servicesHtml(report, label, kindOf) : '') +
    (report.numbersToConfirm.length > 0
      ? `<h2>${label('toConfirm')}</h2><p>${confirmHelpHtml(report)}</p><ul>${report.numbersToConfirm
          .map((n) => `<li>${confirmLine(report, n, (t) => escapeHtml(t[locale]), escapeHtml)}</li>`)
          .join('')}</ul>`
      : '') +
    (documents ? `<h2>${label('documents')}</h2><ul class="checklist">${documents}</ul>` : '') +
    `<h2>${label('files')}</h2>` +
    (files
      ? `<table class="files"><tr><th>${label('fileName')}</th><th>${label('imported')}</th><th>${label('size')}</th><th>SHA-256</th></tr>${files}</table>`
      : `<p>${label('noFiles')}</p>`) +
    appendixPages;
  const family = fontFamilyCss(locale);
  return {
    body: `<div class="report">${body}</div>`,
    css: `.report .ja,.report [lang=ja]{color:#444}
.report h1{font-size:18pt;margin:0 0 4pt}.report h2{font-size:13pt;border-bottom:1px solid #999;margin-top:16pt;break-after:avoid}.report h3{font-size:11pt;margin:10pt 0 4pt}
.report .summary{font-size:12pt;font-weight:700;border-left:3pt solid #111;padding:2pt 0 2pt 6pt}
.report table{border-collapse:collapse;width:100%}.report th,.report td{text-align:left;vertical-align:top;border:1px solid #ccc;padding:3pt 5pt}
.report th{width:34%;font-weight:700;background:#f3f3f3;word-break:keep-all;overflow-wrap:normal}.report .files th{width:auto}.report .files th:nth-child(1){width:28%}.report .files th:nth-child(2){width:22%}.report .files th:nth-child(3){width:9%}
.report .term{white-space:nowrap}.report .hash{font-family:monospace;font-size:7.5pt;word-break:break-all}
.report .checklist{list-style:none;padding:0}.report td{white-space:pre-wrap;word-break:break-word}
.report .record>table{break-inside:avoid}.report .record>h3{break-after:avoid}
.report .evidence{margin:6pt 0 10pt;break-inside:avoid}.report .evidence img{display:block;max-width:100%;max-height:200mm;object-fit:contain;border:1px solid #ccc}
.report .evidence figcaption{font-size:8pt;color:#333;margin-top:2pt}.report .note{margin:0;color:#333}.report .ids{margin-top:4pt}
.report .file-text{white-space:pre-wrap;word-break:break-word;font-size:8pt;border:1px solid #ccc;padding:4pt;margin:0;font-family:monospace,${family}}
.report .mail{margin-bottom:2pt;font-size:8.5pt}.report .mail th{width:22%}
.report .appendix{break-before:page}
`,
  };
}
