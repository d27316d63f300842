// The letter of authority (委任状) of issue 18: the holder names the person who goes to the shop for them,
// and what they may do there. Made from the provider's sourced proxy rule (Checklist.proxy) and only where
// it allows one without the provider's own form: where the form is required the checklist points to its
// page (never a look-alike); where no source allows a proxy there is no rule, so no letter. What is
// delegated comes from the checklist's steps, never invented. Printed as a bilingual letter (letter.ts),
// with a sheet of notes after it for the holder and the agent that is not part of the letter.
import { L } from '../../data/text';
import type { Checklist, Locale, LocalizedText, ProxyItem, ProxyRule, ProxyWho } from '../guide/types';
import { fillPlaceholders, formatDay, formatList } from '../shared/format';
import { LANGUAGES } from '../shared/languages';
import type { AuthorityFields, AuthorityRelation } from '../store/schema';
import { AUTHORITY_RELATIONS } from '../store/schema';
import {
  bilingualHtml,
  japaneseWithOwn,
  letterText,
  linkHtml,
  listLayout,
  type Letter,
  type LetterField,
  type LetterText,
} from './letter';
import type { PagePart } from './print-page';

/** What the app offers for a case, from the rule alone: a letter, the provider's own form, or nothing. */
export type AuthorityOffer =
  { kind: 'letter'; who: ProxyWho[] } | { kind: 'own-form'; formUrl: string | null } | { kind: 'none' };

/** No rule (nobody is sent, or no source allows a proxy): nothing; the provider's own form required: its
 * page; else a letter, for the people the rule names. */
export function authorityOffer(rule: ProxyRule | null): AuthorityOffer {
  if (rule === null || rule.who.length === 0) return { kind: 'none' };
  if (rule.ownForm === true) return { kind: 'own-form', formUrl: rule.formUrl };
  return { kind: 'letter', who: rule.who.map((w) => w.id) };
}

/** The kind of proxy each relationship is; `other` (a friend, a colleague) is none the sources accept. */
const RELATION_WHO: Record<AuthorityRelation, ProxyWho | null> = {
  spouse: 'family',
  mother: 'family',
  father: 'family',
  child: 'family',
  sibling: 'family',
  grandparent: 'family',
  grandchild: 'family',
  'other-relative': 'family',
  'care-facility-staff': 'care-facility-staff',
  guardian: 'guardian',
  other: null,
};

export const RELATION_NAMES: Record<AuthorityRelation, LocalizedText> = {
  spouse: L('Spouse'),
  mother: L('Mother'),
  father: L('Father'),
  child: L('Child'),
  sibling: L('Brother or sister'),
  grandparent: L('Grandparent'),
  grandchild: L('Grandchild'),
  'other-relative': L('Other relative'),
  'care-facility-staff': L('Staff of the care facility the holder lives in'),
  guardian: L('Guardian'),
  other: L('Someone else (a friend, a colleague)'),
};

/** Whether the rule accepts someone of this relationship; '' (left blank, to write by hand) is not refused. */
export function relationAccepted(relation: AuthorityRelation | '', offer: AuthorityOffer): boolean {
  if (offer.kind !== 'letter') return false;
  if (relation === '') return true;
  const who = RELATION_WHO[relation];
  return who !== null && offer.who.includes(who);
}

/** The relationships to choose from: those the rule accepts, then "someone else", which it never does. */
export function relationChoices(
  offer: AuthorityOffer,
): { id: AuthorityRelation; label: LocalizedText; accepted: boolean }[] {
  return AUTHORITY_RELATIONS.filter((id) => id === 'other' || relationAccepted(id, offer)).map((id) => ({
    id,
    label: RELATION_NAMES[id],
    accepted: relationAccepted(id, offer),
  }));
}

/** What the agent may do, by the checklist step that asks it of them at the shop. */
const DELEGATED = new Map<string, LocalizedText>([
  ['cancel.proxy', L('Cancelling the line above')],
  [
    'cancel.keep-confirmation',
    L('Receiving the papers that show the reference number (受付番号) and the cancellation date'),
  ],
  ['device.sim-ask', L('Asking whether the SIM card must be returned, and returning it if so')],
]);

/** What the letter delegates: the checklist's steps that the agent does at the shop, in their order. */
export function delegatedTasks(checklist: Checklist): LocalizedText[] {
  return checklist.phases.flatMap((phase) => phase.steps).flatMap((step) => DELEGATED.get(step.id) ?? []);
}

