// What the main process sends back to the renderer: plain, JSON-safe shapes.
import type { Checklist, LocalizedText, Locale, ProviderSummary, RetiredStep } from '../guide/types';
import type { CaseData, RecordContent, StoreData } from '../store/schema';
import type { ErrorCode, ErrorParams } from './result';
import type { StoreNotice } from '../store/store';
import type { Plan, PlanItem } from '../guide/plan';
import type { BillsView } from '../guide/bills';
import type { ComplaintRoutes } from '../guide/complaint-routes';
import type { AuthorityFields, AuthorityRelation, ComplaintChoices } from '../store/schema';
import type { AuthorityOffer } from '../proof/authority';
import type { InLanguage } from '../shared/in-language';

export type Settings = StoreData['settings'];

export interface AppInfo {
  dataDir: string;
  appVersion: string;
  contentVersion: string;
  /** The OS locale mapped to one of ours: followed until the user picks a language. */
  systemLocale: Locale;
  notice: StoreNotice | null;
  readOnly: boolean;
  /** Where attachment previews are served from: sayonara-file://attachments/ in the app. */
  attachmentBaseUrl: string;
  /** Unused attachment files the start-up maintenance removed, and their size. */
  freedAtStart: { files: number; bytes: number };
  /** The newest date a guide source was checked (YYYY-MM-DD), shown in About. */
  contentCheckedOn: string;
  /** Electron, Chromium and Node versions ('' where not running in Electron), shown in About. */
  runtime: { electron: string; chrome: string; node: string };
  /** The log file, named in notices that ask the user to look at it. */
  logFile: string | null;
  /** Third-party packages inside the app, as the build listed them (licence texts ship beside it). */
  thirdParty: { name: string; version: string; license: string }[];
}

export interface CaseSummary {
  id: string;
  name: string;
  archived: boolean;
  updatedAt: string;
  provider: ProviderSummary;
  cardKind: CaseData['profile']['cardKind'];
  phoneMasked: string;
  progress: { done: number; total: number };
  nextStep: { id: string; title: LocalizedText } | null;
  /** The first step not done that has a date (issue 10), or null. */
  nextDue: Pick<PlanItem, 'stepId' | 'title' | 'latest' | 'status'> | null;
  /** Every step done and the last expected bill paid: only then is the case done (issue 19). */
  done: boolean;
  /** The bills after the line ends: settled (the last one paid), the last month one is expected, and
   * how many recorded bills are not paid. */
  bills: { settled: boolean; lastMonth: string | null; unpaid: number };
}

/** A case as main works with it: every text in every language (the report and the letters use them). */
export interface CaseModel {
  case: CaseData;
  /** The line's number as shown until the user reveals it (the renderer has no masking of its own). */
  phoneMasked: string;
  /** The holder's name and numbers as shown until revealed; '' where none was given. */
  holderMasked: { name: string; residenceCard: string; passport: string };
  checklist: Checklist;
  retired: RetiredStep[];
  /** The records each proof step (producesProof) produced, oldest first, keyed by step id; a step with
   * none has no key. */
  stepRecords: Record<string, StepRecordSummary[]>;
}

/** What the case screen is sent: the case with its checklist's texts in the app's language only. */
export interface CaseView extends Omit<CaseModel, 'checklist' | 'retired'> {
  /** The language its texts are in: the screen asks again when the app's language has changed. */
  locale: Locale;
  checklist: InLanguage<Checklist>;
  retired: InLanguage<RetiredStep>[];
}

/** A case's Plan and Bills tabs (plan.forCase): asked for apart from the case, whose answer stays small. */
export interface CasePlanView {
  /** The steps with dates, from today to the line's end (issue 10). */
  plan: Plan;
  /** The bills after the line ends, what was recorded of them, and the payment method (issue 19). */
  bills: BillsView;
  /** Every step done and the last expected bill paid (the same rule as the case list's). */
  done: boolean;
}

