// The plan: the checklist's steps given dates, from the rules in data/plan-rules.ts, the provider's
// sourced facts and the leaving date. Pure: no clock of its own (today is an input), no I/O.
// Calendar days are Japan's (the carrier's month and cut-offs are Japan time).
import { Temporal } from 'temporal-polyfill';
import { content } from '../../data/index';
import { planRules, planTexts, type PlanRuleData, type PlanTextKey } from '../../data/plan-rules';
import type { ClosingDay, ProviderData, ProviderFacts } from '../../data/schema';
import { CLOSING_DAY_NAMES, closingDayList, FACT_LABELS } from './format';
import { checkFact, providerFactNumbers, type FactCheck } from './backing';
import {
  LOCALES,
  type Checklist,
  type LocalizedText,
  type Profile,
  type Source,
  type StepProgress,
} from './types';

export const JAPAN_ZONE = 'Asia/Tokyo';
/** Due today or within this many days after it counts as due soon. */
export const DUE_SOON_DAYS = 3;
/** Reminders fire at this time, Japan time, on a step's last day. */
const REMIND_TIME = '09:00';

export type PlanStatus = 'done' | 'overdue' | 'due-soon' | 'upcoming' | 'undated';

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
}

/** A number a rule rests on that the person should confirm: the fact's label and what is wrong. */
export interface RuleFactCheck extends FactCheck {
  label: LocalizedText;
}

export interface Plan {
  today: string;
  leavingDate: string | null;
  /** The day the cancellation or the port was applied for (a cancel step ticked), or null until then. */
  cancelledOn: string | null;
  /** The day the line ends: the day it is applied for, or that month's end at a provider whose
   * cancellations take effect then; a port ends it when the switch completes. One date, from one rule,
   * for every step, reminder and calendar event; null while nothing dates it. */
  lineEnds: string | null;
  /** Keep the payment method until this day (end of the second month after the line ends). */
  finalBillBy: string | null;
  /** Dated items by last day, then undated ones, each group in checklist order. */
  items: PlanItem[];
}

export interface PlanInput {
  checklist: Checklist;
  profile: Profile;
  progress: Readonly<Record<string, StepProgress>>;
  /** YYYY-MM-DD in Japan: see japanDay. */
  today: string;
}

const providers = new Map<string, ProviderData>(content.providers.map((p) => [p.id, p]));
const globalFacts = new Map(content.globalFacts.map((f) => [f.id, f]));
const ruleByStep = new Map<string, PlanRuleData>(
  planRules.flatMap((rule) => rule.steps.map((step) => [step, rule] as const)),
);
const CANCEL_KINDS: ReadonlySet<PlanRuleData['kind']> = new Set(['cancel-by-departure', 'mnp-reservation']);

// Calendar days are YYYY-MM-DD strings; their arithmetic runs on UTC midnights, which has no zone
// (and Date.UTC knows month lengths and leap years). Only turning a day and a time into an instant,
// or an instant into a day, depends on the zone: that goes through Temporal (the app's one zone library).
const DAY_MS = 86_400_000;
const utcMidnight = (iso: string): number =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
const isoOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const plusDays = (iso: string, days: number): string => isoOf(utcMidnight(iso) + days * DAY_MS);
/** The last day of the month `months` after the one `iso` falls in. */
const monthEnd = (iso: string, months = 0): string =>
  isoOf(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) + months, 0));
/** Day `dayOfMonth` of the month `months` after `iso`'s, clamped to that month's length. */
const dayOfMonth = (iso: string, dayOfMonth: number, months = 0): string => {
  const last = monthEnd(iso, months);
  return `${last.slice(0, 8)}${String(Math.min(dayOfMonth, Number(last.slice(8)))).padStart(2, '0')}`;
};
const daysBetween = (from: string, to: string): number =>
  Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);

/** Japan's UTC offset in minutes at an instant, memoised per hour (the library's lookup is costly). */
const offsets = new Map<number, number>();
function japanOffset(ms: number): number {
  const hour = Math.floor(ms / 3_600_000);
  let offset = offsets.get(hour);
  if (offset === undefined) {
    offset =
      Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(JAPAN_ZONE).offsetNanoseconds / 60e9;
    offsets.set(hour, offset);
  }
  return offset;
}

