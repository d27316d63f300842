// External links: parsed as URLs and matched host by host against the guide's official sources,
// never by string prefix. What leaves the app is the parsed URL's own href, never the string it came as.
import { allowedExternalHosts } from '../guide/engine';

let allowed: ReadonlySet<string> | null = null;

/** Whitespace, control characters (tab, CR/LF, NUL…) and backslashes: the URL parser quietly drops or
 * rewrites them, so a string holding one can mean something other than what it shows. */
const HOSTILE = /[\s\p{Cc}\\]/u;

/** The normalised href of an allow-listed http(s) address, or null when it may not leave the app. */
export function externalHref(raw: string): string | null {
  if (HOSTILE.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  // A few official pages are still cited over http (e.g. moj.go.jp); the host list is what protects.
  if (
    !['https:', 'http:'].includes(url.protocol) ||
    url.username !== '' ||
    url.password !== '' ||
    url.port !== ''
  )
    return null;
  allowed ??= new Set(allowedExternalHosts().map((host) => host.toLowerCase()));
  return allowed.has(url.hostname.toLowerCase()) ? url.href : null;
}

export function isAllowedExternalUrl(raw: string): boolean {
  return externalHref(raw) !== null;
}