/** A record as its checklist step lists it: enough to recognise it and open it, nothing more. */
export interface StepRecordSummary {
  id: string;
  kind: RecordContent['kind'];
  /** When it happened, as entered (local date-time with its offset). */
  occurredAt: string;
  /** The IANA zone it happened in. */
  timeZone: string;
  /** The 受付番号 masked as the timeline shows it; '' where none was given. */
  referenceMasked: string;
}

// Proof records, attachments, report and backup (issue 5).
export interface AttachmentView {
  /** SHA-256 of the bytes. */
  id: string;
  name: string;
  ext: string;
  mime: string;
  size: number;
  importedAt: string;
  /** `<sha256>.<ext>`: append to AppInfo.attachmentBaseUrl to preview an image. */
  fileName: string;
}

export interface RecordView {
  id: string;
  caseId: string;
  /** When it was first entered, and last edited. */
  createdAt: string;
  updatedAt: string;
  content: RecordContent;
  revisions: { savedAt: string; hash: string; prevHash: string }[];
  chain: { intact: boolean; brokenAt: number | null; headHash: string };
  attachments: AttachmentView[];
}

export interface ImportOutcome {
  imported: AttachmentView[];
  failed: { name: string; code: ErrorCode; message: string; params?: ErrorParams }[];
}

export interface BackupSummary {
  createdAt: string;
  appVersion: string;
  schemaVersion: number;
  cases: number;
  records: number;
  attachments: number;
  bytes: number;
}

/** What deleting a case removes besides the case itself. */
export interface DeletionPreview {
  records: number;
  documentLinks: number;
  /** Attachment files no other case uses, and their total size. */
  files: number;
  bytes: number;
}

/** A step (or a bill) due soon or overdue in an open case: the launch notice lists these (issue 10). */
export interface DueSoonItem extends Pick<PlanItem, 'stepId' | 'latest' | 'dueAt' | 'cutoff' | 'status'> {
  caseId: string;
  caseName: string;
  /** The step's (or bill's) title in the language asked for (the notice shows one language). */
  title: string;
  /** A bill after the line ends (its month, YYYY-MM), not a step: `stepId` is then `bill:<month>`. */
  billMonth?: string;
}

/** A case's complaint as the editor opens it (issue 19). */
export interface ComplaintView {
  choices: ComplaintChoices;
  /** The app's draft for these choices and the case's records: Japanese, and the reader's language
   * (null for a Japanese reader). */
  draft: ComplaintTexts;
  /** The person's own wording, where they edited and saved it; null where the draft stands (the text in
   * their language only when saved in the language asked for). */
  letterJa: string | null;
  letterOwn: string | null;
  /** When the draft was last saved; null before the first save. */
  savedAt: string | null;
  routes: ComplaintRoutes;
  /** The carrier the routes are for (who to confirm a number with). */
  provider: ProviderSummary;
  /** The person has left Japan (isAbroad): 188 is not offered, and the letter asks for a written reply. */
  abroad: boolean;
  /** A residence-card or passport number was given: the export asks how to print it. */
  hasIds: boolean;
  /** The holder's name was given: without it the letter says nobody's name. */
  hasName: boolean;
  /** How many records the draft is made from. */
  records: number;
}

export interface ComplaintTexts {
  ja: string;
  own: string | null;
}

/** A case's letter of authority (委任状, issue 18): whether one is offered, and what it is made from. */
export interface AuthorityView {
  /** From the provider's rule: a letter, the provider's own form (its page), or nothing. */
  offer: AuthorityOffer;
  /** The fields kept with the case, else a start: the holder's name from the case, the rest blank. */
  fields: AuthorityFields;
  /** The fields are kept with the case (the person asked). */
  kept: boolean;
  /** The relationships to choose from, each said whether the rule accepts it. */
  relations: { id: AuthorityRelation; label: LocalizedText; accepted: boolean }[];
  /** What the letter delegates, from the checklist's steps. */
  tasks: LocalizedText[];
  /** The line's number as the case holds it, and masked for the screen: printed in full on the letter
   * (the shop needs it); '' when the case has none. */
  phone: { number: string; masked: string };
}
