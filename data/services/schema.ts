// Zod shapes of the services catalogue (issue 20): the services that text, call or otherwise tie
// themselves to the Japanese number, each with its sourced facts. Shown as the carriers' facts are:
// every statement with its sources and the day each was read; a number a person acts on is backed by
// the service's own page (or a government's) or two owners' pages, else shown as resting on one source.
import { z } from 'zod';
import { LocalizedTextSchema, NumbersSchema, SourceSchema } from '../schema';

/** The picker's groups, in the order it shows them. */
export const SERVICE_GROUPS = [
  'messaging',
  'payments',
  'banks',
  'shopping',
  'accounts',
  'investing',
  'government',
  'travel',
] as const;
export type ServiceGroup = (typeof SERVICE_GROUPS)[number];

/**
 * What a fact is about: what depends on the number; what to do before it goes; what to do once it is
 * gone; whether a non-Japanese number works; what residents who leave Japan must do; what changes
 * after the line ends.
 */
export const SERVICE_TOPICS = ['depends', 'before', 'gone', 'foreign', 'leaving', 'after'] as const;
export type ServiceTopic = (typeof SERVICE_TOPICS)[number];

/** How a service ties itself to the number, as its `depends` facts say (the step's "why"): a code by
 * SMS to sign in or confirm it is you; a code by SMS for changes or a second step; a call to the number;
 * the number used to set up a one-time password; the account bound to the number; or none stated. */
export const DEPENDENCY_KINDS = [
  'sms-login',
  'sms-2fa',
  'call-back',
  'otp-setup',
  'account-recovery',
  'none',
] as const;
export type DependencyKind = (typeof DEPENDENCY_KINDS)[number];

/** A source of a service fact: a page read as a stored copy. `archiveOf`: the page an archive's copy is
 * of (megalodon.jp holds copies of pages that have since moved), whose owner it speaks for. */
export const ServiceSourceSchema = SourceSchema.extend({
  archiveOf: z.url({ protocol: /^https?$/ }).optional(),
});
export type ServiceSourceData = z.infer<typeof ServiceSourceSchema>;

export const ServiceFactSchema = z
  .object({
    /** Unique within its service; the screen keys the fact by service and id. */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    topic: z.enum(SERVICE_TOPICS),
    text: LocalizedTextSchema,
    /** Where in the service, in the labels it shows (Japanese menus kept as they are). */
    where: z.string().trim().min(1).optional(),
    /** For `depends` facts: how the service ties itself to the number. */
    kind: z.enum(DEPENDENCY_KINDS).optional(),
    sources: z.array(ServiceSourceSchema).min(1),
    /** A number a person acts on (data/schema.ts NumbersSchema); absent: none. */
    numbers: NumbersSchema.optional(),
    /** Its sources disagree on a number it shows: it counts as resting on one source. */
    disputed: z.literal(true).optional(),
    /** What it says must be done at a branch or counter (whose opening days no source gives). */
    atBranch: z.literal(true).optional(),
    /** The fact the step's date rests on, for a service dated before the cancellation or the departure
     * (`beforeCancel`, `closeBeforeLeaving`): the plan shows its sources beside that date. */
    datesStep: z.literal(true).optional(),
  })
  .refine((f) => (f.topic === 'depends') === (f.kind !== undefined), {
    message: 'a depends fact names its kind, and only a depends fact does',
  });
export type ServiceFactData = z.infer<typeof ServiceFactSchema>;

export const ServiceSchema = z
  .object({
    /** Stable forever: the service's steps (prepare.service-<id>, after.service-<id>) and the cases'
     * choices are stored under it. */
    id: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      .refine((id) => !id.startsWith('custom-'), 'custom- is kept for services people name themselves'),
    /** Its name in each language (the Japanese as Japan writes it). */
    name: LocalizedTextSchema,
    /** The name as the service writes it in Japan: searched, and shown beside a translated name. */
    nameJa: z.string().trim().min(1),
    /** Other names people search by (a nickname, a romanisation). */
    aliases: z.array(z.string().trim().min(1)).optional(),
    group: z.enum(SERVICE_GROUPS),
    /** The service's own domains: a source there (or a government page) is official. */
    domains: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]+$/)).min(1),
    /** The service asks for its step before the phone contract is cancelled (Mobile Suica's withdrawal,
     * dアカウント's contact e-mail): the plan dates it by the day the cancellation goes in. */
    beforeCancel: z.literal(true).optional(),
    /** Its own page says foreign residents who leave Japan for good must close the account before they
     * leave: for them the step is to close it, dated before they go. */
    closeBeforeLeaving: z.literal(true).optional(),
    facts: z.array(ServiceFactSchema).min(1),
  })
  .superRefine((service, ctx) => {
    if (!service.facts.some((f) => f.topic === 'before'))
      ctx.addIssue({ code: 'custom', message: `${service.id}: no sourced action before the number goes` });
    const dated = service.beforeCancel === true || service.closeBeforeLeaving === true;
    if (dated !== service.facts.some((f) => f.datesStep))
      ctx.addIssue({
        code: 'custom',
        message: `${service.id}: a service dated before the cancellation or the departure names the fact it rests on, and only such a service does`,
      });
    const ids = new Set<string>();
    for (const f of service.facts) {
      if (ids.has(f.id)) ctx.addIssue({ code: 'custom', message: `${service.id}: duplicate fact ${f.id}` });
      ids.add(f.id);
    }
  });
export type ServiceData = z.infer<typeof ServiceSchema>;
export type ServiceInput = z.input<typeof ServiceSchema>;

export const CatalogueSchema = z.array(ServiceSchema).superRefine((services, ctx) => {
  const seen = new Set<string>();
  for (const s of services) {
    if (seen.has(s.id)) ctx.addIssue({ code: 'custom', message: `duplicate service id ${s.id}` });
    seen.add(s.id);
  }
});
