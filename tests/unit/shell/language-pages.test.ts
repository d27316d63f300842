// The start page of each language (scripts/language-pages.ts): the page main opens names its language's
// texts and fonts, so they load with the app's scripts rather than after them.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fontFaceFamily, languagePage } from '../../../scripts/language-pages';
import { catalogChain, LANGUAGE_CODES, LANGUAGES } from '../../../electron/shared/languages';
import { startPage } from '../../../electron/shared/start-hint';

const INDEX = `<!doctype html>
<html lang="en">
  <head>
    <script type="module" crossorigin src="./assets/index-a.js"></script>
  </head>
  <body></body>
</html>`;

describe('a language page, from index.html', () => {
  it('is in its language and asks for its stylesheets and catalogs in the head', () => {
    const page = languagePage(INDEX, 'zh-TW', {
      scripts: ['assets/zh-CN-1.js', 'assets/zh-TW-2.js'],
      styles: ['assets/400-3.css'],
    });
    expect(page).toContain('<html lang="zh-TW">');
    const head = page.slice(0, page.indexOf('</head>'));
    expect(head).toContain('<link rel="stylesheet" crossorigin href="./assets/400-3.css">');
    expect(head).toContain('<link rel="modulepreload" crossorigin href="./assets/zh-CN-1.js">');
    expect(head).toContain('<link rel="modulepreload" crossorigin href="./assets/zh-TW-2.js">');
  });

  it('refuses an index.html it does not recognise, rather than shipping a page without them', () => {
    expect(() => languagePage('<html><head></head></html>', 'ko', { scripts: [], styles: [] })).toThrow(
      /changed shape/,
    );
  });

  it("reads a stylesheet's one font family, and none from a sheet mixing families or with none", () => {
    const face = (family: string) => `@font-face{font-family:${family};src:url(a.woff2)}`;
    expect(fontFaceFamily(face('Noto Sans KR') + face("'Noto Sans KR'"))).toBe('Noto Sans KR');
    expect(fontFaceFamily(face('Noto Sans KR') + face('Noto Sans JP'))).toBeNull();
    expect(fontFaceFamily('body{font-family:Noto Sans KR}')).toBeNull();
    // A face of the system's own fonts (the masked numbers' mono face) is not a bundled family.
    const local = "@font-face{font-family:'Sayonara Mono';src:local('Menlo');unicode-range:U+0-24F}";
    expect(fontFaceFamily(local + face('Noto Sans JP'))).toBe('Noto Sans JP');
  });
});

const RENDERER = path.resolve(import.meta.dirname, '../../../out/renderer');
const built = existsSync(path.join(RENDERER, 'index.html'));

describe.runIf(built)('the built start pages (out/renderer)', () => {
  const links = (html: string, rel: string) =>
    [...html.matchAll(new RegExp(`<link rel="${rel}" crossorigin href="\\./([^"]+)">`, 'g'))].map(
      (m) => m[1] ?? '',
    );
  const index = readFileSync(path.join(RENDERER, 'index.html'), 'utf8');

  it.each(LANGUAGE_CODES.filter((code) => code !== 'en'))(
    '%s: its page is in its language and fetches its catalogs and its own font family',
    (code) => {
      const file = startPage(code);
      expect(file).not.toBe('index.html');
      const html = readFileSync(path.join(RENDERER, file), 'utf8');
      expect(html).toContain(`<html lang="${code}">`);
      // Everything index.html asks for, and files that exist.
      for (const rel of ['modulepreload', 'stylesheet'])
        for (const asked of links(index, rel)) expect(links(html, rel)).toContain(asked);
      const extraScripts = links(html, 'modulepreload').filter(
        (f) => !links(index, 'modulepreload').includes(f),
      );
      const extraStyles = links(html, 'stylesheet').filter((f) => !links(index, 'stylesheet').includes(f));
      for (const asked of [...extraScripts, ...extraStyles])
        expect(existsSync(path.join(RENDERER, asked))).toBe(true);
      expect(extraScripts.map((f) => path.basename(f).replace(/-[\w-]{8}\.js$/, ''))).toEqual(
        catalogChain(code),
      );
      const family = LANGUAGES[code].fontFamily;
      expect(extraStyles.map((f) => fontFaceFamily(readFileSync(path.join(RENDERER, f), 'utf8')))).toEqual(
        family === 'Noto Sans JP' ? [] : [family, family],
      );
    },
  );

  it("English opens on index.html, whose stylesheet carries Noto Sans JP's faces", () => {
    expect(startPage('en')).toBe('index.html');
    const [sheet] = links(index, 'stylesheet');
    expect(fontFaceFamily(readFileSync(path.join(RENDERER, sheet ?? ''), 'utf8'))).toBe('Noto Sans JP');
  });
});
