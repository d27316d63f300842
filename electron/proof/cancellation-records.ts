// What a case's records say of its cancellation: the 解約日 entered on the latest record that gives one,
// and the day of the latest request to cancel — the records the proof report reads for the same (its
// records in time order, the last of each) — and the expiry of the latest MNP予約番号 recorded. Days
// are Japan's, as the carrier's are. Gathered with the rest the plan reads of a case's records
// (case-records.ts).
import { NOTHING_RECORDED, type RecordedCancellation } from '../guide/plan';
import { japanDay } from '../guide/days';
import { isMnpNumber, type RecordContent } from '../store/schema';

/** A record that asks the carrier to end the line: its day is when the cancellation was requested.
 * (Compared, not looked up in a set: hashing each record's kind cost the plan as much as the rest.) */
export const asksToCancel = (kind: RecordContent['kind']) =>
  kind === 'online-cancellation' || kind === 'cancellation-request';

/** The record's date is the line's 解約日: the one test the plan (below) and the proof report share. */
export const givesCancellationDay = (content: RecordContent) =>
  content.effectiveDate !== '' && !isMnpNumber(content.kind);

/** The latest record of a case giving a 解約日, its latest request to cancel, and its latest MNP
 * reservation number with an expiry, so far. */
export interface CancellationRecords {
  effective?: RecordContent;
  request?: RecordContent;
  mnpNumber?: RecordContent;
}

/** A record that can say anything of the cancellation (an MNP number's expiry included). */
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
  if (givesCancellationDay(content) && notBefore(content, latest.effective)) latest.effective = content;
  if (isMnpNumber(content.kind) && content.effectiveDate !== '' && notBefore(content, latest.mnpNumber))
    latest.mnpNumber = content;
  if (asksToCancel(content.kind) && notBefore(content, latest.request)) latest.request = content;
}

/** The days the plan reads, from what a case's records say. */
export function cancellationOf({ effective, request, mnpNumber }: CancellationRecords): RecordedCancellation {
  if (!effective && !request && !mnpNumber) return NOTHING_RECORDED;
  return {
    effectiveOn: effective?.effectiveDate ?? null,
    effectiveSaidOn: effective ? japanDay(effective.occurredAt) : null,
    requestedOn: request ? japanDay(request.occurredAt) : null,
    mnpValidUntil: mnpNumber?.effectiveDate ?? null,
  };
}
