// The words the shell itself shows (menus, context menu, native dialogs): English here, the other
// languages in data/locales like the guide's. They live in main because Electron draws them before any page.
import { L } from '../../data/text';
import { fillPlaceholders } from '../shared/format';
import type { Locale } from '../guide/types';

const TEXTS = {
  'menu.file': L('File'),
  'menu.newCase': L('New case'),
  'menu.exportReport': L('Export proof report…'),
  'menu.exportBackup': L('Export a backup…'),
  'menu.restoreBackup': L('Restore from a backup…'),
  'menu.openDataFolder': L('Open the data folder'),
  'menu.quit': L('Quit'),
  'menu.edit': L('Edit'),
  'menu.undo': L('Undo'),
  'menu.redo': L('Redo'),
  'menu.cut': L('Cut'),
  'menu.copy': L('Copy'),
  'menu.paste': L('Paste'),
  'menu.selectAll': L('Select all'),
  'menu.view': L('View'),
  'menu.zoomIn': L('Zoom in'),
  'menu.zoomOut': L('Zoom out'),
  'menu.resetZoom': L('Actual size'),
  'menu.theme': L('Appearance'),
  'menu.theme.system': L('Follow the system'),
  'menu.theme.light': L('Light'),
  'menu.theme.dark': L('Dark'),
  'menu.reload': L('Reload'),
  'menu.devTools': L('Developer tools'),
  'menu.fullScreen': L('Full screen'),
  'menu.window': L('Window'),
  'menu.minimize': L('Minimise'),
  'menu.help': L('Help'),
  'menu.shortcuts': L('Keyboard shortcuts'),
  'menu.about': L('About Sayonara SIM'),
  'menu.openLogFolder': L('Open the log folder'),
  'menu.hide': L('Hide Sayonara SIM'),
  'menu.hideOthers': L('Hide others'),
  'menu.showAll': L('Show all'),
  'dialog.crashed.title': L('The window stopped'),
  'dialog.crashed.message': L('The Sayonara SIM window closed unexpectedly ({reason}).'),
  'dialog.hung.title': L('The window is not responding'),
  'dialog.hung.message': L('The Sayonara SIM window is not responding.'),
  'dialog.reload.detail': L(
    'Everything you saved is safe in your data folder. Reload the window to carry on; the log is in {log}.',
  ),
  'dialog.reload': L('Reload'),
  'dialog.wait': L('Wait'),
  'dialog.quit': L('Quit'),
  'dialog.ok': L('OK'),
  'dialog.openLogFolder': L('Open the log folder'),
  'dialog.chooseFolder.title': L('Choose a folder for your Sayonara SIM data'),
  'dialog.background.title': L('Something went wrong in the background'),
  'dialog.background.message': L('A task in the background of Sayonara SIM failed.'),
  'dialog.background.detail': L(
    'Everything you saved is safe. If something does not work as it should, the log says what happened: {log}',
  ),
  'problem.title': L('Sayonara SIM could not show its window'),
  'problem.loadFailed': L('The app’s page could not be loaded ({detail}).'),
  'problem.crashLoop': L(
    'The window closed unexpectedly again ({reason}), so it is not reloaded any more. Quit Sayonara SIM and start it again; if it keeps happening, send the log to whoever helps you.',
  ),
  'problem.safe': L('Everything you saved is safe in your data folder.'),
  'problem.log': L('The log is in {log}'),
  'sandbox.title': L('Sayonara SIM cannot start its sandbox'),
  'sandbox.message': L(
    'This system does not let Sayonara SIM start the sandbox that keeps its window apart from the rest of your computer, and the app does not run without it.',
  ),
  'sandbox.appImage': L(
    'Ubuntu 24.04 and later let only programs with an AppArmor profile use it, and an AppImage cannot bring one. Install the .deb package of Sayonara SIM instead, or give this AppImage a profile with the commands below (they ask for your password), then start it again:',
  ),
  'sandbox.other': L(
    'Give {binary} an AppArmor profile that allows user namespaces, as the README says under “Linux: the Chromium sandbox”, then start it again.',
  ),
  'sandbox.copy': L('Copy the commands'),
  'dialog.fatal.title': L('Sayonara SIM could not start'),
  'dialog.fatal.message': L(
    'Sayonara SIM could not start and will close. Your data was not changed.\n\nData folder: {dir}\nLog file: {log}\n\nWhat went wrong: {detail}',
  ),
};

export type ShellTextKey = keyof typeof TEXTS;

export type ShellText = (key: ShellTextKey, params?: Record<string, string>) => string;

export function shellText(locale: Locale): ShellText {
  return (key, params = {}) => fillPlaceholders(TEXTS[key][locale], params);
}
