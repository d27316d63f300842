// What a case's records say of its cancellation: the 解約日 entered on the latest record that gives one,
// and the day of the latest request to cancel — the records the proof report reads for the same (its
// records in time order, the last of each). Days are Japan's, as the carrier's are. Gathered with the rest
// the plan reads of a case's records (case-records.ts).
import { NOTHING_RECORDED, type RecordedCancellation } from '../guide/plan';
import { japanDay } from '../guide/days';
import type { RecordContent } from '../store/schema';

/** A record that asks the carrier to end the line: its day is when the cancellation was requested.
 * (Compared, not looked up in a set: hashing each record's kind cost the plan as much as the rest.) */
export const asksToCancel = (kind: RecordContent['kind']) =>
  kind === 'online-cancellation' || kind === 'cancellation-request';

/** The latest record of a case giving a 解約日, and its latest request to cancel, so far. */
export interface CancellationRecords {
  effective?: RecordContent;
  request?: RecordContent;
}

/** A record that can say anything of the cancellation. */
export const speaksOfCancellation = (content: RecordContent) =>
  content.effectiveDate !== '' || asksToCancel(content.kind);

/** Happened at the same time as `than` or later: as the report sorts records by their time (a stable
 * sort), of two at the same time the later in the store is the later. */
const notBefore = (content: RecordContent, than: RecordContent | undefined) =>
  !than ||
  content.occurredAt === than.occurredAt ||
  Date.parse(content.occurredAt) >= Date.parse(than.occurredAt);

/** Takes a case's next record (in the store's order) into what its records say so far. */
export function noteCancellation(latest: CancellationRecords, content: RecordContent): void {
  if (content.effectiveDate !== '' && notBefore(content, latest.effective)) latest.effective = content;
  if (asksToCancel(content.kind) && notBefore(content, latest.request)) latest.request = content;
}

/** The days the plan reads, from what a case's records say. */
export function cancellationOf({ effective, request }: CancellationRecords): RecordedCancellation {
  if (!effective && !request) return NOTHING_RECORDED;
  return {
    effectiveOn: effective?.effectiveDate ?? null,
    effectiveSaidOn: effective ? japanDay(effective.occurredAt) : null,
    requestedOn: request ? japanDay(request.occurredAt) : null,
  };
}
