// English texts of the letter of authority (委任状, issue 18); the other languages are in ../../i18n/locales.
const en = {
  'authority.open': 'Prepare the letter of authority (委任状)',
  'authority.close': 'Close the letter',
  'authority.intro':
    'Fill in what the letter needs, print it, sign it by hand and give it to the person who goes. A field you leave empty prints blank, to write in by hand.',
  'authority.introOwn': 'The letter is in Japanese, with {language} beside it so you know what you sign.',
  'authority.ownFormUnknown':
    '{provider} may ask for its own letter of authority form: the sources we read do not say. If the shop asks for it, fill in that form instead.',
  'authority.ownFormNotNeeded':
    'The sources we read say {provider} does not require its own form; the shop may still ask for one.',
  'authority.holderWrites':
    'The sources say you fill in every field yourself, not the person who goes. If the shop may want it handwritten, leave the fields empty and write them on the printed letter.',
  'authority.holder': 'You (the contract holder)',
  'authority.holderName': 'Your full name',
  'authority.holderAddress': 'Your address',
  'authority.holderBirthDate': 'Your date of birth',
  'authority.agent': 'The person who goes for you',
  'authority.agentName': 'Their full name',
  'authority.relation': 'Their relationship to you',
  'authority.relation.blank': 'Not chosen (write it by hand)',
  'authority.agentAddress': 'Their address',
  'authority.refused':
    'The sources say {provider} accepts only {who} in your place. A friend or anyone else cannot cancel for you, so the app makes no letter for them. Ask someone the rule names, or cancel another way (Change answers).',
  'authority.line': 'The line',
  'authority.phone': 'Phone number (printed in full: the shop needs it)',
  'authority.noPhone':
    'This case has no phone number: the letter leaves it blank, to write in by hand (or add it in Change answers).',
  'authority.tasks': 'What you authorise them to do (from your checklist)',
  'authority.date': 'Date of the letter',
  'authority.seal': 'Add a box for a seal (印) beside the signature',
  'authority.keep': 'Keep what I filled in with this case (on this computer only)',
  'authority.export': 'Export the letter as PDF',
  'authority.exportHelp':
    'The PDF is the letter, then a page for you and the person who goes: what they bring, and where the rule comes from. Only the letter is handed in.',
  'authority.exported': 'Saved to {path}',
  'error.authority_not_offered':
    'The app makes no letter of authority for this line: its carrier’s sources do not allow one, or require the carrier’s own form. Nothing was saved.',
  'error.proxy_not_accepted':
    'The carrier’s rule does not accept the person you named, so no letter was made. Choose someone the rule names.',
};

export const messages = en;
