// The plan: the checklist's steps given dates, from the rules in data/plan-rules.ts, the provider's
// sourced facts and the leaving date. Pure: no clock of its own (today is an input), no I/O.
// Calendar days are Japan's (the carrier's month and cut-offs are Japan time).
import { content } from '../../data/index';
import { planRules, planTexts, type PlanRuleData, type PlanTextKey } from '../../data/plan-rules';
import { servicePlanRules } from '../../data/services/plan-rules';
import type { ProviderData } from '../../data/schema';
import { channelList, CLOSING_DAY_NAMES, closingDayList, FACT_LABELS } from './format';
import { checkFact, providerFactNumbers, type FactCheck } from './backing';
import { billingOf, closingOf, expectedBills, known, periodEnd, type ExpectedBills } from './bills';
import {
  at,
  dayOfMonth,
  daysBetween,
  DUE_SOON_DAYS,
  fillText,
  japanDay,
  monthEnd,
  plusDays,
  type Param,
} from './days';
import { isAbroad } from './relevance';
import {
  type ChecklistOutline,
  type LocalizedText,
  type OutlineStep,
  type Profile,
  type Source,
  type StepProgress,
} from './types';

export { DUE_SOON_DAYS, JAPAN_ZONE, japanDay } from './days';
/** Reminders fire at this time, Japan time, on a step's last day. */
const REMIND_TIME = '09:00';

/** passed: a step whose moment went by with the cancellation (a preparation not ticked before it was
 * applied for; a step that needed the line, once it has ended): no date, nothing due, left to tick. */
export type PlanStatus = 'done' | 'overdue' | 'due-soon' | 'upcoming' | 'undated' | 'passed';

export interface PlanItem {
  stepId: string;
  title: LocalizedText;
  done: boolean;
  /** The rule that dated the step, with the sources of the facts it rests on, and those of its numbers
   * that rest on one source or were last confirmed long ago (said beside it); null: no rule applies. */
  rule: { id: string; label: LocalizedText; sources: Source[]; checks: RuleFactCheck[] } | null;
  /** YYYY-MM-DD, Japan's calendar. */
  earliest: string | null;
  latest: string | null;
  /** The instant the window closes: the cut-off on the last day when the provider states one, else the
   * end of that day in Japan. */
  dueAt: string | null;
  /** The provider's same-day cut-off (HH:MM Japan time) when it applies to this step. */
  cutoff: string | null;
  /** When a reminder is due: 09:00 Japan time on the last day. */
  remindAt: string | null;
  status: PlanStatus;
  /** Calendar advice, dates filled in. */
  advice: LocalizedText[];
  /** What to ask the carrier where a fact the date depends on is unknown or disputed. */
  ask: LocalizedText[];
  /** Only if the step before it fails (the reservation number behind One-Stop): shown, never due. */
  fallback?: true;
  /** Status `passed`: what ended its moment, the cancellation applied for (`cancelledOn`), the line
   * ended (`lineEnds`), or, for a step of the cancellation itself not ticked, the records saying it was
   * applied for (`cancelledOn`). */
  passed?: 'applied' | 'line-ended' | 'recorded';
}

/** A number a rule rests on that the person should confirm: the fact's label and what is wrong. */
export interface RuleFactCheck extends FactCheck {
  label: LocalizedText;
}

/** Leaving in three days or fewer: what still fits before leaving, and what can wait until abroad. */
export interface ShortNotice {
  daysLeft: number;
  /** Open steps dated by the leaving day at the latest, in plan order. */
  beforeLeaving: string[];
  /** Open steps dated after the leaving day (from abroad), in plan order. */
  fromAbroad: string[];
  /** What to do first, and what must move online (a shop visit that may not fit). */
  advice: LocalizedText[];
}

export interface Plan {
  today: string;
  /** The day the person leaves Japan, or, when `abroad`, the day they left (null: not said). */
  leavingDate: string | null;
  /** Already left Japan: the dates count from today. */
  abroad: boolean;
  /** Leaving within three days (in Japan): what fits in the time left; null otherwise. */
  shortNotice: ShortNotice | null;
  /** The day the cancellation or the port was applied for (recorded, or a cancel step ticked: see
   * computePlan), or null until then. */
  cancelledOn: string | null;
  /** The day the line ends: the day it is applied for, or that month's end at a provider whose
   * cancellations take effect then; a port ends it when the switch completes. One date, from one rule,
   * for every step, reminder and calendar event; null while nothing dates it. */
  lineEnds: string | null;
  /** `lineEnds` is the 解約日 the person recorded (the carrier's word), not a day worked out. */
  lineEndsRecorded: boolean;
  /** Keep the payment method until this day: the month's end of the last bill expected (bills.ts). */
  finalBillBy: string | null;
  /** The bills still to come once the line has ended (issue 19). */
  bills: ExpectedBills;
  /** Dated items by last day, then undated ones, each group in checklist order. */
  items: PlanItem[];
}

