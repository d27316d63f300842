// The services a case uses (issue 20), through the real router: chosen, named, changed later, kept
// across a restart; refused when made up; their steps ticked, dated, reminded, linked to proof and
// listed per service in the report.
import { afterEach, describe, expect, it } from 'vitest';
import { contract } from '../../../electron/ipc/contract';
import type { CasePlanView, CaseView, RecordView } from '../../../electron/ipc/views';
import { nextServices } from '../../../electron/services/cases';
import { remindersBetween } from '../../../electron/services/plan';
import { DOCOMO_ESIM_ONLINE } from '../../fixtures/profiles';
import { backend } from '../helpers';
import { content } from '../proof/helpers';

type App = Awaited<ReturnType<typeof backend>>;
let app: App;
afterEach(() => app?.cleanup());
const call = <T>(channel: string, payload: unknown) => app.call<T>(channel, payload);
const stepIds = (view: CaseView) => view.checklist.phases.flatMap((p) => p.steps.map((s) => s.id));
const LEAVING = { ...DOCOMO_ESIM_ONLINE, leavingDate: '2026-12-20', holderType: 'foreign-resident' as const };

const create = (profile = LEAVING) =>
  call<CaseView>('cases.create', { name: 'Li Na', profile, phoneNumber: '080-1234-5678' });

describe('cases.setServices', () => {
  it('turns the chosen services into steps, names a service of your own, and keeps both across a restart', async () => {
    app = await backend();
    const view = await create();
    expect(view.case.services).toEqual({ chosen: [], custom: [] });
    expect(stepIds(view)).toContain('prepare.move-sms-logins');

    const chosen = await call<CaseView>('cases.setServices', {
      caseId: view.case.id,
      chosen: ['paypay', 'line', 'line'],
      custom: [{ id: null, name: '  微信  ' }],
    });
    const [own] = chosen.case.services.custom;
    expect(chosen.case.services.chosen).toEqual(['paypay', 'line']);
    expect(own?.name).toBe('微信');
    expect(own?.id).toMatch(/^custom-[0-9a-f]{8}$/);
    const ids = stepIds(chosen);
    expect(ids).not.toContain('prepare.move-sms-logins');
    expect(ids).toEqual(
      expect.arrayContaining([
        'prepare.service-line',
        'prepare.service-paypay',
        `prepare.service-${own?.id}`,
      ]),
    );

    // Sent back with its id, the service keeps it (and its ticks with it).
    await call('steps.setDone', { caseId: view.case.id, stepId: `prepare.service-${own?.id}`, done: true });
    const again = await call<CaseView>('cases.setServices', {
      caseId: view.case.id,
      chosen: ['line'],
      custom: [{ id: own?.id, name: '微信' }],
    });
    expect(again.case.services.custom).toEqual([own]);
    expect(again.case.steps[`prepare.service-${own?.id}`]?.done).toBe(true);
    // PayPay's step is gone from the checklist, with nothing lost (it had no tick).
    expect(stepIds(again)).not.toContain('prepare.service-paypay');

    await app.store.flush();
    const restarted = await backend(app.dir);
    const reopened = (await restarted.router.handle('cases.get', { caseId: view.case.id })) as {
      ok: true;
      value: CaseView;
    };
    expect(reopened.value.case.services).toEqual(again.case.services);
  });

  it('refuses a made-up service, a name with control characters and an over-long name, and changes nothing', async () => {
    app = await backend();
    const view = await create();
    await expect(
      call('cases.setServices', { caseId: view.case.id, chosen: ['not-a-service'], custom: [] }),
    ).rejects.toThrow(/invalid_request/);
    for (const name of ['a\u0000b', 'evil\u202eexe', 'x'.repeat(81), '   '])
      await expect(
        call('cases.setServices', { caseId: view.case.id, chosen: [], custom: [{ id: null, name }] }),
      ).rejects.toThrow(/invalid_request/);
    await expect(
      call('cases.setServices', { caseId: view.case.id, chosen: ['../etc'], custom: [] }),
    ).rejects.toThrow(/invalid_request/);
    const after = await call<CaseView>('cases.get', { caseId: view.case.id });
    expect(after.case.services).toEqual({ chosen: [], custom: [] });
  });

  it('validates the payload at the boundary, as the other text fields are', () => {
    const request = contract['cases.setServices'].request;
    const ok = { caseId: 'c', chosen: ['line'], custom: [{ id: null, name: 'ゆうちょ 通帳アプリ' }] };
    expect(request.safeParse(ok).success).toBe(true);
    expect(request.safeParse({ ...ok, extra: 1 }).success).toBe(false);
    expect(request.safeParse({ ...ok, custom: [{ id: 'custom-zzzzzzzz', name: 'x' }] }).success).toBe(false);
    expect(request.safeParse({ ...ok, chosen: Array.from({ length: 65 }, () => 'line') }).success).toBe(
      false,
    );
    expect(
      request.safeParse({
        ...ok,
        custom: Array.from({ length: 31 }, (_, i) => ({ id: null, name: `s${i}` })),
      }).success,
    ).toBe(false);
  });

  it('gives a new service an id never given before, and keeps only ids it gave', () => {
    const ids = ['custom-00000001', 'custom-00000002', 'custom-00000003'];
    const newId = () => ids.shift() ?? 'custom-ffffffff';
    const current = { chosen: [], custom: [{ id: 'custom-00000002', name: 'B' }] };
    const next = nextServices(
      current,
      [],
      [
        { id: 'custom-00000002', name: 'B' },
        { id: 'custom-0000000a', name: 'made-up id' },
        { id: null, name: 'C' },
        { id: null, name: 'ｃ' },
      ],
      newId,
      new Set(['custom-00000001']),
    );
    // custom-00000001 belonged to a service removed earlier (its ticks kept), so it is passed over.
    expect(next.custom).toEqual([
      { id: 'custom-00000002', name: 'B' },
      { id: 'custom-00000003', name: 'made-up id' },
      { id: 'custom-ffffffff', name: 'C' },
    ]);
  });

  it('needs no steps while the number is kept, and says so by giving none', async () => {
    app = await backend();
    const view = await create({ ...LEAVING, numberPlan: 'keep', newProviderId: 'povo' });
    const chosen = await call<CaseView>('cases.setServices', {
      caseId: view.case.id,
      chosen: ['line', 'mufg'],
      custom: [],
    });
    expect(chosen.case.services.chosen).toEqual(['line', 'mufg']);
    expect(stepIds(chosen).filter((id) => id.includes('.service-'))).toEqual([]);
    // Changing the answer to ending the number brings the steps.
    const ended = await call<CaseView>('cases.updateProfile', {
      caseId: view.case.id,
      profile: LEAVING,
      phoneNumber: '',
    });
    expect(stepIds(ended)).toEqual(expect.arrayContaining(['prepare.service-line', 'prepare.service-mufg']));
  });
});

