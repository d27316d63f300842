// buffer-crc32's `unsigned`, the one call yazl makes for each entry's CRC-32, from Node's zlib.crc32:
// the same values, computed in C instead of JavaScript (about half the CPU of exporting stored files
// went to it). yazl takes no CRC from outside, so its `require('buffer-crc32')` is pointed here: by the
// build (electron.vite.config.ts) and in Node runs, the bench and the unit tests (scripts/aliases.ts).
import { crc32 } from 'node:zlib';

export function unsigned(data: Buffer | string, previous = 0): number {
  return crc32(data, previous);
}