export interface PlanInput {
  /** The checklist, or its outline: the plan reads only its provider and steps. */
  checklist: ChecklistOutline;
  profile: Profile;
  progress: Readonly<Record<string, StepProgress>>;
  /** YYYY-MM-DD in Japan: see japanDay. */
  today: string;
  /** What the case's proof records say of the cancellation (electron/proof/cancellation-records.ts);
   * nothing when absent. */
  recorded?: RecordedCancellation;
}

/** The cancellation as the person recorded it: each a YYYY-MM-DD in Japan, or null. */
export interface RecordedCancellation {
  /** The 解約日 entered on the latest record that gives one: the day the carrier says the line ends. */
  effectiveOn: string | null;
  /** The day of that record: the carrier had the request by then. */
  effectiveSaidOn: string | null;
  /** The day of the latest request to cancel (online, or in writing), as recorded. */
  requestedOn: string | null;
  /** The last day of the latest MNP予約番号 recorded (its 有効期限), when one was entered. */
  mnpValidUntil: string | null;
}

const providers = new Map<string, ProviderData>(content.providers.map((p) => [p.id, p]));
const globalFacts = new Map(content.globalFacts.map((f) => [f.id, f]));
const ruleByStep = new Map<string, PlanRuleData>(
  planRules.flatMap((rule) => rule.steps.map((step) => [step, rule] as const)),
);
const CANCEL_KINDS: ReadonlySet<PlanRuleData['kind']> = new Set(['cancel-by-departure', 'mnp-reservation']);
/** The steps that end or port the line through one way: a short stay checks whether it is a shop visit. */
const ROUTE_STEPS: ReadonlySet<string> = new Set(
  content.steps.filter((s) => s.route === 'cancel' || s.route === 'mnp-number').map((s) => s.id),
);

/** A service step's rule (issue 20), by the dating the engine gave it: one rule for every service whose
 * codes stop with the line; one per service where its own page puts it before the cancellation or the
 * departure, so each date shows that page. */
const serviceRules = new Map<string, PlanRuleData>();
/** The service rules for the stay rather than the line (a bank account to close before leaving): once
 * the line has ended, their steps still fall before leaving. */
const leavingBound = new Set<string>();
function serviceRuleOf(step: OutlineStep): PlanRuleData | undefined {
  const dating = step.service?.dating;
  if (!step.service || !dating) return undefined;
  const id =
    dating === 'number-ends'
      ? servicePlanRules[dating].id
      : `${servicePlanRules[dating].id}-${step.service.id}`;
  let rule = serviceRules.get(id);
  if (!rule) {
    rule = { ...servicePlanRules[dating], id, steps: [] };
    serviceRules.set(id, rule);
    if (dating === 'close-before-leaving') leavingBound.add(id);
  }
  return rule;
}

/** The day a step was last ticked done (Japan's calendar), or null when it is not done. */
function doneOn(progress: StepProgress | undefined): string | null {
  if (!progress?.done) return null;
  const last = progress.history.findLast((h) => h.done);
  return last ? japanDay(last.at) : null;
}

const fill = (key: PlanTextKey, params: Record<string, Param>) => fillText(key, planTexts[key], params);
/** A rule's own reason, its {latest} and {lineEnds} filled. */
const reasonOf = (
  rule: PlanRuleData,
  latest: string | null,
  lineEnds: string | null = null,
): LocalizedText[] =>
  rule.reason
    ? [
        fillText(`rule:${rule.id}`, rule.reason, {
          ...(latest ? { latest } : {}),
          ...(lineEnds ? { lineEnds } : {}),
        }),
      ]
    : [];

const sourcesMemo = new Map<string, Source[]>();
function ruleSources(
  rule: PlanRuleData,
  provider: ProviderData | undefined,
  newProvider: ProviderData | undefined,
): Source[] {
  const key = `${rule.id}|${provider?.id ?? ''}|${newProvider?.id ?? ''}`;
  const memo = sourcesMemo.get(key);
  if (memo) return memo;
  const all = [
    ...rule.citesGlobal.flatMap((id) => globalFacts.get(id)?.sources ?? []),
    ...rule.citesProvider.flatMap((key) => provider?.facts[key]?.sources ?? []),
    ...(rule.citesNewProvider ?? []).flatMap((key) => newProvider?.facts[key]?.sources ?? []),
  ];
  const seen = new Set<string>();
  const unique = all.filter((s) => !seen.has(s.url) && seen.add(s.url));
  sourcesMemo.set(key, unique);
  return unique;
}

