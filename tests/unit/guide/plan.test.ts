// The plan's dates: month ends, year ends, leap days, leaving tomorrow or in 40 days, a line already
// cancelled, and what happens where a fact is unknown. Today is always given, never read from a clock.
import { describe, expect, it } from 'vitest';
import { content } from '../../../data/index';
import { planRules, PlanRuleSchema } from '../../../data/plan-rules';
import { buildChecklist } from '../../../electron/guide/engine';
import {
  computePlan,
  japanDay,
  nextDue,
  type PlanItem,
  type RecordedCancellation,
} from '../../../electron/guide/plan';
import type { Profile, StepProgress } from '../../../electron/guide/types';
import { DOCOMO_ESIM_ONLINE } from '../../fixtures/profiles';
import { verbatim } from '../../../data/text';

const profile = (over: Partial<Profile>): Profile => ({ ...DOCOMO_ESIM_ONLINE, ...over });

function plan(p: Profile, today: string, progress: Record<string, StepProgress> = {}) {
  return computePlan({ checklist: buildChecklist(p), profile: p, progress, today });
}
function item(items: PlanItem[], stepId: string): PlanItem {
  const found = items.find((i) => i.stepId === stepId);
  if (!found) throw new Error(`no plan item ${stepId}`);
  return found;
}
const ticked = (at: string): StepProgress => ({
  done: true,
  note: '',
  history: [{ done: true, at }],
  titleSnapshot: verbatim('x'),
});

describe('plan rules (data)', () => {
  const stepIds = new Set(content.steps.map((s) => s.id));
  const factIds = new Set(content.globalFacts.map((f) => f.id));

  it('parse, name steps and facts that exist, and date each step at most once', () => {
    const seen = new Set<string>();
    for (const rule of planRules) {
      PlanRuleSchema.parse(rule);
      expect(rule.citesGlobal.length + rule.citesProvider.length).toBeGreaterThan(0);
      for (const id of rule.citesGlobal) expect(factIds.has(id), `${rule.id} cites ${id}`).toBe(true);
      for (const id of rule.steps) {
        expect(stepIds.has(id), `${rule.id} dates ${id}`).toBe(true);
        expect(seen.has(id), `${id} dated twice`).toBe(false);
        seen.add(id);
      }
    }
  });

  it('every dated item names its rule and at least one source', () => {
    const p = plan(
      profile({ leavingDate: '2027-01-10', numberPlan: 'keep', cardKind: 'physical' }),
      '2026-12-10',
    );
    const dated = p.items.filter((i) => i.latest !== null);
    expect(dated.length).toBeGreaterThan(5);
    for (const i of dated) {
      expect(i.rule, i.stepId).not.toBeNull();
      expect(i.rule?.sources.length, i.stepId).toBeGreaterThan(0);
    }
  });
});

