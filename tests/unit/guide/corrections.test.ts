// The corrections of issue 21: what an audit of the stored sources found wrong in ways that cost money.
// Each test read the guide as it was and failed; each says what a person now reads instead.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { billsView } from '../../../electron/guide/bills';
import { buildChecklist } from '../../../electron/guide/engine';
import { computePlan, type Plan, type PlanItem } from '../../../electron/guide/plan';
import { planCalendar } from '../../../electron/guide/plan-calendar';
import type { Checklist, Profile } from '../../../electron/guide/types';
import { DOCOMO_ESIM_ONLINE } from '../../fixtures/profiles';

const profile = (over: Partial<Profile>): Profile => ({ ...DOCOMO_ESIM_ONLINE, ...over });
const plan = (p: Profile, today: string): Plan =>
  computePlan({ checklist: buildChecklist(p), profile: p, progress: {}, today });
const item = (p: Plan, stepId: string): PlanItem => {
  const found = p.items.find((i) => i.stepId === stepId);
  if (!found) throw new Error(`no plan item ${stepId}`);
  return found;
};
const said = (items: PlanItem[]) => items.flatMap((i) => [...i.advice, ...i.ask]).map((t) => t.en);
const step = (c: Checklist, id: string) => c.phases.flatMap((p) => p.steps).find((s) => s.id === id);

describe('cancelling within 8 days', () => {
  // soumu.go.jp keitai_portal gimonkaiketsu q_5: NTT docomo, KDDI and SoftBank use 確認措置 instead of
  // 初期契約解除; the 8 days run from receiving the contract document.
  const confirmationMeasure = ['docomo', 'ahamo', 'au', 'uq-mobile', 'povo', 'softbank', 'ymobile', 'linemo'];

  it.each(confirmationMeasure)(
    '%s: the contract check says 確認措置, for poor coverage or a poor explanation only',
    (id) => {
      const check = step(
        buildChecklist(profile({ providerId: id, cardKind: 'physical' })),
        'prepare.contract-check',
      );
      const facts = (check?.facts ?? []).map((f) => f.value?.en ?? '').join(' ');
      expect(facts).toContain('確認措置');
      expect(facts).toMatch(/coverage/);
      expect(facts).toMatch(/explanation/);
      // Nobody at these carriers is told the contract can simply be cancelled within 8 days.
      expect(facts).not.toMatch(/a monthly contract can be cancelled within 8 days/);
    },
  );

  it('counts the 8 days from receiving the contract document, on the ministry’s own page', () => {
    const check = step(
      buildChecklist(profile({ providerId: 'iijmio', cardKind: 'physical' })),
      'prepare.contract-check',
    );
    const eight = check?.facts.find((f) => f.id === 'eight-day-cancellation');
    expect(eight?.value?.en).toContain('contract document');
    expect(eight?.sources.map((s) => [s.url, s.kind])).toContainEqual([
      'https://www.soumu.go.jp/menu_seisaku/ictseisaku/keitai_portal/gimonkaiketsu/q_5.html',
      'official',
    ]);
  });
});

describe('SoftBank’s bill closing day', () => {
  const softbank = (billClosingDay: Profile['billClosingDay']) =>
    profile({ providerId: 'softbank', channel: 'shop', leavingDate: '2027-01-10', billClosingDay });

  it('a bill closing on the 20th: cancel by 20 December to avoid the next period, not by 31 December', () => {
    const cancel = plan(softbank('20'), '2026-12-05').items.find(
      (i) => i.rule?.id === 'cancel-before-leaving',
    );
    const advice = (cancel?.advice ?? []).map((a) => a.en).join(' ');
    expect(advice).toContain('December 20, 2026');
    expect(advice).not.toContain('December 31, 2026');
    expect(cancel?.advice.map((a) => a.ja).join(' ')).toContain('2026年12月20日');
  });

  it('a bill closing on the 10th, seen on the 12th: the next boundary is 10 January', () => {
    const cancel = plan(softbank('10'), '2026-12-12').items.find(
      (i) => i.rule?.id === 'cancel-before-leaving',
    );
    expect((cancel?.advice ?? []).map((a) => a.en).join(' ')).toContain('January 10, 2027');
  });

  it('not sure: the plan names the three closing days and where to find one’s own, and asks', () => {
    const p = plan(softbank('unsure'), '2026-12-05');
    const text = said(p.items).join(' ');
    expect(text).toMatch(/10th.*20th.*last day/);
    expect(text).toContain('My SoftBank');
  });

  it('the checklist’s “choose the day” step says the closing day varies', () => {
    const choose = step(buildChecklist(softbank('unsure')), 'prepare.choose-day');
    expect(choose?.facts.map((f) => f.value?.en ?? '').join(' ')).toMatch(/10th.*20th.*last day/);
  });
});