/** The numbers a rule rests on that rest on one source or are old, seen from `today`. */
function ruleChecks(
  rule: PlanRuleData,
  provider: ProviderData | undefined,
  newProvider: ProviderData | undefined,
  today: string,
): RuleFactCheck[] {
  const cited = [
    ...rule.citesGlobal.flatMap((id) => {
      const fact = globalFacts.get(id);
      return fact?.numbers ? [{ label: fact.label, numbers: fact.numbers, sources: fact.sources }] : [];
    }),
    ...[
      ...rule.citesProvider.map((key) => [provider, key] as const),
      ...(rule.citesNewProvider ?? []).map((key) => [newProvider, key] as const),
    ].flatMap(([owner, key]) => {
      const fact = owner?.facts[key];
      const numbers = fact ? providerFactNumbers(key, fact) : null;
      return fact && numbers
        ? [
            {
              label: FACT_LABELS[key],
              numbers,
              sources: fact.sources,
              ...(fact.disputed ? { disputed: true as const } : {}),
            },
          ]
        : [];
    }),
  ];
  return cited.flatMap(({ label, ...fact }) => {
    const check = checkFact(fact, today);
    return check && (check.flagged || check.aged) ? [{ label, ...check }] : [];
  });
}

/** Billing advice for ending the line by `latest` (or by no set day), seen from `today`. */
function billingAdvice(
  provider: ProviderData | undefined,
  profile: Profile,
  today: string,
  latest: string | null,
) {
  const billing = billingOf(provider, profile);
  if (billing === null) return { advice: [], ask: [planTexts.askBilling] };
  if (billing === 'full-month') {
    const closing = closingOf(provider, profile);
    if (closing === 'unsure') {
      const fact = provider?.facts.billClosing;
      return {
        advice: [fill('closingUnknown', { closingDays: closingDayList(fact?.value ?? []) })],
        ask: fact?.note ? [fill('askClosing', { howToFind: fact.note })] : [],
      };
    }
    const end = periodEnd(today, closing);
    if (closing !== 'month-end') {
      const period = { closing: CLOSING_DAY_NAMES[closing], periodEnd: end, nextStart: plusDays(end, 1) };
      if (latest === null) return { advice: [fill('fullPeriodNoDate', period)], ask: [] };
      const key = latest <= end ? 'fullPeriodSame' : 'fullPeriodBefore';
      return { advice: [fill(key, { ...period, latest })], ask: [] };
    }
    const nextMonth = `month:${plusDays(end, 1)}`;
    if (latest === null) return { advice: [fill('fullMonthNoDate', { monthEnd: end, nextMonth })], ask: [] };
    const key = latest <= end ? 'fullMonthSame' : 'fullMonthBefore';
    return { advice: [fill(key, { monthEnd: end, nextMonth, latest })], ask: [] };
  }
  if (billing === 'pro-rated')
    return { advice: [latest ? fill('proRated', { latest }) : fill('proRatedNoDate', {})], ask: [] };
  return { advice: [fill(billing === 'prepaid' ? 'prepaid' : 'usageBased', {})], ask: [] };
}

/** The one rule for when the line ends (issue 21): on the day the request goes in, or at a provider
 * whose cancellations take effect at the month's end, that month's end (the next month's when it goes
 * in after the provider's request day). A port ends the line when the switch completes. */
function lineEndFor(provider: ProviderData | undefined, port: boolean, applied: string): string {
  const cutoff = known(provider, 'cutoff');
  if (port || cutoff?.effective !== 'month-end') return applied;
  const late = cutoff.deadlineDay !== null && Number(applied.slice(8)) > cutoff.deadlineDay;
  return monthEnd(applied, late ? 1 : 0);
}

/** The last day to apply before leaving: the day before, or, where a month-end provider's request day
 * of that month falls before it and has not passed, that request day (so the line still ends that
 * month instead of a month later). */
function applyByFor(provider: ProviderData | undefined, port: boolean, dayBefore: string, today: string) {
  const cutoff = known(provider, 'cutoff');
  if (port || cutoff?.effective !== 'month-end' || cutoff.deadlineDay === null) return dayBefore;
  const requestDay = dayOfMonth(dayBefore, cutoff.deadlineDay);
  return requestDay < dayBefore && requestDay >= today ? requestDay : dayBefore;
}

/** When the request takes effect, and its time cut-off, from the provider's cutoff fact: `applyBy` and
 * `lineEnds` are the plan's, null when it has no date (the advice then counts from today). */
