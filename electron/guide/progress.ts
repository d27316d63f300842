// How far a case's checklist has got: one count for the checklist screen, the case list, the plan and
// the proof report.
import type { CaseData } from '../store/schema';
import type { OutlineStep } from './types';

/** The steps that count (a fallback, the reservation number behind One-Stop, is not one still to do),
 * and how many of them are done: of a checklist, its outline (the plan's) or the screen's (its texts in
 * one language): only each step's id and whether it is a fallback are read. */
export function stepsDone<Step extends Pick<OutlineStep, 'id' | 'fallback'>>(
  checklist: { phases: { steps: Step[] }[] },
  data: Pick<CaseData, 'steps'>,
) {
  const steps = checklist.phases.flatMap((phase) => phase.steps).filter((step) => !step.fallback);
  const done = steps.filter((step) => data.steps[step.id]?.done === true).length;
  return { steps, done };
}
