// Which months a bill can be recorded for, in main (the records' boundary) and in the form alike. A
// bill's month is the month it comes in (the bills list's month), which begins only after the billing
// period it charges has closed: a month still to come has not been billed, so a bill for it cannot have
// come, let alone been paid. Months are Japan's, as the carrier's are.
import { JAPAN_TIME_ZONE, localDate } from './format';

/** The latest month (YYYY-MM) a bill can have come in, at `now`: this month in Japan. */
export function latestBillMonth(now: Date): string {
  return localDate(now.toISOString(), JAPAN_TIME_ZONE).slice(0, 7);
}
