// External links: parsed as URLs and matched host by host against the guide's official sources,
// never by string prefix. What leaves the app is the parsed URL's own href, never the string it came as.
import { allowedExternalHosts } from '../guide/engine';

let allowed: ReadonlySet<string> | null = null;

/** Whitespace, control characters (tab, CR/LF, NUL…) and backslashes: the URL parser quietly drops or
 * rewrites them, so a string holding one can mean something other than what it shows. */
const HOSTILE = /[\s\p{Cc}\\]/u;

/** The normalised https href of an allow-listed http(s) address, or null when it may not leave the app.
 * Every way out (a button, a plain link, a new-window link) goes through here, so all treat http alike. */
export function externalHref(raw: string): string | null {
  if (HOSTILE.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (
    !['https:', 'http:'].includes(url.protocol) ||
    url.username !== '' ||
    url.password !== '' ||
    url.port !== ''
  )
    return null;
  allowed ??= new Set(allowedExternalHosts().map((host) => host.toLowerCase()));
  if (!allowed.has(url.hostname.toLowerCase())) return null;
  // A few official pages are still cited over http (moj.go.jp): every allowed host serves https, and a
  // traveller on café Wi-Fi should not open an official page in clear text.
  url.protocol = 'https:';
  return url.href;
}

export function isAllowedExternalUrl(raw: string): boolean {
  return externalHref(raw) !== null;
}
