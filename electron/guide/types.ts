// The guide's public shapes: the profile a person answers in the interview, and the
// tailored checklist the engine returns. Shared by the engine, the IPC contract and the renderer.
import { z } from 'zod';
import { LANGUAGE_CODES } from '../shared/languages';

export const LOCALES = LANGUAGE_CODES;
export const LocaleSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof LocaleSchema>;

/** A text in every language the app ships (filled from the catalogs; see data/text.ts). */
export type LocalizedText = Record<Locale, string>;

export const PHASES = ['prepare', 'cancel', 'device', 'after'] as const;
export type Phase = (typeof PHASES)[number];

export const HOLDER_TYPES = ['foreign-resident', 'japanese-national', 'visitor'] as const;
export type HolderType = (typeof HOLDER_TYPES)[number];

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

export const ProfileSchema = z.object({
  cardKind: z.enum(['physical', 'esim']),
  contractKind: z.enum(['postpaid', 'prepaid', 'rental', 'travel-esim']),
  providerId: z.string().min(1).max(64),
  /** keep = port the number out (MNP); end = plain cancellation; hold = keep this line and its number
   * while away (a paid suspension, or a line kept alive by top-ups), where the provider has a way. */
  numberPlan: z.enum(['keep', 'end', 'hold']),
  /** The way the person prefers; `no-shop`: any way but a shop (they cannot get to one); `proxy`:
   * someone goes to a shop for them (family, where the provider's sources allow a proxy). */
  channel: z.enum(['online', 'app', 'shop', 'phone', 'no-shop', 'proxy', 'unsure']),
  leavingDate: isoDate.nullable(),
  phone: z.enum(['keep', 'return']),
  instalments: z.enum(['yes', 'no', 'unsure']),
  /** Who holds the line: decides the ID documents and whether interpreter phrases help. Absent in
   * cases made before it was asked: read as a foreign resident, the documents those cases had. */
  holderType: z.enum(HOLDER_TYPES).optional(),
  /** When keeping the number: the provider it moves to (an id from the guide's list), or null for
   * another one or not decided yet. Absent in older cases: read as null. */
  newProviderId: z.string().min(1).max(64).nullable().optional(),
  /** The day the bill closes, asked only where it depends on the customer (SoftBank): the plan dates
   * full-month billing from it. Absent where not asked; `unsure`: the plan says how to find it. */
  billClosingDay: z.enum(['10', '20', 'month-end', 'unsure']).optional(),
  /** Where the person is now: still in Japan (leavingDate, when set, is the day they leave), or already
   * abroad (leavingDate, when known, is the day they left; null when they did not say). Absent in cases
   * made before it was asked: in Japan. A leaving date that passes does not move a case abroad by
   * itself: the person says so (the Plan then suggests it). */
  whereabouts: z.enum(['in-japan', 'abroad']).optional(),
});
export type Profile = z.infer<typeof ProfileSchema>;

/** How a case's bills are paid (issue 19): a card, a Japanese bank account (口座振替), the provider's own
 * way (a payment slip at a convenience store or counter), or not known yet. */
export const PAYMENT_METHODS = ['card', 'bank-account', 'provider-payment', 'unsure'] as const;
const YEAR_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
export const PaymentSchema = z
  .object({
    method: z.enum(PAYMENT_METHODS),
    /** When it stops working: a card's expiry month (YYYY-MM), a bank account's planned closing day
     * (YYYY-MM-DD); '' when none is planned or known, and always for the other methods. */
    endsOn: z.union([z.literal(''), z.string().regex(YEAR_MONTH), z.iso.date()]),
  })
  .strict()
  .refine(
    (p) =>
      p.endsOn === '' ||
      (p.method === 'card' && YEAR_MONTH.test(p.endsOn)) ||
      (p.method === 'bank-account' && !YEAR_MONTH.test(p.endsOn)),
    'a card ends in a month (YYYY-MM), a bank account on a day (YYYY-MM-DD); other methods have no end',
  );
export type Payment = z.infer<typeof PaymentSchema>;

export interface Source {
  url: string;
  checked: string; // YYYY-MM-DD
  kind: 'official' | 'aggregator' | 'third-party';
  /** The page's own date as last seen (YYYY, YYYY-MM, YYYY-MM-DD or "n.d."), when known. */
  pageDate?: string;
}

/** A provider fact as the checklist shows it: a value, or null when the carrier must be asked. */
export interface ResolvedFact {
  id: string;
  label: LocalizedText;
  value: LocalizedText | null;
  sources: Source[];
  /** found; conflict (sources disagree); not-found; missing (the content has nothing for this provider). */
  status?: 'found' | 'conflict' | 'not-found' | 'missing';
  /** Why a value is null, or an exception to it: worth showing next to "confirm with the carrier". */
  note?: LocalizedText;
  /** The numbers it states that a person acts on (a fee, a deadline, a phone number or address):
   * checked for backing by electron/guide/backing.ts; absent when it states none. */
  numbers?: 'fee' | 'deadline' | 'contact';
  /** Its sources disagree on the number shown (the safer one): it counts as resting on one source. */
  disputed?: true;
}

export interface ProviderSummary {
  id: string;
  name: LocalizedText;
  kind: 'carrier' | 'sub-brand' | 'mvno' | 'foreigner-focused' | 'travel-esim' | 'generic';
  network: string | null;
  officialUrl: string | null;
  /** The bill's closing day depends on the customer: the interview asks for it, with where to find it. */
  asksClosingDay?: true;
  closingHelp?: LocalizedText;
  /** The sources allow someone to cancel for the holder at a shop: the interview offers "someone will go
   * for me". */
  proxyAllowed?: true;
  /** The sources describe a way to keep the line and its number while away (a suspension or top-ups);
   * `fromAbroad`: it can also be started from abroad (not only in person at a shop); `summary`: what it
   * costs, how long it lasts and what it needs, as the interview shows it beside the choice. */
  keepWhileAway?: { fromAbroad: boolean; summary: LocalizedText };
}

