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
  /** The switch by the MNP reservation number: finished by the day before leaving (the number itself is
   * valid 15 days counting the issue day; one got early simply expires). */
  'mnp-reservation',
  /** What prepares the request itself: by the day the cancellation or the switch is applied for. */
  'before-cancel',
  /** What must happen while the line still works and the person is still in Japan: by the day the line
   * ends, or the day before leaving when the line outlives the stay (a month-end provider). */
  'before-line-ends',
  /** What follows the cancellation (eSIM, SIM card): from the day the line ends until leaving. */
  'after-cancel',
  /** The residence card is handed back at the airport on the leaving day. */
  'at-departure',
  /** The final bill arrives 1–2 months later: keep the payment method until the end of the second month. */
  'final-bill',
  /** A travel eSIM's auto-renew: off by the day before leaving when it is not needed abroad; the renewal
   * date itself is the seller's, unknown here, so it is never dated. */
  'travel-renewal',
  /** A travel eSIM ends on its own end date, which the app does not know: never dated. */
  'travel-expiry',
  /** Starting the provider's way to keep the line while away: by the day before leaving, or from today
   * for someone already abroad. */
  'hold-start',
  /** A line kept alive by paid top-ups: the next one within the provider's days of the last purchase
   * (the last tick of the `countsFrom` steps); a step that recurs, so never done for good. */
  'keep-alive',
  /** A paid suspension's longest period, counted from the day it was applied for (the tick of the
   * `countsFrom` step). */
  'hold-limit',
  /** What someone abroad does after leaving with no date of its own (the residence card by post): never
   * dated, its reason said. */
  'after-departure',
] as const;

