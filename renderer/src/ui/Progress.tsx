import { useI18n } from '../i18n';

/** A labelled progress bar that screen readers announce as "n of total". */
export function Progress({ done, total, label }: { done: number; total: number; label: string }) {
  const { t } = useI18n();
  const percent = total === 0 ? 0 : Math.round((done / total) * 100);
  return (
    <div className="progress">
      <div
        className="progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={t('ui.progress', { done, total })}
      >
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <span className="progress-text">{t('ui.progress', { done, total })}</span>
    </div>
  );
}
