// The Plan tab: the case's steps on a timeline from today to the final bill, today marked, overdue
// and due-soon steps flagged, each with the rule that dated it and its sources. Steps one rule dates
// to the same day share one card, so the rule's reason is said once. The tick is the checklist's own
// (steps.setDone), so ticking here ticks there. The bills expected after the line ends stand on the
// same timeline (recorded on the Bills tab), and the case is said to be done only once the last is paid.
// The plan is asked for when the tab opens, and again after each change to the case.
import { Fragment, useState } from 'react';
import type { BillLine } from '../../../../electron/guide/bills';
import type { PlanItem } from '../../../../electron/guide/plan';
import type { CaseView } from '../../../../electron/ipc/views';
import { call } from '../../api';
import { useReportError } from '../../app/errors';
import { useI18n, type MessageKey } from '../../i18n';
import { confirmWith, SourceName } from '../checklist/FactList';
import { Sources } from '../checklist/Sources';
import { cutoffTimes, formatDay } from './format';
import { ShortNotice } from './ShortNotice';
import { useCasePlan } from './use-case-plan';
import { formatMonth } from '../../ui/format';
import { billBadge, billCardClass } from '../bills/format';

/** What puts items on one card: the rule and the day it gives them; undated steps with nothing to say
 * share one card whatever their rule. */
const cardKey = (item: PlanItem) =>
  item.latest === null && item.advice.length === 0 && item.ask.length === 0
    ? 'plain'
    : `${item.rule?.id ?? item.stepId}|${item.latest}`;

/** Runs of items with the same card key (the plan sorts a rule's steps together). */
function byCard(items: PlanItem[]): PlanItem[][] {
  const groups: PlanItem[][] = [];
  for (const item of items) {
    const group = groups.at(-1);
    const first = group?.[0];
    if (group && first && cardKey(first) === cardKey(item)) group.push(item);
    else groups.push([item]);
  }
  return groups;
}

/** One entry of the timeline: the steps of one card, or a bill expected after the line ends. */
type Entry = { steps: PlanItem[]; latest: string } | { bill: BillLine; latest: string };

/** The dated cards and the bills in date order (a bill after the steps due the same day). */
function timeline(cards: PlanItem[][], bills: readonly BillLine[]): Entry[] {
  const entries: Entry[] = cards.map((steps) => ({ steps, latest: steps[0]?.latest ?? '' }));
  for (const bill of bills) {
    const at = entries.findIndex((entry) => entry.latest > bill.by);
    entries.splice(at === -1 ? entries.length : at, 0, { bill, latest: bill.by });
  }
  return entries;
}