describe('computePlan', () => {
  it('full-month billing across a year end: cancel by 31 December to avoid January', () => {
    const p = plan(profile({ leavingDate: '2027-01-10' }), '2026-12-10');
    const cancel = item(p.items, 'cancel.online');
    expect(cancel).toMatchObject({ earliest: '2026-12-10', latest: '2027-01-09', status: 'upcoming' });
    expect(cancel.advice.map((a) => a.en).join(' ')).toContain(
      'cancelling on or before December 31, 2026 avoids January 2027’s charge',
    );
    expect(cancel.advice[0]?.['zh-CN']).toContain('2026年12月31日');
    expect(cancel.advice[0]?.ja).toContain('2027年1月分');
    // docomo states no time cut-off: the window closes at the end of the day, Japan time.
    expect(cancel.dueAt).toBe('2027-01-09T15:00:00.000Z');
    expect(p.finalBillBy).toBe('2027-03-31');
  });

  it('full-month billing when leaving before the month ends: any day costs the same', () => {
    const cancel = item(plan(profile({ leavingDate: '2026-12-20' }), '2026-12-01').items, 'cancel.online');
    expect(cancel.advice[0]?.en).toContain('any day up to December 19, 2026 costs the same');
  });

  it('month end: leaving on 1 March dates the cancellation on 28 February, the bill to 30 April', () => {
    const p = plan(profile({ leavingDate: '2026-03-01' }), '2026-01-31');
    expect(item(p.items, 'cancel.online').latest).toBe('2026-02-28');
    expect(p.finalBillBy).toBe('2026-04-30');
    expect(item(p.items, 'after.final-bill')).toMatchObject({ earliest: '2026-02-28', latest: '2026-04-30' });
  });

  it('leap day: leaving on 1 March 2028 dates the cancellation on 29 February', () => {
    const p = plan(profile({ leavingDate: '2028-03-01' }), '2028-02-29');
    const cancel = item(p.items, 'cancel.online');
    expect(cancel).toMatchObject({ latest: '2028-02-29', status: 'due-soon' });
    expect(cancel.advice[0]?.en).toContain('any day up to February 29, 2028');
  });

  it('leaving tomorrow: everything before the cancellation is due today; the cut-off is Japan time', () => {
    const p = plan(profile({ providerId: 'au', leavingDate: '2026-12-01' }), '2026-11-30');
    const cancel = item(p.items, 'cancel.online');
    expect(cancel).toMatchObject({ earliest: '2026-11-30', latest: '2026-11-30', status: 'due-soon' });
    // The sources say 21:40 and 21:10: the plan keeps the earlier.
    expect(cancel.cutoff).toBe('21:10');
    expect(cancel.dueAt).toBe('2026-11-30T12:10:00.000Z'); // 21:10 in Tokyo
    expect(cancel.advice.map((a) => a.en)).toContain(
      'Requests after 21:10 Japan time count as the next day: on the last day, apply before then.',
    );
    expect(item(p.items, 'prepare.move-sms-logins')).toMatchObject({
      latest: '2026-11-30',
      status: 'due-soon',
    });
    expect(item(p.items, 'after.residence-card')).toMatchObject({ latest: '2026-12-01', status: 'due-soon' });
    expect(nextDue(p)?.latest).toBe('2026-11-30');
  });

  it('leaving in 40 days with the number kept: the switch is dated, the number got when ready', () => {
    const p = plan(
      profile({ providerId: 'sakura-mobile', numberPlan: 'keep', leavingDate: '2027-01-09' }),
      '2026-11-30',
    );
    const mnp = p.items.find((i) => i.stepId.startsWith('cancel.mnp-') && i.stepId !== 'cancel.mnp-one-stop');
    expect(mnp).toBeDefined();
    expect(mnp).toMatchObject({ earliest: '2026-11-30', latest: '2027-01-08', status: 'upcoming' });
    expect(mnp?.advice[0]?.en).toContain('Finish the switch by January 8, 2027');
    // No new carrier named: the usual days left, from two sources.
    expect(mnp?.advice[1]?.en).toContain('Many new carriers want 10–13 days left');
    expect(mnp?.rule?.id).toBe('mnp-number-window');
  });

  it('a line already cancelled: dates follow the day it was ticked (Japan day), earlier steps have passed', () => {
    // 16:00 UTC on 20 November is 01:00 on 21 November in Tokyo.
    const p = plan(profile({ leavingDate: '2027-01-10' }), '2026-11-25', {
      'cancel.online': ticked('2026-11-20T16:00:00.000Z'),
    });
    expect(p.cancelledOn).toBe('2026-11-21');
    expect(p.finalBillBy).toBe('2027-01-31');
    expect(item(p.items, 'cancel.online')).toMatchObject({ status: 'done' });
    expect(item(p.items, 'cancel.online').advice[0]?.en).toBe(
      'This line was cancelled on November 21, 2026.',
    );
    expect(item(p.items, 'device.esim-delete')).toMatchObject({
      earliest: '2026-11-21',
      latest: '2027-01-10',
    });
    // The line ended when it was cancelled: what needed it is not overdue for ever after.
    expect(item(p.items, 'prepare.move-sms-logins')).toMatchObject({ latest: null, status: 'passed' });
  });

  it('no leaving date: no date is invented, the advice still says when this month ends', () => {
    const p = plan(profile({ leavingDate: null }), '2026-02-10');
    const cancel = item(p.items, 'cancel.online');
    expect(cancel).toMatchObject({ latest: null, dueAt: null, status: 'undated' });
    expect(cancel.advice[0]?.en).toContain('on or before February 28, 2026 avoids March 2026’s charge');
    expect(nextDue(p)).toBeNull();
  });

  it('no leaving date: no step repeats that there is none (the Plan view says it once, at the top)', () => {
    const p = plan(
      profile({ providerId: 'softbank', numberPlan: 'keep', channel: 'shop', leavingDate: null }),
      '2026-11-30',
    );
    expect(p.leavingDate).toBeNull();
    const said = p.items.flatMap((i) => [...i.advice, ...i.ask]).map((t) => t.en);
    expect(said.filter((t) => /leaving date/i.test(t))).toEqual([]);
  });

  it('unknown billing and cut-off: the step asks the carrier instead of advising', () => {
    const cancel = plan(
      profile({ providerId: 'unknown', leavingDate: '2026-12-20' }),
      '2026-12-01',
    ).items.find((i) => i.rule?.id === 'cancel-before-leaving');
    expect(cancel?.latest).toBe('2026-12-19');
    expect(cancel?.ask.map((a) => a.en)).toEqual([
      'Ask the carrier: is the last month charged in full or by the day?',
      'Ask the carrier: until what time does a request count for the same day?',
    ]);
    expect(cancel?.advice.some((a) => a.en.includes('Billed'))).toBe(false);
  });

  it('pro-rated billing: any day before leaving costs the same', () => {
    const cancel = item(
      plan(profile({ providerId: 'mineo', leavingDate: '2026-12-20' }), '2026-12-01').items,
      'cancel.online',
    );
    expect(cancel.advice[0]?.en).toBe(
      'Charged by the day: any day up to December 19, 2026 costs only the days used, so there is no gain in cancelling early.',
    );
  });

  it('a month-end provider with a request day, no leaving date: past the 25th, the next month’s 25th', () => {
    const p = plan(
      profile({ providerId: 'fuji-wifi', contractKind: 'rental', leavingDate: null }),
      '2026-11-26',
    );
    const advice = p.items.flatMap((i) => i.advice.map((a) => a.en));
    expect(advice).toContain(
      'Requests in by day 25 of a month end the line at that month’s end: to end it on December 31, 2026, apply by December 25, 2026.',
    );
  });

  it('a month-end provider with a request day: leaving on 28 January, apply by the 25th so it ends in January', () => {
    const p = plan(
      profile({ providerId: 'fuji-wifi', contractKind: 'rental', leavingDate: '2027-01-28' }),
      '2026-12-01',
    );
    expect(item(p.items, 'cancel.online').latest).toBe('2027-01-25');
    expect(p.lineEnds).toBe('2027-01-31');
    expect(p.finalBillBy).toBe('2027-03-31');
    expect(item(p.items, 'cancel.online').advice.map((a) => a.en)).toContain(
      'Requests in by day 25 of a month end the line at that month’s end: applied by January 25, 2027, it ends on January 31, 2027, and works until then.',
    );
  });

  it('orders dated items by their last day, undated ones last; statuses follow today', () => {
    const p = plan(profile({ leavingDate: '2026-12-05' }), '2026-11-30');
    const latest = p.items.map((i) => i.latest);
    const dated = latest.filter((d) => d !== null);
    expect(dated).toEqual([...dated].sort());
    expect(latest.indexOf(null)).toBeGreaterThanOrEqual(dated.length);
    expect(item(p.items, 'cancel.online').status).toBe('upcoming'); // 4 December: 4 days away
  });
});