describe('service steps in the plan, the reminders and the proof', () => {
  it('dates a service step before the line ends, reminds on its last day, and takes proof for it', async () => {
    app = await backend();
    const view = await create();
    const chosen = await call<CaseView>('cases.setServices', {
      caseId: view.case.id,
      chosen: ['line', 'japan-post-bank'],
      custom: [],
    });
    const { plan } = await call<CasePlanView>('plan.forCase', { caseId: chosen.case.id });
    const item = plan.items.find((i) => i.stepId === 'prepare.service-line');
    expect(item?.latest).toBe(plan.lineEnds);
    expect(item?.rule?.label.en).toBe('Before the number ends');

    const reminders = remindersBetween(
      app.store.data,
      new Date(`${item?.latest}T00:00:00+09:00`),
      new Date(`${item?.latest}T10:00:00+09:00`),
      'zh-CN',
    );
    expect(reminders.map((r) => r.stepId)).toContain('prepare.service-line');

    const record = await call<RecordView>('records.create', {
      caseId: view.case.id,
      content: content({
        kind: 'other',
        stepId: 'prepare.service-line',
        note: 'LINE 电话号码已改为新号码，截图',
        referenceNumber: '',
      }),
    });
    const after = await call<CaseView>('cases.get', { caseId: view.case.id });
    expect(after.stepRecords['prepare.service-line']?.map((r) => r.id)).toEqual([record.id]);

    // A step this case does not have is refused as proof.
    await expect(
      call('records.create', {
        caseId: view.case.id,
        content: content({ kind: 'other', stepId: 'prepare.service-paypay' }),
      }),
    ).rejects.toThrow(/not_found/);
  });

  it('lists in the report, per service, what was done: the tick, the note and the proof', async () => {
    app = await backend();
    const view = await create();
    await call('cases.setServices', {
      caseId: view.case.id,
      chosen: ['line', 'japan-post-bank'],
      custom: [{ id: null, name: 'WeChat Pay' }],
    });
    await call('steps.setDone', { caseId: view.case.id, stepId: 'prepare.service-line', done: true });
    await call('steps.setNote', {
      caseId: view.case.id,
      stepId: 'prepare.service-line',
      note: 'Number changed to my new one',
    });
    await call('records.create', {
      caseId: view.case.id,
      content: content({ kind: 'other', stepId: 'prepare.service-line', referenceNumber: '' }),
    });
    app.ports.nextSavePath = `${app.dir}/report.md`;
    await call('report.export', { caseId: view.case.id, locale: 'en', timeZone: 'Asia/Tokyo', format: 'md' });
    const { readFile } = await import('node:fs/promises');
    const md = await readFile(`${app.dir}/report.md`, 'utf8');
    const section = md.slice(md.indexOf('## Services tied to this number'));
    expect(section).toContain('- [x] LINE — Done on');
    expect(section).toContain('Number changed to my new one');
    expect(section).toMatch(/Proof recorded（記録した証拠）: .* — Other/);
    expect(section).toContain('- [ ] Japan Post Bank (Yucho)（ゆうちょ銀行） — Not done');
    expect(section).toContain('- [ ] WeChat Pay — added by you（自分で追加） — Not done');
    expect(section).toContain('No proof recorded for it.');
    // LINE's 36 hours rest on one blog: listed to confirm with LINE, not the carrier.
    expect(md).toContain(
      '- LINE: Before the number goes（LINE：番号がなくなる前に） — one source: https://line-en-official.weblog.to/archives/1074054356.html',
    );
    expect(md).toContain('Where a service is named, confirm the number with that service.');
  });
});
