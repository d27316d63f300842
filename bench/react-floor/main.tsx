// The renderer bench's React floor: the floor page (bench/floor.ts) drawn the way the app draws its first
// screen (renderer/src/render.tsx) — React and ReactDOM loaded, one root, one IPC call, then one
// synchronous render of one checkbox. Its time over the floor's is what the chosen UI library costs a
// start-up before the app does anything of its own; the app's time over it is the app's own work.
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

const root = createRoot(document.getElementById('root') as HTMLElement);
void window.sayonara.settings.get({}).then(() =>
  flushSync(() =>
    root.render(
      <label data-testid="step">
        <input type="checkbox" /> floor
      </label>,
    ),
  ),
);
