// The plan: the checklist's steps given dates, from the rules in data/plan-rules.ts, the provider's
// sourced facts and the leaving date. Pure: no clock of its own (today is an input), no I/O.
// Calendar days are Japan's (the carrier's month and cut-offs are Japan time); zone arithmetic goes
// through @date-fns/tz, day arithmetic through date-fns.
import { TZDate } from '@date-fns/tz';
import { addDays, addMonths, differenceInCalendarDays, endOfMonth, format, max } from 'date-fns';
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
/** Reminders fire at this hour, Japan time, on a step's last day. */
const REMIND_HOUR = 9;

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

const day = (iso: string): TZDate => {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  return new TZDate(y, m - 1, d, JAPAN_ZONE);
};
const isoDay = (date: Date): string => format(date, 'yyyy-MM-dd');
const at = (iso: string, hhmm: string): string => {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  const d = day(iso);
  // As UTC (Z): TZDate's own toISOString writes the zone's offset.
  return new Date(
    new TZDate(d.getFullYear(), d.getMonth(), d.getDate(), h, m, JAPAN_ZONE).getTime(),
  ).toISOString();
};

/** The calendar day in Japan at an instant. */
export function japanDay(instant: Date | string): string {
  return isoDay(new TZDate(new Date(instant).getTime(), JAPAN_ZONE));
}

/** The day a step was last ticked done (Japan's calendar), or null when it is not done. */
function doneOn(progress: StepProgress | undefined): string | null {
  if (!progress?.done) return null;
  const last = progress.history.findLast((h) => h.done);
  return last ? japanDay(last.at) : null;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let found = dateFormats.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    dateFormats.set(key, found);
  }
  return found;
}
/** A calendar day in words, the same in every zone (the day is formatted as UTC midnight). */
function dayWords(iso: string, locale: string, month = false): string {
  const utc = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return formatter(
    locale,
    month ? { year: 'numeric', month: 'long' } : { year: 'numeric', month: 'long', day: 'numeric' },
  ).format(utc);
}

/** Fills a text's {placeholders}: `YYYY-MM-DD` values become dates in words, `month:YYYY-MM-DD` a month. */
function fill(key: PlanTextKey, params: Record<string, string>): LocalizedText {
  const text = planTexts[key];
  const out = {} as LocalizedText;
  for (const locale of LOCALES)
    out[locale] = text[locale].replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return dayWords(value, locale);
      if (value.startsWith('month:')) return dayWords(value.slice(6), locale, true);
      return value;
    });
  return out;
}

/** A provider fact's value when the sources agree on one; null when unknown, disputed or absent. */
function known<K extends keyof ProviderFacts>(
  provider: ProviderData | undefined,
  key: K,
): NonNullable<NonNullable<ProviderFacts[K]>['value']> | null {
  const fact = provider?.facts[key];
  return fact?.status === 'found' && fact.value != null ? fact.value : null;
}

function ruleSources(rule: PlanRuleData, provider: ProviderData | undefined): Source[] {
  const all = [
    ...rule.citesGlobal.flatMap((id) => globalFacts.get(id)?.sources ?? []),
    ...rule.citesProvider.flatMap((key) => provider?.facts[key]?.sources ?? []),
  ];
  const seen = new Set<string>();
  return all.filter((s) => !seen.has(s.url) && seen.add(s.url));
}