/** What the agent brings, as the notes say it to both of them (the checklist says it to the holder). */
const AGENT_BRINGS: Record<ProxyItem, LocalizedText> = {
  'proxy-letter': L('this letter of authority, signed by the holder'),
  'holder-id': L('the holder’s ID'),
  'holder-id-or-copy': L('the holder’s ID (a copy is fine)'),
  'proxy-id': L('the agent’s own original ID'),
  'id-unspecified': L(
    'ID (本人確認書類): the source does not say whose, so bring the holder’s and the agent’s',
  ),
  'relationship-proof': L('a document proving the relationship (戸籍謄本, 住民票 or the like)'),
  phone: L('the phone'),
};

/** Who may act, as the notes say it to both of them. */
const AGENT_WHO: Record<ProxyWho, LocalizedText> = {
  family: L('a family member'),
  'care-facility-staff': L('staff of the care facility the holder lives in'),
  guardian: L('a guardian'),
};

const T = {
  title: L('Letter of authority'),
  to: L('To: {provider}'),
  date: L('Date: {date}'),
  holder: L('Principal: the contract holder'),
  agent: L('Agent: the person who goes'),
  line: L('The line'),
  name: L('Full name'),
  address: L('Address'),
  birthDate: L('Date of birth'),
  relation: L('Relationship to the holder'),
  phone: L('Phone number'),
  provider: L('Carrier'),
  blanks: L('A field left empty is filled in by hand by the holder.'),
  statement: L(
    'I, the holder named above, authorise the agent named above to do the following for the line above on my behalf.',
  ),
  tasks: L('What I authorise'),
  columnJa: L('Japanese (the letter)'),
  columnOwn: L('{language} (for reference)'),
  signature: L('Signature of the holder'),
  notesTitle: L('Before going to the shop: for the holder and the agent (not part of the letter)'),
  notesWho: L('Who may act for the holder at {provider}, as the sources say: {who}.'),
  notesBrings: L('What the agent brings:'),
  notesBringsUnknown: L('The sources read do not say what the agent brings: ask {provider} before going.'),
  notesOwnFormUnknown: L(
    '{provider} may ask for its own letter of authority form: the sources read do not say. If the shop asks, fill in its form instead of this letter.',
  ),
  notesOwnFormNotNeeded: L(
    'The sources read say {provider} does not require its own form; the shop may still ask for one.',
  ),
  notesHolderWrites: L(
    'The sources say the holder fills in every field of the letter, not the agent. A field left empty is for the holder to write by hand.',
  ),
  notesSign: L('The holder signs the letter by hand before the agent goes.'),
  notesBringBack: L(
    'The agent asks for the paper that shows the reference number (受付番号) and the cancellation date, and sends the holder a photo of it.',
  ),
  notesSourcesSay: L('What the sources say: {note}'),
  notesSources: L('Sources'),
  notesChecked: L('checked {date}'),
} satisfies Record<string, LocalizedText>;

type Key = keyof typeof T;
const text = (lang: Locale, key: Key, params: Record<string, string | number> = {}) =>
  fillPlaceholders(T[key][lang], params);

/** A blank date, to write by hand: as a Japanese form leaves it, and a line elsewhere. */
const blankDay = (lang: Locale) =>
  lang === 'ja' ? '\u3000\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日' : '__________';
const day = (value: string, lang: Locale) => (value === '' ? blankDay(lang) : formatDay(value, lang));

export interface AuthorityInput {
  /** The case's checklist: the provider, its proxy rule and the steps the agent does at the shop. */
  checklist: Checklist;
  /** The line's number as the case holds it ('' when none was given: printed blank). */
  phoneNumber: string;
  fields: AuthorityFields;
  /** The reader's language: the second column's. */
  locale: Locale;
}

/** The letter of authority: the fields in Japanese (the reader's beside them), what is delegated, the
 * signature. The caller has checked that the case is offered a letter (authorityOffer). */
