// Reading an exported PDF as a person would: its text (pdftotext), and its first page as a picture
// (pdftoppm) to look at. Both come from Debian's poppler-utils, which .ci/run installs.
import { execFile } from 'node:child_process';
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
  await expect(app.page.getByTestId('report-saved')).toContainText(pdf);
  return pdfText(pdf);
}
