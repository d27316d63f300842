// How far a case's checklist has got: one count for the case list, the plan and the proof report.
import type { CaseData } from '../store/schema';
import type { OutlineStep } from './types';

/** The steps that count (a fallback, the reservation number behind One-Stop, is not one still to do),
 * and how many of them are done: of a checklist, or of its outline (the plan's). */
export function stepsDone<Step extends OutlineStep>(
  checklist: { phases: { steps: Step[] }[] },
  data: Pick<CaseData, 'steps'>,
) {
  const steps = checklist.phases.flatMap((phase) => phase.steps).filter((step) => !step.fallback);
  const done = steps.filter((step) => data.steps[step.id]?.done === true).length;
  return { steps, done };
}
