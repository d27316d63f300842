// Zod schemas for the guide content. The content files are plain TypeScript objects that
// `satisfies` the inferred types; the tests and the report script parse them with these schemas.
import { z } from 'zod';
import { LANGUAGE_CODES, type Code } from '../electron/shared/languages';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
/** A page's own date as the fact sheet shows it: a full date, a month, a year or "n.d.". */
const pageDate = z.string().regex(/^(\d{4}(-\d{2}(-\d{2})?)?|n\.d\.)$/);

const nonBlank = z
  .string()
  .trim()
  .min(1)
  // Markers in capitals only: "todo" is Portuguese for "every" ("todo mês").
  .refine((s) => !/\b(TODO|TBD|FIXME|XXX)\b/.test(s) && !/\blorem\b/i.test(s), 'placeholder text');

/** A text in every shipped language (built by `L` in data/text.ts from the English and the catalogs). */
export const LocalizedTextSchema = z.object(
  Object.fromEntries(LANGUAGE_CODES.map((code) => [code, nonBlank])) as Record<Code, typeof nonBlank>,
);
export type LocalizedTextData = z.infer<typeof LocalizedTextSchema>;

export const SourceSchema = z.object({
  url: z.url({ protocol: /^https?$/ }),
  checked: isoDate,
  kind: z.enum(['official', 'aggregator', 'third-party']),
  /** The page's own date, when the fact sheet showed one. */
  pageDate: pageDate.optional(),
});
export type SourceData = z.infer<typeof SourceSchema>;

export const CHANNELS = ['online', 'app', 'shop', 'phone'] as const;
export const ChannelSchema = z.enum(CHANNELS);
export type Channel = z.infer<typeof ChannelSchema>;

export const PROVIDER_KINDS = [
  'carrier',
  'sub-brand',
  'mvno',
  'foreigner-focused',
  'travel-esim',
  'generic',
] as const;
export const ProviderKindSchema = z.enum(PROVIDER_KINDS);

/**
 * The numbers a fact states that a person acts on: a fee (`fee`), a count of days, a deadline or a
 * closing day (`deadline`), a phone number, opening hours or an address (`contact`); `false` where
 * its text holds digits that are none of these (a year a rule began). Derived from the value for
 * fees, support lines, cut-offs and SIM-return addresses (electron/guide/backing.ts); said here for
 * texts. A fact that states one must cite an official page or two owners' pages, or it is shown as
 * resting on one source (data/README.md).
 */
export const NumbersSchema = z.union([z.enum(['fee', 'deadline', 'contact']), z.literal(false)]);
export type Numbers = z.infer<typeof NumbersSchema>;

/**
 * One sourced fact. `found` carries a value; `conflict` (sources disagree) and `not-found` carry
 * none, and the step that cites it tells the person to confirm with the carrier.
 */
const factShape = <T extends z.ZodType>(value: T) => ({
  status: z.enum(['found', 'conflict', 'not-found']),
  value: value.nullable(),
  /** A short remark shown with the value (exceptions, old contracts, …). */
  note: LocalizedTextSchema.optional(),
  sources: z.array(SourceSchema).min(1),
  numbers: NumbersSchema.optional(),
  /** Its sources disagree on a number it shows: the safer one is shown, the note says both, and it
   * does not count as backed unless an official page gives it. */
  disputed: z.literal(true).optional(),
});
const foundHasValue = [
  (f: { status: string; value?: unknown }) => (f.status === 'found') === (f.value != null),
  { message: 'a found fact needs a value; a conflict or not-found fact must hold none' },
] as const;
const fact = <T extends z.ZodType>(value: T) => z.object(factShape(value)).refine(...foundHasValue);

export const PortalSchema = z.object({
  /** The account page's own name, e.g. "My docomo". */
  name: z.string().min(1),
  /** The menu path to the cancellation page, in the labels the portal shows. */
  cancelPath: z.string().min(1).nullable(),
  /** The menu path to the MNP (number transfer) page. */
  mnpPath: z.string().min(1).nullable(),
});

export const CutoffSchema = z.object({
  /** When a request takes effect: the same day, or at the end of a month. */
  effective: z.enum(['same-day', 'month-end', 'chosen-date']).nullable(),
  /** For month-end providers: the last day of the month a request is accepted for that month. */
  deadlineDay: z.number().int().min(1).max(31).nullable(),
  /** Requests after this time (HH:MM, Japan time) count as the next day. */
  afterHoursFrom: z
    .string()
    .regex(/^\d{2}:\d{2}$/)
    .nullable(),
});

