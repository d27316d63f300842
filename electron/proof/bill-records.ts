// The bill a record holds (issue 19), as the bills list reads it: a 'bill' record's latest revision, and a
// 'final-bill-paid' record from before v5 as a last bill, paid, in its own month. A case's bills are
// gathered with the rest the plan reads of its records (case-records.ts).
import type { RecordedBill } from '../guide/bills';
import { japanDay } from '../guide/days';
import type { ProofRecord, RecordContent } from '../store/schema';

/** Each record's bill, made once per record (records are replaced, never changed, on an edit): the
 * same object while the record is, which lets a case's plan see that its bills are unchanged. */
const bills = new WeakMap<ProofRecord, RecordedBill | null>();
/** `content`: the record's latest. */
export function billOf(record: ProofRecord, content: RecordContent): RecordedBill | null {
  // Most records hold no bill, which their kind says at once: they take no place in the memo (a memo
  // entry costs more than this look, and thousands of records are renewed together by a restore).
  if (content.kind !== 'bill' && content.kind !== 'final-bill-paid') return null;
  let bill = bills.get(record);
  if (bill === undefined) {
    bill = billNow(record, content);
    if (Object.isFrozen(record)) bills.set(record, bill);
  }
  return bill;
}

/** The bill a record holds, if any. */
function billNow(record: ProofRecord, content: RecordContent): RecordedBill | null {
  if (content.kind === 'bill' && content.bill) {
    const { month, amountYen, paid, paidOn, final } = content.bill;
    return { recordId: record.id, month, amountYen, paid, paidOn, final };
  }
  if (content.kind === 'final-bill-paid') {
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
