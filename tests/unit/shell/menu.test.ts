import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { applicationMenuTemplate, contextMenuTemplate } from '../../../electron/main/menu';

const actions = { command: vi.fn(), openDataFolder: vi.fn(), openLogFolder: vi.fn() };
const flat = (items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  items.flatMap((item) => [item, ...flat(Array.isArray(item.submenu) ? item.submenu : [])]);
const topLabels = (items: MenuItemConstructorOptions[]) => items.map((item) => item.label);

describe('the application menu', () => {
  it('is labelled in each of the three languages', () => {
    const menu = (locale: 'en' | 'zh-CN' | 'ja') =>
      topLabels(applicationMenuTemplate({ locale, isPackaged: true, platform: 'win32', actions }));
    expect(menu('en')).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(menu('zh-CN')).toEqual(['文件', '编辑', '视图', '帮助']);
    expect(menu('ja')).toEqual(['ファイル', '編集', '表示', 'ヘルプ']);
  });

  it('shows Reload and DevTools only when not packaged', () => {
    const roles = (isPackaged: boolean) =>
      flat(applicationMenuTemplate({ locale: 'en', isPackaged, platform: 'linux', actions })).map(
        (i) => i.role,
      );
    expect(roles(false)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
    expect(roles(true)).not.toContain('reload');
    expect(roles(true)).not.toContain('toggleDevTools');
  });

  it('gives macOS its app menu, with About and Quit there', () => {
    const menu = applicationMenuTemplate({ locale: 'ja', isPackaged: true, platform: 'darwin', actions });
    expect(menu[0]?.label).toBe('Sayonara SIM');
    const appItems = flat(menu.slice(0, 1)).map((item) => item.label ?? item.role);
    expect(appItems).toEqual(expect.arrayContaining(['Sayonara SIM について', '終了']));
  });

  it('sends each File, View and Help item as a typed command', () => {
    actions.command.mockClear();
    const items = flat(
      applicationMenuTemplate({ locale: 'en', isPackaged: true, platform: 'linux', actions }),
    );
    for (const item of items) (item.click as (() => void) | undefined)?.();
    expect(actions.command.mock.calls.map(([c]) => c as string).sort()).toEqual(
      [
        'about',
        'export-backup',
        'export-report',
        'new-case',
        'restore-backup',
        'shortcuts',
        'theme-dark',
        'theme-light',
        'theme-system',
      ].sort(),
    );
    expect(actions.openDataFolder).toHaveBeenCalled();
    expect(actions.openLogFolder).toHaveBeenCalled();
  });
});

describe('the context menu', () => {
  const flags = { canCut: true, canCopy: true, canPaste: false, canSelectAll: true } as never;
  it('on a text field: Cut, Copy, Paste, Select all, with what cannot apply disabled', () => {
    const menu = contextMenuTemplate({ isEditable: true, selectionText: '', editFlags: flags }, 'zh-CN');
    expect(menu.filter((i) => i.label).map((i) => [i.label, i.enabled])).toEqual([
      ['剪切', true],
      ['复制', true],
      ['粘贴', false],
      ['全选', true],
    ]);
  });

  it('on a selection: Copy and Select all; elsewhere: nothing', () => {
    expect(
      contextMenuTemplate({ isEditable: false, selectionText: '解約', editFlags: flags }, 'ja').map(
        (i) => i.label,
      ),
    ).toEqual(['コピー', 'すべて選択']);
    expect(contextMenuTemplate({ isEditable: false, selectionText: ' ', editFlags: flags }, 'en')).toEqual(
      [],
    );
  });
});
