// Bills after the line ends (issue 19): the bills still to come for a case, from the provider's billing
// rule (data/billing-rules.ts), its closing day and the day the line ends; what the person recorded of
// each; whether the case is settled (the last expected bill paid); and whether the payment method lasts
// until the last bill, with the sourced ways out. Pure: today is an input, records come in as
// RecordedBill (electron/proof/bill-records.ts). Months are Japan's (the carrier's billing month).
import { content } from '../../data/index';
import {
  billingRules,
  billTexts,
  GENERAL_BILLING,
  type BillingFactData,
  type BillingRuleData,
} from '../../data/billing-rules';
import type { ClosingDay, ProviderData, ProviderFacts } from '../../data/schema';
import { checkFact, type FactCheck } from './backing';
import { at, dayOfMonth, daysBetween, DUE_SOON_DAYS, fillText, monthEnd, type Param } from './days';
import { FACT_LABELS, formatFact } from './format';
import { isAbroad } from './relevance';
import type { LocalizedText, Payment, Profile, Source } from './types';

const providers = new Map<string, ProviderData>(content.providers.map((p) => [p.id, p]));
const rules = new Map<string, BillingRuleData>(billingRules.map((r) => [r.providerId, r]));
const globalFacts = new Map(content.globalFacts.map((f) => [f.id, f]));

/** The provider's billing rule; every provider has one (tests/unit/guide/bills.test.ts). */
export function billingRuleFor(providerId: string): BillingRuleData | undefined {
  return rules.get(providerId);
}

/** A provider fact's value when the sources agree on one; null when unknown, disputed or absent. */
export function known<K extends keyof ProviderFacts>(
  provider: ProviderData | undefined,
  key: K,
): NonNullable<NonNullable<ProviderFacts[K]>['value']> | null {
  const fact = provider?.facts[key];
  return fact?.status === 'found' && fact.value != null ? fact.value : null;
}

/** How the last month is billed in this case: a port to a provider the carrier bills by the day (au's
 * moves to UQ mobile and povo) is pro-rated whatever its usual rule. */
export function billingOf(provider: ProviderData | undefined, profile: Profile) {
  const to = profile.numberPlan === 'keep' ? profile.newProviderId : null;
  if (to && provider?.facts.billing?.proRatedPortsTo?.includes(to)) return 'pro-rated' as const;
  return known(provider, 'billing');
}

/** The day this case's bill closes: the person's answer where it depends on the customer (SoftBank),
 * `unsure` when they do not know it; the month's end where the provider states no other. */
export function closingOf(provider: ProviderData | undefined, profile: Profile): ClosingDay | 'unsure' {
  const days = known(provider, 'billClosing');
  if (!days?.[0]) return 'month-end';
  if (days.length === 1) return days[0];
  const answer = profile.billClosingDay;
  return answer && answer !== 'unsure' && days.includes(answer) ? answer : 'unsure';
}

/** The last day of the billing period `day` falls in. */
export function periodEnd(day: string, closing: ClosingDay): string {
  if (closing === 'month-end') return monthEnd(day);
  const thisMonth = dayOfMonth(day, Number(closing));
  return thisMonth >= day ? thisMonth : dayOfMonth(day, Number(closing), 1);
}

/** One bill still to come. */
export interface ExpectedBill {
  /** YYYY-MM: the month it is billed in (Japan's). */
  month: string;
  /** That month's last day: by then it should have come and been paid. */
  by: string;
  /** The last one expected. */
  final: boolean;
  /** The bill for the last period of use, or charges that come late. */
  kind: 'last-period' | 'late';
  /** What it holds. */
  about: LocalizedText;
  /** The provider's own pages say so, or it is the usual pattern (final-bill-timing). */
  basis: 'provider' | 'general';
  sources: Source[];
}

export interface ExpectedBills {
  /** none: nothing is billed after the line ends (paid in advance); undated: the day the line ends is
   * not known yet; dated: `bills` holds them, oldest first. */
  state: 'none' | 'undated' | 'dated';
  bills: ExpectedBill[];
  /** The last expected bill's `by`: the payment method must last until then. */
  lastBy: string | null;
}

