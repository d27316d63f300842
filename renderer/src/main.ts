// The entry. It asks main for what the first screen needs (app/boot.ts) before anything else runs, then
// loads React and the app (./render.tsx), whose evaluation overlaps those answers instead of delaying them.
import { startBoot } from './app/boot';
// Noto Sans JP draws every first screen (Latin, kana and kanji, and the Japanese any screen may show):
// its faces are in the start-up stylesheet; the other families load with their language (i18n/fonts.ts).
import '@fontsource/noto-sans-jp/400.css';
import '@fontsource/noto-sans-jp/700.css';
import './fonts.css';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  const booting = startBoot();
  void import('./render').then(({ render }) => render(root, booting));
}
