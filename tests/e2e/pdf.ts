// Reading an exported PDF as a person would: its text (pdftotext), and its first page as a picture
// (pdftoppm) to look at. Both come from Debian's poppler-utils, which .ci/run installs.
import { execFile } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect } from '@playwright/test';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import type { LaunchedApp } from './harness';
import { SCREENSHOT_DIR } from './screenshots';

const run = promisify(execFile);

export async function pdfText(pdf: string): Promise<string> {
  return (await run('pdftotext', ['-layout', pdf, '-'])).stdout;
}

/** Writes the first page as artifacts/screenshots/<name>-1.png. */
export async function savePdfFirstPage(pdf: string, name: string): Promise<void> {
  await run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, path.join(SCREENSHOT_DIR, name)]);
}

/** Exports the open case's report as PDF (the scripted save dialog answers `pdf`), and returns its text. */
export async function exportPdfReport(app: LaunchedApp, pdf: string, buttonName: string): Promise<string> {
  app.ports.dialogs.savePath = pdf;
  await app.page.getByRole('button', { name: buttonName }).click();
  // Printing waits for fonts and pictures: on a loaded machine that takes seconds.
  await expect(app.page.getByTestId('report-saved')).toContainText(pdf, { timeout: 60_000 });
  return pdfText(pdf);
}

/** `pdfimages -list`: one row per image drawn in the PDF, [page, width, height]. */
export async function pdfImages(pdf: string): Promise<{ page: number; width: number; height: number }[]> {
  const rows = (await run('pdfimages', ['-list', pdf])).stdout.split('\n').slice(2);
  return rows
    .map((row) => row.trim().split(/\s+/))
    .filter((cols) => cols.length > 4)
    .map(([page = '', , , width = '', height = '']) => ({
      page: Number(page),
      width: Number(width),
      height: Number(height),
    }));
}

/** The page count, as `pdfinfo` reads it. */
export async function pdfPageCount(pdf: string): Promise<number> {
  return Number(/^Pages:\s+(\d+)/m.exec((await run('pdfinfo', [pdf])).stdout)?.[1]);
}

/** The text of one page (1-based). */
export async function pdfPageText(pdf: string, page: number): Promise<string> {
  return (await run('pdftotext', ['-layout', '-f', String(page), '-l', String(page), pdf, '-'])).stdout;
}

/** Writes every page as artifacts/screenshots/<name>-<n>.png, to look at. */
export async function savePdfPages(pdf: string, name: string): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await run('pdftoppm', ['-png', '-r', '60', pdf, path.join(SCREENSHOT_DIR, name)]);
}

/** `pdffonts` of pages 1 to `last`: each font they use, by name, and whether its glyphs are in the file. */
export async function pdfFonts(pdf: string, last: number): Promise<{ name: string; embedded: boolean }[]> {
  const rows = (await run('pdffonts', ['-l', String(last), pdf])).stdout.split('\n').slice(2);
  return rows
    .map((row) => row.trim().split(/\s+/))
    .filter((cols) => cols.length > 5)
    .map((cols) => ({ name: cols[0] ?? '', embedded: cols.at(-5) === 'yes' }));
}

/** `pdfinfo`'s "Tagged:" line: yes when the PDF carries a structure tree a screen reader can follow. */
export async function pdfTagged(pdf: string): Promise<boolean> {
  return /^Tagged:\s+yes$/m.test((await run('pdfinfo', [pdf])).stdout);
}

/** `pdfinfo -struct`: the structure tree's element names (Document, H1, Table, …), in order. */
export async function pdfStructure(pdf: string): Promise<string[]> {
  return (await run('pdfinfo', ['-struct', pdf])).stdout
    .split('\n')
    .map((line) => line.trim().split(/\s/)[0] ?? '')
    .filter((name) => /^[A-Z][A-Za-z0-9]*$/.test(name));
}

/**
 * The document outline (bookmarks), read from the PDF's /Outlines with pdf-lib: each entry's title and
 * the page (1-based) it leads to, depth first, as a PDF reader lists them.
 */
export async function pdfOutline(pdf: string): Promise<{ title: string; page: number; depth: number }[]> {
  const doc = await PDFDocument.load(await readFile(pdf), { updateMetadata: false });
  const pages = doc.getPages().map((p) => p.ref.toString());
  const out: { title: string; page: number; depth: number }[] = [];
  const walk = (first: unknown, depth: number) => {
    for (let item = first; item instanceof PDFDict; item = item.lookup(PDFName.of('Next'))) {
      const title = item.lookup(PDFName.of('Title'));
      const dest = item.lookup(PDFName.of('Dest'));
      const target = dest instanceof PDFArray ? dest.get(0)?.toString() : undefined;
      out.push({
        title: title instanceof PDFString || title instanceof PDFHexString ? title.decodeText() : '',
        page: target ? pages.indexOf(target) + 1 : 0,
        depth,
      });
      walk(item.lookup(PDFName.of('First')), depth + 1);
    }
  };
  const outlines = doc.catalog.lookup(PDFName.of('Outlines'));
  if (outlines instanceof PDFDict) walk(outlines.lookup(PDFName.of('First')), 0);
  return out;
}

/** The addresses the PDF's links go to (`pdfinfo -url`), page by page as listed. */
export async function pdfLinks(pdf: string): Promise<string[]> {
  const { stdout } = await run('pdfinfo', ['-url', pdf]);
  // "Page  Type  URL" after a header line; the URL is the last column.
  return stdout
    .split('\n')
    .slice(1)
    .map((line) => line.trim().split(/\s+/).at(-1) ?? '')
    .filter((url) => /^https?:/.test(url));
}

/** The text in the order it was drawn (`pdftotext -raw`): a table's cells one after another, not two
 * columns interleaved line by line as -layout sets them. Pages `first` to `last` (1-based), all by default. */
export async function pdfRawText(pdf: string, first?: number, last = first): Promise<string> {
  const range = first === undefined ? [] : ['-f', String(first), '-l', String(last)];
  return (await run('pdftotext', ['-raw', ...range, pdf, '-'])).stdout;
}
