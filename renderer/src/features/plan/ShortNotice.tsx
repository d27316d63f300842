// Leaving in three days or fewer: what still fits before leaving, what can wait until abroad, and what
// must move online (a shop visit that may not fit). Shown above the checklist and the plan.
import { useEffect, useState } from 'react';
import type { Plan } from '../../../../electron/guide/plan';
import { isAbroad } from '../../../../electron/guide/relevance';
import type { CaseView } from '../../../../electron/ipc/views';
import { call } from '../../api';
import { afterFirstScreen } from '../../app/first-screen';
import { useI18n } from '../../i18n';

/**
 * The plan for the checklist's notice. The case's own answer carries no plan (it stays small for the first
 * screen), so it is asked for once the first screen is drawn, and only by someone still in Japan with a
 * leaving date: nobody else can be leaving within days. Failing to get it only leaves the notice out.
 */
export function useNoticePlan(view: CaseView): Plan | null {
  const [plan, setPlan] = useState<Plan | null>(null);
  const { id: caseId, updatedAt, profile } = view.case;
  const leaving = profile.leavingDate !== null && !isAbroad(profile);
  useEffect(() => {
    if (!leaving) return undefined;
    let current = true;
    const cancel = afterFirstScreen(() => {
      call('plan.forCase', { caseId }).then(
        (next) => current && setPlan(next.plan),
        () => undefined,
      );
    });
    return () => {
      current = false;
      cancel();
    };
  }, [caseId, updatedAt, leaving]);
  // A plan asked for while a leaving date was set says nothing once it is gone.
  return leaving ? plan : null;
}

export function ShortNotice({ plan, view }: { plan: Plan | null; view: CaseView }) {
  const { t, locale } = useI18n();
  const notice = plan?.shortNotice;
  if (!notice) return null;
  const titles = new Map(view.checklist.phases.flatMap((p) => p.steps).map((s) => [s.id, s.title]));
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