describe('prepare steps: each date says the rule that made it', () => {
  // A Chinese student leaving in 10 days on a docomo eSIM.
  const p = plan(profile({ leavingDate: '2026-12-10', holderType: 'foreign-resident' }), '2026-11-30');
  const reason = (stepId: string) =>
    item(p.items, stepId)
      .advice.map((a) => a.en)
      .join(' ');

  it('steps under different rules give different reasons, in their rule’s own words', () => {
    const prepare = p.items.filter((i) => i.stepId.startsWith('prepare.'));
    expect(prepare.length).toBeGreaterThan(5);
    const byReason = new Map<string, Set<string | undefined>>();
    for (const i of prepare) {
      expect(i.latest, i.stepId).toBe('2026-12-09');
      const text = i.advice.map((a) => a.en).join(' ');
      expect(text, i.stepId).not.toBe('');
      byReason.set(text, (byReason.get(text) ?? new Set()).add(i.rule?.id));
    }
    // One reason per rule, and more than one rule among the prepare steps.
    for (const rules of byReason.values()) expect(rules.size).toBe(1);
    expect(byReason.size).toBeGreaterThan(2);
    expect(reason('prepare.points')).toContain('points');
    expect(reason('prepare.move-sms-logins')).toContain('SMS codes');
    expect(reason('prepare.sim-unlock')).toContain('Unlock');
    // A backup has nothing to do with SMS codes or points.
    expect(reason('prepare.backup')).not.toMatch(/SMS|points/);
    expect(reason('prepare.backup')).toContain('December 9, 2026');
  });

  it('steps that share a rule come together, so the view can say its reason once', () => {
    const order = p.items.map((i) => `${i.latest}|${i.rule?.id ?? i.stepId}`);
    const runs = order.filter((key, index) => index === 0 || order[index - 1] !== key);
    expect(new Set(runs).size).toBe(runs.length);
  });
});

