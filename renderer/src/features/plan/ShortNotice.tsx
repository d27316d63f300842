// Leaving in three days or fewer: what still fits before leaving, what can wait until abroad, and what
// must move online (a shop visit that may not fit). Shown above the checklist and the plan.
import type { CaseView } from '../../../../electron/ipc/views';
import { useI18n } from '../../i18n';

export function ShortNotice({ view }: { view: CaseView }) {
  const { t, locale } = useI18n();
  const notice = view.plan.shortNotice;
  if (!notice) return null;
  const titles = new Map(view.checklist.phases.flatMap((p) => p.steps).map((s) => [s.id, s.title[locale]]));
  const list = (ids: string[], label: string, testId: string) =>
    ids.length > 0 && (
      <>
        <h3>{label}</h3>
        <ul data-testid={testId}>
          {ids.map((id) => (
            <li key={id}>{titles.get(id) ?? id}</li>
          ))}
        </ul>
      </>
    );
  return (
    <section className="card notice notice-warn short-notice" aria-labelledby="short-notice-title">
      <h2 id="short-notice-title">{t('plan.short.title')}</h2>
      {notice.advice.map((advice) => (
        <p key={advice.en} className="prose">
          {advice[locale]}
        </p>
      ))}
      {list(notice.beforeLeaving, t('plan.short.before'), 'short-before')}
      {list(notice.fromAbroad, t('plan.short.after'), 'short-after')}
    </section>
  );
}