export function authorityLetter({ checklist, phoneNumber, fields, locale }: AuthorityInput): Letter {
  const label = (key: Key): LetterText => letterText(locale, (lang) => text(lang, key));
  /** Japanese, the reader's in brackets: the shop reads the one, the holder the other. */
  const jaOwn = (make: (lang: Locale) => string) => japaneseWithOwn(make('ja'), make(locale));
  const { agentRelation, holderBirthDate } = fields;
  const relation = agentRelation === '' ? '' : jaOwn((lang) => RELATION_NAMES[agentRelation][lang]);
  const birthDate = holderBirthDate === '' ? '' : jaOwn((lang) => formatDay(holderBirthDate, lang));
  const rows: LetterField[] = [
    { group: label('holder'), label: label('name'), value: fields.holderName },
    { label: label('address'), value: fields.holderAddress },
    { label: label('birthDate'), value: birthDate },
    { group: label('agent'), label: label('name'), value: fields.agentName },
    { label: label('relation'), value: relation },
    { label: label('address'), value: fields.agentAddress },
    { group: label('line'), label: label('phone'), value: phoneNumber },
    { label: label('provider'), value: jaOwn((lang) => checklist.provider.name[lang]) },
  ];
  const tasks = delegatedTasks(checklist);
  const body = (lang: Locale) =>
    [
      text(lang, 'statement'),
      [
        listLayout(lang).heading(text(lang, 'tasks')),
        ...tasks.map((task, i) => `${i + 1}. ${task[lang]}`),
      ].join('\n'),
    ].join('\n\n');
  const language = LANGUAGES[locale].nativeName;
  return {
    locale,
    date: letterText(locale, (lang) => text(lang, 'date', { date: day(fields.date, lang) })),
    to: letterText(locale, (lang) => text(lang, 'to', { provider: checklist.provider.name[lang] })),
    title: label('title'),
    fields: rows,
    fieldsNote: rows.some((row) => row.value === '') || fields.date === '' ? label('blanks') : null,
    columns: {
      ja: label('columnJa'),
      own: letterText(locale, (lang) => text(lang, 'columnOwn', { language })),
    },
    body: { ja: body('ja'), own: locale === 'ja' ? null : body(locale) },
    footnotes: [],
    signature: { label: label('signature'), seal: fields.seal },
  };
}

/** The sheet after the letter: who may go and what they bring, whether the provider may want its own
 * form, how to sign, and where the rule comes from — all from the rule, in both languages. */
export function authorityNotesPart(checklist: Checklist, rule: ProxyRule, locale: Locale): PagePart {
  /** A text in Japanese with the reader's after it, as markup. */
  const html = (make: (lang: Locale) => string, apart = true) =>
    bilingualHtml(letterText(locale, make), apart);
  const say = (key: Key, params: (lang: Locale) => Record<string, string> = () => ({})) =>
    `<p>${html((lang) => text(lang, key, params(lang)))}</p>`;
  const named = (lang: Locale) => ({ provider: checklist.provider.name[lang] });
  const who = (lang: Locale) => ({
    ...named(lang),
    who: formatList(
      rule.who.map((w) => AGENT_WHO[w.id][lang]),
      lang,
      'disjunction',
    ),
  });
  const list = (items: string[], className = '') =>
    `<ul${className ? ` class="${className}"` : ''}>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;
  const brings = rule.brings.length
    ? say('notesBrings') + list(rule.brings.map((item) => html((lang) => AGENT_BRINGS[item.id][lang])))
    : say('notesBringsUnknown', named);
  // The address once; when it was read, in both languages.
  const sources = rule.sources.map(
    (source) =>
      `${linkHtml(source.url)} — ${html((lang) => text(lang, 'notesChecked', { date: formatDay(source.checked, lang) }), false)}`,
  );
  const note = rule.note;
  return {
    body:
      `<section class="authority-notes"><h2>${html((lang) => text(lang, 'notesTitle'))}</h2>` +
      say('notesWho', who) +
      brings +
      say(rule.ownForm === false ? 'notesOwnFormNotNeeded' : 'notesOwnFormUnknown', named) +
      (rule.holderWritesLetter ? say('notesHolderWrites') : '') +
      say('notesSign') +
      say('notesBringBack') +
      (note ? say('notesSourcesSay', (lang) => ({ note: note[lang] })) : '') +
      `<h3>${html((lang) => text(lang, 'notesSources'), false)}</h3>${list(sources, 'authority-sources')}` +
      `</section>`,
    css: `.authority-notes{font-size:10pt;line-height:1.45}.authority-notes h2{font-size:12.5pt;margin:0 0 8pt}
.authority-notes h3{font-size:10.5pt;margin:10pt 0 4pt}.authority-notes .own{color:#444}
.authority-notes p{margin:0 0 6pt}.authority-notes ul{margin:0 0 6pt;padding-left:16pt}
.authority-sources{font-size:8.5pt;word-break:break-all}.authority-sources a{color:inherit}`,
  };
}
