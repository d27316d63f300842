// Bills after the line ends (issue 19): the billing rules as data (each provider's sourced, or said to
// have none), the months bills are expected in across month and year ends, SoftBank's closing days and
// the au ↔ UQ mobile ↔ povo moves, what the person recorded, and the payment method that must outlive
// them. Today is always given.
import { describe, expect, it } from 'vitest';
import { billingRules, BillingRuleSchema } from '../../../data/billing-rules';
import { PROVIDER_DOMAINS, hostIsUnder } from '../../../data/domains';
import { content } from '../../../data/index';
import {
  billingRuleFor,
  billsView,
  expectedBills,
  type ExpectedBills,
  type RecordedBill,
} from '../../../electron/guide/bills';
import { buildChecklist } from '../../../electron/guide/engine';
import { computePlan } from '../../../electron/guide/plan';
import type { Payment, Profile } from '../../../electron/guide/types';
import { allProfiles } from '../../fixtures/all-profiles';
import { DOCOMO_ESIM_ONLINE } from '../../fixtures/profiles';

const profile = (over: Partial<Profile>): Profile => ({ ...DOCOMO_ESIM_ONLINE, ...over });
const expect_ = (p: Profile, lineEnds: string | null): ExpectedBills =>
  expectedBills({ providerId: p.providerId, profile: p, lineEnds, billsLater: true });
const months = (bills: ExpectedBills) => bills.bills.map((b) => b.month);

describe('billing rules (data)', () => {
  it('parse; one per provider, each statement sourced and official only on that provider’s own domain', () => {
    const ids = billingRules.map((r) => r.providerId);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(content.providers.map((p) => p.id).sort());
    for (const rule of billingRules) {
      BillingRuleSchema.parse(rule);
      for (const fact of rule.facts)
        for (const source of fact.sources)
          expect(source.kind === 'official', `${rule.providerId}: ${source.url} is ${source.kind}`).toBe(
            hostIsUnder(source.url, PROVIDER_DOMAINS[rule.providerId] ?? []),
          );
    }
  });

  it('count months after the first bill only where an official page gives the count (au, Mobal, GTN)', () => {
    const counted = billingRules.filter((r) => r.facts.some((f) => f.monthsAfter !== undefined));
    expect(counted.map((r) => r.providerId).sort()).toEqual(['au', 'gtn-mobile', 'mobal']);
    for (const rule of counted)
      for (const fact of rule.facts.filter((f) => f.monthsAfter !== undefined))
        expect(fact.sources.some((s) => s.kind === 'official')).toBe(true);
  });

  it('every profile’s provider has a sourced billing rule or says it has none, and every bill it expects names its sources', () => {
    let profiles = 0;
    for (const p of allProfiles()) {
      profiles += 1;
      const rule = billingRuleFor(p.providerId);
      expect(rule, p.providerId).toBeDefined();
      if (!rule) continue;
      if (rule.facts.length === 0) expect(rule.none?.en, p.providerId).toMatch(/\w/);
      for (const fact of rule.facts) expect(fact.sources.length, p.providerId).toBeGreaterThan(0);
      const bills = expect_(p, p.leavingDate ? '2027-03-30' : null);
      if (p.providerId === 'travel-esim') expect(bills.state).toBe('none');
      else expect(bills.state).toBe(p.leavingDate ? 'dated' : 'undated');
      for (const bill of bills.bills)
        expect(bill.sources.length, `${p.providerId} ${bill.month}`).toBeGreaterThan(0);
      expect(bills.bills.filter((b) => b.final)).toHaveLength(bills.state === 'dated' ? 1 : 0);
    }
    expect(profiles).toBeGreaterThan(10_000);
  });
});

