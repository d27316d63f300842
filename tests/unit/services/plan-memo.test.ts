// A case's checklist, plan and bills are worked out once per state of the case (services/cases.ts,
// casePlan): each answer here must still follow every change a person makes — a tick, a bill recorded,
// the day turning, another language, new answers, other services — and equal what a fresh computation
// gives (a copy of the store, whose objects no memo has seen).
import { afterEach, describe, expect, it } from 'vitest';
import { japanDay } from '../../../electron/guide/plan';
import type { Locale, Profile } from '../../../electron/guide/types';
import type { CasePlanView, CaseSummary, CaseView, DueSoonItem } from '../../../electron/ipc/views';
import { caseSummary } from '../../../electron/services/cases';
import { casePlanView, dueSoon } from '../../../electron/services/plan';
import { DOCOMO_ESIM_ONLINE } from '../../fixtures/profiles';
import { billRecord, content } from '../proof/helpers';
import { backend } from '../helpers';

// The test clock starts at 2026-11-25T09:00Z: 18:00 on 25 November in Tokyo.
type App = Awaited<ReturnType<typeof backend>>;
let app: App;
afterEach(() => app?.cleanup());

const call = <T>(channel: string, payload: unknown) => app.call<T>(channel, payload);

async function start(profile: Partial<Profile>) {
  app = await backend();
  const view = await call<CaseView>('cases.create', {
    name: 'Leaving soon',
    profile: { ...DOCOMO_ESIM_ONLINE, ...profile },
    phoneNumber: '090-1234-5678',
  });
  return view.case.id;
}

/** The due-soon list, the Plan tab and the case list through the router, each checked against the same
 * worked out afresh from a copy of the store. */
async function answers(caseId: string, locale: Locale = 'en') {
  const due = await call<DueSoonItem[]>('plan.dueSoon', { locale });
  const view = await call<CasePlanView>('plan.forCase', { caseId });
  const summary = (await call<CaseSummary[]>('cases.list', {})).find((c) => c.id === caseId);
  if (!summary) throw new Error(`no case ${caseId} in the list`);
  const fresh = structuredClone(app.store.data);
  const today = japanDay(app.ports.now());
  const freshCase = fresh.cases.find((c) => c.id === caseId);
  if (!freshCase) throw new Error(`no case ${caseId}`);
  expect(due).toEqual(dueSoon(fresh, today, locale));
  expect(view).toEqual(casePlanView(fresh, freshCase, today));
  expect(summary).toEqual(caseSummary(freshCase, fresh.records, today));
  return { due, view, summary };
}

const dueIds = (due: DueSoonItem[]) => due.map((d) => d.stepId);

/** A bill for October, unpaid or paid. */
const october = (paid: boolean) =>
  billRecord({ month: '2026-10', amountYen: 3000, paid, paidOn: paid ? '2026-11-25' : '', final: false });