const fill = (key: keyof typeof billTexts, params: Record<string, Param>) =>
  fillText(`bill:${key}`, billTexts[key], params);
const generalSources = (): Source[] => globalFacts.get(GENERAL_BILLING.factId)?.sources ?? [];
const factsOf = (rule: BillingRuleData | undefined, kind: BillingFactData['kind']) =>
  rule?.facts.filter((f) => f.kind === kind) ?? [];
const sourcesOf = (facts: readonly { sources: readonly Source[] }[]): Source[] => {
  const seen = new Set<string>();
  return facts.flatMap((f) => f.sources).filter((s) => !seen.has(s.url) && seen.add(s.url));
};

/** Nothing is billed once the line has ended: a travel eSIM or a prepaid line, or a checklist without
 * the final-bill step. */
function paidInAdvance(provider: ProviderData | undefined, profile: Profile, billsLater: boolean): boolean {
  return (
    !billsLater ||
    profile.contractKind === 'prepaid' ||
    profile.contractKind === 'travel-esim' ||
    known(provider, 'billing') === 'prepaid'
  );
}

/**
 * The bills still to come after the line ends on `lineEnds`: the bill for the last billing period (the
 * period `lineEnds` falls in, billed the month after it closes), then the months late charges may still
 * come (the provider's count where its pages give one, else the usual pattern's). Where the closing day
 * depends on the customer and is not known, the latest possible period is taken: a bill never comes
 * later than said. `billsLater`: the checklist has its final-bill step.
 */
export function expectedBills({
  providerId,
  profile,
  lineEnds,
  billsLater,
}: {
  providerId: string;
  profile: Profile;
  lineEnds: string | null;
  billsLater: boolean;
}): ExpectedBills {
  const provider = providers.get(providerId);
  if (paidInAdvance(provider, profile, billsLater)) return { state: 'none', bills: [], lastBy: null };
  if (lineEnds === null) return { state: 'undated', bills: [], lastBy: null };
  const rule = rules.get(providerId);
  const closing = closingOf(provider, profile);
  const options = known(provider, 'billClosing') ?? ['month-end'];
  const period =
    closing === 'unsure'
      ? options.map((day) => periodEnd(lineEnds, day)).reduce((a, b) => (a > b ? a : b))
      : periodEnd(lineEnds, closing);

  const billed = factsOf(rule, 'billed');
  const closingFact = provider?.facts.billClosing;
  const lastPeriodSources =
    billed.length > 0
      ? sourcesOf([...billed, ...(closingFact && options.length > 1 ? [closingFact] : [])])
      : generalSources();
  const about =
    closing === 'unsure'
      ? fill('lastPeriodClosingUnsure', {})
      : closing === 'month-end'
        ? fill('lastPeriod', { lineEnds })
        : fill('lastPeriodClosing', { periodEnd: period, lineEnds });
  const late = factsOf(rule, 'late').filter((f) => f.monthsAfter !== undefined);
  const lateMonths =
    late.length > 0 ? Math.max(...late.map((f) => f.monthsAfter ?? 0)) : GENERAL_BILLING.lateMonths;

  const bills: ExpectedBill[] = [];
  for (let i = 0; i <= lateMonths; i += 1) {
    const by = monthEnd(period, 1 + i);
    bills.push({
      month: by.slice(0, 7),
      by,
      final: i === lateMonths,
      kind: i === 0 ? 'last-period' : 'late',
      ...(i === 0
        ? { about, basis: billed.length > 0 ? 'provider' : 'general', sources: lastPeriodSources }
        : late.length > 0
          ? {
              about: late.length === 1 && late[0] ? late[0].text : fill('late', {}),
              basis: 'provider',
              sources: sourcesOf(late),
            }
          : { about: fill('late', {}), basis: 'general', sources: generalSources() }),
    });
  }
  return { state: 'dated', bills, lastBy: bills.at(-1)?.by ?? null };
}

