// The application menu and the text-field context menu, as templates built from plain data: the shell
// hands them to Menu.buildFromTemplate, and the unit tests read them in every language.
import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron';
import type { Locale } from '../guide/types';
import type { ShellCommand } from '../ipc/contract';
import { shellText } from './shell-text';

export interface MenuActions {
  /** Sends a command to the window (typed in the contract). */
  command(command: ShellCommand): void;
  openDataFolder(): void;
  openLogFolder(): void;
}

export interface MenuOptions {
  locale: Locale;
  /** Reload and DevTools are for developers: an installed app never shows them. */
  isPackaged: boolean;
  platform: NodeJS.Platform;
  actions: MenuActions;
}

export function applicationMenuTemplate({
  locale,
  isPackaged,
  platform,
  actions,
}: MenuOptions): MenuItemConstructorOptions[] {
  const t = shellText(locale);
  const isMac = platform === 'darwin';
  const send = (command: ShellCommand) => () => actions.command(command);
  const developer: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [
        { type: 'separator' },
        { role: 'reload', label: t('menu.reload') },
        { role: 'toggleDevTools', label: t('menu.devTools') },
      ];
  const macApp: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: 'Sayonara SIM',
          submenu: [
            { label: t('menu.about'), click: send('about') },
            { type: 'separator' },
            { role: 'hide', label: t('menu.hide') },
            { role: 'hideOthers', label: t('menu.hideOthers') },
            { role: 'unhide', label: t('menu.showAll') },
            { type: 'separator' },
            { role: 'quit', label: t('menu.quit') },
          ],
        },
      ]
    : [];
  return [
    ...macApp,
    {
      label: t('menu.file'),
      submenu: [
        { label: t('menu.newCase'), accelerator: 'CmdOrCtrl+N', click: send('new-case') },
        { type: 'separator' },
        { label: t('menu.exportReport'), accelerator: 'CmdOrCtrl+E', click: send('export-report') },
        { label: t('menu.exportBackup'), click: send('export-backup') },
        { label: t('menu.restoreBackup'), click: send('restore-backup') },
        { type: 'separator' },
        { label: t('menu.openDataFolder'), click: () => actions.openDataFolder() },
        ...(isMac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const, label: t('menu.quit') }]),
      ],
    },
    {
      label: t('menu.edit'),
      submenu: [
        { role: 'undo', label: t('menu.undo') },
        { role: 'redo', label: t('menu.redo') },
        { type: 'separator' },
        { role: 'cut', label: t('menu.cut') },
        { role: 'copy', label: t('menu.copy') },
        { role: 'paste', label: t('menu.paste') },
        { role: 'selectAll', label: t('menu.selectAll') },
      ],
    },
    {
      label: t('menu.view'),
      submenu: [
        { role: 'zoomIn', label: t('menu.zoomIn') },
        { role: 'zoomOut', label: t('menu.zoomOut') },
        { role: 'resetZoom', label: t('menu.resetZoom') },
        { type: 'separator' },
        {
          label: t('menu.theme'),
          submenu: (['system', 'light', 'dark'] as const).map((theme) => ({
            label: t(`menu.theme.${theme}`),
            click: send(`theme-${theme}`),
          })),
        },
        { role: 'togglefullscreen', label: t('menu.fullScreen') },
        ...developer,
      ],
    },
    ...(isMac
      ? [
          {
            label: t('menu.window'),
            submenu: [{ role: 'minimize' as const, label: t('menu.minimize') }, { role: 'zoom' as const }],
          },
        ]
      : []),
    {
      role: 'help',
      label: t('menu.help'),
      submenu: [
        { label: t('menu.shortcuts'), click: send('shortcuts') },
        { label: t('menu.openLogFolder'), click: () => actions.openLogFolder() },
        ...(isMac ? [] : [{ type: 'separator' as const }, { label: t('menu.about'), click: send('about') }]),
      ],
    },
  ];
}

/** Right-click on a text field or a selection: the edit commands that apply there; nothing elsewhere. */
export function contextMenuTemplate(
  params: Pick<ContextMenuParams, 'isEditable' | 'selectionText' | 'editFlags'>,
  locale: Locale,
): MenuItemConstructorOptions[] {
  const t = shellText(locale);
  const hasSelection = params.selectionText.trim() !== '';
  if (params.isEditable) {
    return [
      { role: 'cut', label: t('menu.cut'), enabled: params.editFlags.canCut },
      { role: 'copy', label: t('menu.copy'), enabled: params.editFlags.canCopy },
      { role: 'paste', label: t('menu.paste'), enabled: params.editFlags.canPaste },
      { type: 'separator' },
      { role: 'selectAll', label: t('menu.selectAll'), enabled: params.editFlags.canSelectAll },
    ];
  }
  if (hasSelection) {
    return [
      { role: 'copy', label: t('menu.copy') },
      { role: 'selectAll', label: t('menu.selectAll') },
    ];
  }
  return [];
}