export function PlanPanel({
  view,
  onView,
  onOpenBills,
}: {
  view: CaseView;
  onView: (view: CaseView) => void;
  /** Goes to the Bills tab, where bills are recorded and the payment method is set. */
  onOpenBills: () => void;
}) {
  const { t, locale } = useI18n();
  const report = useReportError();
  const [saving, setSaving] = useState<string | null>(null);
  const [exported, setExported] = useState<string | null>(null);
  const [nothingDated, setNothingDated] = useState(false);
  const caseId = view.case.id;
  const planView = useCasePlan(view);
  if (!planView) return <p aria-busy="true">{t('common.loading')}</p>;
  const { plan, bills, done } = planView;
  const dated = timeline(
    byCard(plan.items.filter((i) => i.latest !== null)),
    bills.lines.filter((line) => line.status !== 'not-needed'),
  );
  const undated = byCard(plan.items.filter((i) => i.latest === null));
  // Today's marker goes before the first card whose last day is today or later.
  const todayAt = dated.findIndex((entry) => entry.latest >= plan.today);

  const setDone = async (stepId: string, done: boolean) => {
    setSaving(stepId);
    try {
      onView(await call('steps.setDone', { caseId, stepId, done }));
    } catch (error) {
      report(error);
    } finally {
      setSaving(null);
    }
  };
  const exportCalendar = async () => {
    try {
      const result = await call('plan.exportCalendar', { caseId, locale });
      if (result.path) setExported(result.path);
      setNothingDated(result.nothingDated === true);
    } catch (error) {
      report(error);
    }
  };

  const today = (
    <li className="plan-today" data-testid="plan-today">
      {t('plan.today', { date: formatDay(plan.today, locale) })}
    </li>
  );
  const who = confirmWith(view.checklist.provider, t('checklist.fact.theCarrier'));
  // A calendar holds only dated steps (a fallback is never due): with none, there is nothing to export.
  const exportable = !nothingDated && plan.items.some((i) => i.latest !== null && !i.fallback);
  const leaving = plan.leavingDate ? formatDay(plan.leavingDate, locale) : null;
  const card = (items: PlanItem[]) => (
    <PlanCard
      key={items[0]?.stepId}
      items={items}
      today={plan.today}
      passedOn={{ applied: plan.cancelledOn, 'line-ended': plan.lineEnds, recorded: plan.cancelledOn }}
      who={who}
      isDone={(stepId) => view.case.steps[stepId]?.done === true}
      saving={saving}
      onToggle={(stepId, done) => void setDone(stepId, done)}
    />
  );

  return (
    <div className="plan">
      <div className="card plan-summary">
        {/* Never "add a date" to someone who gave one, or who has left. */}
        <p data-testid="plan-where">
          {plan.abroad
            ? leaving
              ? t('plan.abroad', { date: leaving })
              : t('plan.abroadNoDate')
            : leaving
              ? t('plan.leaving', { date: leaving })
              : t('plan.noLeaving')}
        </p>
        {!plan.abroad && plan.leavingDate && plan.leavingDate < plan.today && (
          <p className="notice notice-warn small" data-testid="plan-leaving-passed">
            {t('plan.leavingPassed', { left: t('interview.leaving.left'), change: t('case.editAnswers') })}
          </p>
        )}
        {/* A month-end provider's line ends after the day it was applied for: both are said. */}
        {plan.cancelledOn && (
          <p>
            {t(plan.lineEnds === plan.cancelledOn ? 'plan.cancelled' : 'plan.applied', {
              date: formatDay(plan.cancelledOn, locale),
            })}
          </p>
        )}
        {/* One end-of-line date for every card, reminder and calendar event. */}
        {plan.lineEnds && plan.lineEnds !== plan.cancelledOn && (
          <p data-testid="plan-line-ends">{t('plan.lineEnds', { date: formatDay(plan.lineEnds, locale) })}</p>
        )}
        {/* The 解約日 the person recorded dates the line's end (and the bills): say where it came from. */}
        {plan.lineEndsRecorded && (
          <p className="help" data-testid="plan-line-ends-recorded">
            {t('plan.lineEndsRecorded')}
          </p>
        )}
        {plan.finalBillBy && <p>{t('plan.finalBill', { date: formatDay(plan.finalBillBy, locale) })}</p>}
        {done ? (
          <p className="notice notice-info" data-testid="plan-done">
            {t(bills.lastMonth ? 'plan.done' : 'plan.doneNoBills')}
          </p>
        ) : (
          bills.state === 'dated' &&
          !bills.settled &&
          bills.lastMonth && (
            <p data-testid="plan-bills">
              {t('bills.pending', { month: formatMonth(bills.lastMonth, locale) })}
            </p>
          )
        )}
        {bills.warnings.length > 0 && (
          <div className="notice notice-warn" data-testid="plan-payment-warning">
            <div className="notice-body">
              {bills.warnings.map((warning) => (
                <p key={warning.en}>{warning[locale]}</p>
              ))}
            </div>
            <button type="button" className="btn btn-small" onClick={onOpenBills}>
              {t('plan.openBills')}
            </button>
          </div>
        )}
        <div className="row">
          {exportable && (
            <button
              type="button"
              className="btn"
              onClick={() => void exportCalendar()}
              data-testid="plan-export"
            >
              {t('plan.export')}
            </button>
          )}
          <p role="status" className="help" data-testid="plan-export-status">
            {!exportable ? t('plan.nothingDated') : exported ? t('plan.exported', { path: exported }) : ''}
          </p>
        </div>
      </div>
      <ShortNotice plan={plan} view={view} />
      {/* Nothing dated (no leaving date): no timeline with only today on it. */}
      {dated.length > 0 && (
        <>
          <h2 className="visually-hidden">{t('plan.timeline')}</h2>
          <ol className="plan-timeline" aria-label={t('plan.timeline')}>
            {dated.map((entry, index) => (
              <Fragment key={'bill' in entry ? `bill-${entry.bill.month}` : entry.steps[0]?.stepId}>
                {index === todayAt && today}
                {'bill' in entry ? (
                  <BillCard line={entry.bill} onOpenBills={onOpenBills} />
                ) : (
                  card(entry.steps)
                )}
              </Fragment>
            ))}
            {todayAt === -1 && today}
          </ol>
        </>
      )}
      {undated.length > 0 && (
        <>
          <h2>{t('plan.undated')}</h2>
          <ul className="plan-timeline plan-undated">{undated.map(card)}</ul>
        </>
      )}
    </div>
  );
}

/** A bill expected after the line ends, by its month's last day; recorded on the Bills tab. */
function BillCard({ line, onOpenBills }: { line: BillLine; onOpenBills: () => void }) {
  const { t, locale } = useI18n();
  const badge = billBadge(line);
  return (
    <li className={billCardClass(badge)} data-testid="plan-bill" data-month={line.month}>
      <div className="plan-when">
        <span className="plan-date">{t('plan.by', { date: formatDay(line.by, locale) })}</span>
        <span className={`plan-badge plan-badge-${badge}`}>{t(`bills.status.${line.status}`)}</span>
      </div>
      <p className="step-title">{line.title[locale]}</p>
      {line.expected && <p className="prose">{line.expected.about[locale]}</p>}
      <button type="button" className="btn btn-small" onClick={onOpenBills}>
        {t('plan.openBills')}
      </button>
    </li>
  );
}

