// The written complaint of issue 19: drafted from a case's records in Japanese and in the reader's
// language, edited by the person, printed as a bilingual letter (letter.ts) with the proof report after
// it, or as plain text for a web form. The Japanese draft is the app's wording; once the person edits
// it the words are theirs, and the letter says which.
import { L } from '../../data/text';
import type { Locale, LocalizedText } from '../guide/types';
import type { CaseModel, RecordView } from '../ipc/views';
import { LANGUAGES } from '../shared/languages';
import {
  fillPlaceholders,
  formatDay,
  formatInstant,
  formatYen,
  inBrackets,
  JAPAN_TIME_ZONE,
} from '../shared/format';
import { isMnpNumber, type ComplaintChoices, type ComplaintData } from '../store/schema';
import { bilingual, RECORD_KIND_LABELS } from './labels';
import { japaneseWithOwn, letterText, listLayout, type Letter, type LetterText } from './letter';
import { maskNumber } from './mask';

const T = {
  titleCharged: L('Complaint about charges after my cancellation date'),
  titleRefund: L('Complaint about a refund that has not been paid'),
  titleNotDone: L('Complaint: my cancellation has not been carried out'),
  to: L('To: {provider}'),
  intro: L('I am the holder of the line below.'),
  problemCharged: L('I was charged {amount} for a period after my cancellation date.'),
  problemChargedOn: L('On {date}, I was charged {amount} for a period after my cancellation date.'),
  problemChargedNoAmount: L('I was charged for a period after my cancellation date.'),
  problemRefund: L('A refund of {amount} that is owed to me has not been paid.'),
  problemRefundNoAmount: L('A refund that is owed to me has not been paid.'),
  problemNotDone: L(
    'I asked to cancel the line, but the cancellation has not been carried out and the line is still being billed.',
  ),
  checkAttached: L(
    'My records and proof are in the attached report. Please check them and do what I ask below.',
  ),
  whatIDid: L('What I did (all times are Japan time)'),
  noRecords: L('(No contact recorded yet.)'),
  reference: L('reference number {ref}'),
  staff: L('staff: {name}'),
  effective: L('cancellation date {date}'),
  mnpNumber: L('MNP reservation number {ref}'),
  mnpValidUntil: L('valid until {date}'),
  finalBill: L('final bill {amount}'),
  whatIAsk: L('What I ask'),
  askStop: L('Stop billing this line.'),
  askRefund: L('Refund {amount} to me.'),
  askRefundNoAmount: L('Refund what was charged wrongly.'),
  askConfirm: L('Confirm in writing (e-mail is fine) the date the line ended and that nothing more is owed.'),
  replyTo: L('Please reply to: {replyTo}'),
  abroad: L('I now live outside Japan: please reply in writing.'),
  attached: L('Attached: the cancellation proof report (after this letter).'),
  columnJa: L('Japanese (the letter)'),
  columnOwn: L('{language} (for reference)'),
  draftedByApp: L('The Japanese text was drafted by the Sayonara SIM app from the sender’s records.'),
  editedBySender: L(
    'The Japanese text is the Sayonara SIM app’s draft from the sender’s records, edited by the sender.',
  ),
  ownEdited: L('The sender edited the text in {language}: the two texts may not say exactly the same.'),
} satisfies Record<string, LocalizedText>;

type Key = keyof typeof T;
const text = (lang: Locale, key: Key, params: Record<string, string | number> = {}) =>
  fillPlaceholders(T[key][lang], params);

/** What a new complaint starts from: a charge after the cancellation date, asking for everything. */
export const defaultChoices = (): ComplaintChoices => ({
  problem: 'charged-after-cancellation',
  amountYen: null,
  chargedOn: '',
  asks: { stopBilling: true, refund: true, confirmation: true },
  replyTo: '',
});

export interface DraftInput {
  view: CaseModel;
  /** The case's records, oldest first. */
  records: RecordView[];
  choices: ComplaintChoices;
  /** The person has left Japan: they ask for a written reply. */
  abroad: boolean;
}

/** One record as a line of "what I did": when (Japan time), what and how, and what was given. */
function recordLine(record: RecordView, lang: Locale): string {
  const c = record.content;
  const via = [c.shopBranch, c.phoneDialled, c.portal].filter((part) => part !== '').join(', ');
  const what = `${RECORD_KIND_LABELS[c.kind][lang]}${via ? inBrackets(lang, via) : ''}`;
  // An MNP record's number and date are the reservation number and its expiry, not a 受付番号 and 解約日.
  const mnp = isMnpNumber(c.kind);
  const parts = [
    what,
    c.referenceNumber && text(lang, mnp ? 'mnpNumber' : 'reference', { ref: c.referenceNumber }),
    c.staffName && text(lang, 'staff', { name: c.staffName }),
    c.effectiveDate &&
      text(lang, mnp ? 'mnpValidUntil' : 'effective', { date: formatDay(c.effectiveDate, lang) }),
    c.finalBillYen !== null && text(lang, 'finalBill', { amount: formatYen(c.finalBillYen, lang) }),
  ].filter((part): part is string => typeof part === 'string' && part !== '');
  const when = formatInstant(c.occurredAt, { locale: lang, timeZone: JAPAN_TIME_ZONE });
  const { bullet, gap } = listLayout(lang);
  return `${bullet}${when}${gap}${parts.join(LANGUAGES[lang].partSeparator)}`;
}

