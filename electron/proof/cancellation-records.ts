// What a case's records say of its cancellation (issue: a recorded 解約日 reaches the plan and the
// bills): the 解約日 entered on the latest record that gives one, and the day of the latest request to
// cancel — the same records the proof report reads (its records in time order, the last of each).
// Days are Japan's, as the carrier's are.
import { NOTHING_RECORDED, type RecordedCancellation } from '../guide/plan';
import { japanDay } from '../guide/days';
import type { ProofRecord, RecordContent } from '../store/schema';

/** The records that ask the carrier to end the line: their day is when the cancellation was requested. */
export const CANCELLATION_KINDS: ReadonlySet<RecordContent['kind']> = new Set([
  'online-cancellation',
  'cancellation-request',
]);

/** Happened at the same time as `than` or later: as the report sorts records by their time (a stable
 * sort), of two at the same time the later in the store is the later. */
const notBefore = (content: RecordContent, than: RecordContent | undefined) =>
  !than ||
  content.occurredAt === than.occurredAt ||
  Date.parse(content.occurredAt) >= Date.parse(than.occurredAt);

/** By case, once per records list: the store's data is replaced, never changed, on each write (as
 * recordedBills does), so the case list reads the records once rather than once per case. */
const byCase = new WeakMap<readonly ProofRecord[], Map<string, RecordedCancellation>>();

export function recordedCancellation(records: readonly ProofRecord[], caseId: string): RecordedCancellation {
  let index = byCase.get(records);
  if (!index) {
    const latest = new Map<string, { effective?: RecordContent; request?: RecordContent }>();
    for (const record of records) {
      const content = record.revisions.at(-1)?.content;
      if (!content) continue;
      const request = CANCELLATION_KINDS.has(content.kind);
      if (content.effectiveDate === '' && !request) continue;
      let found = latest.get(record.caseId);
      if (!found) latest.set(record.caseId, (found = {}));
      if (content.effectiveDate !== '' && notBefore(content, found.effective)) found.effective = content;
      if (request && notBefore(content, found.request)) found.request = content;
    }
    index = new Map();
    for (const [id, { effective, request }] of latest)
      index.set(id, {
        effectiveOn: effective?.effectiveDate ?? null,
        effectiveSaidOn: effective ? japanDay(effective.occurredAt) : null,
        requestedOn: request ? japanDay(request.occurredAt) : null,
      });
    byCase.set(records, index);
  }
  return index.get(caseId) ?? NOTHING_RECORDED;
}
