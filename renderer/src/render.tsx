// React and the app, loaded by the entry (main.ts) while the first screen's data is on its way.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import type { Boot } from './app/boot';

export function render(root: HTMLElement, booting: Promise<Boot>): void {
  createRoot(root).render(
    <StrictMode>
      <App booting={booting} />
    </StrictMode>,
  );
}
