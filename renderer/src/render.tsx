// React and the app: drawn by the entry (main.ts) once the first screen's data is in, or the reason it
// could not start.
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import type { Boot } from './app/boot';
import { BootFailed, bootFailureTexts } from './app/BootFailed';

/** Draws the app once its first screen's data is in, in one synchronous render: no "loading" frame
 * first, and no wait for the scheduler's next task (each cost a frame at start-up). */
export function render(root: HTMLElement, booting: Promise<Boot>): void {
  const reactRoot = createRoot(root);
  booting.then(
    (boot) =>
      flushSync(() =>
        reactRoot.render(
          <StrictMode>
            <App boot={boot} />
          </StrictMode>,
        ),
      ),
    (error: unknown) =>
      void bootFailureTexts().then((texts) => reactRoot.render(<BootFailed error={error} texts={texts} />)),
  );
}
