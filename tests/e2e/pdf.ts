// Reading an exported PDF as a person would: its text (pdftotext), and its first page as a picture
// (pdftoppm) to look at. Both come from Debian's poppler-utils, which .ci/run installs.
import { execFile } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect } from '@playwright/test';
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