/** A bill the person recorded (the latest revision of a 'bill' record, or an older 'final-bill-paid'). */
export interface RecordedBill {
  recordId: string;
  /** YYYY-MM: the month it was billed for. */
  month: string;
  amountYen: number | null;
  paid: boolean;
  /** YYYY-MM-DD or ''. */
  paidOn: string;
  /** The person says it is the last one (the statement or the carrier says so). */
  final: boolean;
}

/** paid / unpaid: recorded; expected: due this month, not recorded yet; upcoming: a later month;
 * not-recorded: its month has passed with nothing recorded; not-needed: after a bill marked the last. */
export type BillStatus = 'paid' | 'unpaid' | 'expected' | 'upcoming' | 'not-recorded' | 'not-needed';

/** A month on the bills list: an expected bill, the bills recorded for it, or both. */
export interface BillLine {
  /** Stable while the line's end moves: the expected bill's place (`1`, `2`), or `m<YYYY-MM>` for a bill
   * recorded for a month not expected (the calendar's event UID). */
  key: string;
  month: string;
  by: string;
  title: LocalizedText;
  expected: ExpectedBill | null;
  recorded: RecordedBill[];
  status: BillStatus;
  /** The last expected bill. */
  last: boolean;
  /** For the due-soon list: an unpaid bill, one due within three days, the last one not recorded. */
  due: 'overdue' | 'due-soon' | null;
  /** 09:00 Japan time on the first day of its month, while it is still to come; null otherwise. */
  remindAt: string | null;
}

export interface RuleLine {
  kind: BillingFactData['kind'] | 'billing' | 'general' | 'none';
  label: LocalizedText | null;
  text: LocalizedText;
  sources: Source[];
  /** Set where a number it states rests on one source or is old. */
  check: FactCheck | null;
}

export interface WayOut {
  text: LocalizedText;
  sources: Source[];
}

export interface BillsView {
  state: ExpectedBills['state'];
  lines: BillLine[];
  lastMonth: string | null;
  lastBy: string | null;
  /** The last expected bill (or one marked the last) is paid and no recorded bill is unpaid: with every
   * step done, the case is done. */
  settled: boolean;
  /** The provider's billing rule as the person reads it: its statements, or that it has none. */
  rule: RuleLine[];
  payment: Payment | null;
  /** The payment method ends before the last expected bill (or cannot be used from where they are). */
  warnings: LocalizedText[];
  /** What to find out: how the bills are paid. */
  ask: LocalizedText[];
  /** Sourced ways out, when there is a warning or the method is not known. */
  waysOut: WayOut[];
}

/** The words for each way the last month is billed: the same few for every case. */
const billingTexts = new Map<NonNullable<ReturnType<typeof billingOf>>, LocalizedText>();

/** Full month or by the day in the month the line ends (a move au ↔ UQ mobile ↔ povo by the day): the
 * value alone, as the fact's note says again what the statements below say. */
const billingLine = (provider: ProviderData | undefined, profile: Profile): RuleLine[] => {
  const value = billingOf(provider, profile);
  const fact = provider?.facts.billing;
  if (value === null || !fact) return [];
  let text = billingTexts.get(value);
  if (!text) {
    text = formatFact('billing', value);
    billingTexts.set(value, text);
  }
  return [{ kind: 'billing', label: FACT_LABELS.billing, text, sources: fact.sources, check: null }];
};

/** The rule as said on the bills list: the last month's billing, the provider's statements (each with
 * its backing checked), and the usual pattern where the provider's pages say nothing. */
function ruleLines(provider: ProviderData | undefined, profile: Profile, today: string): RuleLine[] {
  return [...billingLine(provider, profile), ...providerRuleLines(provider, today)];
}

/** The provider's statements and the usual pattern, by provider: they read only the bundled content
 * and the day (a number's age), so every case of a provider shares them. Only today's are kept. */
const providerLines = new Map<string, RuleLine[]>();
let providerLinesDay = '';
function providerRuleLines(provider: ProviderData | undefined, today: string): RuleLine[] {
  if (today !== providerLinesDay) {
    providerLines.clear();
    providerLinesDay = today;
  }
  const key = provider?.id ?? '';
  let lines = providerLines.get(key);
  if (!lines) {
    lines = providerRuleLinesNow(provider, today);
    providerLines.set(key, lines);
  }
  return lines;
}

