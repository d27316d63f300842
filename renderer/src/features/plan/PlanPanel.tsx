// The Plan tab: the case's steps on a timeline from today to the final bill, today marked, overdue
// and due-soon steps flagged, each with the rule that dated it and its sources. The tick is the
// checklist's own (steps.setDone), so ticking here ticks there.
import { Fragment, useState } from 'react';
import type { PlanItem } from '../../../../electron/guide/plan';
import type { CaseView } from '../../../../electron/ipc/views';
import { call } from '../../api';
import { useReportError } from '../../app/errors';
import { useI18n } from '../../i18n';
import { Sources } from '../checklist/Sources';
import { cutoffTimes, formatDay } from './format';

export function PlanPanel({ view, onView }: { view: CaseView; onView: (view: CaseView) => void }) {
  const { t, locale } = useI18n();
  const report = useReportError();
  const [saving, setSaving] = useState<string | null>(null);
  const [exported, setExported] = useState<string | null>(null);
  const { plan } = view;
  const caseId = view.case.id;
  const dated = plan.items.filter((i) => i.latest !== null);
  const undated = plan.items.filter((i) => i.latest === null);
  // Today's marker goes before the first step whose last day is today or later.
  const todayAt = dated.findIndex((i) => (i.latest ?? '') >= plan.today);

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
      const { path } = await call('plan.exportCalendar', { caseId, locale });
      if (path) setExported(path);
    } catch (error) {
      report(error);
    }
  };

  const today = (
    <li className="plan-today" data-testid="plan-today">
      {t('plan.today', { date: formatDay(plan.today, locale) })}
    </li>
  );
  const row = (item: PlanItem) => (
    <PlanRow
      key={item.stepId}
      item={item}
      today={plan.today}
      done={view.case.steps[item.stepId]?.done === true}
      saving={saving === item.stepId}
      onToggle={(done) => void setDone(item.stepId, done)}
    />
  );

  return (
    <div className="plan">
      <div className="card plan-summary">
        <p>
          {plan.leavingDate
            ? t('plan.leaving', { date: formatDay(plan.leavingDate, locale) })
            : t('plan.noLeaving')}
        </p>
        {plan.cancelledOn && <p>{t('plan.cancelled', { date: formatDay(plan.cancelledOn, locale) })}</p>}
        {plan.finalBillBy && <p>{t('plan.finalBill', { date: formatDay(plan.finalBillBy, locale) })}</p>}
        <div className="row">
          <button
            type="button"
            className="btn"
            onClick={() => void exportCalendar()}
            data-testid="plan-export"
          >
            {t('plan.export')}
          </button>
          <p role="status" className="help">
            {exported ? t('plan.exported', { path: exported }) : ''}
          </p>
        </div>
      </div>
      <h2 className="visually-hidden">{t('plan.timeline')}</h2>
      <ol className="plan-timeline" aria-label={t('plan.timeline')}>
        {dated.map((item, index) => (
          <Fragment key={item.stepId}>
            {index === todayAt && today}
            {row(item)}
          </Fragment>
        ))}
        {todayAt === -1 && today}
      </ol>
      {undated.length > 0 && (
        <>
          <h2>{t('plan.undated')}</h2>
          <ul className="plan-timeline plan-undated">{undated.map(row)}</ul>
        </>
      )}
    </div>
  );
}

function PlanRow({
  item,
  today,
  done,
  saving,
  onToggle,
}: {
  item: PlanItem;
  today: string;
  done: boolean;
  saving: boolean;
  onToggle: (done: boolean) => void;
}) {
  const { t, locale } = useI18n();
  const boxId = `plan-${item.stepId}`;
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
  const status = done ? 'done' : item.status;
  return (
    <li className={`card plan-item plan-${status}`} data-testid="plan-item" data-step-id={item.stepId}>
      <div className="plan-when">
        {when && <span className="plan-date">{when}</span>}
        <span className={`plan-badge plan-badge-${status}`}>{t(`plan.status.${status}`)}</span>
      </div>
      <div className="step-head">
        <input
          id={boxId}
          type="checkbox"
          className="step-box"
          checked={done}
          aria-busy={saving || undefined}
          onChange={(e) => {
            if (!saving) onToggle(e.target.checked);
          }}
        />
        <label htmlFor={boxId} className="step-title">
          {item.title[locale]}
        </label>
      </div>
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
      {item.rule && (
        <div className="help plan-rule">
          {t('plan.rule', { rule: item.rule.label[locale] })}
          <Sources sources={item.rule.sources} />
        </div>
      )}
    </li>
  );
}
