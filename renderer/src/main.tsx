import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startBoot } from './app/boot';
// Noto Sans JP draws every first screen (Latin, kana and kanji, and the Japanese any screen may show):
// its faces are in the start-up stylesheet; the other families load with their language (i18n/fonts.ts).
import '@fontsource/noto-sans-jp/400.css';
import '@fontsource/noto-sans-jp/700.css';
import './fonts.css';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  // Asked for before React starts: the settings, the texts and the case the app reopens.
  const booting = startBoot();
  createRoot(root).render(
    <StrictMode>
      <App booting={booting} />
    </StrictMode>,
  );
}
