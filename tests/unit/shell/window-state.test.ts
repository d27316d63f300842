import { describe, expect, it } from 'vitest';
import { restoreWindow } from '../../../electron/main/window-state';

const SIZE = { width: 1100, height: 780, minWidth: 800, minHeight: 600 };
const LAPTOP = { x: 0, y: 0, width: 1440, height: 870 };
const MONITOR_RIGHT = { x: 1440, y: 0, width: 2560, height: 1400 };

describe('restoring the window state', () => {
  it('a first start opens at the default size, centred', () => {
    expect(restoreWindow(undefined, [LAPTOP], SIZE)).toEqual({
      bounds: { width: 1100, height: 780 },
      maximized: false,
    });
  });

  it('a window on a display that is still there comes back where it was', () => {
    const saved = { x: 1600, y: 100, width: 1300, height: 900, maximized: true };
    expect(restoreWindow(saved, [LAPTOP, MONITOR_RIGHT], SIZE)).toEqual({
      bounds: { x: 1600, y: 100, width: 1300, height: 900 },
      maximized: true,
    });
  });

  it('a window on a monitor unplugged since is centred on the primary display, shrunk to fit', () => {
    const saved = { x: 1600, y: 100, width: 2000, height: 1200, maximized: false };
    expect(restoreWindow(saved, [LAPTOP], SIZE)).toEqual({
      bounds: { width: 1440, height: 870 },
      maximized: false,
    });
  });

  it('a window hanging off an edge is moved fully inside the display it mostly overlaps', () => {
    const saved = { x: 1000, y: -200, width: 1200, height: 800, maximized: false };
    expect(restoreWindow(saved, [LAPTOP], SIZE)).toEqual({
      bounds: { x: 240, y: 0, width: 1200, height: 800 },
      maximized: false,
    });
  });

  it('never goes below the minimum size', () => {
    const saved = { x: 10, y: 10, width: 200, height: 150, maximized: false };
    expect(restoreWindow(saved, [LAPTOP], SIZE).bounds).toMatchObject({ width: 800, height: 600 });
  });
});