export const PlanRuleSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  kind: z.enum(PLAN_RULE_KINDS),
  /** The checklist steps this rule dates; a step is dated by at most one rule. */
  steps: z.array(z.string().regex(/^(prepare|cancel|device|after)\.[a-z0-9-]+$/)).min(1),
  /** What the date means, shown beside it ("Before you leave"). */
  label: LocalizedTextSchema,
  /** The label for someone who has already left, where `label` speaks of leaving. */
  abroadLabel: LocalizedTextSchema.optional(),
  /** keep-alive, hold-limit: the steps whose last tick starts the count. */
  countsFrom: z
    .array(z.string().regex(/^(prepare|cancel|device|after)\.[a-z0-9-]+$/))
    .min(1)
    .optional(),
  /** The rule's own words for why its steps fall when they do, where its kind computes no advice
   * ({latest}: the day it gives; {lineEnds}: the day the line ends); the Plan view says it once for all
   * its steps. */
  reason: LocalizedTextSchema.optional(),
  /** A seller's stated notice before a renewal, in days (travel-renewal). */
  renewalNoticeDays: z.number().int().positive().optional(),
  citesGlobal: z.array(z.string()),
  citesProvider: z.array(z.enum(FACT_KEYS as [FactKey, ...FactKey[]])),
  /** Facts of the carrier the number moves to (the days it wants left on an MNP number). */
  citesNewProvider: z.array(z.enum(FACT_KEYS as [FactKey, ...FactKey[]])).optional(),
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
      'cancel.remote-confirm-channel',
      'cancel.proxy',
      'cancel.mnp-one-stop',
      'cancel.keep-confirmation',
    ],
    label: L('Cancel before you leave'),
    abroadLabel: L('Cancel as soon as you can, from abroad'),
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
    label: L('Switch before you leave'),
    citesGlobal: ['mnp-number-validity', 'mnp-ends-old-line', 'cancel-before-departure'],
    citesProvider: ['billing', 'cutoff'],
    citesNewProvider: ['mnpMinDaysLeft'],
  },
  // What must happen while the line still works, by the day it ends: one rule per reason, so each
  // step's date says its own.
  {
    id: 'settle-before-cancelling',
    kind: 'before-cancel',
    steps: [
      'prepare.keep-number',
      'prepare.keep-number-one-stop',
      'prepare.contract-check',
      'prepare.instalments',
      'prepare.backup',
      'prepare.options',
      'prepare.choose-day',
      'prepare.leaving-plan',
      'prepare.abroad-access',
      'prepare.proxy-offer',
    ],
    label: L('Settle before you cancel'),
    reason: L(
      'Preparation for the cancellation or the switch, so it comes before you apply for it ({latest}).',
    ),
    citesGlobal: ['cancel-before-departure'],
    citesProvider: [],
  },
  {
    id: 'number-ends',
    kind: 'before-line-ends',
    steps: ['prepare.end-number', 'prepare.move-sms-logins'],
    label: L('Before the number ends'),
    reason: L(
      'When the line ends ({lineEnds}), the number is gone for good and SMS codes sent to it stop arriving.',
    ),
    citesGlobal: ['plain-cancel-ends-number', 'sms-logins'],
    citesProvider: [],
  },
  {
    id: 'carrier-mailbox',
    kind: 'before-line-ends',
    steps: ['prepare.carrier-email'],
    label: L('Before the carrier mailbox closes'),
    reason: L(
      'The carrier mailbox closes when the line ends ({lineEnds}), even if the number moves to another carrier.',
    ),
    citesGlobal: ['sms-logins'],
    citesProvider: [],
  },
  {
    id: 'unlock-before-cancelling',
    kind: 'before-line-ends',
    steps: ['prepare.sim-unlock'],
    label: L('Unlock before cancelling'),
    reason: L(
      'Unlock while the line still works (until {lineEnds}): afterwards some carriers ask for a paid shop visit.',
    ),
    citesGlobal: ['sim-unlock-first'],
    citesProvider: [],
  },
  {
    id: 'points-before-cancelling',
    kind: 'before-line-ends',
    steps: ['prepare.points'],
    label: L('Before the points vanish'),
    reason: L('Carrier points can vanish when the line ends ({lineEnds}): use or move them before then.'),
    citesGlobal: ['points-vanish'],
    citesProvider: [],
  },
  {
    id: 'after-the-line-ends',
    kind: 'after-cancel',
    steps: ['device.esim-delete', 'device.sim-mail-back', 'device.sim-cut-dispose', 'device.sim-ask'],
    label: L('After cancelling, before you leave'),
    abroadLabel: L('After cancelling'),
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
  {
    // Holafly's subscriptions: off at least 7 days before the renewal (its cancelChannels sources).
    id: 'travel-auto-renew',
    kind: 'travel-renewal',
    steps: ['prepare.travel-check', 'cancel.travel-autorenew'],
    label: L('Auto-renew off before you leave'),
    renewalNoticeDays: 7,
    citesGlobal: [],
    citesProvider: ['cancelChannels', 'billing'],
  },
  {
    id: 'travel-end-date',
    kind: 'travel-expiry',
    steps: ['device.travel-expire'],
    label: L('The travel eSIM’s own end date'),
    reason: L(
      'A travel eSIM ends on its own end date (shown in the seller’s app), not on the day you leave; a regional plan may keep working abroad until then. Delete it only after that day.',
    ),
    citesGlobal: [],
    citesProvider: ['billing', 'afterCancel'],
  },
  {
    id: 'keep-number-before-leaving',
    kind: 'hold-start',
    steps: ['prepare.hold', 'cancel.hold-apply', 'cancel.hold-topup', 'cancel.hold-ask'],
    label: L('Set it up before you leave'),
    abroadLabel: L('Set it up as soon as you can, from abroad'),
    citesGlobal: [],
    citesProvider: ['hold'],
  },
  {
    id: 'next-paid-topping',
    kind: 'keep-alive',
    steps: ['after.hold-next-topping'],
    countsFrom: ['cancel.hold-topup', 'after.hold-next-topping'],
    label: L('The next paid topping'),
    citesGlobal: [],
    citesProvider: ['hold'],
  },
  {
    id: 'pause-runs-out',
    kind: 'hold-limit',
    steps: ['after.hold-end'],
    countsFrom: ['cancel.hold-apply'],
    label: L('Before the pause runs out'),
    citesGlobal: [],
    citesProvider: ['hold'],
  },
  {
    id: 'residence-card-by-post',
    kind: 'after-departure',
    steps: ['after.residence-card-post'],
    label: L('The residence card, from abroad'),
    reason: L(
      'No date is set here: how long you have depends on how you left (the rule below). Left for good without a re-entry permit: post it now. Left with a special re-entry permit and not coming back: within the period it gives.',
    ),
    citesGlobal: ['residence-card-after-departure'],
    citesProvider: [],
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
  fullPeriodBefore: L(
    'Billed by the full billing month, which for you closes on {closing}: cancelling on or before {periodEnd} avoids the charge for the period from {nextStart}; cancelling later, up to {latest}, costs that period in full.',
  ),
  fullPeriodSame: L(
    'Billed by the full billing month, which for you closes on {closing}: the period up to {periodEnd} is charged in full whichever day you cancel, so any day up to {latest} costs the same.',
  ),
  fullPeriodNoDate: L(
    'Billed by the full billing month, which for you closes on {closing}: cancelling on or before {periodEnd} avoids the charge for the period from {nextStart}.',
  ),
  closingUnknown: L(
    'Billed by the full billing month, which closes on {closingDays}, depending on the contract: cancel on or before your closing day to avoid the next month’s charge.',
  ),
  askClosing: L('Find your bill’s closing day (請求締日): {howToFind}'),
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
  monthEndDeadlineBy: L(
    'Requests in by day {deadlineDay} of a month end the line at that month’s end: applied by {latest}, it ends on {lineEnds}, and works until then.',
  ),
  monthEndBy: L(
    'The line ends at the end of the month you apply, and works until then: applied by {latest}, it ends on {lineEnds}.',
  ),
  monthEndToday: L(
    'The line ends at the end of the month you apply, and works until then: applied today, it ends on {lineEnds}.',
  ),
  mnpSwitchBy: L(
    'Finish the switch by {latest}, before you leave: the old line ends when it completes. The MNP number is valid 15 days counting the issue day and one got early simply expires, so get it when you are ready to sign up with the new carrier.',
  ),
  mnpToday: L(
    'The MNP number is valid 15 days counting the issue day: one issued today ({today}) lasts until {validUntil}.',
  ),
  mnpValidUntil: L(
    'The MNP number you recorded is valid until {validUntil} and cannot be extended: sign up with the new carrier before then.',
  ),
  mnpExpired: L(
    'The MNP number you recorded expired on {validUntil} and cannot be extended: it can no longer be used to switch. Get a new one when you are ready to sign up with the new carrier.',
  ),
  mnpTooFewDays: L(
    '{newProvider} wants at least {days} days left on the number for an online sign-up; counting today, yours has only {daysLeft} left: ask {newProvider} before you apply online.',
  ),
  mnpDaysNewCarrier: L(
    '{newProvider} wants at least {days} days left on the number for an online sign-up: sign up soon after you get it.',
  ),
  mnpDaysUsual: L(
    'Many new carriers want 10–13 days left on the number for an online sign-up: sign up soon after you get it.',
  ),
  afterCancel: L('Do this once the line has ended ({earliest}), preferably before you leave ({latest}).'),
  afterCancelAbroad: L(
    'The line ends on {earliest}, not before you leave: do this once it has ended, from abroad if need be.',
  ),
  outlivesStay: L(
    'The line works until {lineEnds}, but you leave on {leaving}: do this while you are still in Japan.',
  ),
  atDeparture: L(
    'On the day you leave ({latest}), tell the immigration officer at the airport; the card is punched and handed back.',
  ),
  finalBill: L(
    'The final bill usually comes 1–2 months later: keep the payment method (bank account, card) until at least {latest}; sometimes a third month follows.',
  ),
  alreadyCancelled: L('This line was cancelled on {cancelledOn}.'),
  appliedEnds: L('The cancellation was applied for on {cancelledOn}; the line ends on {lineEnds}.'),
  askBilling: L('Ask the carrier: is the last month charged in full or by the day?'),
  askCutoff: L('Ask the carrier: until what time does a request count for the same day?'),
  askSimReturn: L('Ask the carrier: by when must the SIM card be back?'),
  travelRenewal: L(
    'A one-off plan needs nothing. A subscription renews and charges until auto-renew is off, also after you leave: if you will not use this eSIM abroad, switch it off by {latest}; if you will, before the first renewal you do not want.',
  ),
  travelRenewalNoDate: L(
    'A one-off plan needs nothing. A subscription renews and charges until auto-renew is off: switch it off before the first renewal you do not want.',
  ),
  holaflyNotice: L(
    'Holafly wants it off at least {days} days before the renewal date: if the plan renews on or before {renewsBy}, that is sooner than {latest}.',
  ),
  holaflyNoticeNoDate: L('Holafly wants it off at least {days} days before the renewal date.'),
  askRenewal: L(
    'Check in the seller’s app whether the plan renews, and its renewal or end date: this app cannot know them.',
  ),
  abroadCancel: L(
    'You have left Japan, and the line keeps billing until it is cancelled: do it as soon as you can, in one of the ways that work from abroad.',
  ),
  afterCancelFromAbroad: L('Do this once the line has ended ({earliest}), from where you are.'),
  holdStartBy: L('Set it up by {latest}, the day before you leave, while you are still in Japan.'),
  holdStartAbroad: L('You are already abroad: set it up as soon as you can, from there.'),
  nextTopping: L(
    'Last paid topping bought on {last}: buy the next by {latest}. The {days} days count from the day after the last paid topping expires, so one bought within {days} days of the last purchase is always in time. Without one the line is suspended, and ended {ends} days later.',
  ),
  firstTopping: L(
    'Tick the paid-topping step on the day you buy one: the plan then dates the next, {days} days later.',
  ),
  holdLimit: L(
    'Kept for at most {months} months from the start ({start}): before {latest}, resume the line, move the number or cancel.',
  ),
  holdLimitNoStart: L(
    'Tick the application step on the day it is accepted: the plan then dates the end of the longest period ({months} months).',
  ),
  askHoldLimit: L('Ask the carrier: how long can the line stay paused, and what does it cost each month?'),
  shortDays: L(
    '{days} days left before you leave ({leaving}): first what needs this line or you in Japan, dated by the day before; what can wait until you are abroad comes after.',
  ),
  shortTomorrow: L(
    'You leave tomorrow ({leaving}): first what needs this line or you in Japan, dated by today; what can wait until you are abroad comes after.',
  ),
  shortToday: L(
    'You leave today: do now what needs this line or you in Japan; what can wait until you are abroad comes after.',
  ),
  shortShop: L(
    'A shop visit must still fit into the days left; if it does not, {provider} also takes: {channels}. Change “How would you like to cancel?” and the checklist follows.',
  ),
  /** The same for a person keeping the number: the question is then titled for the move out. */
  shortShopMnp: L(
    'A shop visit must still fit into the days left; if it does not, {provider} also takes: {channels}. Change “How would you like to move the number out?” and the checklist follows.',
  ),
  shortConfirm: L(
    'The sources do not settle how {provider} takes a cancellation: ask it today, so there is time to do it before you leave.',
  ),
};
export type PlanTextKey = keyof typeof planTexts;
