// The case's plan and bills (plan.forCase): the case's own answer leaves them out so the checklist's
// first screen stays small, and the Plan and Bills tabs ask for them here — again whenever the case
// changes (a tick, a payment method, a bill recorded: each hands the screen a new case view).
import { useEffect, useState } from 'react';
import type { CasePlanView, CaseView } from '../../../../electron/ipc/views';
import { call } from '../../api';
import { useReportError } from '../../app/errors';

export function useCasePlan(view: CaseView): CasePlanView | null {
  const report = useReportError();
  const [planView, setPlanView] = useState<CasePlanView | null>(null);
  useEffect(() => {
    let current = true;
    call('plan.forCase', { caseId: view.case.id }).then((next) => {
      if (current) setPlanView(next);
    }, report);
    return () => {
      current = false;
    };
  }, [view, report]);
  return planView;
}
