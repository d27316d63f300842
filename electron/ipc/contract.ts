// The IPC contract: for every channel, the request schema (zod, checked in main) and the response type.
import { z } from 'zod';
import { LocaleSchema, PaymentSchema, ProfileSchema, type ProviderSummary } from '../guide/types';
import type { Action, Channel, Domain, EventName } from './channels';
import type { Result } from './result';
import type {
  AppInfo,
  AuthorityView,
  AttachmentView,
  BackupSummary,
  CaseSummary,
  CasePlanView,
  ComplaintTexts,
  ComplaintView,
  CaseView,
  DeletionPreview,
  DueSoonItem,
  ImportOutcome,
  RecordView,
  Settings,
} from './views';
import {
  AuthorityFieldsSchema,
  ComplaintChoicesSchema,
  COMPLAINT_TEXT_MAX,
  RecordContentSchema,
  SHA256_PATTERN,
} from '../store/schema';
import {
  CHOSEN_MAX,
  CUSTOM_MAX,
  CUSTOM_NAME_MAX,
  CUSTOM_SERVICE_ID_PATTERN,
  SERVICE_ID_PATTERN,
  UNSAFE_NAME_CHARACTERS,
} from '../guide/service-choice';
import type { ServiceSummary } from '../guide/services';
import { isTimeZone } from '../shared/format';

/** Carries a response type at compile time only. */
const returns = <T>(): T => undefined as T;

const id = z.string().min(1).max(64);
const caseName = z.string().trim().min(1, 'the name is empty').max(120, 'the name is over 120 characters');
const phoneNumber = z
  .string()
  .trim()
  .max(32)
  .regex(/^[0-9+\-() ]*$/, 'a phone number holds only digits, spaces and + - ( )');
/** The contract holder: every field optional (''), trimmed; the numbers checked loosely, not to a format. */
export const holder = z
  .object({
    name: z.string().trim().max(120, 'the holder name is over 120 characters'),
    residenceCard: z
      .string()
      .trim()
      .max(20)
      .regex(/^[A-Za-z0-9 ]*$/, 'a residence card number holds only letters, digits and spaces (up to 20)'),
    passport: z
      .string()
      .trim()
      .max(20)
      .regex(/^[A-Za-z0-9]*$/, 'a passport number holds only letters and digits (up to 20)'),
  })
  .strict();
export const NOTE_MAX = 10_000;
/** 50 MB of bytes, base64-encoded. */
const PASTE_MAX_BASE64 = Math.ceil((50 * 1024 * 1024) / 3) * 4;

const none = z.object({}).strict();
/** A service the person names (issue 20): trimmed, 1–80 characters, no control or direction-override characters. */
const serviceName = z
  .string()
  .trim()
  .min(1, 'the service name is empty')
  .max(CUSTOM_NAME_MAX, `a service name holds at most ${CUSTOM_NAME_MAX} characters`)
  .refine((name) => !UNSAFE_NAME_CHARACTERS.test(name), 'a service name cannot hold control characters');
/** The user's IANA zone, from the renderer: times in files are written in it. */
const timeZone = z.string().min(1).max(64).refine(isTimeZone, 'not a time zone this computer knows');

