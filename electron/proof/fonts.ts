// The report embeds the bundled Noto Sans JP/SC subsets its text needs, as data: URLs, because the
// machines that print it may have no CJK font and the report page may load nothing from outside.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

interface Face {
  family: string;
  weight: string;
  ranges: [number, number][];
  /** As written in the CSS: faces of one family only combine when each keeps its range. */
  unicodeRange: string;
  /** The woff2 file's path, or the data: URL Vite inlined for a small one. */
  source: string;
}

const PACKAGES = ['@fontsource/noto-sans-jp', '@fontsource/noto-sans-sc'];
const FAMILIES = ['Noto Sans JP', 'Noto Sans SC'];
const WEIGHTS = ['400', '700'];

let faces: Face[] | null = null;

/** `U+0-FF`, `U+30A1` and the minifier's wildcards (`U+??`, `U+9FF?`) as code point ranges. */
function parseRanges(text: string): [number, number][] {
  return text.split(',').map((part) => {
    const [from = '0', to] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(from.replaceAll('?', '0'), 16), parseInt((to ?? from).replaceAll('?', 'F'), 16)];
  });
}

/** Every @font-face of `css` in the bundled families, its woff2 file resolved against `dir`. */
export function parseFontFaces(css: string, dir: string): Face[] {
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].flatMap(([, body = '']) => {
    const family = /font-family:\s*['"]?([^;'"]+)/.exec(body)?.[1]?.trim();
    const weight = /font-weight:\s*(\d+)/.exec(body)?.[1];
    const url = /url\(['"]?(data:font\/woff2;base64,[^)'"]+|\.\/[^)'"]+\.woff2)/.exec(body)?.[1];
    const ranges = /unicode-range:\s*([^;]+)/.exec(body)?.[1];
    return family && FAMILIES.includes(family) && weight && WEIGHTS.includes(weight) && url && ranges
      ? [
          {
            family,
            weight,
            ranges: parseRanges(ranges),
            unicodeRange: ranges.trim(),
            source: url.startsWith('data:') ? url : path.join(dir, url),
          },
        ]
      : [];
  });
}

/**
 * The faces the built renderer ships (out/renderer/assets, inside the asar when packaged), so the
 * installers carry the fonts once; from source, the font packages in node_modules.
 */
function loadFaces(): Face[] {
  const assets = path.join(import.meta.dirname, '../renderer/assets');
  if (existsSync(assets)) {
    const built = readdirSync(assets)
      .filter((name) => name.endsWith('.css'))
      .flatMap((name) => parseFontFaces(readFileSync(path.join(assets, name), 'utf8'), assets));
    if (built.length > 0) return built;
  }
  return PACKAGES.flatMap((pkg) => {
    const dir = path.dirname(createRequire(import.meta.url).resolve(`${pkg}/package.json`));
    return WEIGHTS.flatMap((weight) =>
      parseFontFaces(readFileSync(path.join(dir, `${weight}.css`), 'utf8'), dir),
    );
  });
}

/** @font-face rules, with inlined fonts, for only the subsets whose ranges `text` uses. */
export function embeddedFontCss(text: string): string {
  faces ??= loadFaces();
  const codePoints = [...new Set([...text].map((ch) => ch.codePointAt(0) ?? 0))];
  return faces
    .filter((face) => codePoints.some((cp) => face.ranges.some(([from, to]) => cp >= from && cp <= to)))
    .map((face) => {
      const url = face.source.startsWith('data:')
        ? face.source
        : `data:font/woff2;base64,${readFileSync(face.source).toString('base64')}`;
      return `@font-face{font-family:'${face.family}';font-weight:${face.weight};font-style:normal;src:url(${url}) format('woff2');unicode-range:${face.unicodeRange};}`;
    })
    .join('\n');
}
