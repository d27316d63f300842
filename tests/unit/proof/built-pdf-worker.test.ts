// The PDF thread as the packaged app runs it: out/main/pdf-worker.js, built by electron-vite as an entry of
// its own beside out/main/index.js (where the reader looks for it), with pdf-lib bundled in. `npm test`
// builds before it runs the suites.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { pdfReader, pdfWorkerSource } from '../../../electron/proof/pdf-reader';
import { doubledPageTree } from '../../fixtures/hostile-files';

const outMain = path.resolve(import.meta.dirname, '../../../out/main');
const built = path.join(outMain, 'pdf-worker.js');

if (existsSync(built)) {
  describe('the PDF thread from the built bundle', () => {
    it('is found beside the main bundle, runs without tsx, refuses a hostile tree and appends a good PDF', async () => {
      const source = pdfWorkerSource(outMain);
      expect(source).toEqual({ file: built, execArgv: [] });
      // The main bundle looks for it in its own folder (the reader is bundled into index.js, not a chunk).
      expect(await readFile(path.join(outMain, 'index.js'), 'utf8')).toContain('"pdf-worker.js"');
      // pdf-lib lives in the worker only: the main bundle loads none of it.
      expect(await readFile(path.join(outMain, 'index.js'), 'utf8')).not.toContain('PDFDocument');
      const reader = pdfReader({ source });
      try {
        expect(await reader.inspect('bad', doubledPageTree(40))).toEqual({ ok: false, why: 'malformed' });
        const good = await PDFDocument.create();
        good.addPage([321, 400]);
        const bytes = await good.save();
        expect(await reader.inspect('good', bytes)).toEqual({ ok: true, pages: 1 });
        const report = await PDFDocument.create();
        report.addPage([100, 400]);
        report.addPage([110, 400]);
        const out = await PDFDocument.load(
          await reader.append(await report.save(), [{ key: 'good', bytes }]),
        );
        expect(out.getPages().map((p) => Math.round(p.getWidth()))).toEqual([100, 110, 321]);
      } finally {
        await reader.close();
      }
    });
  });
} else {
  describe('the PDF thread from the built bundle', () => {
    it.skip(`not built: ${built} is missing (run npm run build)`, () => undefined);
  });
}
