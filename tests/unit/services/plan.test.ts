// The plan through the router: what the case and the list show, the due-soon notice, reminders, and
// the iCalendar export read back with a second, independent parser (ical.js).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import type { Profile } from '../../../electron/guide/types';
import type { CasePlanView, CaseSummary, CaseView, DueSoonItem, Settings } from '../../../electron/ipc/views';
import { notifyPort } from '../../../electron/main/ports';
import { reminderTicker, remindersBetween, type Reminder } from '../../../electron/services/plan';
import { DOCOMO_ESIM_ONLINE } from '../../fixtures/profiles';
import { createFakeElectron } from '../shell/fake-electron';
import { backend } from '../helpers';

// The test clock starts at 2026-11-25T09:00Z: 18:00 on 25 November in Tokyo.
type App = Awaited<ReturnType<typeof backend>>;
let app: App;
afterEach(() => app?.cleanup());

const call = <T>(channel: string, payload: unknown) => app.call<T>(channel, payload);
const create = (name: string, profile: Partial<Profile>) =>
  call<CaseView>('cases.create', {
    name,
    profile: { ...DOCOMO_ESIM_ONLINE, ...profile },
    phoneNumber: '090-1234-5678',
  });
const planOf = async (view: CaseView) =>
  (await call<CasePlanView>('plan.forCase', { caseId: view.case.id })).plan;
const planViewOf = (view: CaseView) => call<CasePlanView>('plan.forCase', { caseId: view.case.id });

