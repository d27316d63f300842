const en = {
  'phrases.title': 'Japanese phrases',
  'phrases.help': 'Say them, or show one to the staff in large type.',
  'phrases.show': 'Show to staff',
  'phrases.context': 'Tip: {context}',
  'phrases.none': 'No phrases for this case.',
  'phrases.noneAbroad':
    'You have left Japan and nobody goes to a counter for you, so there is nothing to say or show to staff. If someone in Japan may go for you, see the checklist.',
  'phrases.helpProxy':
    'For the person who goes for you: they can say these, or show one to the staff in large type. Send them these phrases, or go through them together.',
  'phrases.fallback': 'Only if MNP One-Stop does not work for you.',
};

export const messages = en;
