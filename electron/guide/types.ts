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
  /** keep = port the number out (MNP); end = plain cancellation. */
  numberPlan: z.enum(['keep', 'end']),
  channel: z.enum(['online', 'app', 'shop', 'phone', 'unsure']),
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
  /** Where the person is now: still in Japan (leavingDate, when set, is ahead), or already abroad
   * (leavingDate, when known, is the day they left). Absent in cases made before it was asked: in Japan. */
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
}

/** The record kinds (electron/store/schema RECORD_KINDS) a proof step can suggest. */
export type ProofKind =
  'cancellation-request' | 'mnp-issued' | 'shop-visit' | 'phone-call' | 'online-cancellation';

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

export interface Checklist {
  contentVersion: string;
  provider: ProviderSummary;
  phases: { phase: Phase; steps: ChecklistStep[] }[];
  documents: ChecklistDocument[];
  phrases: ChecklistPhrase[];
  /** The questions to ask at the counter or on the call, one per record field, in the card's order;
   * the same for every profile. */
  askPhrases: AskPhrase[];
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
