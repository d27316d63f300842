// The report embeds the bundled Noto Sans JP/SC subsets its text needs, as data: URLs, because the
// machines that print it may have no CJK font and the report page may load nothing from outside.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

interface Face {
  family: string;
  weight: string;
  ranges: [number, number][];
  /** As written in the CSS: faces of one family only combine when each keeps its range. */
  unicodeRange: string;
  file: string;
}

const PACKAGES = ['@fontsource/noto-sans-jp', '@fontsource/noto-sans-sc'];
const WEIGHTS = ['400', '700'];

let faces: Face[] | null = null;

function parseRanges(text: string): [number, number][] {
  return text.split(',').map((part) => {
    const [from = '0', to] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(from, 16), parseInt(to ?? from, 16)];
  });
}

/** Where a font package lives: beside the packaged app (electron-builder's extraResources), else node_modules. */
function packageDir(pkg: string): string {
  const resources = (process as { resourcesPath?: string }).resourcesPath;
  const packaged = resources ? path.join(resources, 'fonts', pkg) : null;
  if (packaged && existsSync(packaged)) return packaged;
  return path.dirname(createRequire(import.meta.url).resolve(`${pkg}/package.json`));
}

/** Every @font-face of the bundled packages: family, weight, unicode ranges and woff2 file. */
function loadFaces(): Face[] {
  return PACKAGES.flatMap((pkg) => {
    const dir = packageDir(pkg);
    return WEIGHTS.flatMap((weight) => {
      const css = readFileSync(path.join(dir, `${weight}.css`), 'utf8');
      return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].flatMap(([, body = '']) => {
        const family = /font-family:\s*'([^']+)'/.exec(body)?.[1];
        const file = /url\(\.\/([^)]+\.woff2)\)/.exec(body)?.[1];
        const ranges = /unicode-range:\s*([^;]+);/.exec(body)?.[1];
        return family && file && ranges
          ? [
              {
                family,
                weight,
                ranges: parseRanges(ranges),
                unicodeRange: ranges.trim(),
                file: path.join(dir, file),
              },
            ]
          : [];
      });
    });
  });
}

/** @font-face rules, with inlined fonts, for only the subsets whose ranges `text` uses. */
export function embeddedFontCss(text: string): string {
  faces ??= loadFaces();
  const codePoints = [...new Set([...text].map((ch) => ch.codePointAt(0) ?? 0))];
  return faces
    .filter((face) => codePoints.some((cp) => face.ranges.some(([from, to]) => cp >= from && cp <= to)))
    .map((face) => {
      const data = readFileSync(face.file).toString('base64');
      return `@font-face{font-family:'${face.family}';font-weight:${face.weight};font-style:normal;src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${face.unicodeRange};}`;
    })
    .join('\n');
}