export const contract = {
  'app.info': { request: none, response: returns<AppInfo>() },
  'app.openDataFolder': { request: none, response: returns<null>() },
  'app.openExternal': {
    request: z.object({ url: z.string().max(2048) }).strict(),
    response: returns<null>(),
  },
  'settings.get': { request: none, response: returns<Settings>() },
  'settings.update': {
    request: z
      .object({
        locale: LocaleSchema.optional(),
        theme: z.enum(['system', 'light', 'dark']).optional(),
        lastCaseId: id.nullable().optional(),
        notifications: z.boolean().optional(),
      })
      .strict(),
    response: returns<Settings>(),
  },
  'guide.providers': { request: none, response: returns<ProviderSummary[]>() },
  'cases.list': { request: none, response: returns<CaseSummary[]>() },
  'cases.get': { request: z.object({ caseId: id }).strict(), response: returns<CaseView>() },
  'cases.create': {
    /** Without a holder, the case has none. */
    request: z
      .object({ name: caseName, profile: ProfileSchema, phoneNumber, holder: holder.optional() })
      .strict(),
    response: returns<CaseView>(),
  },
  'cases.rename': {
    request: z.object({ caseId: id, name: caseName }).strict(),
    response: returns<CaseView>(),
  },
  'cases.setArchived': {
    request: z.object({ caseId: id, archived: z.boolean() }).strict(),
    response: returns<CaseSummary[]>(),
  },
  'cases.delete': { request: z.object({ caseId: id }).strict(), response: returns<CaseSummary[]>() },
  'cases.updateProfile': {
    /** Without a holder, the case keeps the one it has. */
    request: z
      .object({ caseId: id, profile: ProfileSchema, phoneNumber, holder: holder.optional() })
      .strict(),
    response: returns<CaseView>(),
  },
  /** How the case's bills are paid, and when that method ends (issue 19); null: not said. */
  'cases.setPayment': {
    request: z.object({ caseId: id, payment: PaymentSchema.nullable() }).strict(),
    response: returns<CaseView>(),
  },
  'steps.setDone': {
    request: z.object({ caseId: id, stepId: id, done: z.boolean() }).strict(),
    response: returns<CaseView>(),
  },
  'steps.setNote': {
    request: z
      .object({
        caseId: id,
        stepId: id,
        note: z.string().max(NOTE_MAX, `a note holds at most ${NOTE_MAX} characters`),
      })
      .strict(),
    response: returns<CaseView>(),
  },
  'documents.setDone': {
    request: z.object({ caseId: id, documentId: id, done: z.boolean() }).strict(),
    response: returns<CaseView>(),
  },
  'records.list': { request: z.object({ caseId: id }).strict(), response: returns<RecordView[]>() },
  'records.create': {
    request: z.object({ caseId: id, content: RecordContentSchema }).strict(),
    response: returns<RecordView>(),
  },
  'records.update': {
    request: z.object({ caseId: id, recordId: id, content: RecordContentSchema }).strict(),
    response: returns<RecordView>(),
  },
  'attachments.pick': { request: none, response: returns<ImportOutcome>() },
  'attachments.importPaths': {
    request: z.object({ paths: z.array(z.string().min(1).max(4096)).min(1).max(20) }).strict(),
    response: returns<ImportOutcome>(),
  },
  'attachments.importPasted': {
    request: z
      .object({
        name: z.string().min(1).max(255),
        dataBase64: z.base64().max(PASTE_MAX_BASE64, 'a pasted image is at most 50 MB'),
      })
      .strict(),
    response: returns<AttachmentView>(),
  },
  'attachments.forDocuments': {
    request: z.object({ caseId: id }).strict(),
    response: returns<Record<string, AttachmentView[]>>(),
  },
  'attachments.linkDocument': {
    request: z
      .object({
        caseId: id,
        documentId: id,
        attachmentId: z.string().regex(SHA256_PATTERN),
        linked: z.boolean(),
      })
      .strict(),
    response: returns<Record<string, AttachmentView[]>>(),
  },
  'report.export': {
    /** withFiles: into a folder of its own, with the attached files in files/ beside the report. */
    request: z
      .object({
        caseId: id,
        locale: LocaleSchema,
        timeZone,
        format: z.enum(['pdf', 'md', 'json']),
        withFiles: z.boolean().optional(),
        /** The holder chose to print the residence-card and passport numbers in full (else masked). */
        revealIds: z.boolean().optional(),
      })
      .strict(),
    /** The saved file's path; null when the user cancelled the save dialog. */
    response: returns<{ path: string | null }>(),
  },
  /** Readies what a PDF export of the case will need (the Proof tab is open); nothing is written. */
  'report.prepare': {
    request: z.object({ caseId: id, locale: LocaleSchema, timeZone }).strict(),
    response: returns<null>(),
  },
  'backup.export': {
    /** The file name carries the date in `timeZone` (the main process's own zone when absent). */
    request: z.object({ timeZone: timeZone.optional() }).strict(),
    response: returns<{ path: string | null; summary: BackupSummary | null }>(),
  },
  /** Opens a backup file and checks it fully without changing anything; null when cancelled. */
  'backup.inspect': { request: none, response: returns<{ path: string; summary: BackupSummary } | null>() },
  'backup.import': {
    request: z.object({ path: z.string().min(1).max(4096), mode: z.enum(['add', 'replace']) }).strict(),
    /** `added`: how many cases, records and attachments the data gained (none when all were there). */
    response: returns<{
      summary: BackupSummary;
      backupFile: string;
      added: { cases: number; records: number; attachments: number };
    }>(),
  },
  /** What deleting the case would remove (records, document links, files no other case uses). */
  'cases.deletionPreview': {
    request: z.object({ caseId: id }).strict(),
    response: returns<DeletionPreview>(),
  },
  /** One case (its records, links and files) as a backup file; path null when the dialog was cancelled. */
  'backup.exportCase': {
    request: z.object({ caseId: id, timeZone: timeZone.optional() }).strict(),
    response: returns<{ path: string | null; summary: BackupSummary | null }>(),
  },
  /** Overdue steps and those due within three days, across the cases not archived, titled in `locale`. */
  'plan.dueSoon': {
    request: z.object({ locale: LocaleSchema }).strict(),
    response: returns<DueSoonItem[]>(),
  },
  /** The case's steps with dates, from today to the final bill (issue 10): the Plan tab. */
  'plan.forCase': { request: z.object({ caseId: id }).strict(), response: returns<CasePlanView>() },
  /** The case's plan as an iCalendar file, to a path the user chose; null when cancelled, or when
   * nothing is dated (`nothingDated`: no file is offered, none written). */
  'plan.exportCalendar': {
    request: z.object({ caseId: id, locale: LocaleSchema }).strict(),
    response: returns<{ path: string | null; nothingDated?: true }>(),
  },
  /** The next `.sayonara` file opened from the desktop, checked in full and not applied; null when none waits. */
  'backup.takeOpened': {
    request: none,
    response: returns<{ path: string; summary: BackupSummary } | null>(),
  },
  /** Puts the diagnostics (versions, OS, data folder, store, last log lines, all masked) on the clipboard. */
  'app.copyDiagnostics': { request: none, response: returns<{ text: string }>() },
  /** The start-up page, when the data folder cannot be used: a folder dialog; the folder is checked,
   * kept for the next start and the app restarts. null when cancelled. */
  'app.chooseDataFolder': { request: none, response: returns<{ dataDir: string } | null>() },
  /** Quits and starts again ("Try again" on the start-up page). */
  'app.restart': { request: none, response: returns<null>() },
  /** Opens the folder of this start's log in the OS file manager. */
  'app.openLogFolder': { request: none, response: returns<null>() },
  /** A screen failed to draw (the renderer's error boundary): into the log, redacted like every line. */
  /** The case's complaint draft, in Japanese and the reader's language, with where to send it. */
  'complaint.get': {
    request: z.object({ caseId: id, locale: LocaleSchema }).strict(),
    response: returns<ComplaintView>(),
  },
  /** The app's draft for other choices, nothing saved: the editor shows it while the texts are untouched. */
  'complaint.draft': {
    request: z.object({ caseId: id, locale: LocaleSchema, choices: ComplaintChoicesSchema }).strict(),
    response: returns<ComplaintTexts>(),
  },
  /** Keeps the draft with the case: the choices, and each text where it differs from the app's draft. */
  'complaint.save': {
    request: z
      .object({
        caseId: id,
        locale: LocaleSchema,
        choices: ComplaintChoicesSchema,
        letterJa: z
          .string()
          .max(COMPLAINT_TEXT_MAX, `a letter holds at most ${COMPLAINT_TEXT_MAX} characters`),
        /** Absent for a Japanese reader: the letter is Japanese only. */
        letterOwn: z
          .string()
          .max(COMPLAINT_TEXT_MAX, `a letter holds at most ${COMPLAINT_TEXT_MAX} characters`)
          .optional(),
      })
      .strict(),
    response: returns<ComplaintView>(),
  },
  /** The saved complaint as a PDF with the proof report after it, or as plain text; null when cancelled. */
  'complaint.export': {
    request: z
      .object({
        caseId: id,
        locale: LocaleSchema,
        timeZone,
        format: z.enum(['pdf', 'txt']),
        revealIds: z.boolean().optional(),
      })
      .strict(),
    response: returns<{ path: string | null }>(),
  },
  /** The case's letter of authority (委任状): offered or not by the provider's rule, its fields, what it
   * delegates. */
  'authority.get': { request: z.object({ caseId: id }).strict(), response: returns<AuthorityView>() },
  /** Keeps the filled-in fields with the case; null forgets them. */
  'authority.save': {
    request: z.object({ caseId: id, fields: AuthorityFieldsSchema.nullable() }).strict(),
    response: returns<AuthorityView>(),
  },
  /** The letter as a PDF (with a sheet of notes after it) to a path the person chose; null when cancelled.
   * Refused where the rule offers no letter, or does not accept the relationship named. */
  'authority.export': {
    request: z.object({ caseId: id, locale: LocaleSchema, timeZone, fields: AuthorityFieldsSchema }).strict(),
    response: returns<{ path: string | null }>(),
  },
  'app.logError': {
    request: z.object({ message: z.string().max(2000), stack: z.string().max(16_000).optional() }).strict(),
    response: returns<null>(),
  },
  /** The services catalogue for the picker (issue 20), group by group. */
  'guide.services': { request: none, response: returns<ServiceSummary[]>() },
  /** The services the case uses: catalogued ones by id (unknown ids are refused), the person's own by name
   * (id null for a new one: main gives it an id kept from then on). */
  'cases.setServices': {
    request: z
      .object({
        caseId: id,
        chosen: z.array(z.string().max(64).regex(SERVICE_ID_PATTERN)).max(CHOSEN_MAX),
        custom: z
          .array(
            z
              .object({ id: z.string().regex(CUSTOM_SERVICE_ID_PATTERN).nullable(), name: serviceName })
              .strict(),
          )
          .max(CUSTOM_MAX, `at most ${CUSTOM_MAX} services of your own`),
      })
      .strict(),
    response: returns<CaseView>(),
  },
} satisfies { [C in Channel]: { request: z.ZodType; response: unknown } };

