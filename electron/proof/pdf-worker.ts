// The PDF thread: a worker_threads Worker that reads attached PDFs and appends them to the printed report,
// away from the main process's event loop (proof/pdf-reader.ts starts it, times it and ends it). The
// documents it read are kept by attachment id until the thread ends, so appending reads nothing twice.
import { parentPort } from 'node:worker_threads';
import type { PDFDocument } from 'pdf-lib';
import type { PdfReply, PdfRequest } from './pdf-rules';
import { appendPdfs, inspectPdf } from './pdf-work';

const port = parentPort;
if (port === null) throw new Error('pdf-worker runs as a worker thread only');
const read = new Map<string, PDFDocument>();
const answer = (reply: PdfReply) => port.postMessage(reply);

port.on('message', (request: PdfRequest) => {
  const run = async (): Promise<PdfReply> => {
    if (request.kind === 'inspect') {
      const { verdict, doc } = await inspectPdf(request.bytes, request.limits);
      if (doc) read.set(request.key, doc);
      return { kind: 'verdict', id: request.id, verdict };
    }
    const docs: PDFDocument[] = [];
    for (const { key, bytes } of request.appendix) {
      const known = read.get(key);
      if (known) docs.push(known);
      else {
        // A thread started after the one that read it (that one met a limit on another file): read again.
        const { doc } = await inspectPdf(bytes, request.limits);
        if (!doc) throw new Error(`attachment ${key} can no longer be read`);
        docs.push(doc);
      }
    }
    const bytes = await appendPdfs(request.printed, docs);
    return { kind: 'appended', id: request.id, bytes };
  };
  run().then(answer, (error: unknown) =>
    answer({
      kind: 'failed',
      id: request.id,
      message: error instanceof Error ? error.message : String(error),
    }),
  );
});
answer({ kind: 'ready' });
