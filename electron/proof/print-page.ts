// One printable page made of parts the app wrote itself (the proof report, a letter): their markup and
// styles in one document, each part after the first on a new sheet, with the fonts their text needs
// embedded (fonts.ts). No script, nothing loaded from outside. Chromium prints it tagged and with an
// outline from the headings (electron/main/ports.ts), so every part uses real headings and tables.
import type { Locale } from '../guide/types';
import { LANGUAGES } from '../shared/languages';
import { embeddedFontCss, type FontFamily } from './fonts';
import { textRuns, type StyleOf } from './text-runs';

export interface PagePart {
  /** Markup: bold is h1–h3, th, b, strong or class "summary"; Japanese is lang="ja" or class "ja". */
  body: string;
  /** The part's own rules, scoped to its class where they could touch another part. */
  css: string;
}

/** Japanese text: the Japanese face, Simplified Chinese for Han it lacks, then the reader's family for
 * what neither has (a Korean language name inside a Japanese line). */
const japaneseFirst = (locale: Locale): FontFamily[] => [
  ...new Set<FontFamily>(['Noto Sans JP', 'Noto Sans SC', LANGUAGES[locale].fontFamily]),
];

/** What the page's markup makes bold and Japanese, as PagePart.body says. */
const styleOf: StyleOf = (tag, attributes) => {
  const classes = /class="([^"]*)"/.exec(attributes)?.[1]?.split(' ') ?? [];
  return {
    ...(['h1', 'h2', 'h3', 'th', 'b', 'strong'].includes(tag) || classes.includes('summary')
      ? { bold: true }
      : {}),
    ...(/lang="ja"/.test(attributes) || classes.includes('ja') ? { ja: true } : {}),
  };
};

/** The reader's family first; Japanese for kana and kanji it lacks, then Simplified Chinese for Han. */
const ownFamilies = (locale: Locale): FontFamily[] => [
  ...new Set<FontFamily>([LANGUAGES[locale].fontFamily, 'Noto Sans JP', 'Noto Sans SC']),
];

/** The reader's families as a CSS font-family list, for a part's rules that name it. */
export const fontFamilyCss = (locale: Locale): string =>
  ownFamilies(locale)
    .map((name) => `'${name}'`)
    .join(',');

/** Markup characters as text: for the page's title (parts escape their own text). */
const escapeTitle = (text: string) =>
  text.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch] ?? ch);

export function printPage({
  locale,
  title,
  parts,
}: {
  /** The reader's language: the page's own, Japanese marked where it appears. */
  locale: Locale;
  title: string;
  parts: readonly PagePart[];
}): string {
  const body = parts.map((part) => `<div class="part">${part.body}</div>`).join('');
  const own = ownFamilies(locale);
  const fonts = embeddedFontCss(
    textRuns(body, styleOf).map((run) => ({
      text: run.text,
      weight: run.bold ? 700 : 400,
      families: run.ja ? japaneseFirst(locale) : own,
    })),
  );
  const family = fontFamilyCss(locale);
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:">
<title>${escapeTitle(title)}</title><style>${fonts}
@page{size:A4;margin:16mm}
body{font-family:${family},sans-serif;font-size:10pt;color:#111;line-height:1.45}
.ja,[lang=ja]{font-family:${japaneseFirst(locale)
    .map((name) => `'${name}'`)
    .join(',')},sans-serif}
.part+.part{break-before:page}
${parts.map((part) => part.css).join('\n')}
</style></head><body>${body}</body></html>`;
}
