// The shape of the store file, validated after every read and every migration.
import { z } from 'zod';
import { LANGUAGE_CODES, type Code } from '../shared/languages';
import { LocaleSchema, PaymentSchema, ProfileSchema } from '../guide/types';
import { ServicesChoiceSchema } from '../guide/service-choice';

export const CURRENT_SCHEMA_VERSION = 6;

const isoDateTime = z.string().min(10).max(40);
/** v4: a text in every shipped language (v3 held zh-CN, en and ja only; v4 and v5 six, v6 nine). */
const localized = z.object(
  Object.fromEntries(LANGUAGE_CODES.map((code) => [code, z.string()])) as Record<Code, z.ZodString>,
);

export const StepProgressSchema = z.object({
  done: z.boolean(),
  note: z.string().max(10_000),
  history: z.array(z.object({ done: z.boolean(), at: isoDateTime })),
  titleSnapshot: localized,
});

/** v3: who holds the contract, for the report's cover. Each field is '' when not given. */
export const HolderSchema = z.object({
  name: z.string().max(120),
  /** 在留カード番号 (2 letters, 8 digits, 2 letters), kept loosely: letters, digits and spaces. */
  residenceCard: z.string().max(20),
  passport: z.string().max(20),
});
export type Holder = z.infer<typeof HolderSchema>;
export const emptyHolder = (): Holder => ({ name: '', residenceCard: '', passport: '' });

/** What a complaint is about (issue 19): the person picks one. */
export const COMPLAINT_PROBLEMS = [
  'charged-after-cancellation',
  'refund-not-paid',
  'cancellation-not-done',
] as const;
/** The longest draft a letter holds, in characters. */
export const COMPLAINT_TEXT_MAX = 20_000;

/** What the complaint letter is drafted from: the person's picks, none of them their wording. */
export const ComplaintChoicesSchema = z
  .object({
    problem: z.enum(COMPLAINT_PROBLEMS),
    /** The amount charged wrongly or owed back, in yen; null when not given. */
    amountYen: z.number().int().min(0).max(100_000_000).nullable(),
    /** YYYY-MM-DD (Japan's calendar) the disputed charge was made, or ''. */
    chargedOn: z.union([z.literal(''), z.iso.date()]),
    asks: z.object({ stopBilling: z.boolean(), refund: z.boolean(), confirmation: z.boolean() }).strict(),
    /** Where the carrier should reply (an e-mail address, usually), as typed; '' when not given. */
    replyTo: z.string().max(200),
  })
  .strict();
export type ComplaintChoices = z.infer<typeof ComplaintChoicesSchema>;

/** v5: a case's complaint draft, kept once the person saves it. The texts are null while the app's
 * draft (built from the choices and the records) stands; their own wording once they edit it. */
export const ComplaintSchema = z.object({
  choices: ComplaintChoicesSchema,
  /** The letter's Japanese, as the person edited it (several lines: shared/plain-text.ts allows them). */
  letterJa: z.string().max(COMPLAINT_TEXT_MAX).nullable(),
  /** The letter in the person's language, as they edited it, printed beside the Japanese. */
  letterOwn: z.string().max(COMPLAINT_TEXT_MAX).nullable(),
  /** The language `letterOwn` is written in; null with it. */
  ownLocale: LocaleSchema.nullable(),
  updatedAt: isoDateTime,
});
export type ComplaintData = z.infer<typeof ComplaintSchema>;

/** Who the person who goes is to the holder, as a letter of authority (委任状) says it: each stands for one of
 * the rule's kinds of proxy (guide/types ProxyWho), and `other` (a friend, a colleague) for none of them. */
export const AUTHORITY_RELATIONS = [
  'spouse',
  'mother',
  'father',
  'child',
  'sibling',
  'grandparent',
  'grandchild',
  'other-relative',
  'care-facility-staff',
  'guardian',
  'other',
] as const;
export type AuthorityRelation = (typeof AUTHORITY_RELATIONS)[number];

/** The longest name and address a letter of authority prints. */
export const AUTHORITY_NAME_MAX = 120;
export const AUTHORITY_ADDRESS_MAX = 200;
const oneLineText = (max: number, what: string) =>
  z.string().trim().max(max, `${what} is over ${max} characters`);