describe('moves between au, UQ mobile and povo', () => {
  const auTo = (newProviderId: string) =>
    said(
      plan(
        profile({ providerId: 'au', numberPlan: 'keep', newProviderId, leavingDate: '2027-01-10' }),
        '2026-12-10',
      ).items,
    ).join(' ');

  it('au → UQ mobile is billed by the day (au’s own page), not by the full month', () => {
    expect(auTo('uq-mobile')).toContain('Charged by the day');
    expect(auTo('uq-mobile')).not.toContain('Billed by the full month');
  });

  it('au → a carrier outside KDDI stays billed by the full month', () => {
    expect(auTo('rakuten-mobile')).toContain('Billed by the full month');
  });
});

describe('the MNP reservation number', () => {
  const keep = profile({
    providerId: 'sakura-mobile',
    numberPlan: 'keep',
    newProviderId: 'ymobile',
    leavingDate: '2027-01-09',
  });
  const p = plan(keep, '2026-11-30');
  const mnp = p.items.find((i) => i.rule?.id === 'mnp-number-window');

  it('dates the finished switch (by the day before leaving), not a first day to get the number', () => {
    expect(mnp).toMatchObject({ earliest: '2026-11-30', latest: '2027-01-08' });
    const text = (mnp?.advice ?? []).map((a) => a.en).join(' ');
    expect(text).not.toMatch(/do not get it before/i);
    expect(text).toContain('January 8, 2027');
  });

  it('says how many days the new carrier wants left, from its own page', () => {
    expect((mnp?.advice ?? []).map((a) => a.en).join(' ')).toMatch(/Y!mobile.*10 days/);
    expect(mnp?.rule?.sources.map((s) => s.url)).toContain(
      'https://ymobile.jp/store/to_beginner/necessaries/?wovn=en',
    );
  });
});

describe('IIJmio, leaving on 21 January: one end-of-line date', () => {
  const iij = profile({ providerId: 'iijmio', cardKind: 'esim', leavingDate: '2027-01-21' });
  const p = plan(iij, '2026-12-10');

  it('the line ends on 31 January (applied by 20 January), and every text that says when it ends agrees', () => {
    expect(p.lineEnds).toBe('2027-01-31');
    expect(item(p, 'cancel.online').latest).toBe('2027-01-20');
    const ends = said(p.items).filter((t) => /\bline ends\b|\bends on\b|\bended\b/.test(t));
    expect(ends.length).toBeGreaterThan(2);
    for (const text of ends) {
      expect(text).not.toMatch(/January 20, 2027\)?,? the number|line ends \(January 20/);
      expect(text).not.toMatch(/ends? (on|at the end of the month you apply \()December 31, 2026/);
    }
    expect(said([item(p, 'prepare.move-sms-logins')]).join(' ')).toContain('January 31, 2027');
    expect(said([item(p, 'cancel.online')]).join(' ')).toContain('January 31, 2027');
  });

  it('the calendar says the same: the cancellation by 20 January, the line ending on 31 January', () => {
    const ics = planCalendar({
      caseId: 'c1',
      caseName: 'IIJmio',
      plan: p,
      bills: billsView({
        providerId: iij.providerId,
        profile: iij,
        expected: p.bills,
        payment: null,
        recorded: [],
        today: p.today,
      }),
      checklist: buildChecklist(iij),
      locale: 'en',
      now: new Date('2026-12-10T00:00:00Z'),
    });
    const events = new ICAL.Component(ICAL.parse(ics))
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v));
    const cancel = events.find((e) => e.uid === 'c1.cancel.online@sayonara-sim');
    expect(cancel?.startDate.toString()).toBe('2027-01-20');
    expect(cancel?.summary).toMatch(/^By January 20, 2027: /);
    expect(cancel?.description).toContain('January 31, 2027');
  });
});

describe('the consumer hotline 188', () => {
  it('is said to be domestic and Japanese only wherever it is offered', () => {
    const c = buildChecklist(profile({ leavingDate: '2027-01-10' }));
    const hotline = step(c, 'after.hotline-188');
    const fact = hotline?.facts.find((f) => f.id === 'consumer-hotline-188');
    expect(fact?.value?.en).toMatch(/Japanese only/);
    expect(fact?.value?.en).toMatch(/domestic/);
    expect(fact?.sources.map((s) => [s.url, s.kind])).toContainEqual([
      'https://www.caa.go.jp/en/policy/local_cooperation/',
      'official',
    ]);
    expect(Object.values(hotline?.why ?? {}).join(' ')).toMatch(/Japanese only/);
  });
});
