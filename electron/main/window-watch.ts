// No start ends with an invisible window, and a page that keeps crashing is not offered reload after
// reload: two small timekeepers the shell wires to its window.

/** A window whose page has not painted by then is shown anyway: no start ends with an invisible window. */
export const SHOW_ANYWAY_MS = 5_000;

/** The timer functions the watch uses (the real ones in the app, fakes in tests). */
export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: Timers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface ShowableWindow {
  once(event: 'ready-to-show', listener: () => void): unknown;
  show(): void;
  isVisible(): boolean;
  isDestroyed(): boolean;
}

/**
 * Shows the window at its first paint, or after `waitMs` when that never comes (the renderer died or
 * hangs before painting): `onLate` is told, and the window appears either way.
 */
export function showByFirstPaintOrLater(
  win: ShowableWindow,
  waitMs: number,
  onLate: () => void,
  timers: Timers = realTimers,
): void {
  const handle = timers.set(() => {
    if (win.isDestroyed() || win.isVisible()) return;
    onLate();
    win.show();
  }, waitMs);
  win.once('ready-to-show', () => {
    timers.clear(handle);
    if (!win.isDestroyed()) win.show();
  });
}

export interface CrashLoopGuard {
  /** Counts a crash; true while reloading is still worth offering, false once it keeps happening. */
  record(): boolean;
}

/** More than `limit` crashes within `withinMs` is a loop: the page is not offered another reload. */
export function crashLoopGuard({
  limit,
  withinMs,
  now = () => Date.now(),
}: {
  limit: number;
  withinMs: number;
  now?: () => number;
}): CrashLoopGuard {
  const times: number[] = [];
  return {
    record() {
      const at = now();
      times.push(at);
      while (times.length > 0 && (times[0] ?? at) <= at - withinMs) times.shift();
      return times.length <= limit;
    },
  };
}