describe('a travel eSIM', () => {
  // A tourist leaving in 3 days.
  const travel = profile({
    providerId: 'travel-esim',
    contractKind: 'travel-esim',
    holderType: 'visitor',
    channel: 'app',
    leavingDate: '2026-12-03',
  });
  const p = plan(travel, '2026-11-30');

  it('dates auto-renew off by the day before leaving, with Holafly’s 7 days worked out', () => {
    const renew = item(p.items, 'cancel.travel-autorenew');
    expect(renew).toMatchObject({ earliest: '2026-11-30', latest: '2026-12-02', status: 'due-soon' });
    expect(renew.rule?.id).toBe('travel-auto-renew');
    expect(renew.rule?.sources.map((s) => s.url)).toContain(
      'https://esim.holafly.com/faq/holafly-plans/cancel-holafly-plans-subscription',
    );
    const advice = renew.advice.map((a) => a.en).join(' ');
    expect(advice).toContain('switch it off by December 2, 2026');
    // Off 7 days before a renewal on 8 December is 1 December: sooner than the 2nd.
    expect(advice).toContain('if the plan renews on or before December 8, 2026, that is sooner');
    expect(renew.advice.map((a) => a.ja).join(' ')).toContain('2026年12月8日');
    expect(item(p.items, 'prepare.travel-check')).toMatchObject({ latest: '2026-12-02' });
  });

  it('never invents a renewal or end date, and says once what to check', () => {
    const expire = item(p.items, 'device.travel-expire');
    expect(expire).toMatchObject({ earliest: null, latest: null, status: 'undated' });
    expect(expire.advice.map((a) => a.en).join(' ')).toContain('not on the day you leave');
    // The ask belongs to the one rule both travel steps share, not to each step's own text.
    const asks = new Set(p.items.flatMap((i) => i.ask).map((a) => a.en));
    expect([...asks].filter((a) => a.includes('seller’s app'))).toHaveLength(1);
    // Nothing about a line's SMS, mailbox, points or final bill.
    const said = p.items
      .flatMap((i) => i.advice)
      .map((a) => a.en)
      .join(' ');
    expect(said).not.toMatch(/SMS|mailbox|points|final bill/);
  });

  it('turning auto-renew off does not end the line', () => {
    const renewOff = plan(travel, '2026-12-01', {
      'cancel.travel-autorenew': ticked('2026-11-30T03:00:00Z'),
    });
    expect(renewOff.cancelledOn).toBeNull();
    // Nor does the plan give the eSIM a day its line ends: that is the seller's end date.
    expect(renewOff.lineEnds).toBeNull();
    expect(p.lineEnds).toBeNull();
    expect(item(renewOff.items, 'cancel.travel-autorenew').status).toBe('done');
  });

  it('without a leaving date: no date, the renewal advice and Holafly’s notice without one', () => {
    const undated = plan({ ...travel, leavingDate: null }, '2026-11-30');
    const renew = item(undated.items, 'cancel.travel-autorenew');
    expect(renew).toMatchObject({ latest: null, status: 'undated' });
    expect(renew.advice.map((a) => a.en)).toEqual([
      'A one-off plan needs nothing. A subscription renews and charges until auto-renew is off: switch it off before the first renewal you do not want.',
      'Holafly wants it off at least 7 days before the renewal date.',
    ]);
  });
});

