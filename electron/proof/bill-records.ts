// The bills a case's records hold (issue 19), as the bills list reads them: each 'bill' record's latest
// revision, and a 'final-bill-paid' record from before v5 as a last bill, paid, in its own month.
import type { RecordedBill } from '../guide/bills';
import { japanDay } from '../guide/days';
import type { ProofRecord } from '../store/schema';

/** Each record's bill, made once per record (records are replaced, never changed, on an edit): the
 * same object while the record is, which lets a case's plan see that its bills are unchanged. */
const bills = new WeakMap<ProofRecord, RecordedBill | null>();
function billOf(record: ProofRecord): RecordedBill | null {
  // Most records hold no bill, which their kind says at once: they take no place in the memo (a memo
  // entry costs more than this look, and thousands of records are renewed together by a restore).
  const kind = record.revisions.at(-1)?.content.kind;
  if (kind !== 'bill' && kind !== 'final-bill-paid') return null;
  let bill = bills.get(record);
  if (bill === undefined) {
    bill = billNow(record);
    if (Object.isFrozen(record)) bills.set(record, bill);
  }
  return bill;
}

/** The bill a record holds, if any. */
function billNow(record: ProofRecord): RecordedBill | null {
  const content = record.revisions.at(-1)?.content;
  if (content?.kind === 'bill' && content.bill) {
    const { month, amountYen, paid, paidOn, final } = content.bill;
    return { recordId: record.id, month, amountYen, paid, paidOn, final };
  }
  if (content?.kind === 'final-bill-paid') {
    const day = japanDay(content.occurredAt);
    return {
      recordId: record.id,
      month: day.slice(0, 7),
      amountYen: content.finalBillYen,
      paid: true,
      paidOn: day,
      final: true,
    };
  }
  return null;
}

/** Bills by case, once per records list: the store's data is replaced, never changed, on each write, so
 * the case list reads thousands of records once rather than once per case. */
const byCase = new WeakMap<readonly ProofRecord[], Map<string, RecordedBill[]>>();

export function recordedBills(records: readonly ProofRecord[], caseId: string): RecordedBill[] {
  let index = byCase.get(records);
  if (!index) {
    index = new Map();
    for (const record of records) {
      const bill = billOf(record);
      if (!bill) continue;
      const own = index.get(record.caseId);
      if (own) own.push(bill);
      else index.set(record.caseId, [bill]);
    }
    byCase.set(records, index);
  }
  return index.get(caseId) ?? [];
}
