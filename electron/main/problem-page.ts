// The page a window shows when the app's own page could not be shown (it failed to load, or its renderer
// died): plain text in the user's language, no script, loaded as a data: URL so it needs nothing that
// may have failed. The actions are in the native dialog shown over it.

export interface ProblemPage {
  /** BCP 47 language of the texts. */
  lang: string;
  title: string;
  paragraphs: readonly string[];
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

const STYLE = [
  ':root{color-scheme:light dark;font-family:system-ui,sans-serif;background:#f7f6f3;color:#1d1f21}',
  '@media (prefers-color-scheme:dark){:root{background:#15171a;color:#e8e6e3}}',
  'main{max-width:40rem;margin:12vh auto;padding:0 1.5rem;line-height:1.6}',
  'h1{font-size:1.4rem}p{overflow-wrap:anywhere}',
].join('');

export function problemPageHtml(page: ProblemPage): string {
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(page.lang)}"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${escapeHtml(page.title)}</title><style>${STYLE}</style></head>`,
    `<body><main role="alert"><h1>${escapeHtml(page.title)}</h1>`,
    ...page.paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`),
    '</main></body></html>',
  ].join('');
}

export function problemPageUrl(page: ProblemPage): string {
  return `data:text/html;charset=utf-8,${encodeURIComponent(problemPageHtml(page))}`;
}
