// Bills through the router (issue 19): the payment method set on a case and checked at the boundary;
// a bill recorded, then marked paid as a new revision of its record; the case done — in the list and
// on its screen alike — only once every step is done and the last expected bill is paid; the bills in
// the due-soon list, the reminders and the report.
import { afterEach, describe, expect, it } from 'vitest';
import type { Profile } from '../../../electron/guide/types';
import type {
  CasePlanView,
  CaseSummary,
  CaseView,
  DueSoonItem,
  RecordView,
} from '../../../electron/ipc/views';
import { remindersBetween } from '../../../electron/services/plan';
import { DOCOMO_ESIM_ONLINE } from '../../fixtures/profiles';
import { backend } from '../helpers';
import { billRecord } from '../proof/helpers';

// The test clock starts at 2026-11-25T09:00Z: 18:00 on 25 November in Tokyo.
type App = Awaited<ReturnType<typeof backend>>;
let app: App;
afterEach(() => app?.cleanup());

const call = <T>(channel: string, payload: unknown) => app.call<T>(channel, payload);
const planViewOf = (view: CaseView) => call<CasePlanView>('plan.forCase', { caseId: view.case.id });

const create = (profile: Partial<Profile>) =>
  call<CaseView>('cases.create', {
    name: 'Leaving in December',
    profile: { ...DOCOMO_ESIM_ONLINE, ...profile },
    phoneNumber: '090-1234-5678',
  });

describe('cases.setPayment', () => {
  it('keeps the method on the case, warns where it ends before the last bill, and refuses what does not fit', async () => {
    app = await backend();
    const view = await create({ leavingDate: '2026-12-20' });
    expect((await planViewOf(view)).bills.payment).toBeNull();
    expect((await planViewOf(view)).bills.ask).toHaveLength(1);

    const closing = await call<CaseView>('cases.setPayment', {
      caseId: view.case.id,
      payment: { method: 'bank-account', endsOn: '2026-12-20' },
    });
    expect(closing.case.payment).toEqual({ method: 'bank-account', endsOn: '2026-12-20' });
    expect((await planViewOf(closing)).bills.warnings[0]?.en).toContain(
      'bills may still come until February 2027',
    );

    const card = await call<CaseView>('cases.setPayment', {
      caseId: view.case.id,
      payment: { method: 'card', endsOn: '2029-05' },
    });
    expect((await planViewOf(card)).bills.warnings).toEqual([]);
    // Kept across a change of answers, and after a restart of the store.
    const edited = await call<CaseView>('cases.updateProfile', {
      caseId: view.case.id,
      profile: { ...view.case.profile, leavingDate: '2026-12-22' },
      phoneNumber: '',
    });
    expect(edited.case.payment).toEqual({ method: 'card', endsOn: '2029-05' });

    for (const payment of [
      { method: 'card', endsOn: '2029-05-31' },
      { method: 'bank-account', endsOn: '2029-05' },
      { method: 'unsure', endsOn: '2029-05' },
      { method: 'bank-account', endsOn: '2026-02-31' },
      { method: 'cash', endsOn: '' },
      { method: 'card', endsOn: '2029-05', extra: 1 },
    ])
      await expect(call('cases.setPayment', { caseId: view.case.id, payment })).rejects.toThrow(
        /^invalid_request/,
      );
    await expect(
      call('cases.setPayment', { caseId: 'nope', payment: { method: 'unsure', endsOn: '' } }),
    ).rejects.toThrow(/^not_found/);
  });
});

