// The plan: the checklist's steps given dates, from the rules in data/plan-rules.ts, the provider's
// sourced facts and the leaving date. Pure: no clock of its own (today is an input), no I/O.
// Calendar days are Japan's (the carrier's month and cut-offs are Japan time).
import { tzOffset } from '@date-fns/tz';
import { content } from '../../data/index';
import { planRules, planTexts, type PlanRuleData, type PlanTextKey } from '../../data/plan-rules';
import type { ProviderData, ProviderFacts } from '../../data/schema';
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
  /** The rule that dated the step, with the sources of the facts it rests on; null: no rule applies. */
  rule: { id: string; label: LocalizedText; sources: Source[] } | null;
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

export interface Plan {
  today: string;
  leavingDate: string | null;
  /** The day the line ended (a cancel step ticked), or null while it still runs. */
  cancelledOn: string | null;
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
// or an instant into a day, depends on the zone: that goes through @date-fns/tz's tzOffset.
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
    offset = tzOffset(JAPAN_ZONE, new Date(ms));
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
function dayWords(iso: string, locale: string, month = false): string {
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

/** Fills a text's {placeholders}: `YYYY-MM-DD` values become dates in words, `month:YYYY-MM-DD` a month.
 * `id` names the text for the memo (the same few texts and dates recur across steps, cases and re-renders). */
const filled = new Map<string, LocalizedText>();
function fillText(id: string, text: LocalizedText, params: Record<string, string>): LocalizedText {
  const memoKey = `${id}|${Object.entries(params).join('|')}`;
  const memo = filled.get(memoKey);
  if (memo) return memo;
  const out = {} as LocalizedText;
  for (const locale of LOCALES)
    out[locale] = text[locale].replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return dayWords(value, locale);
      if (value.startsWith('month:')) return dayWords(value.slice(6), locale, true);
      return value;
    });
  filled.set(memoKey, out);
  return out;
}
const fill = (key: PlanTextKey, params: Record<string, string>) => fillText(key, planTexts[key], params);
/** A rule's own reason, its {latest} filled. */
const reasonOf = (rule: PlanRuleData, latest: string | null): LocalizedText[] =>
  rule.reason ? [fillText(`rule:${rule.id}`, rule.reason, latest ? { latest } : {})] : [];

/** A provider fact's value when the sources agree on one; null when unknown, disputed or absent. */
function known<K extends keyof ProviderFacts>(
  provider: ProviderData | undefined,
  key: K,
): NonNullable<NonNullable<ProviderFacts[K]>['value']> | null {
  const fact = provider?.facts[key];
  return fact?.status === 'found' && fact.value != null ? fact.value : null;
}

const sourcesMemo = new Map<string, Source[]>();
function ruleSources(rule: PlanRuleData, provider: ProviderData | undefined): Source[] {
  const key = `${rule.id}|${provider?.id ?? ''}`;
  const memo = sourcesMemo.get(key);
  if (memo) return memo;
  const all = [
    ...rule.citesGlobal.flatMap((id) => globalFacts.get(id)?.sources ?? []),
    ...rule.citesProvider.flatMap((key) => provider?.facts[key]?.sources ?? []),
  ];
  const seen = new Set<string>();
  const unique = all.filter((s) => !seen.has(s.url) && seen.add(s.url));
  sourcesMemo.set(key, unique);
  return unique;
}

/** Billing advice for ending the line by `latest` (or by no set day), seen from `today`. */
function billingAdvice(provider: ProviderData | undefined, today: string, latest: string | null) {
  const billing = known(provider, 'billing');
  const thisMonthEnd = monthEnd(today);
  const nextMonth = `month:${plusDays(thisMonthEnd, 1)}`;
  if (billing === null) return { advice: [], ask: [planTexts.askBilling] };
  if (billing === 'full-month') {
    if (latest === null)
      return { advice: [fill('fullMonthNoDate', { monthEnd: thisMonthEnd, nextMonth })], ask: [] };
    const key = latest <= thisMonthEnd ? 'fullMonthSame' : 'fullMonthBefore';
    return { advice: [fill(key, { monthEnd: thisMonthEnd, nextMonth, latest })], ask: [] };
  }
  if (billing === 'pro-rated')
    return { advice: [latest ? fill('proRated', { latest }) : fill('proRatedNoDate', {})], ask: [] };
  return { advice: [fill(billing === 'prepaid' ? 'prepaid' : 'usageBased', {})], ask: [] };
}

