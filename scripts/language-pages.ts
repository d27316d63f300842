// The built renderer's start pages, one per language (electron/shared/start-hint.ts: startPage): the
// app's index.html, plus, for each language but English, `index.<code>.html`, the same page naming that
// language's UI catalogs (modulepreload) and its font family's stylesheets. Main opens the page of the
// language it hints, so the texts and faces the first screen waits for are fetched with the app's own
// scripts instead of after they have run; the app's dynamic imports then find them already there.
import type { Plugin, Rolldown } from 'vite';
import { catalogChain, LANGUAGE_CODES, LANGUAGES, type Code } from '../electron/shared/languages';
import { startPage } from '../electron/shared/start-hint';

const FONT_FACE = /@font-face\s*\{([^}]*)\}/g;
const FAMILY = /font-family:\s*['"]?([^;'"}]+)['"]?\s*(?:;|$)/;

/** The family every bundled @font-face rule of a stylesheet declares (one with a url(); a face made of
 * the system's own fonts, local() only, fetches nothing), or null (none, or several). */
export function fontFaceFamily(css: string): string | null {
  const families = new Set(
    [...css.matchAll(FONT_FACE)]
      .filter((m) => m[1]?.includes('url('))
      .map((m) => FAMILY.exec(m[1] ?? '')?.[1]?.trim()),
  );
  return families.size === 1 ? ([...families][0] ?? null) : null;
}

/** The files a language's first screen needs beyond index.html's own: its catalogs' chunks, and its
 * family's stylesheets when the start-up stylesheet (Noto Sans JP) is not its family. */
export function languageFiles(
  bundle: Rolldown.OutputBundle,
  code: Code,
): { scripts: string[]; styles: string[] } {
  const scripts = catalogChain(code).map((catalog) => {
    const chunk = Object.values(bundle).find(
      (c) =>
        c.type === 'chunk' &&
        (c.facadeModuleId ?? '').replaceAll('\\', '/').endsWith(`/renderer/src/i18n/locales/${catalog}.json`),
    );
    if (!chunk) throw new Error(`the build has no chunk for the ${catalog} catalog`);
    return chunk.fileName;
  });
  const family = LANGUAGES[code].fontFamily;
  const styles =
    family === 'Noto Sans JP'
      ? []
      : Object.values(bundle)
          .filter((a): a is Rolldown.OutputAsset => a.type === 'asset' && a.fileName.endsWith('.css'))
          .filter((a) => fontFaceFamily(String(a.source)) === family)
          .map((a) => a.fileName)
          .sort();
  if (family !== 'Noto Sans JP' && styles.length === 0)
    throw new Error(`the build has no stylesheet for ${family}`);
  return { scripts, styles };
}

/** index.html for `code`: its lang, and its files asked for in the head. */
export function languagePage(
  html: string,
  code: Code,
  files: { scripts: string[]; styles: string[] },
): string {
  const links = [
    ...files.styles.map((file) => `<link rel="stylesheet" crossorigin href="./${file}">`),
    ...files.scripts.map((file) => `<link rel="modulepreload" crossorigin href="./${file}">`),
  ];
  if (!/<html lang="en">/.test(html) || !html.includes('</head>'))
    throw new Error('index.html has changed shape: no <html lang="en"> or </head>');
  return html
    .replace('<html lang="en">', `<html lang="${code}">`)
    .replace('</head>', `  ${links.join('\n    ')}\n  </head>`);
}

export function languagePages(): Plugin {
  return {
    name: 'sayonara-language-pages',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const index = bundle['index.html'];
      if (index?.type !== 'asset') throw new Error('the build has no index.html');
      for (const code of LANGUAGE_CODES) {
        const fileName = startPage(code);
        if (fileName === 'index.html') continue;
        const source = languagePage(String(index.source), code, languageFiles(bundle, code));
        this.emitFile({ type: 'asset', fileName, source });
      }
    },
  };
}
