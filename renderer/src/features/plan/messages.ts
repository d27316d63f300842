const en = {
  'case.tab.plan': 'Plan',
  'plan.today': 'Today, {date}',
  'plan.leaving': 'Leaving Japan on {date}',
  'plan.noLeaving':
    'No leaving date was given, so the steps have no dates. If you are leaving Japan, add the date under “Change answers”: each step then gets the day to do it by (for example, cancel by the day before you leave), with reminders and a calendar file.',
  'plan.finalBill': 'Keep your payment method until {date}: the final bill comes late.',
  'plan.cancelled': 'Line cancelled on {date}',
  'plan.by': 'By {date}',
  'plan.on': 'On {date}',
  'plan.window': '{from} – {to}',
  'plan.status.overdue': 'Overdue',
  'plan.status.due-soon': 'Due soon',
  'plan.status.done': 'Done',
  'plan.status.upcoming': 'Coming up',
  'plan.status.undated': 'No date',
  'plan.cutoff': 'Before {time} Japan time',
  'plan.cutoffLocal': '{time} your time',
  'plan.rule': 'Date from: {rule}',
  'plan.undated': 'Steps without a date',
  'plan.timeline': 'Steps by date',
  'plan.export': 'Export to calendar (.ics)',
  'plan.exported': 'Calendar file saved: {path}',
  'plan.dueSoon.title': 'Due in the next three days',
  'plan.dueSoon.open': 'Open',
  'plan.dueSoon.dismiss': 'Dismiss',
  'plan.nextDue': 'Next date: {step}, by {date}',
  'settings.notifications': 'Reminders',
  'settings.notifications.label':
    'Show a desktop notification on the last day of a planned step (while the app is open)',
};

export const messages = en;
