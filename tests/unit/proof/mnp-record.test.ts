// An MNP予約番号 record (issue: its date is the number's expiry, never the line's 解約日): the plan and the
// proof report read the cancellation from other records only, and the report names the number as such.
import { describe, expect, it } from 'vitest';
import { buildChecklist } from '../../../electron/guide/engine';
import { computePlan } from '../../../electron/guide/plan';
import type { Profile, StepProgress } from '../../../electron/guide/types';
import type { CaseModel } from '../../../electron/ipc/views';
import { recordedCancellation } from '../../../electron/proof/case-records';
import { givesCancellationDay } from '../../../electron/proof/cancellation-records';
import { buildReport, reportMarkdown } from '../../../electron/proof/report';
import { casePlan } from '../../../electron/services/cases';
import { recordView } from '../../../electron/services/records';
import { emptyStore, type RecordContent } from '../../../electron/store/schema';
import { DOCOMO_PHYSICAL_SHOP } from '../../fixtures/profiles';
import { verbatim } from '../../../data/text';
import { content, makeCase, makeRecord } from './helpers';

/** A docomo customer porting to Y!mobile, leaving Japan on 10 January 2027. */
const PORTING: Profile = {
  ...DOCOMO_PHYSICAL_SHOP,
  numberPlan: 'keep',
  newProviderId: 'ymobile',
  leavingDate: '2027-01-10',
};

/** The MNP予約番号 issued on 1 December 2026 (Japan), valid until the 15th. */
const MNP: Partial<RecordContent> = {
  kind: 'mnp-issued',
  occurredAt: '2026-12-01T11:00:00+09:00',
  referenceNumber: '1234567890',
  effectiveDate: '2026-12-15',
  finalBillYen: null,
  note: '',
};

function porting(edits: Partial<RecordContent>[]) {
  const c = { ...makeCase('c1'), profile: PORTING };
  const records = edits.map((edit, i) => makeRecord(`r${i + 1}`, 'c1', [edit]));
  return { c, records, data: { ...emptyStore(), cases: [c], records } };
}

const planOf = (
  records: ReturnType<typeof porting>['records'],
  today: string,
  progress: Record<string, StepProgress> = {},
) =>
  computePlan({
    checklist: buildChecklist(PORTING),
    profile: PORTING,
    progress,
    today,
    recorded: recordedCancellation(records, 'c1'),
  });

/** The Plan tab's lines (in English) for the switch, a shop visit. */
const switchAdvice = (plan: Pick<ReturnType<typeof planOf>, 'items'>) =>
  plan.items.find((i) => i.stepId === 'cancel.mnp-shop')?.advice.map((a) => a.en) ?? [];

describe('an MNP reservation number record', () => {
  it('gives no 解約日, though its date is filled in; other records still do', () => {
    expect(givesCancellationDay(content(MNP))).toBe(false);
    expect(givesCancellationDay(content({ kind: 'shop-visit', effectiveDate: '2026-11-30' }))).toBe(true);
    expect(givesCancellationDay(content({ kind: 'shop-visit', effectiveDate: '' }))).toBe(false);
  });

  it('leaves the plan’s line end as it was with nothing recorded', () => {
    const none = planOf(porting([]).records, '2026-12-02');
    const withMnp = planOf(porting([MNP]).records, '2026-12-02');
    expect(withMnp.lineEnds).toBe(none.lineEnds);
    expect(withMnp.lineEnds).not.toBe('2026-12-15');
    expect(withMnp).toMatchObject({ lineEndsRecorded: false, cancelledOn: null });
  });

  it('leaves the report’s cancellation line alone, and shows the number and its expiry by their names', () => {
    const { c, records, data } = porting([MNP]);
    const view: CaseModel = {
      case: c,
      phoneMasked: '090-••••-5678',
      holderMasked: { name: '', residenceCard: '', passport: '' },
      checklist: buildChecklist(PORTING),
      retired: [],
      stepRecords: {},
    };
    const report = (locale: 'en' | 'zh-CN' | 'ja') =>
      buildReport({
        view,
        records: records.map((r) => recordView(data, r)),
        rawRecords: records,
        documentFiles: {},
        locale,
        timeZone: 'Asia/Tokyo',
        generatedAt: '2026-12-20T09:00:00.000Z',
      });
    const en = report('en');
    expect(en.cover.outcome).toMatch(/^In progress/);
    expect(en.cover.summary.own).not.toMatch(/Cancelled|1234567890/);
    const md = reportMarkdown(en);
    expect(md).toContain('MNP reservation number（MNP予約番号）: 1234567890');
    expect(md).toContain('Valid until（有効期限）: December 15, 2026 (date in Japan)');
    expect(md).not.toContain('Cancellation date');
    expect(reportMarkdown(report('ja'))).toContain('有効期限: 2026年12月15日');
  });

  it('on the Plan tab: the day the number lasts until, too few days left for the new carrier, or expired', () => {
    const { records } = porting([MNP]);
    expect(switchAdvice(planOf(porting([]).records, '2026-12-02')).join(' ')).not.toContain('you recorded');
    // 14 days left counting today: Y!mobile wants 10 for an online sign-up.
    const early = switchAdvice(planOf(records, '2026-12-02'));
    expect(early[0]).toBe(
      'The MNP number you recorded is valid until December 15, 2026 and cannot be extended: sign up with the new carrier before then.',
    );
    expect(early.join(' ')).not.toContain('yours has only');
    // 8 days left counting today.
    expect(switchAdvice(planOf(records, '2026-12-08'))[1]).toBe(
      'Y!mobile wants at least 10 days left on the number for an online sign-up; counting today, yours has only 8 left: ask Y!mobile before you apply online.',
    );
    expect(switchAdvice(planOf(records, '2026-12-16'))[0]).toMatch(
      /^The MNP number you recorded expired on December 15, 2026 and cannot be extended/,
    );
    // The switch has gone through (its step ticked): the number is used, nothing more to warn of.
    const done = planOf(records, '2026-12-16', {
      'cancel.mnp-shop': {
        done: true,
        note: '',
        history: [{ done: true, at: '2026-12-05T03:00:00.000Z' }],
        titleSnapshot: verbatim('x'),
      },
    });
    expect(switchAdvice(done).join(' ')).not.toContain('you recorded');
  });

  it('the Plan tab’s plan is worked out anew once the number’s expiry is recorded', () => {
    const { c, records } = porting([MNP]);
    const frozen = Object.freeze({ ...c });
    expect(switchAdvice(casePlan(frozen, [], '2026-12-02').plan).join(' ')).not.toContain('you recorded');
    expect(switchAdvice(casePlan(frozen, records, '2026-12-02').plan)[0]).toMatch(
      /^The MNP number you recorded is valid until December 15, 2026/,
    );
  });
});
