// What can wait for the screen the app opens on: that screen (the reopened case, or the list of cases)
// says when it shows its data, and only then, once the page is idle, do the things that can wait ask
// main for more (the due-soon notice; the fonts only a rare character needs), so their answers never
// queue ahead of the first screen's.
import { useEffect } from 'react';

let markDrawn: () => void = () => undefined;
const drawn = new Promise<void>((resolve) => {
  markDrawn = resolve;
});

/** Said by the first screen once it shows its data: `ready` is true from then on. */
export function useFirstScreenDrawn(ready: boolean): void {
  useEffect(() => {
    if (ready) markDrawn();
  }, [ready]);
}

/** Runs `task` once the first screen is drawn and the page is idle; returns a cancel. */
export function afterFirstScreen(task: () => void): () => void {
  let cancelled = false;
  let idle: number | null = null;
  void drawn.then(() => {
    if (!cancelled) idle = requestIdleCallback(task, { timeout: 1000 });
  });
  return () => {
    cancelled = true;
    if (idle !== null) cancelIdleCallback(idle);
  };
}