describe('japanDay', () => {
  it('reads the calendar day in Tokyo, across a year end', () => {
    expect(japanDay('2026-12-31T14:59:59.000Z')).toBe('2026-12-31');
    expect(japanDay('2026-12-31T15:00:00.000Z')).toBe('2027-01-01');
  });

  it('reads a time written in Japan’s offset as written, and any other offset through the zone', () => {
    expect(japanDay('2026-12-31T23:59:59+09:00')).toBe('2026-12-31');
    expect(japanDay('2026-12-31T23:59:59.999+09:00')).toBe('2026-12-31');
    expect(japanDay('2026-12-31T23:30:00+08:00')).toBe('2027-01-01');
    expect(japanDay('2027-01-01T00:30:00+10:00')).toBe('2026-12-31');
    expect(japanDay('2026-12-31T10:00:00-03:00')).toBe('2026-12-31');
  });

  it('a prepaid travel eSIM has no final bill to wait for: no date to keep a payment method until', () => {
    const travel = profile({
      providerId: 'travel-esim',
      contractKind: 'travel-esim',
      holderType: 'visitor',
      leavingDate: '2026-12-05',
    });
    const p = plan(travel, '2026-11-30');
    expect(p.items.some((i) => i.stepId === 'after.final-bill')).toBe(false);
    expect(p.finalBillBy).toBeNull();
  });

  it('asks when to post a SIM card back only where there is a card', () => {
    const asks = (p: Profile) =>
      // docomo's sources say nothing on SIM returns: the plan asks, for a card.
      plan({ ...p, leavingDate: '2027-01-09' }, '2026-11-30')
        .items.flatMap((i) => i.ask)
        .map((a) => a.en);
    const simReturn = (texts: string[]) => texts.filter((t) => t.includes('SIM card be back'));
    expect(simReturn(asks(profile({ cardKind: 'physical' })))).not.toEqual([]);
    expect(simReturn(asks(profile({ cardKind: 'esim' })))).toEqual([]);
  });
});

describe('already abroad: the plan counts from today', () => {
  const abroad = (over: Partial<Profile>) =>
    profile({ whereabouts: 'abroad', leavingDate: '2026-11-30', cardKind: 'physical', ...over });

  it('dates the cancellation from today to the end of the billing month, says why, and no airport', () => {
    const p = plan(abroad({ providerId: 'ymobile' }), '2026-12-07');
    expect(p.abroad).toBe(true);
    expect(p.leavingDate).toBe('2026-11-30');
    const cancel = item(p.items, 'cancel.online');
    expect([cancel.earliest, cancel.latest]).toEqual(['2026-12-07', '2026-12-31']);
    expect(cancel.rule?.label.en).toBe('Cancel as soon as you can, from abroad');
    expect(cancel.advice.map((a) => a.en)).toEqual(
      expect.arrayContaining([expect.stringContaining('You have left Japan, and the line keeps billing')]),
    );
    // The SIM card is dealt with from where the person is, once the line has ended.
    const sim = item(p.items, 'device.sim-cut-dispose');
    expect(sim.latest).toBe('2026-12-31');
    expect(sim.rule?.label.en).toBe('After cancelling');
    expect(p.items.map((i) => i.stepId)).not.toContain('after.residence-card');
    // The residence card by post has no date of its own: its reason says why.
    const card = item(p.items, 'after.residence-card-post');
    expect(card.latest).toBeNull();
    expect(card.advice[0]?.en).toContain('post it now');
    expect(p.shortNotice).toBeNull();
  });

  it('uses a month-end provider’s request day, and today where the last month is charged by the day', () => {
    // FUJI WiFi: requests by the 25th end the line that month.
    expect(item(plan(abroad({ providerId: 'fuji-wifi' }), '2026-12-07').items, 'cancel.online').latest).toBe(
      '2026-12-25',
    );
    expect(item(plan(abroad({ providerId: 'fuji-wifi' }), '2026-12-26').items, 'cancel.online').latest).toBe(
      '2027-01-25',
    );
    // Rakuten Mobile bills by use: nothing is gained by waiting.
    expect(
      item(plan(abroad({ providerId: 'rakuten-mobile' }), '2026-12-07').items, 'cancel.online').latest,
    ).toBe('2026-12-07');
  });

  it('a day not given still plans from today, and never asks for a date', () => {
    const p = plan(abroad({ providerId: 'ymobile', leavingDate: null }), '2026-12-07');
    expect(p.abroad).toBe(true);
    expect(item(p.items, 'cancel.online').latest).toBe('2026-12-31');
  });
});