function cutoffAdvice(
  provider: ProviderData | undefined,
  port: boolean,
  today: string,
  dates: { applyBy: string | null; lineEnds: string | null; cancelled: boolean },
) {
  const cutoff = known(provider, 'cutoff');
  if (cutoff === null) return { time: null, advice: [], ask: [planTexts.askCutoff] };
  const advice: LocalizedText[] = [];
  // A port ends the line when the switch completes; a cancelled line's end is said once, above.
  if (cutoff.effective === 'month-end' && !port && !dates.cancelled) {
    const { applyBy, lineEnds } = dates;
    if (applyBy && lineEnds)
      advice.push(
        cutoff.deadlineDay !== null
          ? fill('monthEndDeadlineBy', { deadlineDay: String(cutoff.deadlineDay), latest: applyBy, lineEnds })
          : fill('monthEndBy', { latest: applyBy, lineEnds }),
      );
    else if (cutoff.deadlineDay !== null) {
      // This month's request day, or next month's when it has passed.
      const requestThis = dayOfMonth(today, cutoff.deadlineDay);
      const requestBy = requestThis >= today ? requestThis : dayOfMonth(today, cutoff.deadlineDay, 1);
      advice.push(
        fill('monthEndDeadline', {
          deadlineDay: String(cutoff.deadlineDay),
          monthEnd: monthEnd(requestBy),
          requestBy,
        }),
      );
    } else advice.push(fill('monthEndToday', { lineEnds: lineEndFor(provider, false, today) }));
  }
  if (cutoff.afterHoursFrom !== null) advice.push(fill('cutoff', { cutoff: cutoff.afterHoursFrom }));
  return { time: cutoff.afterHoursFrom, advice, ask: [] };
}

interface Dating {
  earliest: string | null;
  latest: string | null;
  cutoff: string | null;
  advice: LocalizedText[];
  ask: LocalizedText[];
  /** Its moment went by with the cancellation: no date, status `passed` (PlanItem.passed). */
  passed?: PlanItem['passed'];
}
/** A rule's dating for one plan, with the status its steps have while not done. */
type RuledDating = Dating & Pick<PlanItem, 'rule' | 'dueAt' | 'remindAt'> & { openStatus: PlanStatus };
const UNDATED: Readonly<RuledDating> = {
  earliest: null,
  latest: null,
  cutoff: null,
  advice: [],
  ask: [],
  rule: null,
  dueAt: null,
  remindAt: null,
  openStatus: 'undated',
};

/** A calendar day `months` months after `iso`, clamped to that month's length (31 January + 1 month is
 * the last day of February). */
const plusMonths = (iso: string, months: number): string => dayOfMonth(iso, Number(iso.slice(8)), months);

/** Abroad, the line only costs: apply as soon as possible — by a month-end provider's request day (or the
 * month's end), by the end of this billing period where the last month is billed in full, else today. */
function applyByAbroad(
  provider: ProviderData | undefined,
  profile: Profile,
  port: boolean,
  today: string,
): string {
  const cutoff = known(provider, 'cutoff');
  if (!port && cutoff?.effective === 'month-end') {
    if (cutoff.deadlineDay === null) return monthEnd(today);
    const requestThis = dayOfMonth(today, cutoff.deadlineDay);
    return requestThis >= today ? requestThis : dayOfMonth(today, cutoff.deadlineDay, 1);
  }
  if (billingOf(provider, profile) === 'full-month') {
    const closing = closingOf(provider, profile);
    if (closing !== 'unsure') return periodEnd(today, closing);
  }
  return today;
}

/** The last day a step of `steps` was ticked done, or null. */
function lastDoneOf(steps: readonly string[] | undefined, progress: PlanInput['progress']): string | null {
  let last: string | null = null;
  for (const id of steps ?? []) {
    const on = doneOn(progress[id]);
    if (on !== null && (last === null || on > last)) last = on;
  }
  return last;
}

/** Rule datings by what dates them besides the rule (today, the provider, the leaving date, the line's
 * state), then by rule id: the cases list, the due-soon notice and each re-render of a case ask for the
 * same few. Only today's are kept, so the memo stays as small as the store's distinct cases. */
const datings = new Map<string, Map<string, RuledDating>>();
let datingsDay = '';
function datingsFor(today: string, key: string): Map<string, RuledDating> {
  if (today !== datingsDay) {
    datings.clear();
    datingsDay = today;
  }
  let found = datings.get(key);
  if (!found) {
    found = new Map();
    datings.set(key, found);
  }
  return found;
}

/** What the plan says of an MNP予約番号 already recorded (its 有効期限 entered) while the switch has not
 * gone through: the day it lasts until, or that it has expired (it
 * cannot be extended); and, where the new carrier states how many days it wants left for an online
 * sign-up, that fewer are left. No other threshold: the facts give none. */
function mnpIssuedAdvice(
  validUntil: string | null,
  today: string,
  newProvider: ProviderData | undefined,
  minDaysLeft: number | null,
): LocalizedText[] {
  if (validUntil === null) return [];
  if (validUntil < today) return [fill('mnpExpired', { validUntil })];
  // Counting today, as its 15 days count the issue day.
  const left = daysBetween(today, validUntil) + 1;
  const valid = fill('mnpValidUntil', { validUntil });
  return newProvider && minDaysLeft !== null && left < minDaysLeft
    ? [
        valid,
        fill('mnpTooFewDays', {
          newProvider: newProvider.name,
          days: String(minDaysLeft),
          daysLeft: String(left),
        }),
      ]
    : [valid];
}

