const en = {
  'phrases.title': 'Japanese phrases',
  'phrases.help': 'Say them, or show one to the staff in large type.',
  'phrases.show': 'Show to staff',
  'phrases.context': 'Tip: {context}',
  'phrases.none': 'No phrases for this case.',
  'phrases.fallback': 'Only if MNP One-Stop does not work for you.',
};

export const messages = en;
