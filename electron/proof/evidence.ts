// What the PDF report shows of each attached file: an image drawn as a figure, a text or e-mail printed,
// a PDF appended after the report's own pages (pdf-lib copies its pages; nothing here writes PDF by hand).
import { createHash } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import type { AttachmentView } from '../ipc/views';

/** How the report shows one file; `pdf` with `pages: null` could not be read (protected or damaged). */
export type ShownFile =
  | { kind: 'image'; dataUrl: string }
  | { kind: 'text'; text: string; truncated: boolean }
  | { kind: 'pdf'; pages: number | null; appendix: number | null }
  | { kind: 'not-drawable' }
  | { kind: 'missing' };

/** Longer texts are cut: the report is proof to read, not an archive (the app keeps the whole file). */
export const TEXT_LIMIT = 20_000;

const DRAWABLE = new Set(['image/png', 'image/jpeg']);
const TEXT = new Set(['text/plain', 'message/rfc822']);

export interface Evidence {
  shown: Map<string, ShownFile>;
  /** The PDFs to append, in order; the printed report ends with one header page for each. */
  appendix: { attachment: AttachmentView; doc: PDFDocument }[];
}

/** The PDF, when its pages can be read (an empty one has nothing to append). */
async function loadPdf(bytes: Uint8Array): Promise<PDFDocument | null> {
  try {
    // An encrypted PDF throws here: its pages could not be copied as they look. A damaged one loads
    // lazily and throws when its pages are counted.
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    return doc.getPageCount() > 0 ? doc : null;
  } catch {
    return null;
  }
}

/** Reads each file once, checks it still hashes to its id, and decides how the report shows it. */
export async function gatherEvidence(
  attachments: AttachmentView[],
  read: (attachment: AttachmentView) => Promise<Uint8Array>,
): Promise<Evidence> {
  const shown = new Map<string, ShownFile>();
  const appendix: Evidence['appendix'] = [];
  for (const a of attachments) {
    const bytes = await read(a).catch(() => null);
    if (!bytes || createHash('sha256').update(bytes).digest('hex') !== a.id) {
      shown.set(a.id, { kind: 'missing' });
    } else if (DRAWABLE.has(a.mime)) {
      shown.set(a.id, {
        kind: 'image',
        dataUrl: `data:${a.mime};base64,${Buffer.from(bytes).toString('base64')}`,
      });
    } else if (TEXT.has(a.mime)) {
      const text = new TextDecoder().decode(bytes);
      shown.set(a.id, { kind: 'text', text: text.slice(0, TEXT_LIMIT), truncated: text.length > TEXT_LIMIT });
    } else if (a.mime === 'application/pdf') {
      const doc = await loadPdf(bytes);
      if (doc) appendix.push({ attachment: a, doc });
      shown.set(a.id, {
        kind: 'pdf',
        pages: doc?.getPageCount() ?? null,
        appendix: doc ? appendix.length : null,
      });
    } else {
      shown.set(a.id, { kind: 'not-drawable' });
    }
  }
  return { shown, appendix };
}

/**
 * The printed report ends with one header page per appended PDF (reportHtml puts each on a page of
 * its own); each PDF's pages go in right after its header.
 */
export async function appendPdfs(printed: Uint8Array, appendix: Evidence['appendix']): Promise<Uint8Array> {
  if (appendix.length === 0) return printed;
  const out = await PDFDocument.load(printed, { updateMetadata: false });
  let at = out.getPageCount() - appendix.length;
  if (at < 1) throw new Error('the printed report lacks its appendix header pages');
  for (const { doc } of appendix) {
    at += 1;
    for (const page of await out.copyPages(doc, doc.getPageIndices())) out.insertPage(at++, page);
  }
  return out.save();
}