/** Billing advice for ending the line by `latest` (or by no set day), seen from `today`. */
function billingAdvice(provider: ProviderData | undefined, today: string, latest: string | null) {
  const billing = known(provider, 'billing');
  const monthEnd = isoDay(endOfMonth(day(today)));
  const nextMonth = `month:${isoDay(addDays(day(monthEnd), 1))}`;
  if (billing === null) return { advice: [], ask: [planTexts.askBilling] };
  if (billing === 'full-month') {
    if (latest === null) return { advice: [fill('fullMonthNoDate', { monthEnd, nextMonth })], ask: [] };
    const key = latest <= monthEnd ? 'fullMonthSame' : 'fullMonthBefore';
    return { advice: [fill(key, { monthEnd, nextMonth, latest })], ask: [] };
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
    const monthEnd = isoDay(endOfMonth(day(today)));
    if (cutoff.deadlineDay !== null) {
      // The request day in this month, or next month's when this month's has passed (clamped to short months).
      const thisMonth = day(today);
      const candidate = (base: Date) =>
        isoDay(
          new TZDate(
            base.getFullYear(),
            base.getMonth(),
            Math.min(cutoff.deadlineDay ?? 1, endOfMonth(base).getDate()),
            JAPAN_ZONE,
          ),
        );
      const requestThis = candidate(thisMonth);
      const requestBy = requestThis >= today ? requestThis : candidate(addMonths(thisMonth, 1));
      advice.push(
        fill('monthEndDeadline', {
          deadlineDay: String(cutoff.deadlineDay),
          monthEnd: isoDay(endOfMonth(day(requestBy))),
          requestBy,
        }),
      );
    } else advice.push(fill('monthEnd', { monthEnd }));
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

export function computePlan({ checklist, profile, progress, today }: PlanInput): Plan {
  const provider = providers.get(checklist.provider.id);
  const steps = checklist.phases.flatMap((p) => p.steps);
  const leaving = profile.leavingDate;
  const dayBeforeLeaving = leaving ? isoDay(addDays(day(leaving), -1)) : null;

  // The line ends on the day a cancel step was ticked; until then, by the day before leaving.
  const cancelSteps = steps.filter((s) => CANCEL_KINDS.has(ruleByStep.get(s.id)?.kind ?? 'final-bill'));
  const cancelledOn =
    cancelSteps
      .map((s) => doneOn(progress[s.id]))
      .filter((d): d is string => d !== null)
      .sort()[0] ?? null;
  const lineEnds = cancelledOn ?? dayBeforeLeaving;
  const finalBillBy = lineEnds ? isoDay(endOfMonth(addMonths(day(lineEnds), 2))) : null;

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
          const validUntil = isoDay(addDays(day(today), 14));
          return { ...rest, earliest: null, latest: null, advice: [fill('mnpToday', { today, validUntil })] };
        }
        // Valid 15 days counting the issue day: issued 15 days before leaving, it still works the day before.
        const earliest = isoDay(max([day(today), addDays(day(leaving), -15)]));
        const validUntil = isoDay(addDays(day(earliest), 14));
        return {
          ...rest,
          earliest,
          latest: dayBeforeLeaving,
          advice: [fill('mnpWindow', { earliest, validUntil }), ...billing.advice, ...cut.advice],
        };
      }
      case 'before-cancel':
        return lineEnds
          ? {
              ...none,
              earliest: today,
              latest: lineEnds,
              advice: [fill('beforeCancel', { latest: lineEnds })],
            }
          : none;
      case 'after-cancel': {
        const ask = known(provider, 'simReturn') === null ? [planTexts.askSimReturn] : [];
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
    }
  };

  const items = steps.map((step): PlanItem => {
    const rule = ruleByStep.get(step.id);
    const done = progress[step.id]?.done === true;
    const dating = rule ? date(rule) : { earliest: null, latest: null, cutoff: null, advice: [], ask: [] };
    if (rule && !dating.latest && !leaving && !cancelledOn) dating.ask.push(planTexts.noLeavingDate);
    if (cancelledOn && rule && CANCEL_KINDS.has(rule.kind))
      dating.advice.unshift(fill('alreadyCancelled', { cancelledOn }));
    const { latest } = dating;
    const dueAt = latest
      ? dating.cutoff
        ? at(latest, dating.cutoff)
        : at(isoDay(addDays(day(latest), 1)), '00:00')
      : null;
    const daysLeft = latest ? differenceInCalendarDays(day(latest), day(today)) : null;
    const status: PlanStatus = done
      ? 'done'
      : daysLeft === null
        ? 'undated'
        : daysLeft < 0
          ? 'overdue'
          : daysLeft <= DUE_SOON_DAYS
            ? 'due-soon'
            : 'upcoming';
    return {
      stepId: step.id,
      title: step.title,
      done,
      rule: rule ? { id: rule.id, label: rule.label, sources: ruleSources(rule, provider) } : null,
      earliest: dating.earliest,
      latest,
      dueAt,
      cutoff: dating.cutoff,
      remindAt: latest ? at(latest, `${String(REMIND_HOUR).padStart(2, '0')}:00`) : null,
      status,
      advice: dating.advice,
      ask: dating.ask,
    };
  });
  const order = (item: PlanItem) => item.latest ?? '9999-12-31';
  items.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
  return { today, leavingDate: leaving, cancelledOn, finalBillBy, items };
}

/** The first not-done dated item: what the cases list shows as next due. */
export function nextDue(plan: Plan): PlanItem | null {
  return plan.items.find((item) => !item.done && item.latest !== null) ?? null;
}