export const BillingSchema = z.enum(['full-month', 'pro-rated', 'usage-based', 'prepaid']);

/** When a bill closes: on the 10th, the 20th or the month's last day (SoftBank's three, per customer). */
export const CLOSING_DAYS = ['10', '20', 'month-end'] as const;
export const ClosingDaySchema = z.enum(CLOSING_DAYS);
export type ClosingDay = z.infer<typeof ClosingDaySchema>;

/** How a contract can be undone in its first days: 初期契約解除 (any reason, within 8 days of receiving
 * the contract document), or 確認措置 (docomo, KDDI, SoftBank: only for poor coverage or a poor
 * explanation). */
export const EarlyCancelSchema = z.enum(['initial-cancellation', 'confirmation-measure']);

export const FeeSchema = z.object({
  label: LocalizedTextSchema,
  /** Yen, tax included; null when no source shows the amount. */
  amountYen: z.number().int().min(0).nullable(),
  /** The date (or month) the fee applies from, when the source gives it. */
  from: z
    .string()
    .regex(/^\d{4}-\d{2}(-\d{2})?$/)
    .nullable(),
});

export const SimReturnSchema = z.object({
  /** `either`: mail it back or cut and dispose of it, as the person prefers. */
  rule: z.enum(['mail-back', 'self-dispose', 'either', 'nothing-to-return']),
  /** Postal address exactly as the source gives it. */
  address: z.string().min(1).nullable(),
  deadline: LocalizedTextSchema.nullable(),
  penalty: LocalizedTextSchema.nullable(),
  tracked: z.boolean(),
});

export const SupportLineSchema = z.object({
  label: LocalizedTextSchema,
  number: z.string().regex(/^[0-9+][0-9-]{1,15}$/),
  hours: z.string().nullable(),
});

/**
 * The ways a purpose (cancel, MNP) can be done. `value` is what the sources allow, when they agree.
 * Apart from it: `named`, the channels at least one source offers when they disagree or say too
 * little, and `excluded`, the channels the sources rule out and none allows. The engine never
 * builds a step for an excluded channel, nor picks among `named` ones.
 */
const channelFact = () =>
  z
    .object({
      ...factShape(z.array(ChannelSchema).min(1)),
      named: z.array(ChannelSchema).optional(),
      excluded: z.array(ChannelSchema).optional(),
    })
    .refine(...foundHasValue)
    .refine(
      (f) => !(f.value ?? f.named ?? []).some((c) => f.excluded?.includes(c)),
      'a channel cannot be both allowed and excluded',
    );

/** Billing in the last month; `proRatedPortsTo`: the providers a port to is billed by the day instead
 * (au's page: moves between au, UQ mobile and povo). */
const billingFact = () =>
  z
    .object({ ...factShape(BillingSchema), proRatedPortsTo: z.array(z.string()).min(1).optional() })
    .refine(...foundHasValue);

/** Who may act for the holder (代理人), as the sources name them. */
export const PROXY_WHO = ['family', 'care-facility-staff', 'guardian'] as const;
/** What a proxy brings: the letter (委任状), the holder's ID (or a copy where that is accepted), their own ID,
 * ID the source names without saying whose, proof of the relationship, the phone. */
export const PROXY_ITEMS = [
  'proxy-letter',
  'holder-id',
  'holder-id-or-copy',
  'proxy-id',
  'id-unspecified',
  'relationship-proof',
  'phone',
] as const;

/** Whether someone else may cancel for the holder at a shop, who, and with what. */
export const ProxySchema = z
  .object({
    /** false: the sources refuse a proxy for a cancellation. */
    allowed: z.boolean(),
    who: z.array(z.enum(PROXY_WHO)),
    brings: z.array(z.enum(PROXY_ITEMS)),
    /** The holder fills in every field of the letter of authority (委任状) themselves. */
    holderWritesLetter: z.boolean(),
    /** The provider's own letter form is required (true), not required (false), or not stated (null):
     * where it is required, the app points to the provider's page instead of making a look-alike. */
    ownForm: z.boolean().nullable(),
    /** The provider's page with its rules or its form, when a source gives one. */
    formUrl: z.url({ protocol: /^https?$/ }).nullable(),
  })
  .refine((p) => !p.allowed || p.who.length > 0, 'an allowed proxy names who may act');
export type ProxyData = z.infer<typeof ProxySchema>;

