// The bills a case's records hold (issue 19), as the bills list reads them: each 'bill' record's latest
// revision, and a 'final-bill-paid' record from before v5 as a last bill, paid, in its own month.
import type { RecordedBill } from '../guide/bills';
import { japanDay } from '../guide/days';
import type { ProofRecord } from '../store/schema';

export function recordedBills(records: readonly ProofRecord[], caseId: string): RecordedBill[] {
  return records.flatMap((record): RecordedBill[] => {
    const content = record.caseId === caseId ? record.revisions.at(-1)?.content : undefined;
    if (content?.kind === 'bill' && content.bill) {
      const { month, amountYen, paid, paidOn, final } = content.bill;
      return [{ recordId: record.id, month, amountYen, paid, paidOn, final }];
    }
    if (content?.kind === 'final-bill-paid') {
      const day = japanDay(content.occurredAt);
      return [
        {
          recordId: record.id,
          month: day.slice(0, 7),
          amountYen: content.finalBillYen,
          paid: true,
          paidOn: day,
          final: true,
        },
      ];
    }
    return [];
  });
}