describe('a bill recorded, then paid', () => {
  it('settles the case only once every step is done and the last expected bill is paid', async () => {
    app = await backend();
    const view = await create({ leavingDate: '2026-12-20' });
    const caseId = view.case.id;
    const steps = view.checklist.phases.flatMap((p) => p.steps).filter((s) => !s.fallback);
    for (const step of steps) await call('steps.setDone', { caseId, stepId: step.id, done: true });
    const ticked = await call<CaseView>('cases.get', { caseId });
    // Ticked today (25 November): the line ends today, bills in December and January.
    expect((await planViewOf(ticked)).bills.lastMonth).toBe('2027-01');
    expect((await planViewOf(ticked)).done).toBe(false);
    const [waiting] = await call<CaseSummary[]>('cases.list', {});
    expect(waiting).toMatchObject({
      done: false,
      bills: { settled: false, lastMonth: '2027-01', unpaid: 0 },
    });

    // January's bill comes in January.
    app.ports.now = () => new Date('2027-01-10T03:00:00Z');
    const bill = await call<RecordView>('records.create', {
      caseId,
      content: billRecord({ month: '2027-01', amountYen: 1650, paid: false, paidOn: '', final: false }),
    });
    const unpaid = await call<CaseView>('cases.get', { caseId });
    expect((await planViewOf(unpaid)).bills.lines.find((l) => l.month === '2027-01')?.status).toBe('unpaid');
    expect((await call<CaseSummary[]>('cases.list', {}))[0]?.bills.unpaid).toBe(1);

    const paid = await call<RecordView>('records.update', {
      caseId,
      recordId: bill.id,
      content: billRecord({
        month: '2027-01',
        amountYen: 1650,
        paid: true,
        paidOn: '2027-01-12',
        final: false,
      }),
    });
    // Marked paid is an edit: the unpaid version stays in the chain.
    expect(paid.revisions).toHaveLength(2);
    expect(paid.chain.intact).toBe(true);
    const done = await call<CaseView>('cases.get', { caseId });
    expect((await planViewOf(done)).bills.settled).toBe(true);
    expect((await planViewOf(done)).done).toBe(true);
    expect((await call<CaseSummary[]>('cases.list', {}))[0]).toMatchObject({ done: true });

    // A step unticked: the list and the screen agree it is not done.
    await call('steps.setDone', { caseId, stepId: 'after.keep-proof', done: false });
    expect((await call<CasePlanView>('plan.forCase', { caseId })).done).toBe(false);
    expect((await call<CaseSummary[]>('cases.list', {}))[0]?.done).toBe(false);
  });

  it('refuses a bill record without its bill, a bill on another kind, and a malformed month', async () => {
    app = await backend();
    const { case: c } = await create({ leavingDate: '2026-12-20' });
    const good = billRecord({ month: '2027-02', amountYen: null, paid: false, paidOn: '', final: false });
    for (const content of [
      { ...good, bill: undefined },
      { ...good, kind: 'other' },
      { ...good, bill: { ...good.bill, month: '2027-13' } },
      { ...good, bill: { ...good.bill, paidOn: '2027-02-30' } },
      { ...good, bill: { ...good.bill, amountYen: -1 } },
    ])
      await expect(call('records.create', { caseId: c.id, content })).rejects.toThrow(/^invalid_request/);
  });

  it('refuses a bill for a month not billed yet, in a code of its own; takes this month’s, Japan’s', async () => {
    app = await backend();
    const { case: c } = await create({ leavingDate: '2026-12-20' });
    // 18:00 on 25 November in Tokyo: December has not been billed.
    const december = billRecord({ month: '2026-12', amountYen: 1650, paid: true, paidOn: '', final: false });
    await expect(call('records.create', { caseId: c.id, content: december })).rejects.toThrow(
      /^bill_not_billed_yet/,
    );
    const november = await call<RecordView>('records.create', {
      caseId: c.id,
      content: { ...december, bill: { ...december.bill, month: '2026-11' } },
    });
    // Nor can an edit move a bill to a month still to come.
    await expect(
      call('records.update', { caseId: c.id, recordId: november.id, content: december }),
    ).rejects.toThrow(/^bill_not_billed_yet/);
    expect(app.store.data.records.filter((r) => r.caseId === c.id)).toHaveLength(1);
    expect(app.store.data.records[0]?.revisions).toHaveLength(1);
    // 01:00 on 1 December in Tokyo is still 30 November in UTC: December has begun at the carrier.
    app.ports.now = () => new Date('2026-11-30T16:00:00Z');
    await call('records.update', { caseId: c.id, recordId: november.id, content: december });
    expect(app.store.data.records[0]?.revisions.at(-1)?.content.bill?.month).toBe('2026-12');
  });

  it('counts a "Final bill paid" record, the kind used before bills had their own, as the last bill paid', async () => {
    app = await backend();
    const view = await create({ leavingDate: '2026-12-20' });
    const legacy = {
      ...billRecord({ month: '2027-01', amountYen: null, paid: true, paidOn: '', final: true }),
      bill: undefined,
    };
    await call('records.create', {
      caseId: view.case.id,
      content: {
        ...legacy,
        kind: 'final-bill-paid',
        finalBillYen: 1650,
        occurredAt: '2027-01-27T10:00:00+09:00',
      },
    });
    const after = await call<CaseView>('cases.get', { caseId: view.case.id });
    expect((await planViewOf(after)).bills.settled).toBe(true);
    expect((await planViewOf(after)).bills.lines.map((l) => [l.month, l.status])).toEqual([
      ['2027-01', 'paid'],
      ['2027-02', 'not-needed'],
    ]);
    expect((await planViewOf(after)).bills.lines[0]?.recorded[0]).toMatchObject({
      amountYen: 1650,
      paidOn: '2027-01-27',
    });
  });
});

describe('bills in the due-soon list and the reminders', () => {
  it('lists an unpaid bill as to pay, with no day the app cannot know, and reminds of each expected bill on its 1st', async () => {
    app = await backend();
    const view = await create({ leavingDate: '2026-11-28' });
    const caseId = view.case.id;
    // Leaving on 28 November: the line ends the 27th; bills in December and January.
    expect((await planViewOf(view)).bills.lines.map((l) => l.month)).toEqual(['2026-12', '2027-01']);
    await call('records.create', {
      caseId,
      content: billRecord({ month: '2026-10', amountYen: 3000, paid: false, paidOn: '', final: false }),
    });
    const due = await call<DueSoonItem[]>('plan.dueSoon', { locale: 'en' });
    const bill = due.find((d) => d.billMonth === '2026-10');
    // Recorded in December for October: the bill came after its month, so that month's end is no deadline.
    expect(bill).toMatchObject({ stepId: 'bill:2026-10', status: 'due-soon', latest: null });
    expect(bill?.title).toBe('A bill for October 2026');

    const reminders = remindersBetween(
      app.store.data,
      new Date('2026-11-30T23:00:00Z'),
      new Date('2026-12-01T01:00:00Z'),
      'ja',
    );
    expect(reminders.filter((r) => r.stepId.startsWith('bill:'))).toEqual([
      {
        caseId,
        stepId: 'bill:2026-12',
        title: expect.stringContaining('2026年12月'),
        body: expect.stringContaining('Leaving in December'),
      },
    ]);
  });
});