function providerRuleLinesNow(provider: ProviderData | undefined, today: string): RuleLine[] {
  const rule = provider ? rules.get(provider.id) : undefined;
  const own: RuleLine[] = (rule?.facts ?? []).map((f) => {
    const check = f.numbers === false ? null : checkFact({ numbers: f.numbers, sources: f.sources }, today);
    return {
      kind: f.kind,
      label: null,
      text: f.text,
      sources: f.sources,
      check: check && (check.flagged || check.aged) ? check : null,
    };
  });
  const none: RuleLine[] = rule?.none
    ? [{ kind: 'none', label: null, text: rule.none, sources: [], check: null }]
    : [];
  const billed = factsOf(rule, 'billed').length > 0;
  const saysHowLong = factsOf(rule, 'late').some((f) => f.monthsAfter);
  const general: RuleLine[] =
    (billed && saysHowLong) || !provider
      ? []
      : [
          {
            kind: 'general',
            label: globalFacts.get(GENERAL_BILLING.factId)?.label ?? null,
            text: fill(billed ? 'generalLate' : 'general', { provider: provider.name }),
            sources: generalSources(),
            check: null,
          },
        ];
  return [...own, ...none, ...general];
}

const monthParam = (month: string) => `month:${month}-01`;

function lineTitle(expected: ExpectedBill | null, month: string): LocalizedText {
  if (!expected) return fill('titleRecorded', { month: monthParam(month) });
  return fill(expected.final ? 'titleLast' : 'titleBill', { month: monthParam(month) });
}

/** The bills list of a case: the expected months and the recorded ones, each with its status. */
function billLines(
  expected: ExpectedBills,
  recorded: readonly RecordedBill[],
  today: string,
  settled: boolean,
) {
  const thisMonth = today.slice(0, 7);
  const finalMonth = recorded
    .filter((b) => b.paid && b.final)
    .map((b) => b.month)
    .sort()[0];
  const months = [
    ...new Set([...expected.bills.map((b) => b.month), ...recorded.map((b) => b.month)]),
  ].sort();
  const lastMonth = expected.bills.at(-1)?.month ?? null;
  return months.map((month): BillLine => {
    const index = expected.bills.findIndex((b) => b.month === month);
    const bill = expected.bills[index] ?? null;
    const own = recorded.filter((b) => b.month === month);
    const by = bill?.by ?? monthEnd(`${month}-01`);
    const status: BillStatus =
      own.length > 0
        ? own.every((b) => b.paid)
          ? 'paid'
          : 'unpaid'
        : finalMonth !== undefined && month > finalMonth
          ? 'not-needed'
          : month > thisMonth
            ? 'upcoming'
            : month === thisMonth
              ? 'expected'
              : 'not-recorded';
    const last = month === lastMonth;
    // An unpaid bill is to pay, never overdue: its own due date is on the bill, not in the sources
    // (and `by` is when a bill for the month comes, which a bill recorded late is always past).
    const due =
      status === 'unpaid'
        ? 'due-soon'
        : status === 'expected' && daysBetween(today, by) <= DUE_SOON_DAYS
          ? 'due-soon'
          : status === 'not-recorded' && last && !settled
            ? 'overdue'
            : null;
    const stillToCome = bill !== null && (status === 'upcoming' || status === 'expected');
    return {
      key: bill ? String(index + 1) : `m${month}`,
      month,
      by,
      title: lineTitle(bill, month),
      expected: bill,
      recorded: own,
      status,
      last,
      due,
      remindAt: stillToCome ? at(`${month}-01`, '09:00') : null,
    };
  });
}

/** Where the payment method cannot pay the bills to come: it ends before the last one, or it needs a
 * counter in Japan and the person is leaving or gone. Instalments outlive them all. */
