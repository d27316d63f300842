// The entry: asks main for what the first screen needs (app/boot.ts), then draws the app once it is in.
// The window's page (electron/shared/start-hint.ts: startPage) fetches this script, its stylesheet and
// the hinted language's texts and fonts all at once.
import { startBoot } from './app/boot';
// Noto Sans JP draws every first screen (Latin, kana and kanji, and the Japanese any screen may show):
// its faces are in the start-up stylesheet; the other families load with their language (i18n/fonts.ts).
import '@fontsource/noto-sans-jp/400.css';
import '@fontsource/noto-sans-jp/700.css';
import './fonts.css';
import './styles.css';
import { render } from './render';

const root = document.getElementById('root');
if (root) render(root, startBoot());
