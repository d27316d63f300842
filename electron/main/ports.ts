import { randomUUID } from 'node:crypto';
import { unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type {
  BrowserWindow as BrowserWindowType,
  Clipboard,
  Dialog,
  nativeImage as NativeImageModule,
  NativeTheme,
  Notification as NotificationType,
  Shell,
} from 'electron';
import type { Locale } from '../guide/types';
import type { Notify } from '../services/plan';
import type { ProofPorts, SystemPorts } from '../services/ports';
import { WORKING_FILE } from '../proof/working-files';
import { reusedPrinter } from '../proof/print-surface';
import { FITTED_JPEG_QUALITY, isOpaque } from '../proof/evidence';

export interface SystemPortDeps {
  shell: Shell;
  nativeTheme: NativeTheme;
  clipboard: Clipboard;
  /** Relabels the shell's menus when the user picks a language. */
  onLanguage: (locale: Locale | null) => void;
}

type DataFolderPorts = Pick<SystemPorts, 'chooseFolder' | 'rememberDataFolder' | 'restart'>;

export function electronPorts({
  shell,
  nativeTheme,
  clipboard,
  onLanguage,
}: SystemPortDeps): Omit<SystemPorts, keyof DataFolderPorts> {
  return {
    now: () => new Date(),
    openFolder: async (folder) => {
      const error = await shell.openPath(folder);
      if (error) throw new Error(error);
    },
    openExternal: (url) => shell.openExternal(url),
    applyTheme: (theme) => {
      nativeTheme.themeSource = theme;
    },
    applyLanguage: onLanguage,
    copyText: (text) => clipboard.writeText(text),
  };
}

export interface DataFolderPortDeps {
  dialog: Dialog;
  /** The window the folder dialog belongs to. */
  parent: () => BrowserWindowType | null;
  /** The dialog's title, in the language of the moment. */
  title: () => string;
  /** Where the folder dialog opens. */
  defaultPath: string;
  remember: (folder: string) => Promise<void>;
  restart: () => void;
}

/** The start-up page's "Choose a different folder" and "Try again". */
export function dataFolderPorts({
  dialog,
  parent,
  title,
  defaultPath,
  remember,
  restart,
}: DataFolderPortDeps): DataFolderPorts {
  return {
    chooseFolder: async () => {
      const options = {
        title: title(),
        defaultPath,
        properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[],
      };
      const win = parent();
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    rememberDataFolder: remember,
    restart,
  };
}

export interface ProofPortDeps {
  dialog: Dialog;
  nativeImage: typeof NativeImageModule;
  BrowserWindow: typeof BrowserWindowType;
  dataDir: string;
  /** The window dialogs belong to. */
  parent: () => BrowserWindowType | null;
}

/**
 * A4 with backgrounds; tagged (a screen reader finds headings, tables and reading order) and with an
 * outline from the headings, so a reader of many pages can jump to a record or an attached PDF. Both
 * options are marked experimental in Electron 45's types; Chromium's CDP Page.printToPDF takes the same
 * (generateTaggedPDF, generateDocumentOutline), which the end-to-end tests print with.
 */
export const PRINT_OPTIONS = {
  pageSize: 'A4',
  printBackground: true,
  generateTaggedPDF: true,
  generateDocumentOutline: true,
} as const;

/**
 * File dialogs, and printing the report HTML to PDF in a hidden window with scripts off, kept for the
 * next export (see proof/print-surface.ts).
 */
export function proofPorts({
  dialog,
  nativeImage,
  BrowserWindow,
  dataDir,
  parent,
}: ProofPortDeps): ProofPorts {
  const withParent = <T>(show: (win: BrowserWindowType | undefined) => Promise<T>) =>
    show(parent() ?? undefined);
  // No extensions: a folder name (an export with files), so no filter.
  const filters = (extensions: string[]) =>
    extensions.length ? [{ name: extensions.join(', '), extensions }] : [];
  const watched = new WeakSet<BrowserWindowType>();
  const printer = reusedPrinter<BrowserWindowType>({
    open: async () => {
      const win = new BrowserWindow({
        show: false,
        // No spell-checker: Chromium would fetch its dictionaries from the network.
        webPreferences: { sandbox: true, contextIsolation: true, javascript: false, spellcheck: false },
      });
      // A hidden window would keep the app from quitting once the user closes theirs.
      const owner = parent();
      if (owner && !watched.has(owner)) {
        watched.add(owner);
        owner.once('closed', () => void printer.dispose());
      }
      return win;
    },
    print: async (win, html) => {
      // A file in the data folder rather than a data: URL, which has a length limit; removed after.
      const file = path.join(dataDir, `${WORKING_FILE.report}${randomUUID()}.html`);
      try {
        await writeFile(file, html);
        await win.loadFile(file);
        return await win.webContents.printToPDF(PRINT_OPTIONS);
      } finally {
        await unlink(file).catch(() => undefined);
      }
    },
    close: (win) => win.destroy(),
    alive: (win) => !win.isDestroyed(),
  });
  return {
    pickFiles: ({ extensions }) =>
      withParent(async (win) => {
        const options = {
          properties: ['openFile', 'multiSelections'] as ('openFile' | 'multiSelections')[],
          filters: filters(extensions),
        };
        const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
        return result.canceled ? [] : result.filePaths;
      }),
    chooseOpenPath: ({ extensions }) =>
      withParent(async (win) => {
        const options = { properties: ['openFile'] as 'openFile'[], filters: filters(extensions) };
        const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
        return result.canceled ? null : (result.filePaths[0] ?? null);
      }),
    chooseSavePath: ({ defaultName, extensions }) =>
      withParent(async (win) => {
        const options = { defaultPath: defaultName, filters: filters(extensions) };
        const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
        return result.canceled || !result.filePath ? null : result.filePath;
      }),
    printToPdf: printer.print,
    preparePrint: printer.prepare,
    fitPng: async (png, box) => {
      const image = nativeImage.createFromBuffer(Buffer.from(png));
      if (image.isEmpty()) return null;
      const original = image.getSize();
      const scale = Math.min(1, box.width / original.width, box.height / original.height);
      if (scale === 1) return { bytes: png, mime: 'image/png', ...original, original };
      const width = Math.max(1, Math.round(original.width * scale));
      const height = Math.max(1, Math.round(original.height * scale));
      const resized = image.resize({ width, height, quality: 'best' });
      return isOpaque(resized.toBitmap())
        ? { bytes: resized.toJPEG(FITTED_JPEG_QUALITY), mime: 'image/jpeg', width, height, original }
        : { bytes: resized.toPNG(), mime: 'image/png', width, height, original };
    },
  };
}

/** Desktop reminders through Electron's Notification in main (the renderer's permission stays denied). */
export function notifyPort(Notification: typeof NotificationType): Notify {
  return ({ title, body }) => {
    if (Notification.isSupported()) new Notification({ title, body }).show();
  };
}