function paymentWarnings(
  payment: Payment | null,
  profile: Profile,
  expected: { lastMonth: string | null; lastBy: string | null },
  today: string,
): LocalizedText[] {
  const { lastMonth, lastBy } = expected;
  if (!payment || lastMonth === null || lastBy === null) return [];
  const last = monthParam(lastMonth);
  const warnings: LocalizedText[] = [];
  const { method, endsOn } = payment;
  // Said as done once the day has come: "was closed", "expired".
  if (method === 'bank-account' && endsOn !== '' && endsOn < lastBy)
    warnings.push(fill(endsOn <= today ? 'warnBankClosed' : 'warnBank', { endsOn, lastMonth: last }));
  if (method === 'card' && endsOn !== '') {
    const cardEnds = monthEnd(`${endsOn}-01`);
    if (cardEnds < lastBy)
      warnings.push(
        fill(cardEnds < today ? 'warnCardExpired' : 'warnCard', {
          cardMonth: monthParam(endsOn),
          lastMonth: last,
        }),
      );
  }
  if (method === 'provider-payment') {
    if (isAbroad(profile)) warnings.push(fill('warnCounterAbroad', { lastMonth: last }));
    else if (profile.leavingDate && profile.leavingDate <= lastBy)
      warnings.push(fill('warnCounter', { leaving: profile.leavingDate, lastMonth: last }));
  }
  if (warnings.length > 0 && profile.instalments !== 'no') warnings.push(fill('warnInstalments', {}));
  return warnings;
}

/** The ways out, each with its sources: a card that keeps working (and how this provider changes the
 * method), keeping the account, the provider's other ways to pay, or asking where its pages say neither;
 * then what an unpaid bill leads to. */
function waysOut(provider: ProviderData | undefined, lastMonth: string, lastBy: string): WayOut[] {
  const rule = provider ? rules.get(provider.id) : undefined;
  const change = factsOf(rule, 'change-method');
  const other = factsOf(rule, 'pay-otherwise');
  const unpaid = globalFacts.get('unpaid-shared');
  return [
    { text: fill('wayCard', { lastMonth: monthParam(lastMonth) }), sources: [] },
    ...change.map((f) => ({ text: f.text, sources: f.sources })),
    { text: fill('wayKeep', { lastBy }), sources: generalSources() },
    ...other.map((f) => ({ text: f.text, sources: f.sources })),
    ...(change.length + other.length === 0 && provider
      ? [{ text: fill('wayAsk', { provider: provider.name }), sources: [] }]
      : []),
    ...(unpaid ? [{ text: unpaid.value, sources: unpaid.sources }] : []),
  ];
}

export function billsView({
  providerId,
  profile,
  expected,
  payment,
  recorded,
  today,
}: {
  providerId: string;
  profile: Profile;
  expected: ExpectedBills;
  payment: Payment | null;
  recorded: readonly RecordedBill[];
  /** YYYY-MM-DD in Japan. */
  today: string;
}): BillsView {
  const provider = providers.get(providerId);
  const lastMonth = expected.bills.at(-1)?.month ?? null;
  const { lastBy } = expected;
  const unpaid = recorded.some((b) => !b.paid);
  const paidFinal = recorded.some((b) => b.paid && b.final);
  const lastPaid = lastMonth !== null && recorded.some((b) => b.paid && b.month >= lastMonth);
  const settled = !unpaid && (expected.state === 'none' || paidFinal || lastPaid);
  // Once the last bill is paid, nothing is left for the method to pay.
  const warnings = settled ? [] : paymentWarnings(payment, profile, { lastMonth, lastBy }, today);
  const unknown = expected.state === 'dated' && !settled && (payment === null || payment.method === 'unsure');
  return {
    state: expected.state,
    lines: billLines(expected, recorded, today, settled),
    lastMonth,
    lastBy,
    settled,
    rule: ruleLines(provider, profile, today),
    payment,
    warnings,
    ask: unknown ? [billTexts.askMethod] : [],
    waysOut:
      (warnings.length > 0 || unknown) && lastMonth && lastBy && !settled
        ? waysOut(provider, lastMonth, lastBy)
        : [],
  };
}