/** What the online way needs that may no longer work from abroad: an SMS code to the Japanese number,
 * a login to the member page, e-mail at the carrier's own domain. */
export const ABROAD_NEEDS = ['sms-code', 'carrier-login', 'carrier-email'] as const;
export const AbroadSchema = z.object({
  needs: z.array(z.enum(ABROAD_NEEDS)),
  /** What to do instead, where the sources say; null where they do not. */
  instead: LocalizedTextSchema.nullable(),
});

/** What keeping the number while away needs: a card that keeps working, roaming on to receive SMS. */
export const HOLD_NEEDS = ['payment-card', 'roaming-sms'] as const;
/**
 * Keeping the line and its number while away, instead of cancelling: a paid suspension the provider
 * offers (docomo's 電話番号保管, au's 一時休止, Mobal's Vacation Plan), a line kept alive by buying a
 * paid top-up often enough (povo), or none (the sources say there is no pause).
 */
export const HoldSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('suspension'),
    /** Its name at the provider, as the sources write it; null where they give none. */
    name: z.string().min(1).nullable(),
    /** Where to apply. */
    channels: z.array(ChannelSchema).min(1),
    /** Only the holder, in person: no proxy, and not from abroad. */
    inPerson: z.boolean(),
    /** Its fees, tax included, where the sources give them. */
    fees: z.array(FeeSchema),
    /** The longest it lasts, in months, counted from the start; null where not found. */
    maxMonths: z.number().int().positive().nullable(),
    needs: z.array(z.enum(HOLD_NEEDS)),
  }),
  z.object({
    kind: z.literal('top-up'),
    /** Where the top-up is bought. */
    channels: z.array(ChannelSchema).min(1),
    /** A paid top-up is needed within this many days after the last one expires, or the line is suspended… */
    everyDays: z.number().int().positive(),
    /** …and the contract ends this many days after the suspension. */
    endsAfterDays: z.number().int().positive(),
    needs: z.array(z.enum(HOLD_NEEDS)),
  }),
  z.object({ kind: z.literal('not-offered') }),
]);
export type HoldData = z.infer<typeof HoldSchema>;

export const ProviderFactsSchema = z.object({
  portal: fact(PortalSchema).optional(),
  cancelChannels: channelFact().optional(),
  mnpChannels: channelFact().optional(),
  cutoff: fact(CutoffSchema).optional(),
  billing: billingFact().optional(),
  /** The days a bill may close on; more than one: it depends on the customer, who is asked. */
  billClosing: fact(z.array(ClosingDaySchema).min(1)).optional(),
  /** 初期契約解除 or 確認措置 in the first 8 days. */
  earlyCancel: fact(EarlyCancelSchema).optional(),
  /** As the new carrier: the days an MNP reservation number must have left for an online sign-up. */
  mnpMinDaysLeft: fact(z.number().int().min(1).max(15)).optional(),
  fees: fact(z.array(FeeSchema).min(1)).optional(),
  simReturn: fact(SimReturnSchema).optional(),
  mnpOneStop: fact(z.boolean()).optional(),
  support: fact(z.array(SupportLineSchema).min(1)).optional(),
  /** What to bring to a shop, who may go for you, language help. */
  shop: fact(LocalizedTextSchema).optional(),
  /** What changes once the line has ended (mail, points, accounts, charges). */
  afterCancel: fact(LocalizedTextSchema).optional(),
  /** Whether, who and with what someone may cancel for the holder at a shop. */
  proxy: fact(ProxySchema).optional(),
  /** What the online way needs from abroad, and what to do instead. */
  abroad: fact(AbroadSchema).optional(),
  /** Lines the sources give for calls from abroad, each labelled with what it is for. */
  supportAbroad: fact(z.array(SupportLineSchema).min(1)).optional(),
  /** Keeping the line and its number while away. */
  hold: fact(HoldSchema).optional(),
});
export type ProviderFacts = z.infer<typeof ProviderFactsSchema>;
export type FactKey = keyof ProviderFacts;
export const FACT_KEYS = Object.keys(ProviderFactsSchema.shape) as FactKey[];

export const ProviderSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: LocalizedTextSchema,
  kind: ProviderKindSchema,
  network: z.string().min(1).nullable(),
  officialUrl: z.url({ protocol: /^https$/ }).nullable(),
  facts: ProviderFactsSchema,
});
export type ProviderData = z.infer<typeof ProviderSchema>;

