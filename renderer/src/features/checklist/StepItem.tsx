import type { Checklist, ChecklistStep, StepProgress } from '../../../../electron/guide/types';
import type { InLanguage } from '../../../../electron/shared/in-language';
import type { StepRecordSummary } from '../../../../electron/ipc/views';
import { useI18n } from '../../i18n';
import { formatDateTime } from '../../ui/format';
import { FactList, StaleNotice, type FirstShownIn } from './FactList';
import { NoteEditor } from './NoteEditor';
import { ProxyCard } from './ProxyCard';
import { Sources, uniqueSources } from './Sources';
import { SERVICES_CATCH_ALL } from '../../../../electron/guide/services-step';

/** When the step was last ticked, if it is ticked now. */
export function doneAt(progress: StepProgress | undefined): string | null {
  if (!progress?.done) return null;
  return progress.history.findLast((entry) => entry.done)?.at ?? null;
}

export function StepItem({
  caseId,
  step,
  checklist,
  firstShownIn,
  progress,
  records,
  saving,
  onToggle,
  onSaveNote,
  onRecordProof,
  onOpenRecord,
  onOpenServices,
}: {
  caseId: string;
  step: InLanguage<ChecklistStep>;
  checklist: InLanguage<Checklist>;
  firstShownIn: FirstShownIn;
  progress: StepProgress | undefined;
  /** The records this step produced (proof steps only), oldest first. */
  records: readonly StepRecordSummary[];
  saving: boolean;
  onToggle: (done: boolean) => void;
  onSaveNote: (note: string) => Promise<boolean>;
  onRecordProof: () => void;
  onOpenRecord: (recordId: string) => void;
  /** Opens the Services tab: offered on the general step that the chosen services replace. */
  onOpenServices?: () => void;
}) {
  const { t, locale } = useI18n();
  const done = progress?.done ?? false;
  const when = doneAt(progress);
  const documents = checklist.documents.filter((d) => step.documentIds.includes(d.id));
  const phrases = checklist.phrases.filter((p) => step.phraseIds.includes(p.id));
  const boxId = `step-${step.id}`;
  return (
    <li className={`step card${done ? ' step-done' : ''}`} data-testid="step" data-step-id={step.id}>
      <div className="step-head">
        <input
          id={boxId}
          type="checkbox"
          className="step-box"
          checked={done}
          aria-busy={saving || undefined}
          aria-describedby={`${boxId}-status`}
          onChange={(e) => {
            // The box shows only what is saved: React keeps it as it was until the store answers.
            if (!saving) onToggle(e.target.checked);
          }}
        />
        <label htmlFor={boxId} className="step-title">
          {step.title}
        </label>
      </div>
      <p id={`${boxId}-status`} className="help step-status" role="status">
        {saving
          ? t('checklist.saving')
          : when
            ? t('checklist.doneAt', { when: formatDateTime(when, locale) })
            : ''}
      </p>
      {step.fallback && <p className="notice notice-info small">{t('checklist.fallback')}</p>}
      {step.confirmWithCarrier && <p className="notice notice-warn small">{t('checklist.confirm')}</p>}
      <StaleNotice facts={step.facts} />
      <p className="prose why">{step.why}</p>
      {step.service?.custom && <p className="notice notice-info small">{t('services.custom')}</p>}
      {step.id === SERVICES_CATCH_ALL && onOpenServices && (
        <button type="button" className="btn btn-small" onClick={onOpenServices} data-testid="open-services">
          {t('services.open')}
        </button>
      )}
      {/* Open while there is something to do; React only re-applies `open` when the tick changes. */}
      <details className="step-details" open={!done}>
        <summary>{t('checklist.how')}</summary>
        <p className="prose">{step.how}</p>
        {documents.length > 0 && (
          <>
            <h4>{t('checklist.documents')}</h4>
            <ul>
              {documents.map((d) => (
                <li key={d.id}>{d.title}</li>
              ))}
            </ul>
          </>
        )}
        {phrases.length > 0 && (
          <>
            <h4>{t('checklist.phrases')}</h4>
            <ul>
              {phrases.map((p) => (
                <li key={p.id}>
                  <span lang="ja">{p.ja}</span>
                  {locale !== 'ja' && <span className="help"> — {p.meaning}</span>}
                </li>
              ))}
            </ul>
          </>
        )}
        {/* The step that sends someone: their rule, in full (the checklist carries it only then). */}
        {checklist.proxy && step.facts.some((f) => f.id === 'proxy') && (
          <ProxyCard caseId={caseId} rule={checklist.proxy} provider={checklist.provider} />
        )}
        <FactList
          facts={step.facts}
          stepId={step.id}
          firstShownIn={firstShownIn}
          provider={checklist.provider}
          {...(step.service ? { service: step.service.name } : {})}
        />
        <Sources sources={uniqueSources(step.facts.map((f) => f.sources))} />
      </details>
      <NoteEditor saved={progress?.note ?? ''} onSave={onSaveNote} />
      {step.producesProof && records.length > 0 && (
        <div className="step-records" data-testid="step-records">
          <h4 id={`${boxId}-records`}>{t('checklist.records')}</h4>
          <ul aria-labelledby={`${boxId}-records`}>
            {records.map((r) => (
              <li key={r.id}>
                <button type="button" className="link" onClick={() => onOpenRecord(r.id)}>
                  <time dateTime={r.occurredAt}>{formatDateTime(r.occurredAt, locale, r.timeZone)}</time>
                  {` — ${t(`proof.kind.${r.kind}`)}`}
                  {r.referenceMasked && ` · ${t('checklist.reference')} ${r.referenceMasked}`}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {step.producesProof && (
        <button type="button" className="btn btn-small" onClick={onRecordProof}>
          {t('checklist.recordProof')}
        </button>
      )}
    </li>
  );
}