describe('keeping the number while away', () => {
  const keep = (over: Partial<Profile>) =>
    profile({ numberPlan: 'hold', leavingDate: '2026-12-20', ...over });

  it('povo: set up before leaving; the next paid topping within 180 days of the last one bought', () => {
    const before = plan(keep({ providerId: 'povo' }), '2026-12-07');
    expect(item(before.items, 'cancel.hold-topup').latest).toBe('2026-12-19');
    const next = item(before.items, 'after.hold-next-topping');
    expect(next.latest).toBeNull();
    expect(next.advice[0]?.en).toContain('180 days later');
    expect([before.lineEnds, before.finalBillBy]).toEqual([null, null]);

    const bought = plan(keep({ providerId: 'povo' }), '2026-12-12', {
      'cancel.hold-topup': ticked('2026-12-10T03:00:00.000Z'),
    });
    const due = item(bought.items, 'after.hold-next-topping');
    expect(due.latest).toBe('2027-06-08');
    expect(due.advice[0]?.en).toContain('ended 30 days later');
    // It recurs: ticked after the next purchase, it counts from that day and stays due.
    const again = plan(keep({ providerId: 'povo' }), '2027-06-01', {
      'cancel.hold-topup': ticked('2026-12-10T03:00:00.000Z'),
      'after.hold-next-topping': ticked('2027-05-30T03:00:00.000Z'),
    });
    const recurring = item(again.items, 'after.hold-next-topping');
    expect(recurring.latest).toBe('2027-11-26');
    expect([recurring.done, recurring.status]).toEqual([false, 'upcoming']);
  });

  it('docomo: the storage lasts at most 72 months from the day it was applied for', () => {
    const p = plan(keep({ providerId: 'docomo' }), '2026-12-16', {
      'cancel.hold-apply': ticked('2026-12-15T03:00:00.000Z'),
    });
    expect(item(p.items, 'after.hold-end').latest).toBe('2032-12-14');
    expect(item(p.items, 'after.hold-end').advice[0]?.en).toContain('at most 72 months');
  });

  it('abroad, the keep-alive is set up from today', () => {
    const p = plan(keep({ providerId: 'mobal', whereabouts: 'abroad', leavingDate: null }), '2026-12-07');
    const apply = item(p.items, 'cancel.hold-apply');
    expect([apply.earliest, apply.latest]).toEqual(['2026-12-07', '2026-12-07']);
    expect(apply.rule?.label.en).toBe('Set it up as soon as you can, from abroad');
  });
});

describe('three days or fewer: what fits before leaving, and what must move online', () => {
  it('says what must be done before leaving, what can wait, and that a shop visit may not fit', () => {
    const p = plan(
      profile({ channel: 'shop', cardKind: 'physical', leavingDate: '2026-12-09' }),
      '2026-12-07',
    );
    expect(p.shortNotice?.daysLeft).toBe(2);
    expect(p.shortNotice?.beforeLeaving).toContain('cancel.shop');
    expect(p.shortNotice?.fromAbroad).toContain('after.final-bill');
    const advice = p.shortNotice?.advice.map((a) => a.en) ?? [];
    expect(advice[0]).toContain('2 days left before you leave');
    expect(advice).toContainEqual(
      expect.stringContaining('if it does not, NTT docomo also takes: online (member page)'),
    );
  });

  it('names the channel question by its title: to cancel, or to move the number out when keeping it', () => {
    const shopAdvice = (numberPlan: Profile['numberPlan']) =>
      plan(
        profile({
          channel: 'shop',
          cardKind: 'physical',
          numberPlan,
          newProviderId: 'iijmio',
          leavingDate: '2026-12-09',
        }),
        '2026-12-07',
      )
        .shortNotice?.advice.map((a) => a.en)
        .find((a) => a.includes('A shop visit must still fit')) ?? '';
    expect(shopAdvice('end')).toContain('Change “How would you like to cancel?”');
    expect(shopAdvice('keep')).toContain('Change “How would you like to move the number out?”');
    expect(shopAdvice('keep')).toMatch(/NTT docomo also takes: online/);
  });

  it('online already: no shop advice; tomorrow and today are said as such; four days is no rush', () => {
    const online = plan(profile({ leavingDate: '2026-12-08' }), '2026-12-07');
    expect(online.shortNotice?.advice.map((a) => a.en)).toEqual([
      expect.stringMatching(/^You leave tomorrow/),
    ]);
    expect(plan(profile({ leavingDate: '2026-12-07' }), '2026-12-07').shortNotice?.advice[0]?.en).toMatch(
      /^You leave today/,
    );
    expect(plan(profile({ leavingDate: '2026-12-11' }), '2026-12-07').shortNotice).toBeNull();
  });

  it('where the ways are unsettled, says to ask today', () => {
    const p = plan(
      profile({ providerId: 'softbank', channel: 'unsure', leavingDate: '2026-12-09' }),
      '2026-12-07',
    );
    expect(p.shortNotice?.advice.map((a) => a.en)).toContainEqual(expect.stringContaining('ask it today'));
  });
});