export type ProxyWho = 'family' | 'care-facility-staff' | 'guardian';
export type ProxyItem =
  | 'proxy-letter'
  | 'holder-id'
  | 'holder-id-or-copy'
  | 'proxy-id'
  | 'id-unspecified'
  | 'relationship-proof'
  | 'phone';

/**
 * The provider's rule for someone who cancels for the holder at a shop, when that is the way chosen:
 * shown with the proxy step, and what a letter of authority (委任状) is made from.
 */
export interface ProxyRule {
  /** Who may act, as the sources name them (never a friend unless a source says so). */
  who: { id: ProxyWho; label: LocalizedText }[];
  /** What the proxy brings; empty where the sources do not say. */
  brings: { id: ProxyItem; label: LocalizedText }[];
  /** The holder fills in every field of the letter themselves. */
  holderWritesLetter: boolean;
  /** The provider's own letter form is required (true), not (false), or the sources do not say (null). */
  ownForm: boolean | null;
  /** The provider's page with its rules or form, when a source gives one. */
  formUrl: string | null;
  note: LocalizedText | null;
  sources: Source[];
}

/** The record kinds (electron/store/schema RECORD_KINDS) a proof step can suggest. */
export type ProofKind =
  'cancellation-request' | 'mnp-issued' | 'shop-visit' | 'phone-call' | 'online-cancellation' | 'other';

/** What a service step (issue 20) is for: a service that texts or calls the number. */
export interface StepService {
  /** The catalogue's id (data/services), or the id main gave a service the person named. */
  id: string;
  name: LocalizedText;
  /** Named by the person: the app has no sources for it. */
  custom?: true;
  /** Which of data/services/plan-rules.ts dates it; absent once the number is gone (undated). */
  dating?: 'number-ends' | 'before-cancel' | 'close-before-leaving';
  /** The service's own pages that put the step before the cancellation or the departure. */
  datedBy?: Source[];
}

export interface ChecklistStep {
  /** Stable across content versions: ticks are keyed by it. */
  id: string;
  phase: Phase;
  title: LocalizedText;
  why: LocalizedText;
  how: LocalizedText;
  documentIds: string[];
  phraseIds: string[];
  facts: ResolvedFact[];
  /** True when a fact this step relies on is unknown or disputed: the UI says to confirm with the carrier. */
  confirmWithCarrier: boolean;
  /** True for steps whose outcome is proof to keep (e.g. the 受付番号): the UI links them to records. */
  producesProof: boolean;
  /** For proof steps: the record kind that matches how the line was ended or ported (a shop visit,
   * an online cancellation…), which the proof form preselects. */
  proofKind?: ProofKind;
  /** Only if the step before it fails (the reservation number behind MNP One-Stop): not a required tick. */
  fallback?: boolean;
  /** A service step: the service, whose name its facts are confirmed with. */
  service?: StepService;
}

export interface ChecklistDocument {
  id: string;
  title: LocalizedText;
  why: LocalizedText;
  /** A secret (a PIN, a login): it holds no attachment; present only when true. */
  secret?: true;
}

export interface ChecklistPhrase {
  id: string;
  ja: string;
  kana: string;
  meaning: LocalizedText;
  /** What to listen for or note down: shown on the phrase card. */
  context: LocalizedText;
  /** Only for a fallback step (the reservation number behind One-Stop): shown last, said so. */
  fallback?: true;
}

/** A question for the proof tab's "questions to ask" card: the answer fills this record field. */
export interface AskPhrase extends ChecklistPhrase {
  recordField: 'referenceNumber' | 'effectiveDate' | 'finalBillYen' | 'staffName';
}

/** A checklist step as the plan reads it: its id, phase and title, and what dates it. */
export type OutlineStep = Pick<ChecklistStep, 'id' | 'phase' | 'title' | 'fallback' | 'service'>;

/** The checklist's provider and steps without what only the checklist shows (each step's why, how and
 * facts; the documents and phrases): all the plan and the case list read, and far less to build. A
 * Checklist is one. */
export interface ChecklistOutline {
  provider: ProviderSummary;
  phases: { phase: Phase; steps: OutlineStep[] }[];
}

export interface Checklist extends ChecklistOutline {
  contentVersion: string;
  phases: { phase: Phase; steps: ChecklistStep[] }[];
  documents: ChecklistDocument[];
  phrases: ChecklistPhrase[];
  /** The questions to ask at the counter or on the call, one per record field, in the card's order;
   * the same for every profile that has a counter or a call (none for a travel eSIM, nor for someone
   * abroad who sends nobody). */
  askPhrases: AskPhrase[];
  /** The proxy's rule, when someone goes to the shop for the person; null otherwise. */
  proxy: ProxyRule | null;
}

/** What the store keeps per ticked step; the title is a snapshot so a retired step can still be shown. */
export interface StepProgress {
  done: boolean;
  note: string;
  history: { done: boolean; at: string }[];
  titleSnapshot: LocalizedText;
}

export interface RetiredStep {
  id: string;
  title: LocalizedText;
  progress: StepProgress;
  /** removed: no longer in the content at all; not-applicable: still in the content, not for this profile. */
  reason?: 'removed' | 'not-applicable';
}