/** The instant (ISO, UTC) of a wall-clock time on a day in Japan. */
const instants = new Map<string, string>();
function at(iso: string, hhmm: string): string {
  const key = `${iso}T${hhmm}`;
  const memo = instants.get(key);
  if (memo) return memo;
  const wall = utcMidnight(iso) + (Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))) * 60_000;
  const instant = new Date(wall - japanOffset(wall) * 60_000).toISOString();
  instants.set(key, instant);
  return instant;
}

/** The calendar day in Japan at an instant. */
export function japanDay(instant: Date | string): string {
  const ms = new Date(instant).getTime();
  return isoOf(ms + japanOffset(ms) * 60_000);
}

/** The day a step was last ticked done (Japan's calendar), or null when it is not done. */
function doneOn(progress: StepProgress | undefined): string | null {
  if (!progress?.done) return null;
  const last = progress.history.findLast((h) => h.done);
  return last ? japanDay(last.at) : null;
}

const DAY_WORDS: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'UTC',
};
const MONTH_WORDS: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', timeZone: 'UTC' };
const formatters = new Map<string, Intl.DateTimeFormat>();
const words = new Map<string, string>();
/** A calendar day (or its month) in words, the same in every zone (formatted as UTC midnight); memoised,
 * as many steps and cases share the same few dates. */
export function dayWords(iso: string, locale: string, month = false): string {
  const key = `${locale}|${month ? 'm' : 'd'}|${iso}`;
  let found = words.get(key);
  if (found === undefined) {
    const fmtKey = `${locale}|${month ? 'm' : 'd'}`;
    let format = formatters.get(fmtKey);
    if (!format) {
      format = new Intl.DateTimeFormat(locale, month ? MONTH_WORDS : DAY_WORDS);
      formatters.set(fmtKey, format);
    }
    found = format.format(utcMidnight(iso));
    words.set(key, found);
  }
  return found;
}

/** Fills a text's {placeholders}: `YYYY-MM-DD` values become dates in words, `month:YYYY-MM-DD` a month,
 * a text in every language its own language's words. `id` names the text for the memo (the same few
 * texts and dates recur across steps, cases and re-renders). */