describe('a cancellation recorded in the proof records', () => {
  const recordedPlan = (
    p: Profile,
    today: string,
    recorded: Partial<RecordedCancellation>,
    progress: Record<string, StepProgress> = {},
  ) =>
    computePlan({
      checklist: buildChecklist(p),
      profile: p,
      progress,
      today,
      recorded: {
        effectiveOn: null,
        effectiveSaidOn: null,
        requestedOn: null,
        mnpValidUntil: null,
        ...recorded,
      },
    });

  it('a recorded 解約日 ends the line, over the day the step was ticked, and the bills follow it', () => {
    // Ticked on 25 November, but the records say it was asked for on the 20th, to end on 1 December.
    const p = recordedPlan(
      profile({ leavingDate: '2027-01-10' }),
      '2026-11-25',
      { effectiveOn: '2026-12-01', effectiveSaidOn: '2026-11-20', requestedOn: '2026-11-20' },
      { 'cancel.online': ticked('2026-11-25T01:00:00.000Z') },
    );
    expect(p).toMatchObject({ cancelledOn: '2026-11-20', lineEnds: '2026-12-01', lineEndsRecorded: true });
    // December is used: its bill comes in January, a late one in February.
    expect(p.bills.bills.map((b) => b.month)).toEqual(['2027-01', '2027-02']);
    expect(p.finalBillBy).toBe('2027-02-28');
    expect(item(p.items, 'cancel.online').advice[0]?.en).toBe(
      'The cancellation was applied for on November 20, 2026; the line ends on December 1, 2026.',
    );
    expect(item(p.items, 'device.esim-delete')).toMatchObject({ earliest: '2026-12-01' });
  });

  it('a recorded request with nothing ticked: applied for on its day, the line ending by the provider’s rule', () => {
    const p = recordedPlan(profile({ leavingDate: '2027-01-10' }), '2026-11-25', {
      requestedOn: '2026-11-18',
    });
    expect(p).toMatchObject({ cancelledOn: '2026-11-18', lineEnds: '2026-11-18', lineEndsRecorded: false });
    // A month-end provider: asked for on the 18th, the line ends on 30 November.
    const iij = recordedPlan(profile({ providerId: 'iijmio', leavingDate: '2027-01-10' }), '2026-11-25', {
      requestedOn: '2026-11-18',
    });
    expect(iij).toMatchObject({ cancelledOn: '2026-11-18', lineEnds: '2026-11-30' });
  });

  it('a 解約日 alone: applied for by the day of the record that gives it', () => {
    const p = recordedPlan(profile({ leavingDate: '2027-01-10' }), '2026-11-25', {
      effectiveOn: '2026-11-30',
      effectiveSaidOn: '2026-11-22',
    });
    expect(p).toMatchObject({ cancelledOn: '2026-11-22', lineEnds: '2026-11-30' });
  });

  it('recorded but not ticked: the cancellation itself is no longer due, and waits for its tick', () => {
    const p = recordedPlan(profile({ leavingDate: '2026-11-28' }), '2026-11-25', {
      effectiveOn: '2026-11-24',
      effectiveSaidOn: '2026-11-24',
    });
    for (const stepId of ['cancel.online', 'cancel.keep-confirmation'])
      expect(item(p.items, stepId)).toMatchObject({ status: 'passed', passed: 'recorded', latest: null });
    expect(item(p.items, 'cancel.online').advice[0]?.en).toBe(
      'This line was cancelled on November 24, 2026.',
    );
    // Ticked as well: the tick is the person's, and what is left of the step's rule keeps its date.
    const both = recordedPlan(
      profile({ leavingDate: '2026-11-28' }),
      '2026-11-25',
      { effectiveOn: '2026-11-24', effectiveSaidOn: '2026-11-24' },
      { 'cancel.online': ticked('2026-11-24T06:00:00.000Z') },
    );
    expect(item(both.items, 'cancel.online').status).toBe('done');
    expect(item(both.items, 'cancel.keep-confirmation')).toMatchObject({ latest: '2026-11-27' });
  });

  it('nothing recorded: the day ticked, as before', () => {
    const p = recordedPlan(
      profile({ leavingDate: '2027-01-10' }),
      '2026-11-25',
      {},
      {
        'cancel.online': ticked('2026-11-23T01:00:00.000Z'),
      },
    );
    expect(p).toMatchObject({ cancelledOn: '2026-11-23', lineEnds: '2026-11-23', lineEndsRecorded: false });
  });
});