describe('the months bills are expected in', () => {
  it('a month-end provider: the month after the line ends, then a month for late charges', () => {
    const bills = expect_(profile({}), '2027-01-31');
    expect(bills.bills.map(({ month, by, final, kind }) => ({ month, by, final, kind }))).toEqual([
      { month: '2027-02', by: '2027-02-28', final: false, kind: 'last-period' },
      { month: '2027-03', by: '2027-03-31', final: true, kind: 'late' },
    ]);
    expect(bills.lastBy).toBe('2027-03-31');
    // The first of the month gives the same months as its last day.
    expect(months(expect_(profile({}), '2027-01-01'))).toEqual(['2027-02', '2027-03']);
  });

  it('across a year end and into a leap February', () => {
    expect(months(expect_(profile({}), '2026-12-31'))).toEqual(['2027-01', '2027-02']);
    expect(months(expect_(profile({}), '2026-11-30'))).toEqual(['2026-12', '2027-01']);
    expect(expect_(profile({}), '2028-01-15').bills[0]?.by).toBe('2028-02-29');
  });

  it('docomo: its closing day from one page, the late month the usual pattern, said to be general', () => {
    const [first, late] = expect_(profile({}), '2027-01-20').bills;
    expect(first).toMatchObject({ basis: 'provider' });
    expect(first?.sources.map((s) => s.url)).toEqual(['https://sumaho-okage.com/softbank-payment-date/']);
    expect(late).toMatchObject({ basis: 'general' });
    expect(late?.sources.length).toBeGreaterThan(2);
  });

  it('au: both months from its own pages (small bills combined with the next month’s)', () => {
    const bills = expect_(profile({ providerId: 'au' }), '2027-01-20').bills;
    expect(bills.map((b) => [b.month, b.basis])).toEqual([
      ['2027-02', 'provider'],
      ['2027-03', 'provider'],
    ]);
    expect(bills[1]?.about.en).toContain('under ¥5,000');
  });

  describe('SoftBank: the period the line ends in closes on the customer’s day', () => {
    const softbank = (billClosingDay: Profile['billClosingDay']) =>
      profile({ providerId: 'softbank', billClosingDay });
    it.each([
      ['20', '2026-12-15', ['2027-01', '2027-02']],
      ['20', '2026-12-20', ['2027-01', '2027-02']],
      ['20', '2026-12-21', ['2027-02', '2027-03']],
      ['10', '2026-12-10', ['2027-01', '2027-02']],
      ['10', '2026-12-11', ['2027-02', '2027-03']],
      ['10', '2027-01-31', ['2027-03', '2027-04']],
      ['month-end', '2026-12-31', ['2027-01', '2027-02']],
    ] as const)('closing on %s, the line ending %s', (closing, lineEnds, expected) => {
      expect(months(expect_(softbank(closing), lineEnds))).toEqual(expected);
    });

    it('says which period when the closing day is not the month’s end', () => {
      expect(expect_(softbank('20'), '2026-12-25').bills[0]?.about.en).toBe(
        'The bill for the billing period the line ends in, which closes on January 20, 2027 (the line ends on December 25, 2026).',
      );
    });

    it('not sure of the day: the latest period any of the three gives, so a bill never comes later than said', () => {
      // Ending on 15 December: the 10th closes 10 January, the 20th 20 December, month-end 31 December.
      expect(months(expect_(softbank('unsure'), '2026-12-15'))).toEqual(['2027-02', '2027-03']);
      expect(months(expect_(softbank(undefined), '2026-12-15'))).toEqual(['2027-02', '2027-03']);
    });
  });

  describe('the au ↔ UQ mobile ↔ povo moves', () => {
    const au = profile({ providerId: 'au', cardKind: 'physical' });
    const billing = (p: Profile) =>
      billsView({
        providerId: p.providerId,
        profile: p,
        expected: expect_(p, '2027-01-20'),
        payment: null,
        recorded: [],
        today: '2027-01-20',
      }).rule.find((line) => line.kind === 'billing')?.text.en;

    it('au billed in full when ended, by the day when the number moves to UQ mobile or povo', () => {
      expect(billing(au)).toMatch(/^Charged for the full month/);
      expect(billing({ ...au, numberPlan: 'keep', newProviderId: 'uq-mobile' })).toMatch(/^Pro-rated by day/);
      expect(billing({ ...au, numberPlan: 'keep', newProviderId: 'povo' })).toMatch(/^Pro-rated by day/);
      expect(billing({ ...au, numberPlan: 'keep', newProviderId: 'iijmio' })).toMatch(
        /^Charged for the full month/,
      );
    });

    it('a move ends the line on the day the switch completes: the bills follow from that day', () => {
      const move: Profile = {
        ...au,
        numberPlan: 'keep',
        newProviderId: 'povo',
        leavingDate: '2027-01-21',
      };
      const plan = computePlan({
        checklist: buildChecklist(move),
        profile: move,
        progress: {},
        today: '2027-01-05',
      });
      expect(plan.lineEnds).toBe('2027-01-20');
      expect(months(plan.bills)).toEqual(['2027-02', '2027-03']);
      expect(plan.finalBillBy).toBe('2027-03-31');
    });
  });

  it('nothing is expected for a travel eSIM or a prepaid line, nor dated before the line’s end is known', () => {
    expect(
      expect_(profile({ providerId: 'travel-esim', contractKind: 'travel-esim' }), '2027-01-20').state,
    ).toBe('none');
    expect(expect_(profile({ contractKind: 'prepaid' }), '2027-01-20').state).toBe('none');
    expect(expect_(profile({}), null)).toEqual({ state: 'undated', bills: [], lastBy: null });
  });

  it('the plan keeps the payment method until the last bill: SoftBank closing on the 20th, ending late December', () => {
    const p = profile({ providerId: 'softbank', billClosingDay: '20', leavingDate: '2026-12-27' });
    const plan = computePlan({ checklist: buildChecklist(p), profile: p, progress: {}, today: '2026-12-01' });
    expect(plan.lineEnds).toBe('2026-12-26');
    expect(plan.finalBillBy).toBe('2027-03-31');
    expect(plan.items.find((i) => i.stepId === 'after.final-bill')?.latest).toBe('2027-03-31');
  });
});