/** The problem the person picked, in one sentence. */
function problemLine(choices: ComplaintChoices, lang: Locale): string {
  const amount = choices.amountYen === null ? null : formatYen(choices.amountYen, lang);
  switch (choices.problem) {
    case 'charged-after-cancellation':
      if (amount === null) return text(lang, 'problemChargedNoAmount');
      return choices.chargedOn
        ? text(lang, 'problemChargedOn', { amount, date: formatDay(choices.chargedOn, lang) })
        : text(lang, 'problemCharged', { amount });
    case 'refund-not-paid':
      return amount === null ? text(lang, 'problemRefundNoAmount') : text(lang, 'problemRefund', { amount });
    case 'cancellation-not-done':
      return text(lang, 'problemNotDone');
  }
}

/** The app's draft of the letter's body in one language, from the records and the choices. */
export function draftBody({ records, choices, abroad }: DraftInput, lang: Locale): string {
  const gap = LANGUAGES[lang].sentenceGap;
  const amount = choices.amountYen === null ? null : formatYen(choices.amountYen, lang);
  const asks = [
    choices.asks.stopBilling && text(lang, 'askStop'),
    choices.asks.refund &&
      (amount === null ? text(lang, 'askRefundNoAmount') : text(lang, 'askRefund', { amount })),
    choices.asks.confirmation && text(lang, 'askConfirm'),
  ].filter((ask): ask is string => typeof ask === 'string');
  const sorted = [...records].sort(
    (a, b) => Date.parse(a.content.occurredAt) - Date.parse(b.content.occurredAt),
  );
  const { heading, bullet } = listLayout(lang);
  const reply = [
    choices.replyTo.trim() && text(lang, 'replyTo', { replyTo: choices.replyTo.trim() }),
    abroad && text(lang, 'abroad'),
  ].filter((line): line is string => typeof line === 'string' && line !== '');
  return [
    `${text(lang, 'intro')}${gap}${problemLine(choices, lang)}`,
    text(lang, 'checkAttached'),
    [
      heading(text(lang, 'whatIDid')),
      ...(sorted.length ? sorted.map((r) => recordLine(r, lang)) : [text(lang, 'noRecords')]),
    ].join('\n'),
    ...(asks.length
      ? [[heading(text(lang, 'whatIAsk')), ...asks.map((ask) => `${bullet}${ask}`)].join('\n')]
      : []),
    ...(reply.length ? [reply.join('\n')] : []),
    text(lang, 'attached'),
  ].join('\n\n');
}

/** The letter's texts in Japanese and, unless the reader is Japanese, in their language. */
export function draftTexts(input: DraftInput, locale: Locale): { ja: string; own: string | null } {
  return { ja: draftBody(input, 'ja'), own: locale === 'ja' ? null : draftBody(input, locale) };
}

const TITLES: Record<ComplaintChoices['problem'], Key> = {
  'charged-after-cancellation': 'titleCharged',
  'refund-not-paid': 'titleRefund',
  'cancellation-not-done': 'titleNotDone',
};

export interface LetterInput extends DraftInput {
  locale: Locale;
  /** The saved draft, if any: its texts are the person's where they edited them. */
  saved: ComplaintData | undefined;
  /** The letter's date: today in Japan, YYYY-MM-DD. */
  today: string;
  /** The holder chose to print the ID numbers in full (else masked, as on screen and in the report). */
  revealIds: boolean;
}

/** The complaint as a bilingual letter: the person's wording where they edited it, the draft elsewhere. */
export function complaintLetter(input: LetterInput): Letter {
  const { view, locale, saved, today, revealIds } = input;
  const draft = draftTexts(input, locale);
  const ja = saved?.letterJa ?? draft.ja;
  const ownSaved = saved?.ownLocale === locale ? saved.letterOwn : null;
  const own = draft.own === null ? null : (ownSaved ?? draft.own);
  const language = LANGUAGES[locale].nativeName;
  const { holder } = view.case;
  const id = (value: string) => (revealIds ? value : maskNumber(value));
  const label = (key: Parameters<typeof bilingual>[1]): LetterText => {
    const { own: mine, ja: japanese } = bilingual(locale, key);
    return { ja: japanese ?? mine, own: japanese === null ? null : mine };
  };
  const hasIds = holder.residenceCard !== '' || holder.passport !== '';
  const fields = (
    [
      ['holderName', holder.name],
      ['line', view.case.phoneNumber],
      ['residenceCard', id(holder.residenceCard)],
      ['passport', id(holder.passport)],
    ] as const
  )
    // The name row stays, blank, where none was given: the letter must say who writes it.
    .filter(([key, value]) => value !== '' || key === 'holderName')
    .map(([key, value]) => ({ label: label(key), value }));
  const { name } = view.checklist.provider;
  // The carrier's name as it writes it, and the reader's where that differs.
  const providerName = japaneseWithOwn(name.ja, name[locale]);
  const jaEdited = saved?.letterJa !== undefined && saved.letterJa !== null && saved.letterJa !== draft.ja;
  const ownEdited = ownSaved !== null && ownSaved !== draft.own;
  return {
    locale,
    date: letterText(locale, (lang) => formatDay(today, lang)),
    to: letterText(locale, (lang) => text(lang, 'to', { provider: view.checklist.provider.name[lang] })),
    title: letterText(locale, (lang) => text(lang, TITLES[input.choices.problem])),
    fields: [...fields, { label: label('provider'), value: providerName }],
    fieldsNote: hasIds ? label(revealIds ? 'idsShown' : 'idsMasked') : null,
    columns: {
      ja: letterText(locale, (lang) => text(lang, 'columnJa')),
      own: letterText(locale, (lang) => text(lang, 'columnOwn', { language })),
    },
    body: { ja, own },
    footnotes: [
      letterText(locale, (lang) => text(lang, jaEdited ? 'editedBySender' : 'draftedByApp')),
      ...(ownEdited && locale !== 'ja'
        ? [letterText(locale, (lang) => text(lang, 'ownEdited', { language }))]
        : []),
    ],
    signature: null,
  };
}
