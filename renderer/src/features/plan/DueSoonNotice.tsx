// On launch: what is overdue or due in the next three days across the open cases, once per launch.
import { useEffect, useState } from 'react';
import type { DueSoonItem } from '../../../../electron/ipc/views';
import { call, onActionSucceeded } from '../../api';
import { useReportError } from '../../app/errors';
import { afterFirstScreen } from '../../app/first-screen';
import { useI18n } from '../../i18n';
import { formatDay } from './format';

/** The items grouped under their case, in the order the cases first appear (soonest first). */
function byCase(items: DueSoonItem[]) {
  const groups = new Map<string, { caseId: string; caseName: string; steps: DueSoonItem[] }>();
  for (const item of items) {
    const group = groups.get(item.caseId) ?? { caseId: item.caseId, caseName: item.caseName, steps: [] };
    group.steps.push(item);
    groups.set(item.caseId, group);
  }
  return [...groups.values()];
}

export function DueSoonNotice({ onOpen }: { onOpen: (caseId: string) => void }) {
  const { t, locale } = useI18n();
  const report = useReportError();
  const [items, setItems] = useState<DueSoonItem[]>([]);
  const [dismissed, setDismissed] = useState(false);
  // A tick, a bill paid, an answer changed: what is due may have changed, so it is asked again.
  const [saves, setSaves] = useState(0);
  useEffect(() => onActionSucceeded(() => setSaves((n) => n + 1)), []);
  useEffect(() => {
    if (dismissed) return;
    // Asked once the first screen shows its data: across many cases this notice's answer is large, and
    // ahead of it the case the user opened would wait. Titled in the language shown (asked again when
    // the user picks another).
    let current = true;
    const cancel = afterFirstScreen(
      () =>
        void call('plan.dueSoon', { locale }).then((found) => {
          if (current) setItems(found);
        }, report),
    );
    return () => {
      current = false;
      cancel();
    };
  }, [locale, dismissed, report, saves]);
  if (dismissed || items.length === 0) return null;
  return (
    <section className="notice notice-warn due-soon" aria-labelledby="due-soon-title" data-testid="due-soon">
      <div className="row spread">
        <h2 id="due-soon-title">{t('plan.dueSoon.title')}</h2>
        <button type="button" className="btn btn-small" onClick={() => setDismissed(true)}>
          {t('plan.dueSoon.dismiss')}
        </button>
      </div>
      <ul>
        {byCase(items).map(({ caseId, caseName, steps }) => (
          <li key={caseId}>
            <div className="row">
              <strong>{caseName}</strong>
              <button type="button" className="btn btn-small" onClick={() => onOpen(caseId)}>
                {t('plan.dueSoon.open')}
                <span className="visually-hidden">: {caseName}</span>
              </button>
            </div>
            <ul className="due-soon-steps">
              {steps.map((item) => (
                <li key={item.stepId} data-step-id={item.stepId}>
                  <span className={`plan-badge plan-badge-${item.status}`}>
                    {t(`plan.status.${item.status}`)}
                  </span>{' '}
                  <span className="plan-date">{item.latest && formatDay(item.latest, locale)}</span>{' '}
                  {item.title}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