export type Contract = typeof contract;
export type RequestOf<C extends Channel> = z.infer<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = Contract[C]['response'];

export type Handlers = { [C in Channel]: (request: RequestOf<C>) => Promise<ResponseOf<C>> | ResponseOf<C> };

/** `window.sayonara`: one function per channel, grouped by domain (`sayonara.cases.create(...)`). */
export type SayonaraApi = {
  [D in Domain<Channel>]: {
    [A in Action<Channel, D>]: `${D}.${A}` extends infer C extends Channel
      ? (request: RequestOf<C>) => Promise<Result<ResponseOf<C>>>
      : never;
  };
};

/** What the application menu asks of the window; 'open-backup' means a file from the desktop awaits
 * `backup.takeOpened`. */
export const SHELL_COMMANDS = [
  'new-case',
  'export-report',
  'export-backup',
  'restore-backup',
  'open-backup',
  'theme-system',
  'theme-light',
  'theme-dark',
  'shortcuts',
  'about',
] as const;
export type ShellCommand = (typeof SHELL_COMMANDS)[number];

/** Main → renderer events: each one's payload schema (main checks what it sends against it). */
export const events = {
  'shell.command': z.object({ command: z.enum(SHELL_COMMANDS) }).strict(),
} satisfies { [E in EventName]: z.ZodType };
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;

/** `window.sayonara.events`: subscribe to a main → renderer event; returns the unsubscribe function. */
export interface SayonaraEvents {
  on<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void): () => void;
}