/** What a passed step's card says of the day its moment passed. */
const PASSED_TEXT = {
  applied: 'plan.passed.applied',
  'line-ended': 'plan.passed.lineEnded',
  recorded: 'plan.passed.recorded',
} as const satisfies Record<NonNullable<PlanItem['passed']>, MessageKey>;

/** One card: the steps one rule dates to one day (often a single step), with the rule's date, reason,
 * questions and sources said once; or undated steps with nothing more to say. */
function PlanCard({
  items,
  today,
  passedOn,
  who,
  isDone,
  saving,
  onToggle,
}: {
  items: PlanItem[];
  today: string;
  /** The day that ended a passed step's moment, by what ended it. */
  passedOn: Record<NonNullable<PlanItem['passed']>, string | null>;
  /** Who to confirm a number with: the carrier's name. */
  who: string;
  isDone: (stepId: string) => boolean;
  saving: string | null;
  onToggle: (stepId: string, done: boolean) => void;
}) {
  const { t, locale } = useI18n();
  const [item] = items;
  if (!item) return null;
  const when =
    item.latest === null
      ? null
      : item.earliest === item.latest
        ? t('plan.on', { date: formatDay(item.latest, locale) })
        : // A window not open yet (the MNP number's first day) shows both ends.
          item.earliest && item.earliest > today
          ? t('plan.window', { from: formatDay(item.earliest, locale), to: formatDay(item.latest, locale) })
          : t('plan.by', { date: formatDay(item.latest, locale) });
  const cutoff = item.cutoff && item.dueAt ? cutoffTimes(item.dueAt, locale) : null;
  // The steps share the rule's status until each is done; a fallback (the reservation number behind
  // One-Stop) is never due, so its card carries no status, only the note saying when it applies.
  const fallback = items.every((i) => i.fallback === true);
  const open = items.find((i) => !isDone(i.stepId));
  const status = open ? open.status : 'done';
  // Its moment went by with the cancellation: said so, with the day, instead of a date to meet.
  const passed = open?.passed;
  const passedDay = passed ? passedOn[passed] : null;
  const steps = items.map((i) => (
    <div
      key={i.stepId}
      className={isDone(i.stepId) ? 'step-head step-done' : 'step-head'}
      data-testid="plan-item"
      data-step-id={i.stepId}
    >
      <input
        id={`plan-${i.stepId}`}
        type="checkbox"
        className="step-box"
        checked={isDone(i.stepId)}
        aria-busy={saving === i.stepId || undefined}
        onChange={(e) => {
          if (saving !== i.stepId) onToggle(i.stepId, e.target.checked);
        }}
      />
      <label htmlFor={`plan-${i.stepId}`} className="step-title">
        {i.title[locale]}
      </label>
    </div>
  ));
  return (
    <li className={`card plan-item plan-${fallback ? 'fallback' : status}`} data-testid="plan-group">
      {/* Undated cards sit under "Steps without a date", their ticks saying what is done. */}
      {(when || passed) && (
        <div className="plan-when">
          {when && <span className="plan-date">{when}</span>}
          {!fallback && (
            <span className={`plan-badge plan-badge-${status}`}>{t(`plan.status.${status}`)}</span>
          )}
        </div>
      )}
      {steps}
      {passed && passedDay && (
        <p className="notice notice-info small" data-testid="plan-passed">
          {t(PASSED_TEXT[passed], { date: formatDay(passedDay, locale) })}
        </p>
      )}
      {fallback && <p className="notice notice-info small">{t('checklist.fallback')}</p>}
      {cutoff && (
        <p className="help">
          {t('plan.cutoff', { time: cutoff.japan })}
          {cutoff.local && ` (${t('plan.cutoffLocal', { time: cutoff.local })})`}
        </p>
      )}
      {item.advice.map((advice) => (
        <p key={advice.en} className="prose">
          {advice[locale]}
        </p>
      ))}
      {item.ask.map((ask) => (
        <p key={ask.en} className="notice notice-warn small">
          {ask[locale]}
        </p>
      ))}
      {item.rule && (item.latest || item.advice.length > 0 || item.ask.length > 0) && (
        <div className="help plan-rule">
          {/* A rule that gave no date goes unnamed (its name speaks of a day that is not set); the
              sources stay where advice or a question rests on them. */}
          {item.latest && t('plan.rule', { rule: item.rule.label[locale] })}
          {item.rule.checks.map((check) => (
            <p key={check.label.en} className="notice notice-warn small" data-testid="plan-fact-check">
              {check.label[locale]}:{' '}
              {check.flagged && check.source ? (
                <>
                  {t('checklist.fact.oneSource', { provider: who })} <SourceName source={check.source} />
                </>
              ) : check.disputed ? (
                t('checklist.fact.disputed', { provider: who })
              ) : (
                check.aged && t('checklist.fact.aged', { year: check.aged, provider: who })
              )}
            </p>
          ))}
          <Sources sources={item.rule.sources} />
        </div>
      )}
    </li>
  );
}