const latestOrder = (item: PlanItem) => item.latest ?? '9999-12-31';

/** No record says anything of the cancellation. */
export const NOTHING_RECORDED: RecordedCancellation = {
  effectiveOn: null,
  effectiveSaidOn: null,
  requestedOn: null,
  mnpValidUntil: null,
};

export function computePlan({
  checklist,
  profile,
  progress,
  today,
  recorded = NOTHING_RECORDED,
}: PlanInput): Plan {
  const provider = providers.get(checklist.provider.id);
  const leaving = profile.leavingDate;
  // Abroad, nothing waits for a day in Japan: the plan counts from today.
  const abroad = isAbroad(profile);
  const dayBeforeLeaving = leaving && !abroad ? plusDays(leaving, -1) : null;

  // One pass over the steps for what they say about the line: the first day a cancel step was ticked;
  // only a line billed afterwards (the checklist has its final-bill step) has a bill to wait for; an
  // eSIM has no card to post back, so the return question is for a physical SIM only.
  let tickedOn: string | null = null;
  let billsLater = false;
  let hasSimCard = false;
  for (const phase of checklist.phases)
    for (const step of phase.steps) {
      const kind = ruleByStep.get(step.id)?.kind;
      if (kind === 'final-bill') billsLater = true;
      else if (kind && CANCEL_KINDS.has(kind)) {
        const on = doneOn(progress[step.id]);
        if (on !== null && (tickedOn === null || on < tickedOn)) tickedOn = on;
      }
      if (step.id.startsWith('device.sim-')) hasSimCard = true;
    }
  // The day it was applied for, from the best evidence there is: a recorded request's own day (when it
  // happened, as the person wrote it down) over the day a cancel step was ticked (often ticked later, or
  // on the day the carrier confirmed); with neither, the day of the record giving the 解約日 (the
  // carrier had the request by then). A day still to come is no request yet; and a line is not applied
  // for after the day it ended.
  const { effectiveOn } = recorded;
  const happened = (day: string | null) => (day !== null && day <= today ? day : null);
  const appliedOn = happened(recorded.requestedOn) ?? tickedOn ?? happened(recorded.effectiveSaidOn);
  const cancelledOn = appliedOn && effectiveOn && effectiveOn < appliedOn ? effectiveOn : appliedOn;
  // One end-of-line date for the whole plan. A recorded 解約日 is the carrier's own word on it, so it
  // wins over any day worked out; else the rule of lineEndFor from the day the request went in (above,
  // else the last day to apply before leaving). Steps that need the line and the person in Japan fall
  // by the day before leaving when the line outlives the stay.
  const travel = provider?.kind === 'travel-esim';
  const port = profile.numberPlan === 'keep' && !travel;
  // Keeping the line while away ends nothing: no day the line ends, no final bill.
  const hold = profile.numberPlan === 'hold' && !travel;
  const applyBy = hold
    ? null
    : abroad
      ? applyByAbroad(provider, profile, port, today)
      : dayBeforeLeaving
        ? applyByFor(provider, port, dayBeforeLeaving, today)
        : null;
  // A travel eSIM ends on its own end date, which the app does not know: it has no such day.
  const applied = travel || hold ? null : (cancelledOn ?? applyBy);
  const lineEnds = effectiveOn ?? (applied ? lineEndFor(provider, port, applied) : null);
  // Ended already: its day has passed, or the line ended on the day it was applied for (or the switch).
  const lineEnded =
    cancelledOn !== null && lineEnds !== null && (lineEnds < today || lineEnds === cancelledOn);
  const inJapanUntil =
    lineEnds && dayBeforeLeaving && lineEnds > dayBeforeLeaving ? dayBeforeLeaving : lineEnds;
  const bills = expectedBills({ providerId: checklist.provider.id, profile, lineEnds, billsLater });
  const finalBillBy = bills.lastBy;
  const newProvider = port ? providers.get(profile.newProviderId ?? '') : undefined;
  const holdFact = hold ? known(provider, 'hold') : null;
  // The days a kept line counts from: its last paid topping, and the day its suspension was applied for.
  const countsFrom = (kind: PlanRuleData['kind']) =>
    hold ? lastDoneOf(planRules.find((r) => r.kind === kind)?.countsFrom, progress) : null;
  const topUpOn = countsFrom('keep-alive');
  const holdFrom = countsFrom('hold-limit');

  const date = (rule: PlanRuleData): Dating => {
    const none: Dating = { earliest: null, latest: null, cutoff: null, advice: [], ask: [] };
    /** No longer timed: what it was for has happened, so it is neither due nor overdue from then on
     * (kept, with its reason, to tick or to do another way where it still applies). */
    const passed = (why: NonNullable<Dating['passed']>, advice: LocalizedText[]): Dating => ({
      ...none,
      advice,
      passed: why,
    });
    const cutoffFor = () =>
      cutoffAdvice(provider, port, today, { applyBy, lineEnds, cancelled: cancelledOn !== null });
    // The records say it was applied for, though no step of it was ticked: the cancellation is not
    // due again; the step waits for its tick.
    const recordedOnly = cancelledOn !== null && tickedOn === null;
    switch (rule.kind) {
      case 'cancel-by-departure': {
        if (recordedOnly) return passed('recorded', []);
        const billing = billingAdvice(provider, profile, today, applyBy);
        const cut = cutoffFor();
        const gone = abroad && !travel && cancelledOn === null ? [fill('abroadCancel', {})] : [];
        return {
          earliest: applyBy ? today : null,
          latest: applyBy,
          cutoff: cut.time,
          advice: [...gone, ...billing.advice, ...cut.advice],
          ask: [...billing.ask, ...cut.ask],
        };
      }
      case 'mnp-reservation': {
        if (recordedOnly) return passed('recorded', []);
        // The date is the finished switch; the number's own 15 days only say when to get it.
        const billing = billingAdvice(provider, profile, today, applyBy);
        const cut = cutoffFor();
        const rest = { cutoff: cut.time, ask: [...billing.ask, ...cut.ask] };
        const days = known(newProvider, 'mnpMinDaysLeft');
        const daysLeft =
          days !== null && newProvider
            ? fill('mnpDaysNewCarrier', { newProvider: newProvider.name, days: String(days) })
            : fill('mnpDaysUsual', {});
        // Once the switch went through (or was applied for), the number is used: nothing to warn of.
        const issued =
          cancelledOn === null ? mnpIssuedAdvice(recorded.mnpValidUntil, today, newProvider, days) : [];
        const holdsValid = issued.length > 0 && (recorded.mnpValidUntil ?? '') >= today;
        if (!dayBeforeLeaving) {
          const validUntil = plusDays(today, 14);
          return {
            ...rest,
            earliest: null,
            latest: null,
            // A number recorded and still valid: no need to say what one got today would last.
            advice: [...issued, ...(holdsValid ? [] : [fill('mnpToday', { today, validUntil })]), daysLeft],
          };
        }
        return {
          ...rest,
          earliest: today < dayBeforeLeaving ? today : dayBeforeLeaving,
          latest: dayBeforeLeaving,
          advice: [
            ...issued,
            fill('mnpSwitchBy', { latest: dayBeforeLeaving }),
            daysLeft,
            ...billing.advice,
            ...cut.advice,
          ],
        };
      }
      case 'before-cancel':
        // Preparing the request: once it has gone in, that moment is over.
        if (cancelledOn) return passed('applied', reasonOf(rule, cancelledOn, lineEnds));
        return applied
          ? { ...none, earliest: today, latest: applied, advice: reasonOf(rule, applied, lineEnds) }
          : none;
      case 'before-line-ends': {
        if (lineEnded && lineEnds) {
          // Closing an account before leaving is still to do before leaving; what needed the line is
          // past doing through it.
          if (leavingBound.has(rule.id) && dayBeforeLeaving && dayBeforeLeaving >= lineEnds)
            return {
              ...none,
              earliest: today < dayBeforeLeaving ? today : dayBeforeLeaving,
              latest: dayBeforeLeaving,
              advice: reasonOf(rule, dayBeforeLeaving, lineEnds),
            };
          return passed('line-ended', reasonOf(rule, lineEnds, lineEnds));
        }
        if (!inJapanUntil || !lineEnds) return none;
        const outlives =
          leaving && lineEnds > inJapanUntil ? [fill('outlivesStay', { lineEnds, leaving })] : [];
        return {
          ...none,
          earliest: today,
          latest: inJapanUntil,
          advice: [...reasonOf(rule, inJapanUntil, lineEnds), ...outlives],
        };
      }
      case 'after-cancel': {
        const ask = hasSimCard && known(provider, 'simReturn') === null ? [planTexts.askSimReturn] : [];
        if (lineEnds && abroad)
          return {
            ...none,
            earliest: lineEnds,
            latest: lineEnds,
            advice: [fill('afterCancelFromAbroad', { earliest: lineEnds })],
            ask,
          };
        if (!lineEnds || !leaving) return { ...none, ask };
        const endsAbroad = lineEnds >= leaving;
        return {
          ...none,
          earliest: lineEnds,
          latest: endsAbroad ? lineEnds : leaving,
          advice: [
            endsAbroad
              ? fill('afterCancelAbroad', { earliest: lineEnds })
              : fill('afterCancel', { earliest: lineEnds, latest: leaving }),
          ],
          ask,
        };
      }
      case 'at-departure':
        return leaving
          ? {
              ...none,
              earliest: leaving,
              latest: leaving,
              advice: [fill('atDeparture', { latest: leaving })],
            }
          : none;
      case 'final-bill':
        return lineEnds && finalBillBy
          ? {
              ...none,
              earliest: lineEnds,
              latest: finalBillBy,
              advice: [fill('finalBill', { latest: finalBillBy })],
            }
          : none;
      case 'travel-renewal': {
        // The renewal date is the seller's: the plan dates only "before you leave", and works out how
        // late a renewal may fall for a seller's notice days to end sooner than that.
        const days = rule.renewalNoticeDays;
        const ask = [planTexts.askRenewal];
        if (!dayBeforeLeaving) {
          const notice = days ? [fill('holaflyNoticeNoDate', { days: String(days) })] : [];
          return { ...none, advice: [fill('travelRenewalNoDate', {}), ...notice], ask };
        }
        const latest = dayBeforeLeaving;
        const notice = days
          ? [fill('holaflyNotice', { days: String(days), renewsBy: plusDays(latest, days - 1), latest })]
          : [];
        return {
          ...none,
          earliest: today < latest ? today : latest,
          latest,
          advice: [fill('travelRenewal', { latest }), ...notice],
          ask,
        };
      }
      case 'travel-expiry':
      case 'after-departure':
        return { ...none, advice: reasonOf(rule, null) };
      case 'hold-start': {
        const latest = abroad ? today : dayBeforeLeaving;
        if (!latest) return none;
        return {
          ...none,
          earliest: today < latest ? today : latest,
          latest,
          advice: [abroad ? fill('holdStartAbroad', {}) : fill('holdStartBy', { latest })],
        };
      }
      case 'keep-alive': {
        if (holdFact?.kind !== 'top-up') return none;
        const days = String(holdFact.everyDays);
        if (!topUpOn) return { ...none, advice: [fill('firstTopping', { days })] };
        const latest = plusDays(topUpOn, holdFact.everyDays);
        return {
          ...none,
          earliest: today < latest ? today : latest,
          latest,
          advice: [
            fill('nextTopping', { last: topUpOn, latest, days, ends: String(holdFact.endsAfterDays) }),
          ],
        };
      }
      case 'hold-limit': {
        if (holdFact?.kind !== 'suspension') return none;
        if (holdFact.maxMonths === null) return { ...none, ask: [planTexts.askHoldLimit] };
        const months = String(holdFact.maxMonths);
        if (!holdFrom) return { ...none, advice: [fill('holdLimitNoStart', { months })] };
        const latest = plusDays(plusMonths(holdFrom, holdFact.maxMonths), -1);
        return {
          ...none,
          earliest: today < latest ? today : latest,
          latest,
          advice: [fill('holdLimit', { months, start: holdFrom, latest })],
        };
      }
    }
  };

  /** A rule's dates, advice, instants and open status: the same for every step it dates, and for every
   * plan with the same inputs (the key holds all that `date` reads besides the rule). */
  const ruled = datingsFor(
    today,
    [
      provider?.id,
      profile.numberPlan,
      newProvider?.id,
      profile.billClosingDay,
      leaving,
      abroad,
      cancelledOn,
      effectiveOn,
      recorded.mnpValidUntil,
      tickedOn,
      billsLater,
      hasSimCard,
      topUpOn,
      holdFrom,
    ].join('|'),
  );
  const forRule = (rule: PlanRuleData): RuledDating => {
    const found = ruled.get(rule.id);
    if (found) return found;
    const dating = date(rule);
    const said =
      cancelledOn && lineEnds && lineEnds !== cancelledOn
        ? fill('appliedEnds', { cancelledOn, lineEnds })
        : cancelledOn
          ? fill('alreadyCancelled', { cancelledOn })
          : null;
    const advice = said && CANCEL_KINDS.has(rule.kind) ? [said, ...dating.advice] : dating.advice;
    const { latest } = dating;
    const daysLeft = latest ? daysBetween(today, latest) : null;
    const made: RuledDating = {
      ...dating,
      advice,
      rule: {
        id: rule.id,
        label: abroad && rule.abroadLabel ? rule.abroadLabel : rule.label,
        sources: ruleSources(rule, provider, newProvider),
        checks: ruleChecks(rule, provider, newProvider, today),
      },
      dueAt: latest ? (dating.cutoff ? at(latest, dating.cutoff) : at(plusDays(latest, 1), '00:00')) : null,
      remindAt: latest ? at(latest, REMIND_TIME) : null,
      openStatus: dating.passed
        ? 'passed'
        : daysLeft === null
          ? 'undated'
          : daysLeft < 0
            ? 'overdue'
            : daysLeft <= DUE_SOON_DAYS
              ? 'due-soon'
              : 'upcoming',
    };
    ruled.set(rule.id, made);
    return made;
  };

  const items: PlanItem[] = [];
  // Each item's place among equal last days: its rule's first step, so the steps a rule dates come
  // together (the Plan view says a shared reason once), else checklist order.
  const rank = new Map<string, number>();
  const ruleRank = new Map<string, number>();
  for (const phase of checklist.phases)
    for (const step of phase.steps) {
      const rule = ruleByStep.get(step.id) ?? serviceRuleOf(step);
      // A step that recurs (the next paid topping) is never done for good: its tick only restarts the count.
      const done = progress[step.id]?.done === true && rule?.kind !== 'keep-alive';
      const r = rule ? forRule(rule) : UNDATED;
      // A service's own page that dates its step is a source of that date too.
      const datedBy = step.service?.datedBy ?? [];
      const shownRule =
        r.rule && datedBy.length > 0
          ? {
              ...r.rule,
              sources: [...datedBy, ...r.rule.sources.filter((s) => !datedBy.some((d) => d.url === s.url))],
            }
          : r.rule;
      const own = rank.size;
      if (rule && !ruleRank.has(rule.id)) ruleRank.set(rule.id, own);
      rank.set(step.id, rule ? (ruleRank.get(rule.id) ?? own) : own);
      items.push({
        stepId: step.id,
        title: step.title,
        done,
        rule: shownRule,
        earliest: r.earliest,
        latest: r.latest,
        dueAt: r.dueAt,
        cutoff: r.cutoff,
        remindAt: r.remindAt,
        status: done ? 'done' : r.openStatus,
        advice: r.advice,
        ask: r.ask,
        ...(step.fallback ? { fallback: true as const } : {}),
        ...(r.passed && !done ? { passed: r.passed } : {}),
      });
    }
  // Each item's sort keys looked up once, not in every comparison.
  const sorted = items
    .map((item) => ({ item, latest: latestOrder(item), order: rank.get(item.stepId) ?? 0 }))
    .sort((a, b) => (a.latest < b.latest ? -1 : a.latest > b.latest ? 1 : a.order - b.order))
    .map(({ item }) => item);
  const shortNotice =
    !abroad && leaving && leaving >= today && daysBetween(today, leaving) <= DUE_SOON_DAYS
      ? shortNoticeFor(checklist, provider, port, sorted, today, leaving)
      : null;
  return {
    today,
    leavingDate: leaving,
    abroad,
    shortNotice,
    cancelledOn,
    lineEnds,
    lineEndsRecorded: effectiveOn !== null,
    finalBillBy,
    bills,
    items: sorted,
  };
}