describe('the plan worked out once per state of the case', () => {
  it('follows a tick and a note', async () => {
    const caseId = await start({ leavingDate: '2026-11-28' });
    const before = await answers(caseId);
    expect(dueIds(before.due)).toContain('cancel.online');

    await call('steps.setDone', { caseId, stepId: 'cancel.online', done: true });
    const ticked = await answers(caseId);
    expect(dueIds(ticked.due)).not.toContain('cancel.online');
    expect(ticked.view.plan.items.find((i) => i.stepId === 'cancel.online')?.status).toBe('done');
    expect(ticked.summary.progress.done).toBe(before.summary.progress.done + 1);

    await call('steps.setNote', { caseId, stepId: 'cancel.online', note: 'done online, R-123' });
    expect((await answers(caseId)).due).toEqual(ticked.due);
  });

  it('follows a bill recorded, then paid, and a record that holds no bill', async () => {
    const caseId = await start({ leavingDate: '2026-11-28' });
    expect((await answers(caseId)).due.some((d) => d.billMonth === '2026-10')).toBe(false);

    const unpaid = await call<{ id: string }>('records.create', { caseId, content: october(false) });
    const recorded = await answers(caseId);
    expect(recorded.due.find((d) => d.billMonth === '2026-10')).toMatchObject({ status: 'due-soon' });
    expect(recorded.summary.bills.unpaid).toBe(1);

    // A record without a bill (or a 解約日) leaves the case's bills as they were.
    await call('records.create', {
      caseId,
      content: content({ note: 'asked about the last bill', effectiveDate: '' }),
    });
    expect((await answers(caseId)).due).toEqual(recorded.due);

    await call('records.update', { caseId, recordId: unpaid.id, content: october(true) });
    const paid = await answers(caseId);
    expect(paid.due.some((d) => d.billMonth === '2026-10')).toBe(false);
    expect(paid.summary.bills.unpaid).toBe(0);
  });

  it('follows a 解約日 recorded, then changed: the line ends on it, the bills and the due list follow', async () => {
    // Leaving on 28 November; nothing ticked: the line is planned to end on the 27th.
    const caseId = await start({ leavingDate: '2026-11-28' });
    const before = await answers(caseId);
    expect(before.view.plan).toMatchObject({ cancelledOn: null, lineEnds: '2026-11-27' });
    expect(dueIds(before.due)).toContain('prepare.move-sms-logins');

    // At the shop on 24 November: cancelled, the 解約日 that day. Nothing ticked in the checklist.
    const visit = await call<{ id: string }>('records.create', {
      caseId,
      content: content({ occurredAt: '2026-11-24T15:30:00+09:00', effectiveDate: '2026-11-24' }),
    });
    const recorded = await answers(caseId);
    expect(recorded.view.plan).toMatchObject({
      cancelledOn: '2026-11-24',
      lineEnds: '2026-11-24',
      lineEndsRecorded: true,
    });
    expect(recorded.view.bills.lines.map((l) => l.month)).toEqual(['2026-12', '2027-01']);
    // What needed the line has passed with it: no longer due.
    expect(dueIds(recorded.due)).not.toContain('prepare.move-sms-logins');
    expect(recorded.view.plan.items.find((i) => i.stepId === 'prepare.move-sms-logins')?.status).toBe(
      'passed',
    );

    // The carrier's letter says the line ends on 1 December after all: an edit of the record.
    await call('records.update', {
      caseId,
      recordId: visit.id,
      content: content({ occurredAt: '2026-11-24T15:30:00+09:00', effectiveDate: '2026-12-01' }),
    });
    const changed = await answers(caseId);
    expect(changed.view.plan).toMatchObject({ cancelledOn: '2026-11-24', lineEnds: '2026-12-01' });
    expect(changed.view.bills.lines.map((l) => l.month)).toEqual(['2027-01', '2027-02']);
    // The line works until then, past the stay: what needs it is due again, by the day before leaving.
    expect(dueIds(changed.due)).toContain('prepare.move-sms-logins');
    // Another case's records say nothing of this one.
    const other = await call<CaseView>('cases.create', {
      name: 'Another line',
      profile: { ...DOCOMO_ESIM_ONLINE, leavingDate: '2026-11-28' },
      phoneNumber: '',
    });
    const otherPlan = await call<CasePlanView>('plan.forCase', { caseId: other.case.id });
    expect(otherPlan.plan).toMatchObject({ cancelledOn: null, lineEnds: '2026-11-27' });
  });

  it('follows the day turning, with nothing else changed', async () => {
    const caseId = await start({ leavingDate: '2026-12-10' });
    const today = await answers(caseId);
    expect(today.view.plan.today).toBe('2026-11-25');

    const stored = app.store.data;
    app.ports.now = () => new Date('2026-12-08T01:00:00Z');
    const later = await answers(caseId);
    expect(app.store.data).toBe(stored);
    expect(later.view.plan.today).toBe('2026-12-08');
    expect(later.due.length).toBeGreaterThan(today.due.length);
    expect(later.summary.nextDue).not.toEqual(today.summary.nextDue);
  });

  it('titles the same plan in each reader’s language', async () => {
    const caseId = await start({ leavingDate: '2026-11-28' });
    const english = await answers(caseId, 'en');
    const japanese = await answers(caseId, 'ja');
    const nepali = await answers(caseId, 'ne');
    expect(dueIds(japanese.due)).toEqual(dueIds(english.due));
    expect(japanese.due.map((d) => d.title)).not.toEqual(english.due.map((d) => d.title));
    expect(nepali.due.map((d) => d.title)).not.toEqual(japanese.due.map((d) => d.title));
    expect((await answers(caseId, 'en')).due).toEqual(english.due);
  });

  it('follows new answers and other services, which re-tailor the checklist', async () => {
    const caseId = await start({ leavingDate: '2026-11-28' });
    const before = await answers(caseId);

    await call('cases.updateProfile', {
      caseId,
      profile: { ...DOCOMO_ESIM_ONLINE, leavingDate: '2026-12-10' },
      phoneNumber: '090-1234-5678',
    });
    const moved = await answers(caseId);
    expect(moved.view.plan.leavingDate).toBe('2026-12-10');
    expect(moved.due).not.toEqual(before.due);

    // The answers stay the same objects here: only the services change.
    const paypay = (view: CasePlanView) => view.plan.items.some((i) => i.stepId.includes('paypay'));
    expect(paypay(moved.view)).toBe(false);
    await call('cases.setServices', { caseId, chosen: ['paypay'], custom: [] });
    expect(paypay((await answers(caseId)).view)).toBe(true);
  });
});
