// The app's PDF printer: one hidden window kept across exports, gone with the user's window so the app can quit.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BrowserWindow, Dialog } from 'electron';
import { proofPorts } from '../../../electron/main/ports';
import { FakeEmitter } from './fake-electron';

class FakePrintWindow extends FakeEmitter {
  static made: FakePrintWindow[] = [];
  destroyed = false;
  loaded: string[] = [];
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakePrintWindow.made.push(this);
  }
  loadFile = async (file: string) => void this.loaded.push(file);
  webContents = { printToPDF: async () => new TextEncoder().encode('%PDF') };
  isDestroyed = () => this.destroyed;
  destroy = () => {
    this.destroyed = true;
  };
}

let dataDir = '';
beforeEach(async () => {
  FakePrintWindow.made = [];
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'sayonara-print-'));
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

function ports(parent: FakeEmitter | null) {
  return proofPorts({
    dialog: {} as Dialog,
    BrowserWindow: FakePrintWindow as unknown as typeof BrowserWindow,
    dataDir,
    parent: () => parent as unknown as BrowserWindow | null,
  });
}

describe('the hidden print window', () => {
  it('prints every export in one window with scripts off, and leaves no working file', async () => {
    const { printToPdf } = ports(new FakeEmitter());
    await printToPdf('<p>one</p>');
    await printToPdf('<p>two</p>');
    expect(FakePrintWindow.made).toHaveLength(1);
    const [win] = FakePrintWindow.made;
    expect(win?.options).toMatchObject({ show: false, webPreferences: { javascript: false, sandbox: true } });
    expect(win?.loaded).toHaveLength(2);
    expect(await readdir(dataDir)).toEqual([]);
  });

  it('is destroyed when the user closes the app window, so the app can quit', async () => {
    const main = new FakeEmitter();
    const { printToPdf } = ports(main);
    await printToPdf('<p>one</p>');
    main.emit('closed');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(FakePrintWindow.made[0]?.destroyed).toBe(true);
  });
});