/** When the request takes effect, and its time cut-off, from the provider's cutoff fact. */
function cutoffAdvice(provider: ProviderData | undefined, today: string) {
  const cutoff = known(provider, 'cutoff');
  if (cutoff === null) return { time: null, advice: [], ask: [planTexts.askCutoff] };
  const advice: LocalizedText[] = [];
  if (cutoff.effective === 'month-end') {
    if (cutoff.deadlineDay !== null) {
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
    } else advice.push(fill('monthEnd', { monthEnd: monthEnd(today) }));
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
  const lineEnds = cancelledOn ?? dayBeforeLeaving;
  const finalBillBy = lineEnds && billsLater ? monthEnd(lineEnds, 2) : null;

  const date = (rule: PlanRuleData): Dating => {
    const none: Dating = { earliest: null, latest: null, cutoff: null, advice: [], ask: [] };
    switch (rule.kind) {
      case 'cancel-by-departure': {
        const billing = billingAdvice(provider, today, dayBeforeLeaving);
        const cut = cutoffAdvice(provider, today);
        return {
          earliest: leaving ? today : null,
          latest: dayBeforeLeaving,
          cutoff: cut.time,
          advice: [...billing.advice, ...cut.advice],
          ask: [...billing.ask, ...cut.ask],
        };
      }
      case 'mnp-reservation': {
        const billing = billingAdvice(provider, today, dayBeforeLeaving);
        const cut = cutoffAdvice(provider, today);
        const rest = { cutoff: cut.time, ask: [...billing.ask, ...cut.ask] };
        if (!leaving || !dayBeforeLeaving) {
          const validUntil = plusDays(today, 14);
          return { ...rest, earliest: null, latest: null, advice: [fill('mnpToday', { today, validUntil })] };
        }
        // Valid 15 days counting the issue day: issued 15 days before leaving, it still works the day before.
        const fifteenBefore = plusDays(leaving, -15);
        const earliest = fifteenBefore > today ? fifteenBefore : today;
        const validUntil = plusDays(earliest, 14);
        return {
          ...rest,
          earliest,
          latest: dayBeforeLeaving,
          advice: [fill('mnpWindow', { earliest, validUntil }), ...billing.advice, ...cut.advice],
        };
      }
      case 'before-cancel':
        return lineEnds
          ? { ...none, earliest: today, latest: lineEnds, advice: reasonOf(rule, lineEnds) }
          : none;
      case 'after-cancel': {
        const ask = hasSimCard && known(provider, 'simReturn') === null ? [planTexts.askSimReturn] : [];
        if (!lineEnds || !leaving) return { ...none, ask };
        const latest = leaving < lineEnds ? lineEnds : leaving;
        return {
          ...none,
          earliest: lineEnds,
          latest,
          advice: [fill('afterCancel', { earliest: lineEnds, latest })],
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
    `${provider?.id ?? ''}|${leaving}|${cancelledOn}|${billsLater}|${hasSimCard}`,
  );
  const forRule = (rule: PlanRuleData): RuledDating => {
    const found = ruled.get(rule.id);
    if (found) return found;
    const dating = date(rule);
    const advice =
      cancelledOn && CANCEL_KINDS.has(rule.kind)
        ? [fill('alreadyCancelled', { cancelledOn }), ...dating.advice]
        : dating.advice;
    const { latest } = dating;
    const daysLeft = latest ? daysBetween(today, latest) : null;
    const made: RuledDating = {
      ...dating,
      advice,
      rule: { id: rule.id, label: rule.label, sources: ruleSources(rule, provider) },
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
  return { today, leavingDate: leaving, cancelledOn, finalBillBy, items };
}

/** A dated step still to do: not done, and not a fallback (nobody is due to do those). */
export function isDueItem(item: PlanItem): boolean {
  return !item.done && item.latest !== null && item.fallback !== true;
}

/** The first dated step still to do: what the cases list shows as next due. */
export function nextDue(plan: Plan): PlanItem | null {
  return plan.items.find(isDueItem) ?? null;
}
