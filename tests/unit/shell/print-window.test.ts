// The app's PDF printer: one hidden window kept across exports, gone with the user's window so the app can quit.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BrowserWindow, Dialog, nativeImage } from 'electron';
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
  printed: unknown[] = [];
  webContents = {
    printToPDF: async (options: unknown) => {
      this.printed.push(options);
      return new TextEncoder().encode('%PDF');
    },
  };
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

/**
 * nativeImage over fake "images": bytes "WxH" decode to that size, "WxH+alpha" to one with transparent
 * pixels; anything else is empty. Encoded, they say how.
 */
const fakeNativeImage = {
  createFromBuffer: (buffer: Buffer) => {
    const size = /^(\d+)x(\d+)(\+alpha)?$/.exec(buffer.toString());
    return {
      isEmpty: () => !size,
      getSize: () => ({ width: Number(size?.[1]), height: Number(size?.[2]) }),
      resize: ({ width, height }: { width: number; height: number }) => ({
        toBitmap: () => Buffer.from([0, 0, 0, 255, 0, 0, 0, size?.[3] ? 0 : 255]),
        toPNG: () => Buffer.from(`png ${width}x${height}`),
        toJPEG: (quality: number) => Buffer.from(`jpeg ${width}x${height} q${quality}`),
      }),
    };
  },
} as unknown as typeof nativeImage;

function ports(parent: FakeEmitter | null) {
  return proofPorts({
    dialog: {} as Dialog,
    nativeImage: fakeNativeImage,
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

  it('prints A4, tagged and with an outline from the headings (issue 19)', async () => {
    const { printToPdf } = ports(new FakeEmitter());
    await printToPdf('<h1>Report</h1>');
    expect(FakePrintWindow.made[0]?.printed).toEqual([
      { pageSize: 'A4', printBackground: true, generateTaggedPDF: true, generateDocumentOutline: true },
    ]);
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

describe('fitting a PNG for print', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  const box = { width: 1402, height: 1575 };

  it('scales a phone screenshot down into the box, keeping its shape, as JPEG', async () => {
    const fitted = await ports(null).fitPng(bytes('1170x2532'), box);
    expect(fitted).toMatchObject({
      mime: 'image/jpeg',
      width: 728,
      height: 1575,
      original: { width: 1170, height: 2532 },
    });
    expect(new TextDecoder().decode(fitted?.bytes)).toBe('jpeg 728x1575 q90');
  });

  it('keeps an image with transparent pixels PNG (JPEG has no transparency)', async () => {
    const fitted = await ports(null).fitPng(bytes('3000x1000+alpha'), box);
    expect(fitted?.mime).toBe('image/png');
    expect(new TextDecoder().decode(fitted?.bytes)).toBe('png 1402x467');
  });

  it('leaves an image that fits as it is, and reads nothing into one it cannot decode', async () => {
    const small = bytes('320x240');
    expect(await ports(null).fitPng(small, box)).toEqual({
      bytes: small,
      mime: 'image/png',
      width: 320,
      height: 240,
      original: { width: 320, height: 240 },
    });
    expect(await ports(null).fitPng(bytes('not an image'), box)).toBeNull();
  });
});
