// What the services need from the world outside Node: electron/main injects the real ones,
// tests inject recorders. Keeping them here is what lets the router run without Electron.
import type { Locale } from '../guide/types';

export interface SystemPorts {
  now(): Date;
  /** Opens a folder in the OS file manager. */
  openFolder(path: string): Promise<void>;
  /** Opens an already allow-listed URL in the system browser. */
  openExternal(url: string): Promise<void>;
  /** Makes the window's own theme (its background, and prefers-color-scheme) follow the user's choice. */
  applyTheme(theme: 'system' | 'light' | 'dark'): void;
  /** The user picked a language (or went back to the system's, null): the shell relabels its menus. */
  applyLanguage(locale: Locale | null): void;
  /** Puts text on the system clipboard (the sandboxed page may not). */
  copyText(text: string): void;
  /** A folder picker (the start-up page's "Choose a different folder"); null when cancelled. */
  chooseFolder(): Promise<string | null>;
  /** Keeps `folder` as the data folder from the next start on. */
  rememberDataFolder(folder: string): Promise<void>;
  /** Quits (pending writes made durable first) and starts the app again. */
  restart(): void;
}

/** The proof features' OS needs: file dialogs and printing. */
export interface ProofPorts {
  /** A file-open dialog allowing several files; [] when cancelled. */
  pickFiles(options: { extensions: string[] }): Promise<string[]>;
  /** A save dialog; the chosen absolute path, or null when cancelled. */
  chooseSavePath(options: { defaultName: string; extensions: string[] }): Promise<string | null>;
  /** An open dialog for one file; null when cancelled. */
  chooseOpenPath(options: { extensions: string[] }): Promise<string | null>;
  /** Prints a self-contained HTML page (A4) to PDF bytes. */
  printToPdf(html: string): Promise<Uint8Array>;
  /**
   * Readies the printer for an export to come (proof/print-surface.ts): kept when ready, else made and
   * `page()` printed on it once, the PDF dropped.
   */
  preparePrint(page: () => Promise<string>): Promise<void>;
  /**
   * A PNG no bigger than `box` pixels (aspect kept), for printing: the image itself when it fits, null
   * when it cannot be decoded. Scaled, an opaque one comes back as JPEG (quality 90), which Chromium
   * prints as it is, where it re-compresses every pixel of a PNG; one with transparency stays PNG.
   */
  fitPng(png: Uint8Array, box: { width: number; height: number }): Promise<FittedImage | null>;
}

export interface FittedImage {
  bytes: Uint8Array;
  mime: 'image/png' | 'image/jpeg';
  width: number;
  height: number;
  /** The size of the image given, in pixels. */
  original: { width: number; height: number };
}

export type Ports = SystemPorts & ProofPorts;
