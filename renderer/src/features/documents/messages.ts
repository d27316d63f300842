const en = {
  'documents.title': 'Documents',
  'documents.help': 'What this case needs. Tick each one when you have it ready.',
  'documents.readyAt': 'Ready since {when}',
  'documents.progress': 'Documents ready',
  'documents.none': 'This case needs no documents.',
  'documents.secret':
    'A secret: the app keeps no file for it. Keep it in your password manager (not in a photo or a text file).',
};

export const messages = en;