/** A day (YYYY-MM-DD) from 1900 on, or '' for a field left blank to fill in by hand. */
const dayOrBlank = z.union([
  z.literal(''),
  z.iso.date().refine((day) => day >= '1900-01-01', 'a date before 1900'),
]);

/** What the person filled in for a letter of authority (issue 18). Every text may be '' (printed blank, to
 * write by hand); one line each (shared/plain-text.ts). */
export const AuthorityFieldsSchema = z
  .object({
    holderName: oneLineText(AUTHORITY_NAME_MAX, 'the holder name'),
    holderAddress: oneLineText(AUTHORITY_ADDRESS_MAX, 'the holder address'),
    holderBirthDate: dayOrBlank,
    agentName: oneLineText(AUTHORITY_NAME_MAX, 'the agent name'),
    /** '' while not chosen: printed blank. */
    agentRelation: z.union([z.literal(''), z.enum(AUTHORITY_RELATIONS)]),
    agentAddress: oneLineText(AUTHORITY_ADDRESS_MAX, 'the agent address'),
    /** The letter's date. */
    date: dayOrBlank,
    /** A box for the seal (印) beside the signature. */
    seal: z.boolean(),
  })
  .strict();
export type AuthorityFields = z.infer<typeof AuthorityFieldsSchema>;

/** v5: the filled-in letter of authority, kept with the case only when the person asks. */
export const AuthoritySchema = z.object({ fields: AuthorityFieldsSchema, updatedAt: isoDateTime }).strict();
export type AuthorityData = z.infer<typeof AuthoritySchema>;

export const CaseSchema = z.object({
  id: z.string().min(1).max(64),
  name: z.string().min(1).max(120),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  archived: z.boolean(),
  profile: ProfileSchema,
  /** Personal number of the line, kept in the data folder only and masked on screen. */
  phoneNumber: z.string().max(32),
  /** The contract holder's name and personal numbers: data folder only, masked on screen. */
  holder: HolderSchema,
  steps: z.record(z.string(), StepProgressSchema),
  documents: z.record(z.string(), z.object({ done: z.boolean(), at: isoDateTime })),
  /** v5 (issue 20): the services that text the number, each a step of its own. */
  services: ServicesChoiceSchema,
  /** v5: how the bills are paid, and when that method ends (issue 19); null until the person says. */
  payment: PaymentSchema.nullable(),
  /** v5: the complaint drafted from the case's records, once saved (issue 19). */
  complaint: ComplaintSchema.optional(),
  /** v5: a letter of authority's fields, kept at the person's choice (issue 18): optional, nothing to migrate. */
  authority: AuthoritySchema.optional(),
});
export type CaseData = z.infer<typeof CaseSchema>;

