// The checklist: phases as sections, each step tickable. A tick is sent, saved, and only then shown;
// the last change can be undone; "next step" moves focus to the first step not yet done.
import { useDeferredValue, useState } from 'react';
import type { CaseView } from '../../../../electron/ipc/views';
import { stepsDone } from '../../../../electron/guide/progress';
import { call } from '../../api';
import { useReportError } from '../../app/errors';
import { useI18n } from '../../i18n';
import { formatDateTime } from '../../ui/format';
import { Progress } from '../../ui/Progress';
import { useShortcut } from '../../ui/shortcuts';
import { StepItem } from './StepItem';
import { firstStepOfFacts } from './FactList';
import { ShortNotice, useNoticePlan } from '../plan/ShortNotice';

/** The steps in the case screen's first frame: only the top of a long checklist is in view when a case
 * opens, so the rest follow in a second render at once, which does not hold the first one up. */
const FIRST_FRAME_STEPS = 4;

interface Change {
  stepId: string;
  title: string;
  done: boolean;
}

export function ChecklistPanel({
  view,
  onView,
  onRecordProof,
  onOpenRecord,
  onOpenServices,
}: {
  view: CaseView;
  onView: (view: CaseView) => void;
  /** Opens the Proof tab on a new record for this step. */
  onRecordProof: (stepId: string) => void;
  /** Opens the Proof tab on this record. */
  onOpenRecord: (recordId: string) => void;
  /** Opens the Services tab (from the general step the chosen services replace). */
  onOpenServices: () => void;
}) {
  const { t, locale } = useI18n();
  const report = useReportError();
  const [saving, setSaving] = useState<ReadonlySet<string>>(new Set());
  const [last, setLast] = useState<Change | null>(null);
  const caseId = view.case.id;
  const noticePlan = useNoticePlan(view);
  // Counted as the case list, the plan and the report count them: a fallback is not a step still to do.
  const { steps, done } = stepsDone(view.checklist, view.case);
  // One provider fact can serve six steps: it is shown in full where it first appears, folded after.
  const firstShownIn = firstStepOfFacts(view.checklist);
  const next = steps.find((s) => !view.case.steps[s.id]?.done);
  // False while React draws the first frame, then true (a deferred render) for good.
  const complete = useDeferredValue(true, false);
  const firstFrame = complete
    ? null
    : new Set(
        view.checklist.phases
          .flatMap((p) => p.steps)
          .slice(0, FIRST_FRAME_STEPS)
          .map((s) => s.id),
      );
  const drawnNow = (inPhase: typeof steps) =>
    firstFrame ? inPhase.filter((s) => firstFrame.has(s.id)) : inPhase;

  const setDone = async (stepId: string, title: string, value: boolean) => {
    setSaving((current) => new Set(current).add(stepId));
    try {
      onView(await call('steps.setDone', { caseId, stepId, done: value }));
      setLast({ stepId, title, done: value });
    } catch (error) {
      report(error);
    } finally {
      setSaving((current) => {
        const rest = new Set(current);
        rest.delete(stepId);
        return rest;
      });
    }
  };

  const saveNote = async (stepId: string, note: string) => {
    try {
      onView(await call('steps.setNote', { caseId, stepId, note }));
      return true;
    } catch (error) {
      report(error);
      return false;
    }
  };

  const focusNext = () => {
    if (!next) return;
    const box = document.getElementById(`step-${next.id}`);
    box?.scrollIntoView({ block: 'center' });
    box?.focus();
  };
  useShortcut('n', focusNext);

  return (
    <div className="checklist" data-testid="checklist" aria-busy={complete ? undefined : true}>
      <ShortNotice plan={noticePlan} view={view} />
      <div className="checklist-bar">
        <Progress done={done} total={steps.length} label={t('checklist.progress')} />
        {next ? (
          <button type="button" className="btn btn-primary" onClick={focusNext} data-testid="next-step">
            {t('checklist.nextStep')} <kbd aria-hidden="true">N</kbd>
          </button>
        ) : (
          <p className="help">{t('checklist.allDone')}</p>
        )}
      </div>
      <div role="status" className="undo-bar">
        {last && (
          <>
            <span>{t(last.done ? 'checklist.ticked' : 'checklist.unticked', { title: last.title })}</span>
            <button
              type="button"
              className="btn btn-small"
              onClick={() => {
                setLast(null);
                void setDone(last.stepId, last.title, !last.done);
              }}
            >
              {t('checklist.undo')}
            </button>
          </>
        )}
      </div>
      {view.checklist.phases.map(({ phase, steps: all }) => {
        const inPhase = drawnNow(all);
        return inPhase.length === 0 ? null : (
          <section key={phase} aria-labelledby={`phase-${phase}`} className="phase">
            <h2 id={`phase-${phase}`}>{t(`checklist.phase.${phase}`)}</h2>
            <ol className="steps">
              {inPhase.map((step) => (
                <StepItem
                  key={step.id}
                  caseId={view.case.id}
                  step={step}
                  checklist={view.checklist}
                  firstShownIn={firstShownIn}
                  progress={view.case.steps[step.id]}
                  records={view.stepRecords[step.id] ?? []}
                  saving={saving.has(step.id)}
                  onToggle={(value) => void setDone(step.id, step.title, value)}
                  onSaveNote={(note) => saveNote(step.id, note)}
                  onRecordProof={() => onRecordProof(step.id)}
                  onOpenRecord={onOpenRecord}
                  onOpenServices={onOpenServices}
                />
              ))}
            </ol>
          </section>
        );
      })}
      {complete && view.retired.length > 0 && (
        <section aria-labelledby="phase-retired" className="phase retired">
          <h2 id="phase-retired">{t('checklist.retired.title')}</h2>
          <p className="help">{t('checklist.retired.body')}</p>
          <ul className="steps">
            {view.retired.map((step) => (
              <li key={step.id} className="step card" data-testid="retired-step">
                <p className="step-title">
                  <span className="badge">{t('checklist.retired.badge')}</span> {step.title}
                </p>
                <ul className="history">
                  {step.progress.history.map((entry) => (
                    <li key={entry.at}>
                      {t(entry.done ? 'checklist.history.done' : 'checklist.history.undone', {
                        when: formatDateTime(entry.at, locale),
                      })}
                    </li>
                  ))}
                </ul>
                {step.progress.note && <p className="prose">{step.progress.note}</p>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
