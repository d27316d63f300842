// Reading attached PDFs with pdf-lib, inside the PDF thread (proof/pdf-worker.ts) only. The page tree is
// walked here, bounded, before pdf-lib is asked for a page: pdf-lib expands a tree that lists the same
// child twice at every level (40 levels: 2^40 pages) and would never return.
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFPageLeaf, PDFPageTree, type PDFObject } from 'pdf-lib';
import type { PdfLimits, PdfVerdict } from './pdf-rules';

export type Inspected = { verdict: PdfVerdict; doc: PDFDocument | null };

/** The number of pages, when the tree is a tree within the limits; else why not. */
function countPages(doc: PDFDocument, limits: PdfLimits): PdfVerdict {
  const root = doc.catalog.Pages();
  const seen = new Set<PDFObject>([root]);
  const stack: [PDFPageTree, number][] = [[root, 1]];
  let pages = 0;
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [node, depth] = next;
    if (depth > limits.maxDepth) return { ok: false, why: 'malformed' };
    const kids = node.Kids();
    for (let i = 0; i < kids.size(); i += 1) {
      const kid = doc.context.lookup(kids.get(i));
      if (kid === undefined) continue;
      // A tree names each node once: a node met again is a loop or a doubling, never a real document.
      if (seen.has(kid)) return { ok: false, why: 'malformed' };
      seen.add(kid);
      if (kid instanceof PDFPageTree) stack.push([kid, depth + 1]);
      else if (kid instanceof PDFPageLeaf && ++pages > limits.maxPages)
        return { ok: false, why: 'too-many-pages' };
    }
  }
  return pages === 0 ? { ok: false, why: 'unreadable' } : { ok: true, pages };
}

/** Reads a PDF and decides whether its pages may be appended. */
export async function inspectPdf(bytes: Uint8Array, limits: PdfLimits): Promise<Inspected> {
  let doc: PDFDocument;
  try {
    // An encrypted PDF throws here: its pages could not be copied as they look.
    doc = await PDFDocument.load(bytes, { updateMetadata: false });
  } catch {
    return { verdict: { ok: false, why: 'unreadable' }, doc: null };
  }
  try {
    const verdict = countPages(doc, limits);
    // The walk has shown the tree is small and sound: pdf-lib's own count agrees, or the file is damaged.
    if (verdict.ok && doc.getPageCount() !== verdict.pages)
      return { verdict: { ok: false, why: 'unreadable' }, doc: null };
    return { verdict, doc: verdict.ok ? doc : null };
  } catch {
    return { verdict: { ok: false, why: 'unreadable' }, doc: null };
  }
}

/**
 * The printed report ends with one header page per appended PDF (reportHtml puts each on a page of its
 * own); each PDF's pages go in right after its header.
 *
 * The report is printed tagged and with an outline (its catalog's StructTreeRoot, MarkInfo and Outlines):
 * loading and saving keeps them, and both point at the report's own pages, which stay as they were. The
 * appended pages come without their file's tags or outline (pdf-lib copies pages, not structure trees);
 * their keys into their old file's structure tree are dropped, or they would point into the report's.
 */
export async function appendPdfs(printed: Uint8Array, docs: readonly PDFDocument[]): Promise<Uint8Array> {
  if (docs.length === 0) return printed;
  const out = await PDFDocument.load(printed, { updateMetadata: false });
  let at = out.getPageCount() - docs.length;
  if (at < 1) throw new Error('the printed report lacks its appendix header pages');
  for (const doc of docs) {
    at += 1;
    for (const page of await out.copyPages(doc, doc.getPageIndices())) {
      dropStructureKeys(page.node);
      out.insertPage(at++, page);
    }
  }
  return out.save();
}

/** A copied page's StructParents, and its annotations' StructParent: numbers in its old file's tree. */
function dropStructureKeys(page: PDFDict): void {
  page.delete(PDFName.of('StructParents'));
  const annots = page.lookup(PDFName.of('Annots'));
  if (!(annots instanceof PDFArray)) return;
  for (let i = 0; i < annots.size(); i += 1) {
    const annot = annots.lookup(i);
    if (annot instanceof PDFDict) annot.delete(PDFName.of('StructParent'));
  }
}
