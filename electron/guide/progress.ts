// How far a case's checklist has got: one count for the case list, the plan and the proof report.
import type { CaseData } from '../store/schema';
import type { Checklist } from './types';

/** The steps that count (a fallback, the reservation number behind One-Stop, is not one still to do),
 * and how many of them are done. */
export function stepsDone(checklist: Checklist, data: Pick<CaseData, 'steps'>) {
  const steps = checklist.phases.flatMap((phase) => phase.steps).filter((step) => !step.fallback);
  const done = steps.filter((step) => data.steps[step.id]?.done === true).length;
  return { steps, done };
}