/** Leaving in three days or fewer: the open steps that must fit before leaving, those that can wait until
 * abroad, and what must move online — a shop visit that may not fit, or a way still to ask about. */
function shortNoticeFor(
  checklist: ChecklistOutline,
  provider: ProviderData | undefined,
  port: boolean,
  items: readonly PlanItem[],
  today: string,
  leaving: string,
): ShortNotice {
  const daysLeft = daysBetween(today, leaving);
  const open = items.filter(isDueItem);
  const route = checklist.phases.flatMap((p) => p.steps).find((s) => !s.fallback && ROUTE_STEPS.has(s.id));
  const channels = known(provider, port ? 'mnpChannels' : 'cancelChannels') ?? [];
  const online = channels.filter((c) => c === 'online' || c === 'app');
  const name = checklist.provider.name;
  const advice = [
    daysLeft === 0
      ? fill('shortToday', {})
      : daysLeft === 1
        ? fill('shortTomorrow', { leaving })
        : fill('shortDays', { days: String(daysLeft), leaving }),
    ...(route?.id.endsWith('shop') && online.length > 0
      ? [fill(port ? 'shortShopMnp' : 'shortShop', { provider: name, channels: channelList(online) })]
      : []),
    ...(route?.id === 'cancel.confirm-channel' || route?.id === 'cancel.remote-confirm-channel'
      ? [fill('shortConfirm', { provider: name })]
      : []),
  ];
  return {
    daysLeft,
    beforeLeaving: open.filter((i) => (i.latest ?? '') <= leaving).map((i) => i.stepId),
    fromAbroad: open.filter((i) => (i.latest ?? '') > leaving).map((i) => i.stepId),
    advice,
  };
}

/** A dated step still to do: not done, and not a fallback (nobody is due to do those). */
export function isDueItem(item: PlanItem): boolean {
  return !item.done && item.latest !== null && item.fallback !== true;
}

/** The first dated step still to do: what the cases list shows as next due. */
export function nextDue(plan: Plan): PlanItem | null {
  return plan.items.find(isDueItem) ?? null;
}
