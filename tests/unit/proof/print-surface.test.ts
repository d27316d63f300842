// The kept print surface: one made for many exports, one print at a time, let go when idle or broken.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { reusedPrinter, type PrintSurface } from '../../../electron/proof/print-surface';

interface FakeSurface {
  id: number;
  open: boolean;
}

function fakeSurface(
  print: PrintSurface<FakeSurface>['print'] = async (s, html) => new TextEncoder().encode(`${s.id}:${html}`),
) {
  const made: FakeSurface[] = [];
  const surface: PrintSurface<FakeSurface> = {
    open: async () => {
      const s = { id: made.length + 1, open: true };
      made.push(s);
      return s;
    },
    print,
    close: (s) => {
      s.open = false;
    },
    alive: (s) => s.open,
  };
  return { surface, made };
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

afterEach(() => vi.useRealTimers());

describe('reusedPrinter', () => {
  it('prints every export on the one surface it made for the first', async () => {
    const { surface, made } = fakeSurface();
    const printer = reusedPrinter(surface);
    expect(text(await printer.print('a'))).toBe('1:a');
    expect(text(await printer.print('b'))).toBe('1:b');
    expect(made).toHaveLength(1);
    await printer.dispose();
    expect(made[0]?.open).toBe(false);
  });

  it('runs prints one at a time, in the order asked', async () => {
    const order: string[] = [];
    const { surface } = fakeSurface(async (_s, html) => {
      order.push(`start ${html}`);
      await new Promise((resolve) => setTimeout(resolve, html === 'slow' ? 20 : 0));
      order.push(`end ${html}`);
      return new Uint8Array();
    });
    const printer = reusedPrinter(surface);
    await Promise.all([printer.print('slow'), printer.print('fast')]);
    expect(order).toEqual(['start slow', 'end slow', 'start fast', 'end fast']);
  });

  it('lets the surface go after a quiet spell, and makes a new one for the next export', async () => {
    vi.useFakeTimers();
    const { surface, made } = fakeSurface();
    const printer = reusedPrinter(surface, 1000);
    await printer.print('a');
    await vi.advanceTimersByTimeAsync(999);
    expect(made[0]?.open).toBe(true);
    await vi.advanceTimersByTimeAsync(1);
    expect(made[0]?.open).toBe(false);
    expect(text(await printer.print('b'))).toBe('2:b');
  });

  it('starts afresh after a failed print, and the failure reaches the caller', async () => {
    let fail = true;
    const { surface, made } = fakeSurface(async (s, html) => {
      if (fail) throw new Error('render process gone');
      return new TextEncoder().encode(`${s.id}:${html}`);
    });
    const printer = reusedPrinter(surface);
    await expect(printer.print('a')).rejects.toThrow('render process gone');
    expect(made[0]?.open).toBe(false);
    fail = false;
    expect(text(await printer.print('b'))).toBe('2:b');
  });

  it('replaces a surface that went away by other means', async () => {
    const { surface, made } = fakeSurface();
    const printer = reusedPrinter(surface);
    await printer.print('a');
    if (made[0]) made[0].open = false;
    expect(text(await printer.print('b'))).toBe('2:b');
  });

  it('readies a surface ahead of an export by printing the page once, and keeps a ready one as it is', async () => {
    vi.useFakeTimers();
    const printed: string[] = [];
    const { surface, made } = fakeSurface(async (s, html) => {
      printed.push(`${s.id}:${html}`);
      return new Uint8Array();
    });
    const printer = reusedPrinter(surface, 1000);
    let built = 0;
    const page = async () => {
      built += 1;
      return 'report';
    };
    await printer.prepare(page);
    expect(printed).toEqual(['1:report']);
    // Ready already: kept another quiet spell, the page not even built.
    await vi.advanceTimersByTimeAsync(900);
    await printer.prepare(page);
    expect(built).toBe(1);
    await vi.advanceTimersByTimeAsync(900);
    expect(made[0]?.open).toBe(true);
    await printer.print('export');
    expect(printed).toEqual(['1:report', '1:export']);
    expect(made).toHaveLength(1);
    // Let go after a quiet spell: readying again makes a new surface and prints the page on it.
    await vi.advanceTimersByTimeAsync(1000);
    expect(made[0]?.open).toBe(false);
    await printer.prepare(page);
    expect(printed.at(-1)).toBe('2:report');
  });
});
