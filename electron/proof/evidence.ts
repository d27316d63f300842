// What the PDF report shows of each attached file: an image drawn as a figure (its size read from its
// header first), a text printed, an e-mail decoded (proof/mail.ts), a PDF appended after the report's own
// pages — read and appended by the PDF thread (proof/pdf-reader.ts), never on the main event loop.
import { createHash } from 'node:crypto';
import type { AttachmentView } from '../ipc/views';
import type { FittedImage } from '../services/ports';
import { imageSize, MAX_IMAGE_PIXELS } from './image-size';
import type { MailText } from './mail';
import type { PdfReader } from './pdf-reader';
import type { PdfRefusal } from './pdf-rules';

/** How the report shows one file. */
export type ShownFile =
  /** `scaled`: the size it is drawn at, when smaller than the file's own (`original`). */
  | { kind: 'image'; dataUrl: string; scaled: FittedSize | null }
  /** An image not decoded: larger than the report draws (`size` from its header), or no size to read. */
  | {
      kind: 'image-not-shown';
      why: 'too-large' | 'unreadable';
      size: { width: number; height: number } | null;
    }
  | { kind: 'text'; text: string; truncated: boolean }
  | { kind: 'mail'; mail: MailText; truncated: boolean }
  /** An .eml that does not read as a message: its raw text, with a note saying so. */
  | { kind: 'unread-mail'; text: string; truncated: boolean }
  /** Appended: `pages` pages, as attached PDF number `appendix`. */
  | { kind: 'pdf'; pages: number; appendix: number }
  /** Not appended, and why; `limit`: the limit it met (pages, seconds), where one applies. */
  | { kind: 'pdf-not-appended'; why: PdfRefusal; limit: number | null }
  | { kind: 'not-drawable' }
  | { kind: 'missing' };

/** Longer texts are cut: the report is proof to read, not an archive (the app keeps the whole file). */
export const TEXT_LIMIT = 20_000;

export type FittedSize = Omit<FittedImage, 'bytes' | 'mime'>;

/** True when every pixel of an RGBA or BGRA bitmap is opaque (alpha is each pixel's fourth byte). */
export function isOpaque(bitmap: Uint8Array): boolean {
  for (let i = 3; i < bitmap.length; i += 4) if (bitmap[i] !== 255) return false;
  return true;
}

/**
 * The most pixels a screenshot is printed with: the report's image box (178 × 200 mm, see reportHtml's
 * stylesheet) at 200 dpi, sharp on paper and zoomed in. A phone's 1170 × 2532 PNG is drawn at 728 × 1575,
 * as JPEG when opaque: Chromium re-compresses every pixel of a PNG it prints (most of a report's print
 * time) and copies a JPEG as it is. Attached JPEGs go in as they are (re-encoding would also lose their
 * EXIF orientation).
 */
export const PRINT_BOX = { width: 1402, height: 1575 };

const DRAWABLE = new Set(['image/png', 'image/jpeg']);
/** How a scaled screenshot is compressed: small beside the PNG's, its text still sharp. */
export const FITTED_JPEG_QUALITY = 90;

/** Fits a PNG to the print box; scales nothing else. */
export type FitPng = (png: Uint8Array, box: typeof PRINT_BOX) => Promise<FittedImage | null>;

const dataUrl = (mime: string, bytes: Uint8Array) =>
  `data:${mime};base64,${Buffer.from(bytes).toString('base64')}`;

type ShownImage = Extract<ShownFile, { kind: 'image' }>;

/**
 * Images as last drawn, by file (content-addressed, so an id always means the same bytes), for each
 * fitter: exporting again (in another language, or a fresh copy) fits no PNG twice. Recent
 * ones only, up to about 64 MB of data URLs.
 */
const drawnImages = new WeakMap<FitPng, Map<string, ShownImage>>();
const KEPT_IMAGE_CHARS = 64 * 1024 * 1024;

/** An image as drawn: a PNG bigger than the print box scaled down to it, the rest as they are. */
async function shownImage(a: AttachmentView, bytes: Uint8Array, fitPng: FitPng): Promise<ShownImage> {
  const kept = drawnImages.get(fitPng) ?? new Map<string, ShownImage>();
  drawnImages.set(fitPng, kept);
  const known = kept.get(a.id);
  if (known) {
    // Most recently used goes last: the oldest is dropped first.
    kept.delete(a.id);
    kept.set(a.id, known);
    return known;
  }
  const fitted = a.mime === 'image/png' ? await fitPng(bytes, PRINT_BOX).catch(() => null) : null;
  let image: ShownImage = { kind: 'image', dataUrl: dataUrl(a.mime, bytes), scaled: null };
  if (fitted && fitted.width < fitted.original.width) {
    const { bytes: drawn, mime, ...size } = fitted;
    image = { kind: 'image', dataUrl: dataUrl(mime, drawn), scaled: size };
  }
  kept.set(a.id, image);
  let chars = 0;
  for (const [id, { dataUrl: url }] of [...kept].reverse()) {
    chars += url.length;
    if (chars > KEPT_IMAGE_CHARS) kept.delete(id);
  }
  return image;
}

