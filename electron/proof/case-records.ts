// What the plan reads of each case's records — its bills (bill-records.ts) and what they say of the
// cancellation (cancellation-records.ts) — gathered in one pass over the store's records list, once per
// list: the store's data is replaced, never changed, on each write, so the case list and the due-soon
// notice read thousands of records once, rather than once per case and once per concern.
import type { RecordedBill } from '../guide/bills';
import { NOTHING_RECORDED, type RecordedCancellation } from '../guide/plan';
import type { ProofRecord } from '../store/schema';
import { billOf } from './bill-records';
import {
  cancellationOf,
  noteCancellation,
  speaksOfCancellation,
  type CancellationRecords,
} from './cancellation-records';

interface Gathered extends CancellationRecords {
  bills: RecordedBill[];
  /** Worked out from the above when first asked for. */
  cancellation?: RecordedCancellation;
}

const byList = new WeakMap<readonly ProofRecord[], Map<string, Gathered>>();

function gathered(records: readonly ProofRecord[]): Map<string, Gathered> {
  let index = byList.get(records);
  if (index) return index;
  index = new Map();
  // A case's records mostly stand together: its entry is looked up again only when the case changes.
  let caseId: string | null = null;
  let found: Gathered | undefined;
  for (const record of records) {
    const content = record.revisions.at(-1)?.content;
    if (!content) continue;
    const bill = billOf(record, content);
    const speaks = speaksOfCancellation(content);
    if (!bill && !speaks) continue;
    if (!found || record.caseId !== caseId) {
      caseId = record.caseId;
      found = index.get(caseId);
      if (!found) index.set(caseId, (found = { bills: [] }));
    }
    if (bill) found.bills.push(bill);
    if (speaks) noteCancellation(found, content);
  }
  byList.set(records, index);
  return index;
}

const NO_BILLS: readonly RecordedBill[] = Object.freeze([]);

/** The bills a case's records hold, in the store's order: each the same object while its record is. */
export function recordedBills(records: readonly ProofRecord[], caseId: string): readonly RecordedBill[] {
  return gathered(records).get(caseId)?.bills ?? NO_BILLS;
}

/** What a case's records say of its cancellation. */
export function recordedCancellation(records: readonly ProofRecord[], caseId: string): RecordedCancellation {
  const found = gathered(records).get(caseId);
  if (!found) return NOTHING_RECORDED;
  found.cancellation ??= cancellationOf(found);
  return found.cancellation;
}
