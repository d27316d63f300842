const en = {
  'case.tab.bills': 'Bills',
  'bills.title': 'Bills after the line ends',
  'bills.help':
    'Bills keep coming for a month or two after the line ends. Record each one when it comes (its amount, a screenshot or PDF) and mark it paid: the case is done only when the last one is paid.',
  'bills.none': 'Paid in advance: no bill comes after the line ends.',
  'bills.undated':
    'The bills still to come are listed here once the day the line ends is known: add your leaving date under “Change answers”, or tick the cancellation once it is done.',
  'bills.settled': 'Done: the last bill is paid.',
  'bills.pending': 'Bills may still come until {month}: the case is done once the last one is paid.',
  'bills.list': 'Bills by month',
  'bills.status.paid': 'Paid',
  'bills.status.unpaid': 'Not paid',
  'bills.status.expected': 'Expected this month',
  'bills.status.upcoming': 'Coming up',
  'bills.status.not-recorded': 'Not recorded',
  'bills.status.not-needed': 'Not needed',
  'bills.general': 'The usual pattern: confirm with {provider}.',
  'bills.lastNotRecorded':
    'Its month has passed. If the bill came, record it; if the bill before it was the last one, edit that one and mark it the last.',
  'bills.amountUnknown': 'amount not given',
  'bills.paidOn': 'paid on {date}',
  'bills.paid': 'paid',
  'bills.notPaid': 'not paid yet',
  'bills.last': 'the last bill',
  'bills.record': 'Record this bill',
  'bills.notBilledYet': 'Not billed yet: it can be recorded once {month} has come.',
  'bills.recordOther': 'Record a bill for another month',
  'bills.markPaid': 'Mark paid',
  'bills.payment.title': 'How the bills are paid',
  'bills.payment.help':
    'The payment method must keep working until the last bill is paid: a closed account or an expired card turns a bill into an unpaid one.',
  'bills.payment.method': 'Payment method',
  'bills.payment.card': 'A credit or debit card',
  'bills.payment.bank-account': 'A Japanese bank account (direct debit)',
  'bills.payment.provider-payment': 'A payment slip, paid at a convenience store or counter',
  'bills.payment.unsure': 'Not sure',
  'bills.payment.cardExpiry': 'Card expiry (month and year on the card)',
  'bills.payment.accountCloses': 'The day the account closes, or closed (leave empty if you keep it)',
  'bills.payment.save': 'Save the payment method',
  'bills.payment.saved': 'Saved.',
  'bills.payment.ok': 'This payment method lasts until after the last bill.',
  'bills.waysOut': 'Ways out',
  'bills.rule.title': 'What the sources say about {provider}’s bills',
  'error.bill_not_billed_yet':
    'That month has not been billed yet, so the bill was not saved: record it once its month has come.',
};

export const messages = en;