describe('the plan in the case and the list', () => {
  it('dates the case’s steps from today; the list shows the next due date; a tick marks it done', async () => {
    app = await backend();
    const view = await create('Leaving soon', { leavingDate: '2026-11-28' });
    // The case's own answer leaves the plan to the Plan tab's request.
    expect(view).not.toHaveProperty('plan');
    const plan = await planOf(view);
    expect(plan.today).toBe('2026-11-25');
    const cancel = plan.items.find((i) => i.stepId === 'cancel.online');
    expect(cancel).toMatchObject({ latest: '2026-11-27', status: 'due-soon' });
    const [summary] = await call<CaseSummary[]>('cases.list', {});
    expect(summary?.nextDue).toMatchObject({ latest: '2026-11-27', status: 'due-soon' });

    await call<CaseView>('steps.setDone', { caseId: view.case.id, stepId: 'cancel.online', done: true });
    const ticked = await planOf(view);
    expect(ticked.items.find((i) => i.stepId === 'cancel.online')?.status).toBe('done');
    expect(ticked.cancelledOn).toBe('2026-11-25');
    const missing = await app.router.handle('plan.forCase', { caseId: 'nope' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('plan.dueSoon', () => {
  it('lists overdue and due-soon steps of open cases only, soonest first', async () => {
    app = await backend();
    const soon = await create('Soon', { leavingDate: '2026-11-28' });
    await create('Later', { leavingDate: '2027-03-01' });
    await create('Undated', { leavingDate: null });
    const archived = await create('Archived', { leavingDate: '2026-11-27' });
    await call('cases.setArchived', { caseId: archived.case.id, archived: true });

    const due = await call<DueSoonItem[]>('plan.dueSoon', { locale: 'en' });
    expect(due.length).toBeGreaterThan(3);
    expect(new Set(due.map((d) => d.caseName))).toEqual(new Set(['Soon']));
    expect(due.every((d) => d.status === 'due-soon' && d.caseId === soon.case.id)).toBe(true);
    expect(due.map((d) => d.latest)).toEqual(due.map((d) => d.latest).sort());
    expect(due.map((d) => d.stepId)).toContain('after.residence-card');
    // Titles in the reader's language only: the notice shows one.
    const inKorean = await call<DueSoonItem[]>('plan.dueSoon', { locale: 'ko' });
    const { items } = await planOf(soon);
    expect(inKorean.map((d) => d.title)).toEqual(
      due.map((d) => items.find((i) => i.stepId === d.stepId)?.title.ko),
    );
    expect(inKorean.every((d) => typeof d.title === 'string' && d.title !== '')).toBe(true);
    expect(due.map((d) => d.title)).not.toEqual(inKorean.map((d) => d.title));
  });
});

describe('the reservation number behind One-Stop', () => {
  it('is in the plan as a fallback, but never next due, due soon, reminded or in the calendar', async () => {
    app = await backend();
    const view = await create('SoftBank → povo', {
      providerId: 'softbank',
      cardKind: 'physical',
      numberPlan: 'keep',
      newProviderId: 'povo',
      channel: 'shop',
      leavingDate: '2026-11-28',
    });
    const fallback = (await planOf(view)).items.filter((i) => i.fallback);
    expect(fallback.map((i) => i.stepId)).toEqual(['cancel.mnp-shop']);
    expect(fallback[0]?.latest).not.toBeNull();

    const [summary] = await call<CaseSummary[]>('cases.list', {});
    expect(summary?.nextDue?.stepId).not.toBe('cancel.mnp-shop');
    const due = await call<DueSoonItem[]>('plan.dueSoon', { locale: 'en' });
    expect(due.map((d) => d.stepId)).toContain('cancel.mnp-one-stop');
    expect(due.map((d) => d.stepId)).not.toContain('cancel.mnp-shop');
    const { data } = app.store;
    const reminders = remindersBetween(
      data,
      new Date('2026-11-20T00:00Z'),
      new Date('2026-12-31T00:00Z'),
      'en',
    );
    expect(reminders.map((r) => r.stepId)).toContain('cancel.mnp-one-stop');
    expect(reminders.map((r) => r.stepId)).not.toContain('cancel.mnp-shop');

    const file = path.join(app.dir, 'switch.ics');
    app.ports.nextSavePath = file;
    await call('plan.exportCalendar', { caseId: view.case.id, locale: 'ja' });
    const calendar = await readFile(file, 'utf8');
    expect(calendar).toContain(`${view.case.id}.cancel.mnp-one-stop@sayonara-sim`);
    expect(calendar).not.toContain(`${view.case.id}.cancel.mnp-shop@sayonara-sim`);
  });
});

describe('reminders', () => {
  it('fire at 09:00 Japan time on a step’s last day, once, in the user’s language, unless turned off', async () => {
    app = await backend();
    await create('Leaving soon', { leavingDate: '2026-11-28' });
    // 09:00 on 27 November in Tokyo is 00:00 UTC.
    const before = new Date('2026-11-26T23:59:00Z');
    const after = new Date('2026-11-27T00:01:00Z');
    const fired = remindersBetween(app.store.data, before, after, 'ja');
    expect(fired.map((r) => r.stepId)).toContain('cancel.online');
    expect(fired[0]?.body).toBe('Leaving soon：今日がこの手順の最終日です。');
    expect(remindersBetween(app.store.data, after, new Date('2026-11-27T00:30:00Z'), 'ja')).toEqual([]);

    const settings = await call<Settings>('settings.update', { notifications: false });
    expect(settings.notifications).toBe(false);
    expect(remindersBetween(app.store.data, before, after, 'ja')).toEqual([]);
  });

  it('the ticker shows each reminder through Electron’s Notification, without replaying the past', async () => {
    app = await backend();
    await create('Leaving soon', { leavingDate: '2026-11-28' });
    let now = new Date('2026-11-27T03:00:00Z'); // noon in Tokyo: this morning's reminders are past
    const fake = createFakeElectron();
    const shown: Reminder[] = [];
    const notify = notifyPort(fake.Notification as never);
    const tick = reminderTicker({
      store: app.store,
      now: () => now,
      locale: () => 'en',
      notify: (r) => {
        shown.push(r);
        notify(r);
      },
    });
    tick();
    expect(shown).toEqual([]);
    now = new Date('2026-11-28T00:00:30Z'); // just after 09:00 on the leaving day
    tick();
    expect(shown.map((r) => r.stepId).sort()).toEqual(['after.residence-card', 'device.esim-delete']);
    expect(fake.notifications).toEqual(
      shown.map((r) => ({ title: r.title, body: 'Leaving soon: today is the last day for this step.' })),
    );
    tick();
    expect(shown).toHaveLength(2);
  });
});

describe('plan.exportCalendar', () => {
  interface Event {
    uid: string;
    start: string;
    summary: string;
    description: string;
    alarm: string | null;
    sequence: number;
  }
  const readEvents = async (file: string): Promise<Event[]> => {
    const root = new ICAL.Component(ICAL.parse(await readFile(file, 'utf8')));
    return root.getAllSubcomponents('vevent').map((vevent) => {
      const event = new ICAL.Event(vevent);
      const alarm = vevent.getFirstSubcomponent('valarm');
      return {
        uid: event.uid,
        start: event.startDate.toString(),
        summary: event.summary,
        description: event.description,
        alarm: alarm ? String(alarm.getFirstPropertyValue('trigger')) : null,
        sequence: event.sequence,
      };
    });
  };

  it('writes one all-day event per dated step with a stable UID and an alarm the day before', async () => {
    app = await backend();
    const view = await create('My docomo', { leavingDate: '2027-01-10' });
    const file = path.join(app.dir, 'plan.ics');
    app.ports.nextSavePath = file;
    expect(await call('plan.exportCalendar', { caseId: view.case.id, locale: 'zh-CN' })).toEqual({
      path: file,
    });

    const events = await readEvents(file);
    const { plan, bills } = await planViewOf(view);
    const dated = plan.items.filter((i) => i.latest !== null);
    // The steps, then the bills expected after the line ends (issue 19), each by its month's last day.
    expect(events.map((e) => e.uid)).toEqual([
      ...dated.map((i) => `${view.case.id}.${i.stepId}@sayonara-sim`),
      ...bills.lines.map((line) => `${view.case.id}.bill-${line.key}@sayonara-sim`),
    ]);
    const billEvents = events.slice(dated.length);
    expect(billEvents.map((e) => e.start)).toEqual(['2027-02-28', '2027-03-31']);
    expect(billEvents.map((e) => e.summary)).toEqual([
      '最晚2027年2月28日：预计2027年2月的账单',
      '最晚2027年3月31日：最后一张账单，预计在2027年3月',
    ]);
    for (const event of billEvents) expect(event.alarm).toBe('-P1D');
    for (const [index, item] of dated.entries()) {
      const event = events[index];
      expect(event?.start).toBe(item.latest);
      // A deadline says so ("by …"): an all-day event would read as "on" that day. A step done on the
      // day itself (the residence card at the airport) is titled as it is.
      if (item.earliest === item.latest) expect(event?.summary).toBe(item.title['zh-CN']);
      else {
        expect(event?.summary).toMatch(/^最晚\d{4}年\d{1,2}月\d{1,2}日：/);
        expect(event?.summary.endsWith(`：${item.title['zh-CN']}`)).toBe(true);
      }
      expect(event?.alarm).toBe('-P1D');
      for (const source of item.rule?.sources ?? []) expect(event?.description).toContain(source.url);
    }
    const cancel = events.find((e) => e.uid.endsWith('.cancel.online@sayonara-sim'));
    // Seen from 25 November: cancelling by the 30th avoids December's charge.
    expect(cancel?.description).toContain('2026年11月30日');

    // Re-exported after a tick: the same UIDs, a higher SEQUENCE, the done step ticked without alarm.
    await call('steps.setDone', { caseId: view.case.id, stepId: 'cancel.online', done: true });
    await call('plan.exportCalendar', { caseId: view.case.id, locale: 'zh-CN' });
    const again = await readEvents(file);
    expect(again.map((e) => e.uid)).toEqual(expect.arrayContaining(events.map((e) => e.uid)));
    const cancelAgain = again.find((e) => e.uid === cancel?.uid);
    expect(cancelAgain?.summary.startsWith('✓ ')).toBe(true);
    expect(cancelAgain?.alarm).toBeNull();
    expect(cancelAgain?.sequence).toBeGreaterThan(cancel?.sequence ?? Infinity);
    // What came before the cancellation has had its moment: its event moves to the day it passed, its
    // alarm gone, so the calendar stops nagging (the same UIDs update the events imported before).
    const today = '2026-11-25';
    const backup = again.find((e) => e.uid.endsWith('.prepare.backup@sayonara-sim'));
    expect(backup).toMatchObject({ start: today, alarm: null });
    expect(again.find((e) => e.uid.endsWith('.prepare.move-sms-logins@sayonara-sim'))).toMatchObject({
      start: today,
      alarm: null,
    });
  });

  it('a travel eSIM leaving in 3 days: auto-renew by the day before, no event for an end date the app cannot know', async () => {
    app = await backend();
    const view = await create('Travel eSIM', {
      providerId: 'travel-esim',
      contractKind: 'travel-esim',
      holderType: 'visitor',
      channel: 'app',
      leavingDate: '2026-11-28',
    });
    const file = path.join(app.dir, 'travel.ics');
    app.ports.nextSavePath = file;
    await call('plan.exportCalendar', { caseId: view.case.id, locale: 'ja' });
    const events = await readEvents(file);
    const uid = (stepId: string) => `${view.case.id}.${stepId}@sayonara-sim`;
    expect(events.map((e) => [e.uid, e.start])).toEqual([
      [uid('prepare.travel-check'), '2026-11-27'],
      [uid('cancel.travel-autorenew'), '2026-11-27'],
    ]);
    const renew = events[1];
    expect(renew?.summary).toBe('2026年11月27日までに：自動更新があれば止める');
    expect(renew?.alarm).toBe('-P1D');
    // The seller's notice worked out in Japanese, what to check, and the seller's own page.
    expect(renew?.description).toContain('2026年12月3日以前に更新されるプラン');
    expect(renew?.description).toContain('販売元のアプリで');
    expect(renew?.description).toContain(
      'https://esim.holafly.com/faq/holafly-plans/cancel-holafly-plans-subscription',
    );
    expect(renew?.description).not.toMatch(/SMS|ポイント/);
  });

  it('offers no file when nothing is dated: no dialog, nothing written, and says why', async () => {
    app = await backend();
    // Staying in Japan, nothing ticked: no step has a date.
    const view = await create('Staying', { leavingDate: null });
    expect((await planOf(view)).items.filter((i) => i.latest !== null)).toEqual([]);
    const file = path.join(app.dir, 'empty.ics');
    app.ports.nextSavePath = file;
    expect(await call('plan.exportCalendar', { caseId: view.case.id, locale: 'en' })).toEqual({
      path: null,
      nothingDated: true,
    });
    await expect(readFile(file, 'utf8')).rejects.toThrow(/ENOENT/);
  });

  it('exports someone abroad’s plan, dated from today', async () => {
    app = await backend();
    const view = await create('Gone', { whereabouts: 'abroad', leavingDate: '2026-11-20' });
    const file = path.join(app.dir, 'abroad.ics');
    app.ports.nextSavePath = file;
    expect(await call('plan.exportCalendar', { caseId: view.case.id, locale: 'en' })).toEqual({ path: file });
    const events = await readEvents(file);
    // Seen from 25 November, billed by the full month: cancel by the 30th, from abroad.
    expect(events.find((e) => e.uid.endsWith('.cancel.online@sayonara-sim'))?.start).toBe('2026-11-30');
    expect(events.every((e) => e.start >= '2026-11-25')).toBe(true);
  });

  it('writes nothing when the save dialog is cancelled, and refuses an unknown case', async () => {
    app = await backend();
    const view = await create('My docomo', { leavingDate: '2027-01-10' });
    app.ports.nextSavePath = null;
    expect(await call('plan.exportCalendar', { caseId: view.case.id, locale: 'en' })).toEqual({ path: null });
    const result = await app.router.handle('plan.exportCalendar', { caseId: 'nope', locale: 'en' });
    expect(result.ok ? null : result.error.code).toBe('not_found');
  });
});
