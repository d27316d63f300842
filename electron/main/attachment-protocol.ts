// Serves attachment previews as sayonara-file://attachments/<sha256>.<ext>: only files directly inside
// the data folder's attachments/, only by a hash-shaped name, never through a link.
import { lstat, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Protocol } from 'electron';
import { ATTACHMENT_DIR, ATTACHMENT_NAME, ATTACHMENT_SCHEME, mimeOf } from '../proof/attachment-store';

/** The file a preview URL maps to, or null when the URL is not one of ours. */
export function resolveAttachmentFile(dataDir: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  const name = url.pathname.replace(/^\//, '');
  if (url.protocol !== `${ATTACHMENT_SCHEME}:` || url.host !== ATTACHMENT_DIR || !ATTACHMENT_NAME.test(name))
    return null;
  return path.join(path.resolve(dataDir), ATTACHMENT_DIR, name);
}

/** The bytes and type of an attachment preview, or null (not ours, a link, missing). */
export async function readAttachment(file: string): Promise<{ body: Buffer; type: string } | null> {
  const stat = await lstat(file).catch(() => null);
  if (!stat?.isFile()) return null;
  return { body: await readFile(file), type: mimeOf(path.extname(file).slice(1)) };
}

export function registerAttachmentProtocol(protocol: Protocol, dataDir: string): void {
  protocol.handle(ATTACHMENT_SCHEME, async (request) => {
    const file = resolveAttachmentFile(dataDir, request.url);
    const found = file ? await readAttachment(file) : null;
    if (!found) return new Response('not found', { status: 404 });
    return new Response(new Uint8Array(found.body), {
      headers: { 'content-type': found.type, 'x-content-type-options': 'nosniff' },
    });
  });
}
