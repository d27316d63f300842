// The window's size, position and maximised state: saved in settings, restored on the next start, and
// clamped to a display that is there now (a monitor unplugged since must not leave the window off screen).
import type { WindowState } from '../store/schema';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowSize {
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
}

/** What the window opens with: no x/y means "let the OS centre it". */
export interface RestoredWindow {
  bounds: { width: number; height: number; x?: number; y?: number };
  maximized: boolean;
}

function overlap(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), Math.max(min, max));

/** Picks the work area the saved window overlaps most (or the primary, the first, when it overlaps none),
 * shrinks the window to fit it, and moves it fully inside. */
export function restoreWindow(
  saved: WindowState | undefined,
  workAreas: readonly Rect[],
  size: WindowSize,
): RestoredWindow {
  const primary = workAreas[0];
  if (!saved || !primary) return { bounds: { width: size.width, height: size.height }, maximized: false };
  let best = primary;
  let bestOverlap = 0;
  for (const area of workAreas) {
    const shared = overlap(saved, area);
    if (shared > bestOverlap) [best, bestOverlap] = [area, shared];
  }
  const width = clamp(saved.width, size.minWidth, best.width);
  const height = clamp(saved.height, size.minHeight, best.height);
  if (bestOverlap === 0) {
    // Where it was is gone: the same size, centred on the primary display.
    return { bounds: { width, height }, maximized: saved.maximized };
  }
  return {
    bounds: {
      width,
      height,
      x: clamp(saved.x, best.x, best.x + best.width - width),
      y: clamp(saved.y, best.y, best.y + best.height - height),
    },
    maximized: saved.maximized,
  };
}