describe('what was recorded, and when the case is settled', () => {
  const p = profile({ leavingDate: '2027-01-10' });
  const expected = expect_(p, '2027-01-09');
  const view = (recorded: RecordedBill[], today: string, payment: Payment | null = null) =>
    billsView({ providerId: p.providerId, profile: p, expected, payment, recorded, today });
  const bill = (month: string, over: Partial<RecordedBill> = {}): RecordedBill => ({
    recordId: `r-${month}`,
    month,
    amountYen: 2000,
    paid: false,
    paidOn: '',
    final: false,
    ...over,
  });

  it('nothing recorded: not settled; each month upcoming, then expected, reminded at 09:00 Japan time on its 1st', () => {
    const before = view([], '2027-01-20');
    expect(before.settled).toBe(false);
    expect(before.lines.map((l) => [l.month, l.status, l.remindAt])).toEqual([
      ['2027-02', 'upcoming', '2027-02-01T00:00:00.000Z'],
      ['2027-03', 'upcoming', '2027-03-01T00:00:00.000Z'],
    ]);
    const late = view([], '2027-02-26').lines[0];
    expect(late).toMatchObject({ status: 'expected', due: 'due-soon' });
    expect(view([], '2027-02-10').lines[0]?.due).toBeNull();
  });

  it('the last expected bill paid settles it, though the one before was never recorded (combined bills)', () => {
    const settled = view([bill('2027-03', { paid: true, paidOn: '2027-03-27' })], '2027-04-02');
    expect(settled.settled).toBe(true);
    expect(settled.lines.map((l) => l.status)).toEqual(['not-recorded', 'paid']);
    expect(settled.lines.every((l) => l.due === null)).toBe(true);
  });

  it('an unpaid bill keeps it open, and is to pay: never overdue by its month, which is not its due date', () => {
    const open = view([bill('2027-02'), bill('2027-03', { paid: true, final: true })], '2027-03-05');
    expect(open.settled).toBe(false);
    expect(open.lines[0]).toMatchObject({ status: 'unpaid', due: 'due-soon' });
  });

  it('a paid bill marked the last settles it early; the months after it are not needed', () => {
    const early = view([bill('2027-02', { paid: true, paidOn: '2027-02-26', final: true })], '2027-02-27');
    expect(early.settled).toBe(true);
    expect(early.lines.map((l) => [l.month, l.status, l.remindAt])).toEqual([
      ['2027-02', 'paid', null],
      ['2027-03', 'not-needed', null],
    ]);
  });

  it('the last month passed with nothing recorded: overdue, the case not settled', () => {
    const missed = view([bill('2027-02', { paid: true })], '2027-04-03');
    expect(missed.settled).toBe(false);
    expect(missed.lines[1]).toMatchObject({ status: 'not-recorded', last: true, due: 'overdue' });
  });

  it('a bill for a month not expected is listed in its place', () => {
    const later = view([bill('2027-05', { paid: true })], '2027-05-20');
    expect(later.lines.map((l) => [l.month, l.expected === null])).toEqual([
      ['2027-02', false],
      ['2027-03', false],
      ['2027-05', true],
    ]);
    expect(later.lines[2]?.title.en).toBe('A bill for May 2027');
  });
});

