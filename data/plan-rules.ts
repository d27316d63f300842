// The rules that turn a leaving date into dated steps. Data beside the facts: each rule names the
// steps it dates and the facts it rests on (global fact ids, provider fact keys), so every date the
// plan shows can say which rule made it and link to those facts' sources. The date arithmetic itself
// lives in electron/guide/plan.ts. Advice texts hold {placeholders} the plan fills with dates.
import { z } from 'zod';
import { FACT_KEYS, LocalizedTextSchema, type FactKey } from './schema';
import { L } from './text';

export const PLAN_RULE_KINDS = [
  /** The line ends before the leaving day: latest = the day before leaving (at the cut-off time). */
  'cancel-by-departure',
  /** The MNP reservation number: valid 15 days counting the issue day, so not earlier than leaving − 15. */
  'mnp-reservation',
  /** What must happen while the line still works: by the day the line ends, before ending it. */
  'before-cancel',
  /** What follows the cancellation (eSIM, SIM card): from the day the line ends until leaving. */
  'after-cancel',
  /** The residence card is handed back at the airport on the leaving day. */
  'at-departure',
  /** The final bill arrives 1–2 months later: keep the payment method until the end of the second month. */
  'final-bill',
] as const;

export const PlanRuleSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  kind: z.enum(PLAN_RULE_KINDS),
  /** The checklist steps this rule dates; a step is dated by at most one rule. */
  steps: z.array(z.string().regex(/^(prepare|cancel|device|after)\.[a-z0-9-]+$/)).min(1),
  /** What the date means, shown beside it ("Before you leave"). */
  label: LocalizedTextSchema,
  citesGlobal: z.array(z.string()),
  citesProvider: z.array(z.enum(FACT_KEYS as [FactKey, ...FactKey[]])),
});
export type PlanRuleData = z.infer<typeof PlanRuleSchema>;

export const planRules = [
  {
    id: 'cancel-before-leaving',
    kind: 'cancel-by-departure',
    steps: [
      'cancel.online',
      'cancel.app',
      'cancel.shop',
      'cancel.phone',
      // Where the sources leave the way open, the step that says to confirm it is the cancellation step.
      'cancel.confirm-channel',
      'cancel.mnp-one-stop',
      'cancel.keep-confirmation',
    ],
    label: L('Cancel before you leave'),
    citesGlobal: ['cancel-before-departure'],
    citesProvider: ['billing', 'cutoff'],
  },
  {
    id: 'mnp-number-window',
    kind: 'mnp-reservation',
    steps: [
      'cancel.mnp-online',
      'cancel.mnp-app',
      'cancel.mnp-shop',
      'cancel.mnp-phone',
      'cancel.mnp-confirm-channel',
    ],
    label: L('The MNP number’s 15 days'),
    citesGlobal: ['mnp-number-validity', 'mnp-ends-old-line', 'cancel-before-departure'],
    citesProvider: ['billing', 'cutoff'],
  },
  {
    id: 'while-the-line-works',
    kind: 'before-cancel',
    steps: [
      'prepare.keep-number',
      'prepare.end-number',
      'prepare.contract-check',
      'prepare.instalments',
      'prepare.sim-unlock',
      'prepare.move-sms-logins',
      'prepare.carrier-email',
      'prepare.points',
      'prepare.backup',
      'prepare.options',
      'prepare.choose-day',
      'prepare.leaving-plan',
      'prepare.travel-check',
    ],
    label: L('While the line still works'),
    citesGlobal: ['sim-unlock-first', 'sms-logins', 'points-vanish'],
    citesProvider: [],
  },
  {
    id: 'after-the-line-ends',
    kind: 'after-cancel',
    steps: ['device.esim-delete', 'device.sim-mail-back', 'device.sim-cut-dispose', 'device.sim-ask'],
    label: L('After cancelling, before you leave'),
    citesGlobal: ['esim-delete-needs-sms', 'sim-cut-before-disposal'],
    citesProvider: ['simReturn'],
  },
  {
    id: 'residence-card-at-airport',
    kind: 'at-departure',
    steps: ['after.residence-card'],
    label: L('At the airport, the day you leave'),
    citesGlobal: ['residence-card-return'],
    citesProvider: [],
  },
  {
    id: 'final-bill-two-months',
    kind: 'final-bill',
    steps: ['after.final-bill'],
    label: L('The final bill'),
    citesGlobal: ['final-bill-timing'],
    citesProvider: ['billing'],
  },
] satisfies PlanRuleData[];

/** The advice and questions the plan fills in; the keys are what electron/guide/plan.ts emits. */
export const planTexts = {
  fullMonthBefore: L(
    'Billed by the full month: cancelling on or before {monthEnd} avoids {nextMonth}’s charge; cancelling later, up to {latest}, costs {nextMonth} in full.',
  ),
  fullMonthSame: L(
    'Billed by the full month: this month is charged in full whichever day you cancel, so any day up to {latest} costs the same.',
  ),
  fullMonthNoDate: L(
    'Billed by the full month: cancelling on or before {monthEnd} avoids {nextMonth}’s charge.',
  ),
  proRated: L(
    'Charged by the day: any day up to {latest} costs only the days used, so there is no gain in cancelling early.',
  ),
  proRatedNoDate: L('Charged by the day: whichever day you cancel, you pay only for the days used.'),
  usageBased: L(
    'Charged by use: the day you cancel changes little; the last bill comes the following month.',
  ),
  prepaid: L('Prepaid: there is no monthly charge to avoid; a remaining balance is usually not refunded.'),
  cutoff: L('Requests after {cutoff} Japan time count as the next day: on the last day, apply before then.'),
  monthEndDeadline: L(
    'Requests in by day {deadlineDay} of a month end the line at that month’s end: to end it on {monthEnd}, apply by {requestBy}.',
  ),
  monthEnd: L('The line ends at the end of the month you apply ({monthEnd}) and works until then.'),
  mnpWindow: L(
    'The MNP number is valid 15 days counting the issue day: one issued on {earliest} lasts until {validUntil}. The switch must happen before you leave, so do not get it before {earliest}. Many new carriers want 10–12 days left.',
  ),
  mnpToday: L(
    'The MNP number is valid 15 days counting the issue day: one issued today ({today}) lasts until {validUntil}.',
  ),
  beforeCancel: L(
    'SMS codes, the carrier mailbox and points go with the line: do this before it ends ({latest}).',
  ),
  afterCancel: L('Do this once the line has ended ({earliest}), preferably before you leave ({latest}).'),
  atDeparture: L(
    'On the day you leave ({latest}), tell the immigration officer at the airport; the card is punched and handed back.',
  ),
  finalBill: L(
    'The final bill usually comes 1–2 months later: keep the payment method (bank account, card) until at least {latest}; sometimes a third month follows.',
  ),
  alreadyCancelled: L('This line was cancelled on {cancelledOn}.'),
  askBilling: L('Ask the carrier: is the last month charged in full or by the day?'),
  askCutoff: L('Ask the carrier: until what time does a request count for the same day?'),
  askSimReturn: L('Ask the carrier: by when must the SIM card be back?'),
  noLeavingDate: L('No leaving date was given, so this step has no date. Add one under “Change answers”.'),
};
export type PlanTextKey = keyof typeof planTexts;
