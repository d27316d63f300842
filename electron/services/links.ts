// External links: parsed as URLs and matched host by host, never by string prefix.
import { allowedExternalHosts } from '../guide/engine';

let allowed: ReadonlySet<string> | null = null;

export function isAllowedExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '' || url.port !== '')
    return false;
  allowed ??= new Set(allowedExternalHosts().map((host) => host.toLowerCase()));
  return allowed.has(url.hostname.toLowerCase());
}