describe('the payment method that must outlive the bills', () => {
  // A Chinese student leaving on 20 December: the line ends the day before, bills until February.
  const student = profile({ leavingDate: '2026-12-20', holderType: 'foreign-resident' });
  const plan = computePlan({
    checklist: buildChecklist(student),
    profile: student,
    progress: {},
    today: '2026-12-01',
  });
  const view = (payment: Payment | null, p: Profile = student) =>
    billsView({
      providerId: p.providerId,
      profile: p,
      expected: plan.bills,
      payment,
      recorded: [],
      today: '2026-12-01',
    });

  it('a bank account closed the day she leaves: warned, with the ways out and their sources', () => {
    expect(plan.finalBillBy).toBe('2027-02-28');
    const closing = view({ method: 'bank-account', endsOn: '2026-12-20' });
    expect(closing.warnings.map((w) => w.en)).toEqual([
      'You plan to close your bank account on December 20, 2026, but bills may still come until February 2027: a debit from a closed account fails and the bill goes unpaid.',
    ]);
    expect(closing.warnings[0]?.['zh-CN']).toContain('2026年12月20日');
    expect(closing.warnings[0]?.['zh-CN']).toContain('2027年2月');
    const ways = closing.waysOut.map((w) => w.text.en);
    expect(ways[0]).toBe('Switch to a card that keeps working until after February 2027.');
    expect(ways).toContain(
      'Keep the account or card, with enough money on it, until the last bill has been paid: at least until February 28, 2027.',
    );
    // docomo's pages read say nothing of changing the method: ask, never a made-up channel.
    expect(ways).toContain(
      'Ask NTT docomo how to change the payment method, and how a bill can be paid from abroad.',
    );
    expect(closing.waysOut.at(-1)?.text.en).toMatch(/^Unpaid amounts are shared between carriers/);
    // What rests on a fact cites it; the advice to switch or to ask states none.
    for (const way of closing.waysOut.filter((w) => /^(Keep|Unpaid)/.test(w.text.en)))
      expect(way.sources.length).toBeGreaterThan(0);
  });

  it('said as done once the day has come: an account already closed, a card already expired', () => {
    const later = (payment: Payment) =>
      billsView({
        providerId: student.providerId,
        profile: { ...student, whereabouts: 'abroad' },
        expected: plan.bills,
        payment,
        recorded: [],
        today: '2027-01-05',
      }).warnings[0]?.en;
    expect(later({ method: 'bank-account', endsOn: '2026-12-20' })).toMatch(
      /^Your bank account was closed on December 20, 2026, but bills may still come until February 2027/,
    );
    expect(later({ method: 'card', endsOn: '2026-12' })).toBe(
      'Your card expired at the end of December 2026, but bills may still come until February 2027.',
    );
  });

  it('nothing to warn of once the last bill is paid', () => {
    const settled = billsView({
      providerId: student.providerId,
      profile: student,
      expected: plan.bills,
      payment: { method: 'bank-account', endsOn: '2026-12-20' },
      recorded: [
        { recordId: 'r', month: '2027-02', amountYen: 900, paid: true, paidOn: '2027-02-20', final: false },
      ],
      today: '2027-02-21',
    });
    expect(settled.settled).toBe(true);
    expect(settled.warnings).toEqual([]);
    expect(settled.waysOut).toEqual([]);
  });

  it('switched to a card valid past the last bill: no warning, no ways out', () => {
    const card = view({ method: 'card', endsOn: '2029-05' });
    expect(card.warnings).toEqual([]);
    expect(card.waysOut).toEqual([]);
    expect(card.ask).toEqual([]);
  });

  it('a card expiring before the last bill warns; one expiring in its month does not', () => {
    expect(view({ method: 'card', endsOn: '2027-01' }).warnings[0]?.en).toBe(
      'Your card expires at the end of January 2027, but bills may still come until February 2027.',
    );
    expect(view({ method: 'card', endsOn: '2027-02' }).warnings).toEqual([]);
  });

  it('a bank account kept open, or closed after the last bill: no warning', () => {
    expect(view({ method: 'bank-account', endsOn: '' }).warnings).toEqual([]);
    expect(view({ method: 'bank-account', endsOn: '2027-03-01' }).warnings).toEqual([]);
  });

  it('a payment slip: warned when leaving before the last bill, and when already abroad', () => {
    expect(view({ method: 'provider-payment', endsOn: '' }).warnings[0]?.en).toContain(
      'you leave on December 20, 2026',
    );
    const abroad = view({ method: 'provider-payment', endsOn: '' }, { ...student, whereabouts: 'abroad' });
    expect(abroad.warnings[0]?.en).toContain('and you are abroad');
  });

  it('instalments outlive the bills: said beside the warning', () => {
    const instalments = view(
      { method: 'bank-account', endsOn: '2026-12-20' },
      { ...student, instalments: 'yes' },
    );
    expect(instalments.warnings.map((w) => w.en)).toContain(
      'Handset instalments go on after that, until they are paid off.',
    );
  });

  it('not said, or not sure: asked, with the ways out', () => {
    for (const payment of [null, { method: 'unsure', endsOn: '' } as const]) {
      const unknown = view(payment);
      expect(unknown.ask.map((a) => a.en)).toEqual([expect.stringMatching(/^How are the bills paid\?/)]);
      expect(unknown.waysOut.length).toBeGreaterThan(2);
    }
  });

  it('au’s own ways out: a new card in My au, a shop or by post; paying online or at convenience stores', () => {
    const au = { ...student, providerId: 'au' };
    const auPlan = computePlan({
      checklist: buildChecklist(au),
      profile: au,
      progress: {},
      today: '2026-12-01',
    });
    const ways = billsView({
      providerId: 'au',
      profile: au,
      expected: auPlan.bills,
      payment: { method: 'bank-account', endsOn: '2026-12-20' },
      recorded: [],
      today: '2026-12-01',
    }).waysOut;
    const texts = ways.map((w) => w.text.en);
    expect(texts.some((t) => t.includes('by post with an application form'))).toBe(true);
    expect(texts.some((t) => t.includes('except Seven-Eleven'))).toBe(true);
    expect(texts.some((t) => t.startsWith('Ask'))).toBe(false);
  });

  it('the rule says where a number rests on one source (docomo’s closing day)', () => {
    const checks = view(null).rule.filter((line) => line.check?.flagged);
    expect(checks.map((line) => line.text.en)).toEqual(['docomo closes its bills at the end of each month.']);
  });
});