export const WindowStateSchema = z.object({
  x: z.number().int().min(-100_000).max(100_000),
  y: z.number().int().min(-100_000).max(100_000),
  width: z.number().int().min(100).max(100_000),
  height: z.number().int().min(100).max(100_000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowStateSchema>;

export const SettingsSchema = z.object({
  /** null until the user picks one: the OS locale is followed until then. */
  locale: LocaleSchema.nullable(),
  theme: z.enum(['system', 'light', 'dark']),
  /** Where the user was, so a relaunch brings them back. */
  lastCaseId: z.string().max(64).nullable(),
  /** Desktop reminders when a planned step is due; absent means on. */
  notifications: z.boolean().optional(),
  /** The window's last size and place (the shell writes it; absent until the window first closes). A bad
   * value is dropped, never a reason to set the whole store aside. */
  windowState: WindowStateSchema.optional().catch(undefined),
});

// v2: proof records (each a SHA-256-chained list of revisions) and content-addressed attachments.
export const RECORD_KINDS = [
  'cancellation-request',
  'mnp-issued',
  'shop-visit',
  'phone-call',
  'online-cancellation',
  'sim-returned',
  'esim-deleted',
  /** Before v5: a final bill paid, with no month or amount of its own (read as a last bill, paid). */
  'final-bill-paid',
  /** v5: a bill that came after the line ended, paid or not (`bill` holds it). */
  'bill',
  'other',
] as const;
/** The record of an MNP予約番号 being issued. Its `referenceNumber` holds that number and its
 * `effectiveDate` the number's expiry (有効期限), not a 解約日: getting the number ends nothing, the old
 * line ends when the new carrier completes the switch. The two fields are reused rather than new ones
 * added so that records and backups saved before keep their meaning, their strict shape and their
 * revision hashes (the form always showed those two fields for this kind); every reader names them by
 * the kind (the form, the proof report, the letter) and the cancellation's readers skip the date
 * (givesCancellationDay in electron/proof/cancellation-records.ts). */
export const isMnpNumber = (kind: (typeof RECORD_KINDS)[number]) => kind === 'mnp-issued';
export const SHA256_PATTERN = /^[0-9a-f]{64}$/;
const sha256 = z.string().regex(SHA256_PATTERN);
const text = (max: number) => z.string().max(max);
const yen = z.number().int().min(0).max(100_000_000).nullable();

/** v5: a bill as recorded (issue 19). Marking it paid later is an edit: a new revision of the record. */
export const BillSchema = z
  .object({
    /** YYYY-MM: the month it was billed for (the bills list's month). */
    month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
    amountYen: yen,
    paid: z.boolean(),
    /** YYYY-MM-DD, or '' while not paid or not known. */
    paidOn: z.union([z.literal(''), z.iso.date()]),
    /** The statement or the carrier says it is the last one. */
    final: z.boolean(),
  })
  .strict();
export type BillData = z.infer<typeof BillSchema>;

/** What the user entered for one record; every revision keeps a full copy of it. */
export const RecordContentSchema = z
  .object({
    kind: z.enum(RECORD_KINDS),
    /** Local date-time with its offset, e.g. 2026-11-25T14:30:00+09:00. */
    occurredAt: z.iso.datetime({ offset: true, local: false }),
    /** IANA zone the user was in, e.g. Asia/Tokyo: the offset alone does not name it. */
    timeZone: text(64).min(1),
    shopBranch: text(200),
    phoneDialled: text(40),
    portal: text(200),
    referenceNumber: text(100),
    /** YYYY-MM-DD or empty. */
    effectiveDate: z.union([z.literal(''), z.iso.date()]),
    staffName: text(100),
    finalBillYen: yen,
    feesYen: yen,
    note: text(10_000),
    /** The checklist step (producesProof) this record is proof for, if any. */
    stepId: z.string().min(1).max(64).nullable(),
    attachmentIds: z.array(sha256).max(50),
    /** v5, on a 'bill' record only (absent elsewhere, and in every revision saved before v5). */
    bill: BillSchema.optional(),
  })
  .strict()
  .refine((c) => (c.kind === 'bill') === (c.bill !== undefined), {
    message: 'a bill record holds a bill, and only a bill record does',
    path: ['bill'],
  });
export type RecordContent = z.infer<typeof RecordContentSchema>;

export const RevisionSchema = z.object({
  content: RecordContentSchema,
  savedAt: isoDateTime,
  /** The previous revision's hash; 64 zeros for the first. */
  prevHash: sha256,
  /** SHA-256 of the canonical JSON of { content, savedAt, prevHash }. */
  hash: sha256,
});
export type Revision = z.infer<typeof RevisionSchema>;

export const ProofRecordSchema = z.object({
  id: z.string().min(1).max(64),
  caseId: z.string().min(1).max(64),
  revisions: z.array(RevisionSchema).min(1),
});
export type ProofRecord = z.infer<typeof ProofRecordSchema>;

export const AttachmentSchema = z.object({
  /** The SHA-256 of the bytes; the file is attachments/<id>.<ext>. */
  id: sha256,
  ext: z.string().regex(/^[a-z0-9]{1,8}$/),
  mime: z.string().max(100),
  size: z.number().int().positive(),
  /** The name it had when imported, for display only. */
  name: z.string().min(1).max(255),
  importedAt: isoDateTime,
});
export type AttachmentData = z.infer<typeof AttachmentSchema>;

export const DocumentAttachmentSchema = z.object({
  caseId: z.string().min(1).max(64),
  documentId: z.string().min(1).max(64),
  attachmentId: sha256,
  addedAt: isoDateTime,
});

export const StoreDataSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  settings: SettingsSchema,
  cases: z.array(CaseSchema),
  records: z.array(ProofRecordSchema),
  attachments: z.array(AttachmentSchema),
  documentAttachments: z.array(DocumentAttachmentSchema),
});
export type StoreData = z.infer<typeof StoreDataSchema>;

export function emptyStore(): StoreData {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    settings: { locale: null, theme: 'system', lastCaseId: null },
    cases: [],
    records: [],
    attachments: [],
    documentAttachments: [],
  };
}
