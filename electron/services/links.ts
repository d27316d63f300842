// External links: parsed as URLs and matched host by host against the guide's official sources,
// never by string prefix.
import { allowedExternalHosts } from '../guide/engine';

let allowed: ReadonlySet<string> | null = null;

export function isAllowedExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  // A few official pages are still cited over http (e.g. moj.go.jp); the host list is what protects.
  if (
    !['https:', 'http:'].includes(url.protocol) ||
    url.username !== '' ||
    url.password !== '' ||
    url.port !== ''
  )
    return false;
  allowed ??= new Set(allowedExternalHosts().map((host) => host.toLowerCase()));
  return allowed.has(url.hostname.toLowerCase());
}
