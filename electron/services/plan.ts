// The plan across cases (issue 10): what is due soon for the launch notice, the calendar export, and
// the reminders main shows while the app is open. The dates themselves come from electron/guide/plan.
import { billTexts } from '../../data/billing-rules';
import { stepsDone } from '../guide/progress';
import { casePlan, checklistOf, isDone } from './cases';
import { planCalendar } from '../guide/plan-calendar';
import { isDueItem, japanDay } from '../guide/plan';
import type { Locale, LocalizedText } from '../guide/types';
import type { Handlers } from '../ipc/contract';
import type { CasePlanView, DueSoonItem } from '../ipc/views';
import { findCase } from '../proof/lookup';
import { writeFileDurably } from '../store/durable-file';
import type { CaseData, StoreData } from '../store/schema';
import type { Store } from '../store/store';
import type { Ports } from './ports';
import { safeFileStem } from '../proof/report';
import { L } from '../../data/text';

/** What the Plan and Bills tabs show (plan.forCase): the dated steps, the bills, and whether all is done. */
export function casePlanView(data: StoreData, c: CaseData, today: string): CasePlanView {
  const { outline, plan, bills } = casePlan(c, data.records, today);
  return { plan, bills, done: isDone(stepsDone(outline, c), bills) };
}

/** The id a bill goes by where a step's id would (the due-soon list, a reminder): bill:<YYYY-MM>. */
export const billItemId = (month: string) => `bill:${month}`;

/** Overdue and due-soon steps and bills of the cases not archived, soonest first, titled in `locale`. */
export function dueSoon(data: StoreData, today: string, locale: Locale): DueSoonItem[] {
  return (
    data.cases
      .filter((c) => !c.archived)
      .flatMap((c): DueSoonItem[] => {
        const { plan, bills } = casePlan(c, data.records, today);
        const steps = plan.items
          .filter((i) => isDueItem(i) && (i.status === 'overdue' || i.status === 'due-soon'))
          .map(({ stepId, title, latest, dueAt, cutoff, status }) => ({
            caseId: c.id,
            caseName: c.name,
            stepId,
            title: title[locale],
            latest,
            dueAt,
            cutoff,
            status,
          }));
        const due = bills.lines.flatMap((line) =>
          line.due === null
            ? []
            : [
                {
                  caseId: c.id,
                  caseName: c.name,
                  stepId: billItemId(line.month),
                  billMonth: line.month,
                  title: line.title[locale],
                  // Unpaid: to pay by the day on the bill, which the app does not know.
                  latest: line.status === 'unpaid' ? null : line.by,
                  dueAt: null,
                  cutoff: null,
                  status: line.due,
                },
              ],
        );
        return [...steps, ...due];
      })
      // Days as YYYY-MM-DD sort as text; compared as such, not through the locale's collation (which
      // cost as much as working out the plans).
      .sort((a, b) => {
        const x = a.latest ?? '';
        const y = b.latest ?? '';
        return x < y ? -1 : x > y ? 1 : 0;
      })
  );
}

export interface Reminder {
  caseId: string;
  stepId: string;
  title: string;
  body: string;
}

const REMINDER_BODY: LocalizedText = L('{case}: today is the last day for this step.');

/**
 * Reminders whose time (09:00 Japan time on a step's last day) fell in (since, until], for steps not
 * done in open cases; none when the user turned them off.
 */
export function remindersBetween(data: StoreData, since: Date, until: Date, locale: Locale): Reminder[] {
  if (data.settings.notifications === false) return [];
  const today = japanDay(until);
  const inWindow = (remindAt: string | null) => {
    if (remindAt === null) return false;
    const at = Date.parse(remindAt);
    return at > since.getTime() && at <= until.getTime();
  };
  return data.cases
    .filter((c) => !c.archived)
    .flatMap((c) => {
      const { plan, bills } = casePlan(c, data.records, today);
      const steps = plan.items
        .filter((i) => isDueItem(i) && inWindow(i.remindAt))
        .map((i) => ({
          caseId: c.id,
          stepId: i.stepId,
          title: i.title[locale],
          body: REMINDER_BODY[locale].replace('{case}', c.name),
        }));
      // A bill is reminded of on the first day of the month it is expected in.
      const expected = bills.lines
        .filter((line) => inWindow(line.remindAt))
        .map((line) => ({
          caseId: c.id,
          stepId: billItemId(line.month),
          title: line.title[locale],
          body: billTexts.reminder[locale].replace('{case}', c.name),
        }));
      return [...steps, ...expected];
    });
}

export function planHandlers(
  store: Store,
  ports: Ports,
): Pick<Handlers, 'plan.dueSoon' | 'plan.forCase' | 'plan.exportCalendar'> {
  return {
    'plan.dueSoon': ({ locale }) => dueSoon(store.data, japanDay(ports.now()), locale),
    'plan.forCase': ({ caseId }) =>
      casePlanView(store.data, findCase(store.data, caseId), japanDay(ports.now())),
    'plan.exportCalendar': async ({ caseId, locale }) => {
      const data = findCase(store.data, caseId);
      const now = ports.now();
      const { plan, bills } = casePlan(data, store.data.records, japanDay(now));
      // An empty calendar is no file to save: say so instead of asking where to put it.
      if (!plan.items.some((i) => i.latest !== null && !i.fallback) && bills.lines.length === 0)
        return { path: null, nothingDated: true };
      const text = planCalendar({
        caseId,
        caseName: data.name,
        plan,
        bills,
        // The calendar says why each step is due: the whole checklist.
        checklist: checklistOf(data),
        locale,
        now,
      });
      const target = await ports.chooseSavePath({
        defaultName: `sayonara-plan-${safeFileStem(data.name, 'case')}.ics`,
        extensions: ['ics'],
      });
      if (target === null) return { path: null };
      await writeFileDurably(target, text);
      return { path: target };
    },
  };
}

/** Shows a reminder on the desktop: Electron's Notification in main, a recorder in tests. */
export type Notify = (reminder: Reminder) => void;

/**
 * The reminder clock main runs while the app is open: each tick shows the reminders that fell due
 * since the last one. It starts from now, so past reminders are not replayed (the launch notice lists them).
 */
export function reminderTicker(options: {
  store: Store;
  now: () => Date;
  locale: () => Locale;
  notify: Notify;
}): () => void {
  let since = options.now();
  return () => {
    const until = options.now();
    for (const reminder of remindersBetween(options.store.data, since, until, options.locale()))
      options.notify(reminder);
    since = until;
  };
}
