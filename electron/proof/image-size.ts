// An image's size in pixels, read from its header, before anything decodes it: a 20 KB PNG can claim
// 100,000 × 100,000 pixels and take gigabytes once decoded (nativeImage in main, Chromium when printing).

export interface PixelSize {
  width: number;
  height: number;
}

/** The most pixels an image in the report may have: a 48-megapixel phone photo fits; decoded, 256 MB.
 * A whole number of millions: the Chinese, Japanese and Korean texts write it as {max}00万. */
export const MAX_IMAGE_PIXELS = 64_000_000;

/** PNG: the signature, then the IHDR chunk (length 13) with width and height, big-endian. */
function pngSize(bytes: Uint8Array): PixelSize | null {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.length < 24 || view.readUInt32BE(8) !== 13 || view.toString('latin1', 12, 16) !== 'IHDR')
    return null;
  return { width: view.readUInt32BE(16), height: view.readUInt32BE(20) };
}

/** Start-of-frame markers (baseline, progressive, lossless, arithmetic): not DHT (C4), JPG (C8) or DAC (CC). */
const isStartOfFrame = (marker: number) =>
  marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

/** JPEG: the segments after SOI up to the first start-of-frame, whose height and width it holds. */
function jpegSize(bytes: Uint8Array): PixelSize | null {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.length < 4 || view[0] !== 0xff || view[1] !== 0xd8) return null;
  let at = 2;
  while (at + 4 <= view.length) {
    if (view[at] !== 0xff) return null;
    const marker = view[at + 1] ?? 0;
    // Fill bytes, and the markers that stand alone (RSTn, TEM).
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      at += 2;
      continue;
    }
    // Image data, or the end, before any frame: no size to read.
    if (marker === 0xda || marker === 0xd9) return null;
    const length = view.readUInt16BE(at + 2);
    if (length < 2) return null;
    if (isStartOfFrame(marker)) {
      if (at + 9 > view.length) return null;
      return { height: view.readUInt16BE(at + 5), width: view.readUInt16BE(at + 7) };
    }
    at += 2 + length;
  }
  return null;
}

/** The size a PNG or JPEG declares; null when its header cannot be read (or declares no pixels). */
export function imageSize(bytes: Uint8Array, mime: string): PixelSize | null {
  const size = mime === 'image/png' ? pngSize(bytes) : mime === 'image/jpeg' ? jpegSize(bytes) : null;
  return size !== null && size.width > 0 && size.height > 0 ? size : null;
}
