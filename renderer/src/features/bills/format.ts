// A bill as the Bills tab, the Plan tab and the proof timeline show it: its badge, and a recorded bill in
// one line.
import type { BillLine } from '../../../../electron/guide/bills';
import type { Locale } from '../../../../electron/guide/types';
import { formatYen } from '../../../../electron/shared/format';
import type { BillData } from '../../../../electron/store/schema';
import type { Translate } from '../../i18n';
import { formatDay } from '../../ui/format';

/** "¥3,280 · paid on 27 Feb 2027 · the last bill". */
export function billSummary(
  bill: Pick<BillData, 'amountYen' | 'paid' | 'paidOn' | 'final'>,
  t: Translate,
  locale: Locale,
): string {
  const paid = bill.paid
    ? bill.paidOn
      ? t('bills.paidOn', { date: formatDay(bill.paidOn, locale) })
      : t('bills.paid')
    : t('bills.notPaid');
  return [
    bill.amountYen === null ? t('bills.amountUnknown') : formatYen(bill.amountYen, locale),
    paid,
    ...(bill.final ? [t('bills.last')] : []),
  ].join(' · ');
}

/** The badge colour a bill's status borrows from the plan's: the last bill's month passed with nothing
 * recorded is overdue (the case cannot be done without it). */
export function billBadge(line: Pick<BillLine, 'status' | 'last'>): string {
  switch (line.status) {
    case 'paid':
    case 'not-needed':
      return 'done';
    case 'unpaid':
      return 'overdue';
    case 'expected':
      return 'due-soon';
    case 'upcoming':
      return 'upcoming';
    case 'not-recorded':
      return line.last ? 'overdue' : 'undated';
  }
}

/** A bill's card: the plan's border for one overdue or due soon; a paid one is not faded as a done step
 * is (its amount and day stay easy to read). */
export const billCardClass = (badge: string) =>
  badge === 'overdue' || badge === 'due-soon' ? `card plan-item plan-${badge}` : 'card plan-item';
