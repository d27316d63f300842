// What a report may take from an attached PDF, and the words between the main process and the thread that
// reads PDFs (proof/pdf-reader.ts, proof/pdf-worker.ts). No pdf-lib here: the main bundle loads none.

export interface PdfLimits {
  /** Pages one attached PDF may have to be appended. */
  maxPages: number;
  /** Pages all attached PDFs together may add to a report. */
  maxAppendedPages: number;
  /** How deep its page tree may nest (real ones are a handful of levels). */
  maxDepth: number;
  /** How long reading one PDF may take, in milliseconds. */
  inspectMs: number;
  /** How long appending every accepted PDF to the report may take, in milliseconds. */
  appendMs: number;
  /** The reading thread's heap, in megabytes: a PDF that needs more ends the thread, not the app. */
  maxMemoryMb: number;
}

export const PDF_LIMITS: PdfLimits = {
  maxPages: 1000,
  maxAppendedPages: 2000,
  maxDepth: 32,
  inspectMs: 20_000,
  appendMs: 120_000,
  maxMemoryMb: 1024,
};

/**
 * Why a PDF was not appended: it cannot be read (protected or damaged), it has too many pages, its page tree
 * is malformed (a page listed twice, nested past the limit: a tree that expands to millions of pages), it
 * took too long or too much memory to read, or the report already holds as many PDF pages as it may.
 */
export type PdfRefusal = 'unreadable' | 'too-many-pages' | 'malformed' | 'too-costly' | 'appendix-full';

export type PdfVerdict = { ok: true; pages: number } | { ok: false; why: PdfRefusal };

/** Main → thread. `key`: the attachment's id, so appending reuses the document read for its verdict. */
export type PdfRequest =
  | { id: number; kind: 'inspect'; key: string; bytes: Uint8Array; limits: PdfLimits }
  | {
      id: number;
      kind: 'append';
      printed: Uint8Array;
      appendix: { key: string; bytes: Uint8Array }[];
      limits: PdfLimits;
    };

/** Thread → main: 'ready' once loaded, then one answer per request. */
export type PdfReply =
  | { kind: 'ready' }
  | { kind: 'verdict'; id: number; verdict: PdfVerdict }
  | { kind: 'appended'; id: number; bytes: Uint8Array }
  | { kind: 'failed'; id: number; message: string };
