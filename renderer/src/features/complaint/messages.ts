// English texts of the complaint screens (issue 19); the other languages are in ../../i18n/locales.
const en = {
  'complaint.title': 'A written complaint',
  'complaint.intro':
    'Charged after your cancellation date, a refund not paid, a cancellation not carried out? From your records the app drafts a letter in Japanese, with your language beside it, to send with the proof report — from anywhere, also once you have left Japan.',
  'complaint.open': 'Write a complaint',
  'complaint.close': 'Close the complaint',
  'complaint.noRecords':
    'There are no records yet: the letter can only say what you did once you have recorded it (when, how, the reference number, who you spoke to).',
  'complaint.problem': 'What went wrong',
  'complaint.problem.charged-after-cancellation': 'I was charged after my cancellation date',
  'complaint.problem.refund-not-paid': 'A refund owed to me has not been paid',
  'complaint.problem.cancellation-not-done': 'My cancellation was not carried out',
  'complaint.amount': 'Amount (yen)',
  'complaint.chargedOn': 'Charged on (date in Japan)',
  'complaint.asks': 'What you ask for',
  'complaint.ask.stopBilling': 'Stop billing the line',
  'complaint.ask.refund': 'Refund the amount',
  'complaint.ask.confirmation': 'Confirm in writing that the line has ended and nothing more is owed',
  'complaint.replyTo': 'Where the carrier should reply (your e-mail address)',
  'complaint.letter': 'The letter',
  'complaint.honesty':
    'The carrier reads the Japanese. It starts as the app’s wording, filled from your records; whatever you change in it is your own wording, which the app cannot check, and the letter says that you edited it.',
  'complaint.honestyOwn':
    'The text in your language is there so you know what the Japanese says: if you change one, change the other to match.',
  'complaint.noName':
    'The letter does not give your name yet: add the holder’s name in this case’s answers (Change answers), or write it on the printed letter.',
  'complaint.japanese': 'Japanese (the letter)',
  'complaint.own': '{language} (for reference)',
  'complaint.edited':
    'You have changed the text, so the choices above no longer rewrite it. Start again from the app’s draft to have them do so (your changes are then lost).',
  'complaint.redraft': 'Start again from the app’s draft',
  'complaint.save': 'Save the draft',
  'complaint.saved': 'Draft saved.',
  'complaint.export': 'Send it',
  'complaint.exportHelp':
    'The PDF is the letter with the proof report after it (and your attached PDFs after that). The text file holds the same letter, Japanese first, to paste into a web form.',
  'complaint.pdf': 'Export PDF (letter and proof report)',
  'complaint.txt': 'Save as text (for a web form)',
  'complaint.exported': 'Saved to {path}',
  'complaint.where': 'Where to send it',
  'complaint.bodies': 'Public bodies that can help',
  'complaint.bodies.help':
    'None of them can make the carrier pay; they advise you, and some pass your complaint on. Each one’s reach is said beside it.',
  'complaint.reach.anywhere': 'Can be reached from abroad',
  'complaint.reach.in-japan': 'Only while you are in Japan',
  'complaint.abroad':
    'You have left Japan: the consumer hotline 188 serves people in Japan, so it is not listed. Those below can be reached from abroad.',
};

export const messages = en;