type Param = string | LocalizedText;
const filled = new Map<string, LocalizedText>();
function fillText(id: string, text: LocalizedText, params: Record<string, Param>): LocalizedText {
  const memoKey = `${id}|${Object.entries(params)
    .map(([name, value]) => `${name}=${typeof value === 'string' ? value : value.en}`)
    .join('|')}`;
  const memo = filled.get(memoKey);
  if (memo) return memo;
  const out = {} as LocalizedText;
  for (const locale of LOCALES)
    out[locale] = text[locale].replace(/\{(\w+)\}/g, (whole, name: string) => {
      const param = params[name];
      if (param === undefined) return whole;
      if (typeof param !== 'string') return param[locale];
      if (/^\d{4}-\d{2}-\d{2}$/.test(param)) return dayWords(param, locale);
      if (param.startsWith('month:')) return dayWords(param.slice(6), locale, true);
      return param;
    });
  filled.set(memoKey, out);
  return out;
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

/** A provider fact's value when the sources agree on one; null when unknown, disputed or absent. */
function known<K extends keyof ProviderFacts>(
  provider: ProviderData | undefined,
  key: K,
): NonNullable<NonNullable<ProviderFacts[K]>['value']> | null {
  const fact = provider?.facts[key];
  return fact?.status === 'found' && fact.value != null ? fact.value : null;
}

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

/** How the last month is billed in this case: a port to a provider the carrier bills by the day (au's
 * moves to UQ mobile and povo) is pro-rated whatever its usual rule. */
function billingOf(provider: ProviderData | undefined, profile: Profile) {
  const to = profile.numberPlan === 'keep' ? profile.newProviderId : null;
  if (to && provider?.facts.billing?.proRatedPortsTo?.includes(to)) return 'pro-rated' as const;
  return known(provider, 'billing');
}

/** The day this case's bill closes: the person's answer where it depends on the customer (SoftBank),
 * `unsure` when they do not know it; the month's end where the provider states no other. */
function closingOf(provider: ProviderData | undefined, profile: Profile): ClosingDay | 'unsure' {
  const days = known(provider, 'billClosing');
  if (!days?.[0]) return 'month-end';
  if (days.length === 1) return days[0];
  const answer = profile.billClosingDay;
  return answer && answer !== 'unsure' && days.includes(answer) ? answer : 'unsure';
}

/** The last day of the billing period `day` falls in. */
function periodEnd(day: string, closing: ClosingDay): string {
  if (closing === 'month-end') return monthEnd(day);
  const thisMonth = dayOfMonth(day, Number(closing));
  return thisMonth >= day ? thisMonth : dayOfMonth(day, Number(closing), 1);
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
}
/** A rule's dating for one plan, with the status its steps have while not done. */
type RuledDating = Dating & Pick<PlanItem, 'rule' | 'dueAt' | 'remindAt'> & { openStatus: PlanStatus };
const UNDATED = {
  earliest: null,
  latest: null,
  cutoff: null,
  advice: [],
  ask: [],
  rule: null,
  dueAt: null,
  remindAt: null,
  openStatus: 'undated',
} as const satisfies RuledDating;

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

const latestOrder = (item: PlanItem) => item.latest ?? '9999-12-31';

export function computePlan({ checklist, profile, progress, today }: PlanInput): Plan {
  const provider = providers.get(checklist.provider.id);
  const leaving = profile.leavingDate;
  const dayBeforeLeaving = leaving ? plusDays(leaving, -1) : null;

  // One pass over the steps for what they say about the line. It ends on the first day a cancel step
  // was ticked (until then, by the day before leaving); only a line billed afterwards (the checklist has
  // its final-bill step) has a bill to wait for; an eSIM has no card to post back, so the return
  // question is for a physical SIM only.
  let cancelledOn: string | null = null;
  let billsLater = false;
  let hasSimCard = false;
  for (const phase of checklist.phases)
    for (const step of phase.steps) {
      const kind = ruleByStep.get(step.id)?.kind;
      if (kind === 'final-bill') billsLater = true;
      else if (kind && CANCEL_KINDS.has(kind)) {
        const on = doneOn(progress[step.id]);
        if (on !== null && (cancelledOn === null || on < cancelledOn)) cancelledOn = on;
      }
      if (step.id.startsWith('device.sim-')) hasSimCard = true;
    }
  // One end-of-line date for the whole plan: the day the request goes in (the day a cancel step was
  // ticked, else the last day to apply before leaving), and the rule of lineEndFor. Steps that need the
  // line and the person in Japan fall by the day before leaving when the line outlives the stay.
  const travel = provider?.kind === 'travel-esim';
  const port = profile.numberPlan === 'keep' && !travel;
  const applyBy = dayBeforeLeaving ? applyByFor(provider, port, dayBeforeLeaving, today) : null;
  // A travel eSIM ends on its own end date, which the app does not know: it has no such day.
  const applied = travel ? null : (cancelledOn ?? applyBy);
  const lineEnds = applied ? lineEndFor(provider, port, applied) : null;
  const inJapanUntil =
    lineEnds && dayBeforeLeaving && lineEnds > dayBeforeLeaving ? dayBeforeLeaving : lineEnds;
  const finalBillBy = lineEnds && billsLater ? monthEnd(lineEnds, 2) : null;
  const newProvider = port ? providers.get(profile.newProviderId ?? '') : undefined;

  const date = (rule: PlanRuleData): Dating => {
    const none: Dating = { earliest: null, latest: null, cutoff: null, advice: [], ask: [] };
    const cutoffFor = () =>
      cutoffAdvice(provider, port, today, { applyBy, lineEnds, cancelled: cancelledOn !== null });
    switch (rule.kind) {
      case 'cancel-by-departure': {
        const billing = billingAdvice(provider, profile, today, applyBy);
        const cut = cutoffFor();
        return {
          earliest: leaving ? today : null,
          latest: applyBy,
          cutoff: cut.time,
          advice: [...billing.advice, ...cut.advice],
          ask: [...billing.ask, ...cut.ask],
        };
      }
      case 'mnp-reservation': {
        // The date is the finished switch; the number's own 15 days only say when to get it.
        const billing = billingAdvice(provider, profile, today, applyBy);
        const cut = cutoffFor();
        const rest = { cutoff: cut.time, ask: [...billing.ask, ...cut.ask] };
        const days = known(newProvider, 'mnpMinDaysLeft');
        const daysLeft =
          days !== null && newProvider
            ? fill('mnpDaysNewCarrier', { newProvider: newProvider.name, days: String(days) })
            : fill('mnpDaysUsual', {});
        if (!leaving || !dayBeforeLeaving) {
          const validUntil = plusDays(today, 14);
          return {
            ...rest,
            earliest: null,
            latest: null,
            advice: [fill('mnpToday', { today, validUntil }), daysLeft],
          };
        }
        return {
          ...rest,
          earliest: today < dayBeforeLeaving ? today : dayBeforeLeaving,
          latest: dayBeforeLeaving,
          advice: [
            fill('mnpSwitchBy', { latest: dayBeforeLeaving }),
            daysLeft,
            ...billing.advice,
            ...cut.advice,
          ],
        };
      }
      case 'before-cancel':
        return applied
          ? { ...none, earliest: today, latest: applied, advice: reasonOf(rule, applied, lineEnds) }
          : none;
      case 'before-line-ends': {
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
        if (!lineEnds || !leaving) return { ...none, ask };
        const abroad = lineEnds >= leaving;
        return {
          ...none,
          earliest: lineEnds,
          latest: abroad ? lineEnds : leaving,
          advice: [
            abroad
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
        return { ...none, advice: reasonOf(rule, null) };
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
      cancelledOn,
      billsLater,
      hasSimCard,
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
        label: rule.label,
        sources: ruleSources(rule, provider, newProvider),
        checks: ruleChecks(rule, provider, newProvider, today),
      },
      dueAt: latest ? (dating.cutoff ? at(latest, dating.cutoff) : at(plusDays(latest, 1), '00:00')) : null,
      remindAt: latest ? at(latest, REMIND_TIME) : null,
      openStatus:
        daysLeft === null
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
      const rule = ruleByStep.get(step.id);
      const done = progress[step.id]?.done === true;
      const r = rule ? forRule(rule) : UNDATED;
      const own = rank.size;
      if (rule && !ruleRank.has(rule.id)) ruleRank.set(rule.id, own);
      rank.set(step.id, rule ? (ruleRank.get(rule.id) ?? own) : own);
      items.push({
        stepId: step.id,
        title: step.title,
        done,
        rule: r.rule,
        earliest: r.earliest,
        latest: r.latest,
        dueAt: r.dueAt,
        cutoff: r.cutoff,
        remindAt: r.remindAt,
        status: done ? 'done' : r.openStatus,
        advice: r.advice,
        ask: r.ask,
        ...(step.fallback ? { fallback: true as const } : {}),
      });
    }
  const order = (item: PlanItem) => rank.get(item.stepId) ?? 0;
  items.sort((a, b) =>
    latestOrder(a) < latestOrder(b) ? -1 : latestOrder(a) > latestOrder(b) ? 1 : order(a) - order(b),
  );
  return { today, leavingDate: leaving, cancelledOn, lineEnds, finalBillBy, items };
}

/** A dated step still to do: not done, and not a fallback (nobody is due to do those). */
export function isDueItem(item: PlanItem): boolean {
  return !item.done && item.latest !== null && item.fallback !== true;
}

/** The first dated step still to do: what the cases list shows as next due. */
export function nextDue(plan: Plan): PlanItem | null {
  return plan.items.find(isDueItem) ?? null;
}
