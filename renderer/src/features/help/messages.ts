const en = {
  'help.open': 'Keyboard shortcuts',
  'help.title': 'Keyboard shortcuts',
  'help.key.tab': 'Move to the next control; with Shift, go back',
  'help.key.space': 'Tick or untick the step or document in focus',
  'help.key.enter': 'Press the button in focus; go to the next question',
  'help.key.arrows': 'Choose an answer; switch between the case tabs',
  'help.key.next': 'Jump to the next step to do',
  'help.key.help': 'Show this list',
  'help.key.escape': 'Close this list, a dialog or the staff card',
};

export const messages = en;
