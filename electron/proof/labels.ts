// Texts the proof report prints, in each language (English here; the rest in data/locales).
import { L } from '../../data/text';
import { fillPlaceholders } from '../shared/format';
import type { Locale, LocalizedText } from '../guide/types';
import type { RECORD_KINDS } from '../store/schema';

export const RECORD_KIND_LABELS: Record<(typeof RECORD_KINDS)[number], LocalizedText> = {
  'cancellation-request': L('Cancellation request'),
  'mnp-issued': L('MNP reservation number issued'),
  'shop-visit': L('Shop visit'),
  'phone-call': L('Phone call'),
  'online-cancellation': L('Online cancellation'),
  'sim-returned': L('SIM returned'),
  'esim-deleted': L('eSIM deleted'),
  'final-bill-paid': L('Final bill paid'),
  bill: L('A bill after the line ended'),
  other: L('Other'),
};

const T = {
  title: L('Cancellation proof report'),
  generated: L('Generated'),
  cover: L('Summary'),
  caseName: L('Case'),
  line: L('Phone number'),
  holderName: L('Contract holder'),
  residenceCard: L('Residence card number'),
  passport: L('Passport number'),
  provider: L('Carrier'),
  card: L('Card type'),
  outcome: L('Outcome'),
  outcomeCancelled: L('Cancelled, effective {date}'),
  outcomePending: L('Cancellation recorded on {recorded}, to take effect on {date}'),
  outcomeProgress: L('In progress: {done} of {total} steps done'),
  outcomeRequested: L('Cancellation requested on {requested}; the day it takes effect is not recorded'),
  timeline: L('Timeline of records'),
  noRecords: L('No records yet.'),
  noFiles: L('No files attached.'),
  when: L('When'),
  entered: L('Entered'),
  kind: L('What happened'),
  shopBranch: L('Shop'),
  phoneDialled: L('Number dialled'),
  portal: L('Website or app'),
  referenceNumber: L('Reference number'),
  effectiveDate: L('Cancellation date'),
  mnpNumber: L('MNP reservation number'),
  mnpValidUntil: L('Valid until'),
  staffName: L('Staff name'),
  finalBill: L('Final bill'),
  fees: L('Fees paid'),
  billMonth: L('Billing month'),
  billAmount: L('Amount billed'),
  billPaidOn: L('Paid on {date}'),
  billPaid: L('Paid'),
  // The row's name: "Paid: Not paid" read as a contradiction, and "Paid: Paid on…" twice.
  billPayment: L('Payment'),
  billNotPaid: L('Not paid'),
  billLast: L('The last bill'),
  note: L('Notes'),
  step: L('Checklist step'),
  attachments: L('Attachments'),
  revisions: L('Versions'),
  headHash: L('Hash of the latest version (SHA-256)'),
  chainIntact: L('History intact'),
  chainBroken: L('History altered (version {n})'),
  checklist: L('Checklist'),
  done: L('Done'),
  notDone: L('Not done'),
  fallbackStep: L('Only if MNP One-Stop does not work for you'),
  documents: L('Documents'),
  readySince: L('Ready since'),
  files: L('Attached files'),
  fileName: L('Name'),
  imported: L('Imported'),
  size: L('Size'),
  sha256: L('SHA-256'),
  physical: L('SIM card'),
  esim: L('eSIM'),
  summaryCancelled: L('Cancelled: {what}, effective {date}{ref}.'),
  summaryPending: L(
    'Not cancelled yet: {what}; the cancellation recorded on {recorded} takes effect on {date}{ref}.',
  ),
  summaryProgress: L('Not cancelled yet: {what}; {done} of {total} steps done.'),
  summaryRequested: L(
    'Cancellation requested: {what}, on {requested}{ref}; the day it takes effect is not recorded.',
  ),
  summaryRef: L(', reference number {ref}'),
  summaryWhat: L('{provider} {card}'),
  summaryWhatNumber: L('{provider} {card} ({number})'),
  figureImported: L('imported {at}'),
  figureScaled: L(
    'shown reduced to {width} × {height} px; the original, {originalWidth} × {originalHeight} px, is the file with the SHA-256 below',
  ),
  pdfAppended: L('PDF, {n} pages: appended after the report (attached PDF {i}).'),
  pdfAppendedOne: L('PDF, {n} page: appended after the report (attached PDF {i}).'),
  pdfNotAppended: L(
    'This PDF could not be appended (it is protected or damaged); the file itself is kept in the app.',
  ),
  pdfTooManyPages: L(
    'This PDF was not appended: it has more than {max} pages, the most a report appends from one file; the file itself is kept in the app.',
  ),
  pdfMalformed: L(
    'This PDF was not appended: its list of pages is malformed (a page listed twice, or nested too deep), and reading it could stall the app; the file itself is kept in the app.',
  ),
  pdfTooCostly: L(
    'This PDF was not appended: reading it took longer than {max} seconds, or more memory than a report may use; the file itself is kept in the app.',
  ),
  pdfAppendixFull: L(
    'This PDF was not appended: the report already holds {max} pages of attached PDFs, the most it appends; the file itself is kept in the app.',
  ),
  imageTooLarge: L(
    'This image is not shown: it is {width} × {height} pixels, more than the {max} million a report draws; the file itself is kept in the app.',
  ),
  imageUnreadable: L(
    'This image is not shown: its size could not be read from the file (it may be damaged); the file itself is kept in the app.',
  ),
  notDrawable: L('HEIC images cannot be shown in the PDF; the file itself is kept in the app.'),
  fileMissing: L('The file is missing from the data folder, or its bytes no longer match its SHA-256.'),
  textTruncated: L('The first {n} characters are shown; the whole file is kept in the app.'),
  appendixTitle: L('Attached PDF {i} of {total}'),
  appendixFollows: L('The next {n} pages are this file, as attached.'),
  appendixFollowsOne: L('The next page is this file, as attached.'),
  attachedTo: L('Attached to'),
  mailFrom: L('From'),
  mailTo: L('To'),
  mailCc: L('Cc'),
  mailDate: L('Sent'),
  mailSubject: L('Subject'),
  mailFiles: L('Files in this e-mail'),
  mailNoText: L('This e-mail has no text.'),
  mailUnreadable: L('This file could not be read as an e-mail; its raw text is shown.'),
  toConfirm: L('Numbers to confirm'),
  toConfirmHelp: L(
    'These numbers in the checklist rest on one source, or were last confirmed long ago: confirm them with {provider} before you rely on them.',
  ),
  toConfirmServices: L('Where a service is named, confirm the number with that service.'),
  serviceFact: L('{service}: {label}'),
  services: L('Services tied to this number'),
  servicesHelp: L(
    'Each service that texted or called this number, and what was done before the number ended or once it was gone.',
  ),
  serviceDone: L('Done on {date}'),
  serviceRecords: L('Proof recorded'),
  serviceNoRecords: L('No proof recorded for it.'),
  serviceOwn: L('added by you'),
  oneSource: L('one source: {source}'),
  sourcesDisagree: L('the sources disagree'),
  lastConfirmed: L('last confirmed {year}'),
  clocksNote: L(
    'Every time is given in Japan time, the carrier’s clock, and also in the reader’s time zone (and the zone it happened in) where they differ, each named as it was on that day. Dates such as the cancellation date are Japan’s calendar days.',
  ),
  dayInJapan: L('{date} (date in Japan)'),
  idsMasked: L('ID numbers masked at the holder’s choice.'),
  idsShown: L('ID numbers shown in full at the holder’s choice.'),
} satisfies Record<string, LocalizedText>;

export type ReportTextKey = keyof typeof T;

/** One text in the reader's language. */
export function textIn(
  locale: Locale,
  key: ReportTextKey,
  params: Record<string, string | number> = {},
): string {
  return fillPlaceholders(T[key][locale], params);
}

/** The reader's language with the Japanese beside it (once, when they are the same). */
export function bilingual(
  locale: Locale,
  source: LocalizedText | ReportTextKey,
  params: Params | ((lang: Locale) => Params) = {},
) {
  const text = typeof source === 'string' ? T[source] : source;
  // Params by language where they are worded too (a date as each language writes it).
  const paramsIn = (lang: Locale) => (typeof params === 'function' ? params(lang) : params);
  const own = fillPlaceholders(text[locale], paramsIn(locale));
  const ja = fillPlaceholders(text.ja, paramsIn('ja'));
  return { own, ja: own === ja ? null : ja };
}

type Params = Record<string, string | number>;
