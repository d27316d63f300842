// Texts of the shared UI pieces (masked values, progress).
export const messages = {
  'ui.show': 'Show',
  'ui.hide': 'Hide',
  'ui.hidden': 'hidden',
  'ui.progress': '{done} of {total} done',
};