describe('once the cancellation is done, what came before it stops being due', () => {
  it('preparation not ticked has had its moment; what needed the line too once it ended; what follows stays dated', () => {
    // Leaving tomorrow; cancelled online today (docomo: the line ends that day).
    const p = plan(profile({ leavingDate: '2026-12-01' }), '2026-11-30', {
      'cancel.online': ticked('2026-11-30T01:00:00.000Z'),
    });
    for (const stepId of ['prepare.backup', 'prepare.options'])
      expect(item(p.items, stepId)).toMatchObject({ status: 'passed', passed: 'applied', latest: null });
    expect(item(p.items, 'prepare.move-sms-logins')).toMatchObject({
      status: 'passed',
      passed: 'line-ended',
      latest: null,
      dueAt: null,
      remindAt: null,
    });
    // Its reason is still said, with the day the line ended.
    expect(item(p.items, 'prepare.move-sms-logins').advice[0]?.en).toContain('November 30, 2026');
    // Deleting the eSIM, the residence card and the final bill still matter, and keep their dates.
    expect(item(p.items, 'device.esim-delete')).toMatchObject({ latest: '2026-12-01', status: 'due-soon' });
    expect(item(p.items, 'after.residence-card')).toMatchObject({ latest: '2026-12-01' });
    expect(item(p.items, 'after.final-bill').latest).not.toBeNull();
    expect(p.items.filter((i) => i.status === 'overdue')).toEqual([]);
    expect(nextDue(p)?.stepId).not.toMatch(/^prepare\./);
    // The short notice lists nothing that has passed.
    expect(p.shortNotice?.beforeLeaving).not.toContain('prepare.move-sms-logins');
  });

  it('a line that works until the month’s end: what needs it stays due until then', () => {
    const p = plan(profile({ providerId: 'iijmio', leavingDate: '2027-01-10' }), '2026-11-20', {
      'cancel.online': ticked('2026-11-18T01:00:00.000Z'),
    });
    expect(p.lineEnds).toBe('2026-11-30');
    expect(item(p.items, 'prepare.backup')).toMatchObject({ status: 'passed', passed: 'applied' });
    expect(item(p.items, 'prepare.move-sms-logins')).toMatchObject({
      latest: '2026-11-30',
      status: 'upcoming',
    });
    // Once that day has gone by, it has passed too.
    const later = plan(profile({ providerId: 'iijmio', leavingDate: '2027-01-10' }), '2026-12-02', {
      'cancel.online': ticked('2026-11-18T01:00:00.000Z'),
    });
    expect(item(later.items, 'prepare.move-sms-logins')).toMatchObject({ status: 'passed', latest: null });
  });

  it('a step ticked stays done', () => {
    const p = plan(profile({ leavingDate: '2026-12-01' }), '2026-11-30', {
      'cancel.online': ticked('2026-11-30T01:00:00.000Z'),
      'prepare.backup': ticked('2026-11-29T01:00:00.000Z'),
    });
    expect(item(p.items, 'prepare.backup')).toMatchObject({ status: 'done' });
    expect(item(p.items, 'prepare.backup').passed).toBeUndefined();
  });
});