/** A fact that does not belong to one provider (law, MNP, eSIM menus, residence card, 188). */
export const GlobalFactSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  label: LocalizedTextSchema,
  value: LocalizedTextSchema,
  sources: z.array(SourceSchema).min(1),
  /** The numbers its text states that a person acts on (see NumbersSchema); absent: none. */
  numbers: NumbersSchema.optional(),
  /** Only for eSIM cases (what deleting an eSIM does): left out of a physical-SIM checklist. */
  esimOnly: z.literal(true).optional(),
  /** Only for these holders (the tourists' hotline is for visitors); absent: everyone. */
  holderType: z
    .array(z.enum(['foreign-resident', 'japanese-national', 'visitor']))
    .min(1)
    .optional(),
});
export type GlobalFactData = z.infer<typeof GlobalFactSchema>;

/**
 * Where a written complaint can go (issue 19, data/complaints.ts): per provider id, the written routes
 * a page names for it (facts of their own, sourced like any); the public bodies by global fact id, with
 * whether they serve someone who has left Japan (`anywhere`) or only someone still there (`in-japan`).
 */
export const ComplaintRoutesSchema = z.object({
  providers: z.record(z.string(), z.array(GlobalFactSchema).min(1)),
  /** For a provider with no entry: no page we read names a written route ({provider} filled in). */
  noneFound: LocalizedTextSchema,
  publicBodies: z
    .array(z.object({ facts: z.array(z.string()).min(1), reach: z.enum(['anywhere', 'in-japan']) }))
    .min(1),
});
export type ComplaintRoutesData = z.infer<typeof ComplaintRoutesSchema>;

const ProfileEnums = {
  cardKind: z.enum(['physical', 'esim']),
  contractKind: z.enum(['postpaid', 'prepaid', 'rental', 'travel-esim']),
  numberPlan: z.enum(['keep', 'end', 'hold']),
  channel: z.enum(['online', 'app', 'shop', 'phone', 'no-shop', 'proxy', 'unsure']),
  phone: z.enum(['keep', 'return']),
  instalments: z.enum(['yes', 'no', 'unsure']),
  holderType: z.enum(['foreign-resident', 'japanese-national', 'visitor']),
};

/**
 * Declarative applicability, evaluated by the engine. Every listed condition must hold; an absent
 * condition means "any". `rule` names a condition on the provider's facts.
 */
export const AppliesToSchema = z.object({
  cardKind: z.array(ProfileEnums.cardKind).min(1).optional(),
  contractKind: z.array(ProfileEnums.contractKind).min(1).optional(),
  numberPlan: z.array(ProfileEnums.numberPlan).min(1).optional(),
  phone: z.array(ProfileEnums.phone).min(1).optional(),
  instalments: z.array(ProfileEnums.instalments).min(1).optional(),
  /** Who holds the line; a profile without the answer counts as a foreign resident. */
  holderType: z.array(ProfileEnums.holderType).min(1).optional(),
  leaving: z.boolean().optional(),
  /** The person has already left Japan. */
  abroad: z.boolean().optional(),
  /** A shop is out of reach: abroad, or in Japan with no way to get to one (and nobody sent). */
  noShop: z.boolean().optional(),
  /** Someone goes to the shop for the person, where the sources allow a proxy. */
  proxy: z.boolean().optional(),
  providerKind: z.array(ProviderKindSchema).min(1).optional(),
  notProviderKind: z.array(ProviderKindSchema).min(1).optional(),
  rule: z
    .enum([
      'sim-mail-back',
      'sim-self-dispose',
      'sim-rule-unknown',
      'mnp-one-stop',
      'mnp-two-stop',
      'preferred-channel-unavailable',
      'channels-unknown',
      'proxy-offer',
      'proxy-unavailable',
      'hold-suspension',
      'hold-top-up',
      'hold-unavailable',
    ])
    .optional(),
});
export type AppliesTo = z.infer<typeof AppliesToSchema>;

export const PHASE_IDS = ['prepare', 'cancel', 'device', 'after'] as const;

