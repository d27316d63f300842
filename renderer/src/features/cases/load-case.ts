// A relaunch opens the last case: App asks for it as soon as the settings name it, so main reads it
// while the frame renders, and the case screen takes that answer instead of asking again.
import type { CaseView } from '../../../../electron/ipc/views';
import { call, onActionSucceeded } from '../../api';

let ahead: { caseId: string; view: Promise<CaseView> } | null = null;
// Any change saved since (a tick, a restore, leaving for another screen) makes that answer stale.
onActionSucceeded(() => {
  ahead = null;
});

/** Asks for a case before its screen mounts. */
export function askCaseAhead(caseId: string): void {
  const view = call('cases.get', { caseId });
  // The screen handles a refusal (a case deleted since); until it takes the answer, it is not unhandled.
  view.catch(() => undefined);
  ahead = { caseId, view };
}

/** The case's view: the answer asked ahead when it is for this case (taken once), else a new request. */
export function loadCase(caseId: string): Promise<CaseView> {
  const found = ahead?.caseId === caseId ? ahead.view : null;
  ahead = null;
  return found ?? call('cases.get', { caseId });
}