const MAIL = 'message/rfc822';

export interface Evidence {
  shown: Map<string, ShownFile>;
  /** The PDFs to append, in order; the printed report ends with one header page for each. */
  appendix: { attachment: AttachmentView; bytes: Uint8Array; pages: number }[];
}

/** A text cut at the limit. */
const cut = (text: string) => ({ text: text.slice(0, TEXT_LIMIT), truncated: text.length > TEXT_LIMIT });

/** An e-mail decoded, its body cut at the limit; else its raw text. */
async function shownMail(bytes: Uint8Array): Promise<ShownFile> {
  // Loaded on first use: the mail parser and its charset tables are a third of main's bundle, and
  // only a report with an e-mail attached needs them.
  const { readMail } = await import('./mail');
  const mail = await readMail(bytes);
  if (!mail) return { kind: 'unread-mail', ...cut(new TextDecoder().decode(bytes)) };
  const { text, truncated } = cut(mail.body);
  return { kind: 'mail', mail: { ...mail, body: text }, truncated };
}

/** The limit a refusal met, for its wording (pages, seconds). */
function limitOf(why: PdfRefusal, pdfs: PdfReader): number | null {
  if (why === 'too-many-pages') return pdfs.limits.maxPages;
  if (why === 'appendix-full') return pdfs.limits.maxAppendedPages;
  if (why === 'too-costly') return Math.round(pdfs.limits.inspectMs / 1000);
  return null;
}

/** An image whose header says it fits the pixel limit is drawn; any other is not decoded at all. */
async function shownPicture(a: AttachmentView, bytes: Uint8Array, fitPng: FitPng): Promise<ShownFile> {
  const size = imageSize(bytes, a.mime);
  if (size === null) return { kind: 'image-not-shown', why: 'unreadable', size: null };
  if (size.width * size.height > MAX_IMAGE_PIXELS) return { kind: 'image-not-shown', why: 'too-large', size };
  return shownImage(a, bytes, fitPng);
}

/**
 * Reads each file once, checks it still hashes to its id, and decides how the report shows it. PDFs go to
 * `pdfs` (the PDF thread), which says whether each may be appended.
 */
export async function gatherEvidence(
  attachments: AttachmentView[],
  read: (attachment: AttachmentView) => Promise<Uint8Array>,
  fitPng: FitPng,
  pdfs: PdfReader,
): Promise<Evidence> {
  const shown = new Map<string, ShownFile>();
  const appendix: Evidence['appendix'] = [];
  let appendedPages = 0;
  const notAppended = (why: PdfRefusal): ShownFile => ({
    kind: 'pdf-not-appended',
    why,
    limit: limitOf(why, pdfs),
  });
  for (const a of attachments) {
    const bytes = await read(a).catch(() => null);
    if (!bytes || createHash('sha256').update(bytes).digest('hex') !== a.id) {
      shown.set(a.id, { kind: 'missing' });
    } else if (DRAWABLE.has(a.mime)) {
      shown.set(a.id, await shownPicture(a, bytes, fitPng));
    } else if (a.mime === 'text/plain') {
      shown.set(a.id, { kind: 'text', ...cut(new TextDecoder().decode(bytes)) });
    } else if (a.mime === MAIL) {
      shown.set(a.id, await shownMail(bytes));
    } else if (a.mime === 'application/pdf') {
      // A report full of PDF pages reads no more PDFs.
      const verdict =
        appendedPages >= pdfs.limits.maxAppendedPages
          ? ({ ok: false, why: 'appendix-full' } as const)
          : await pdfs.inspect(a.id, bytes);
      if (verdict.ok && appendedPages + verdict.pages <= pdfs.limits.maxAppendedPages) {
        appendedPages += verdict.pages;
        appendix.push({ attachment: a, bytes, pages: verdict.pages });
        shown.set(a.id, { kind: 'pdf', pages: verdict.pages, appendix: appendix.length });
      } else {
        shown.set(a.id, notAppended(verdict.ok ? 'appendix-full' : verdict.why));
      }
    } else {
      shown.set(a.id, { kind: 'not-drawable' });
    }
  }
  return { shown, appendix };
}