export const StepSchema = z.object({
  /** Stable forever: ticks are stored under it. Never reuse an id for a different step. */
  id: z.string().regex(/^(prepare|cancel|device|after)\.[a-z0-9-]+$/),
  phase: z.enum(PHASE_IDS),
  title: LocalizedTextSchema,
  why: LocalizedTextSchema,
  how: LocalizedTextSchema,
  appliesTo: AppliesToSchema,
  /**
   * For cancel steps done through one channel: the engine keeps the step only when the provider
   * accepts that channel for this purpose and it is the one chosen for the person.
   */
  via: z.object({ channel: ChannelSchema, purpose: z.enum(['cancel', 'mnp']) }).optional(),
  /**
   * Set on the steps that end or port the line itself: `cancel` (a plain cancellation),
   * `mnp-number` (the reservation number), `one-stop` (MNP One-Stop at the new carrier), `hold` (the
   * line kept while away instead). A checklist holds exactly one such step that is not a fallback.
   */
  route: z.enum(['cancel', 'mnp-number', 'one-stop', 'hold']).optional(),
  documentIds: z.array(z.string()),
  phraseIds: z.array(z.string()),
  /**
   * Provider fact keys this step relies on. `channels` stands for the channels of the person's
   * purpose: cancelChannels when ending the number, mnpChannels when porting it.
   */
  cites: z.array(z.enum([...(Object.keys(ProviderFactsSchema.shape) as FactKey[]), 'channels'])),
  /** Global fact ids this step relies on. */
  citesGlobal: z.array(z.string()),
  producesProof: z.boolean(),
});
export type StepData = z.infer<typeof StepSchema>;

export const DocumentSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: LocalizedTextSchema,
  why: LocalizedTextSchema,
  appliesTo: AppliesToSchema,
  /** A secret (a PIN, a login): the app keeps no file for it, the user's password manager does. */
  secret: z.literal(true).optional(),
});
export type DocumentData = z.infer<typeof DocumentSchema>;

/** The record fields a question asked at the counter fills: the proof tab's "questions to ask" card,
 * in this order. */
export const ASK_RECORD_FIELDS = ['referenceNumber', 'effectiveDate', 'finalBillYen', 'staffName'] as const;
export type AskRecordField = (typeof ASK_RECORD_FIELDS)[number];

export const PhraseSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  ja: z.string().min(1),
  kana: z.string().regex(/^[\p{Script=Hiragana}\p{Script=Katakana}ー、。？！・\s]+$/u, 'kana only'),
  meaning: LocalizedTextSchema,
  context: LocalizedTextSchema,
  /** Who the phrase helps; absent means everyone (asking for an interpreter helps no Japanese national). */
  holderType: z.array(ProfileEnums.holderType).min(1).optional(),
  /** Set on the question whose answer fills this record field: the proof tab asks it, and saves the
   * answer there. At most one phrase per field. */
  recordField: z.enum(ASK_RECORD_FIELDS).optional(),
});
export type PhraseData = z.infer<typeof PhraseSchema>;

export const ContentSchema = z
  .object({
    version: z.string().regex(/^\d{4}-\d{2}-\d{2}\.\d+$/),
    providers: z.array(ProviderSchema).min(1),
    globalFacts: z.array(GlobalFactSchema),
    steps: z.array(StepSchema).min(1),
    documents: z.array(DocumentSchema).min(1),
    phrases: z.array(PhraseSchema).min(1),
  })
  .superRefine((content, ctx) => {
    const unique = (what: string, ids: string[]) => {
      const seen = new Set<string>();
      for (const id of ids) {
        if (seen.has(id)) ctx.addIssue({ code: 'custom', message: `duplicate ${what} id ${id}` });
        seen.add(id);
      }
      return seen;
    };
    unique(
      'provider',
      content.providers.map((p) => p.id),
    );
    const facts = unique(
      'global fact',
      content.globalFacts.map((f) => f.id),
    );
    unique(
      'step',
      content.steps.map((s) => s.id),
    );
    const documents = unique(
      'document',
      content.documents.map((d) => d.id),
    );
    const phrases = unique(
      'phrase',
      content.phrases.map((p) => p.id),
    );
    unique(
      'phrase recordField',
      content.phrases.flatMap((p) => (p.recordField ? [p.recordField] : [])),
    );
    for (const step of content.steps) {
      if (!step.id.startsWith(`${step.phase}.`))
        ctx.addIssue({ code: 'custom', message: `${step.id}: id must start with its phase` });
      for (const id of step.documentIds)
        if (!documents.has(id))
          ctx.addIssue({ code: 'custom', message: `${step.id}: unknown document ${id}` });
      for (const id of step.phraseIds)
        if (!phrases.has(id)) ctx.addIssue({ code: 'custom', message: `${step.id}: unknown phrase ${id}` });
      for (const id of step.citesGlobal)
        if (!facts.has(id))
          ctx.addIssue({ code: 'custom', message: `${step.id}: unknown global fact ${id}` });
    }
  });
export type ContentData = z.infer<typeof ContentSchema>;
