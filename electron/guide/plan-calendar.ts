// A case's plan as an iCalendar file (RFC 5545), written by ical-generator: one all-day event per
// dated step on its last day (done steps ticked), with the why, the advice, the rule and its sources, and an alarm the day
// before; and one per bill expected after the line ends, on its month's last day (issue 19). UIDs come
// from the case and step ids (and the bill's month), so a re-export updates the same events in a calendar.
import ical, { ICalAlarmType } from 'ical-generator';
import { L } from '../../data/text';
import { fillPlaceholders, formatDay } from '../shared/format';
import { oneLine } from '../shared/plain-text';
import type { BillLine, BillsView } from './bills';
import type { Plan, PlanItem } from './plan';
import type { Checklist, Locale } from './types';

export interface CalendarInput {
  caseId: string;
  caseName: string;
  plan: Plan;
  /** The bills after the line ends, with what was recorded of them. */
  bills: BillsView;
  checklist: Checklist;
  locale: Locale;
  /** DTSTAMP: when the file was made (the injected clock, not the library's). */
  now: Date;
}

const DAY_SECONDS = 24 * 60 * 60;
const SEQUENCE_EPOCH = Date.UTC(2020, 0, 1);

/** A deadline's title says it is one: an all-day event on the last day reads as "on" that day. */
const BY: Record<Locale, string> = L('By {date}: {title}');

/** The event's title: ticked when done; "By …" for a step with a window; the title alone for a step
 * done on the day itself (the residence card at the airport), or one whose moment has passed. */
function eventTitle(item: PlanItem, latest: string, locale: Locale): string {
  const title = item.title[locale];
  if (item.done) return `✓ ${title}`;
  if (item.earliest === latest || item.passed) return title;
  return fillPlaceholders(BY[locale], { date: formatDay(latest, locale), title });
}

/** A bill's title: ticked once paid, else "By …" its month's last day (it may come any day of the month). */
function billTitle(line: BillLine, locale: Locale): string {
  const title = line.title[locale];
  if (line.status === 'paid') return `✓ ${title}`;
  return fillPlaceholders(BY[locale], { date: formatDay(line.by, locale), title });
}

/** The stable UID of a step's event. */
export const eventUid = (caseId: string, stepId: string) => `${caseId}.${stepId}@sayonara-sim`;
/** The stable UID of a bill's event: by its place among the bills expected, so a re-export after the
 * line's end moved updates the same events. */
export const billEventUid = (caseId: string, key: string) => `${caseId}.bill-${key}@sayonara-sim`;

/** UTC midnight of a calendar day: ical-generator writes an all-day date from the UTC fields. */
const utcDay = (iso: string) =>
  new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))));

export function planCalendar({
  caseId,
  caseName,
  plan,
  bills,
  checklist,
  locale,
  now,
}: CalendarInput): string {
  const calendar = ical({
    // Written as it is by the library (no escaping): one line, or a name could end the calendar.
    name: oneLine(caseName),
    prodId: { company: 'Sayonara SIM', product: 'plan', language: locale.slice(0, 2).toUpperCase() },
  });
  // A later export carries a higher SEQUENCE (seconds since 2020), so a calendar takes it as the update.
  const sequence = Math.max(0, Math.floor((now.getTime() - SEQUENCE_EPOCH) / 1000));
  const why = new Map(checklist.phases.flatMap((p) => p.steps).map((s) => [s.id, s.why[locale]]));
  /** One all-day event on `day`; an alarm the day before while it is still to do. */
  const event = (id: string, day: string, summary: string, lines: string[], done: boolean) =>
    calendar.createEvent({
      id,
      start: utcDay(day),
      allDay: true,
      stamp: now,
      lastModified: now,
      sequence,
      summary,
      description: lines.filter((line) => line !== '').join('\n\n'),
      alarms: done ? [] : [{ type: ICalAlarmType.display, trigger: DAY_SECONDS, description: summary }],
    });
  for (const item of plan.items) {
    // Done steps stay in the file (ticked, no alarm), so re-importing updates their events too; so do
    // steps whose moment passed with the cancellation, on the day it passed, their alarm gone.
    // A fallback (the reservation number behind One-Stop) is nothing to put in a calendar.
    const day =
      item.latest ??
      (item.passed === 'applied' ? plan.cancelledOn : item.passed === 'line-ended' ? plan.lineEnds : null);
    if (day === null || item.fallback) continue;
    event(
      eventUid(caseId, item.stepId),
      day,
      eventTitle(item, day, locale),
      [
        why.get(item.stepId) ?? '',
        ...item.advice.map((a) => a[locale]),
        ...item.ask.map((a) => a[locale]),
        item.rule ? `${item.rule.label[locale]}:\n${item.rule.sources.map((s) => s.url).join('\n')}` : '',
      ],
      item.done || item.passed !== undefined,
    );
  }
  for (const line of bills.lines) {
    // A month after a bill marked the last needs nothing.
    if (line.status === 'not-needed') continue;
    event(
      billEventUid(caseId, line.key),
      line.by,
      billTitle(line, locale),
      [line.expected?.about[locale] ?? '', line.expected?.sources.map((s) => s.url).join('\n') ?? ''],
      line.status === 'paid',
    );
  }
  return calendar.toString();
}
