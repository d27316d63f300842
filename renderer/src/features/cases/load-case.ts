// A relaunch opens the last case: the boot asks for it as soon as the settings name it, so main reads
// it while the texts load, and the case screen takes that answer instead of asking again — drawing it
// in its first frame when it has arrived.
import type { CaseView } from '../../../../electron/ipc/views';
import { call, onActionSucceeded } from '../../api';

let ahead: { caseId: string; view: Promise<CaseView>; answered: CaseView | null } | null = null;
// Any change saved since (a tick, a restore, leaving for another screen) makes that answer stale.
onActionSucceeded(() => {
  ahead = null;
});

/** Asks for a case before its screen mounts (or takes the answer to `asked`, a request for it already
 * made); resolves once answered (null when refused). */
export function askCaseAhead(
  caseId: string,
  asked: Promise<CaseView> | null = null,
): Promise<CaseView | null> {
  const view = asked ?? call('cases.get', { caseId });
  const entry: NonNullable<typeof ahead> = { caseId, view, answered: null };
  ahead = entry;
  // The screen handles a refusal (a case deleted since); until it takes the answer, it is not unhandled.
  return view.then(
    (answered) => (entry.answered = answered),
    () => null,
  );
}

/** The answer asked ahead for this case when it has arrived and is still current (left for loadCase to take). */
export function answeredCase(caseId: string): CaseView | null {
  return ahead?.caseId === caseId ? ahead.answered : null;
}

/** The case's view: the answer asked ahead when it is for this case (taken once), else a new request. */
export function loadCase(caseId: string): Promise<CaseView> {
  const found = ahead?.caseId === caseId ? ahead.view : null;
  ahead = null;
  return found ?? call('cases.get', { caseId });
}
