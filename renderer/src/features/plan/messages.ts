const en = {
  'case.tab.plan': 'Plan',
  'plan.today': 'Today, {date}',
  'plan.leaving': 'Leaving Japan on {date}',
  'plan.noLeaving':
    'No leaving date was given, so the steps have no dates. If you are leaving Japan, add the date under “Change answers”: each step then gets the day to do it by (for example, cancel by the day before you leave), with reminders and a calendar file.',
  'plan.finalBill': 'Keep your payment method until {date}: the final bill comes late.',
  'plan.done': 'This case is done: every step is done and the last bill is paid.',
  'plan.doneNoBills': 'This case is done: every step is done.',
  'plan.openBills': 'Open the bills',
  'plan.cancelled': 'Line cancelled on {date}',
  'plan.applied': 'Cancellation applied for on {date}',
  'plan.lineEnds': 'The line ends on {date}',
  'plan.lineEndsRecorded': 'From your records: the cancellation date (解約日) you entered.',
  'plan.by': 'By {date}',
  'plan.on': 'On {date}',
  'plan.window': '{from} – {to}',
  'plan.status.overdue': 'Overdue',
  'plan.status.due-soon': 'Due soon',
  'plan.status.done': 'Done',
  'plan.status.upcoming': 'Coming up',
  'plan.status.undated': 'No date',
  'plan.status.passed': 'Moment passed',
  'plan.passed.applied':
    'The cancellation was applied for on {date}, so this no longer comes before it and has no date. Tick it if it is done; if it still applies, do it when you can.',
  'plan.passed.recorded':
    'Your records say the cancellation was applied for on {date}, so this is no longer due. Tick it once you have checked it is done.',
  'plan.passed.lineEnded':
    'The line ended on {date}, so this can no longer be done through it and has no date. Tick it if it is done; if it still applies, sort it out another way.',
  'plan.cutoff': 'Before {time} Japan time',
  'plan.cutoffLocal': '{time} your time',
  'plan.rule': 'Date from: {rule}',
  'plan.undated': 'Steps without a date',
  'plan.timeline': 'Steps by date',
  'plan.abroad': 'You left Japan on {date}: the dates below count from today.',
  'plan.abroadNoDate': 'You have left Japan: the dates below count from today.',
  'plan.leavingPassed':
    'Your leaving date has passed. If you have left, choose “{left}” under “{change}”: the checklist then keeps only what works from abroad.',
  'plan.nothingDated': 'Nothing in this plan has a date yet, so there is no calendar file to export.',
  'plan.short.title': 'Little time left before you leave',
  'plan.short.before': 'Before you leave',
  'plan.short.after': 'Can wait until you are abroad',
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
