// Generates every installer icon from the two source images in build/ (run by `npm run dist`):
// icon.svg → icon.icns (macOS), icon.ico (Windows), icons/NxN.png (Linux);
// document.svg → document.icns and document.ico, the .sayonara file's icon.
// ICNS and ICO both hold PNG images, so the containers are written here without another tool.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const root = path.resolve(import.meta.dirname, '..');
export const GENERATED_DIR = path.join(root, 'build', 'generated');

/** ICNS element types that hold a PNG, by pixel size (the @2x types reuse the same pixels). */
const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['ic11', 32],
  ['icp6', 64],
  ['ic12', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic13', 256],
  ['ic09', 512],
  ['ic14', 512],
  ['ic10', 1024],
];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
const LINUX_SIZES = [16, 32, 48, 64, 128, 256, 512, 1024];

function renderer(svgFile) {
  const svg = readFileSync(svgFile);
  const cache = new Map();
  return (size) => {
    if (!cache.has(size)) {
      cache.set(size, new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng());
    }
    return cache.get(size);
  };
}

function icns(png) {
  const elements = ICNS_TYPES.map(([type, size]) => {
    const data = png(size);
    const header = Buffer.alloc(8);
    header.write(type, 0, 'ascii');
    header.writeUInt32BE(data.length + 8, 4);
    return Buffer.concat([header, data]);
  });
  const header = Buffer.alloc(8);
  header.write('icns', 0, 'ascii');
  header.writeUInt32BE(8 + elements.reduce((sum, e) => sum + e.length, 0), 4);
  return Buffer.concat([header, ...elements]);
}

function ico(png) {
  const images = ICO_SIZES.map((size) => png(size));
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach((data, i) => {
    const entry = 6 + 16 * i;
    const size = ICO_SIZES[i];
    header.writeUInt8(size >= 256 ? 0 : size, entry); // 0 means 256
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(data.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...images]);
}

/** Writes every icon into `outDir` and returns the files written. */
export function buildIcons(outDir = GENERATED_DIR, sourceDir = path.join(root, 'build')) {
  const appIcon = renderer(path.join(sourceDir, 'icon.svg'));
  const documentIcon = renderer(path.join(sourceDir, 'document.svg'));
  const files = {
    'icon.icns': icns(appIcon),
    'icon.ico': ico(appIcon),
    'document.icns': icns(documentIcon),
    'document.ico': ico(documentIcon),
    ...Object.fromEntries(LINUX_SIZES.map((size) => [`icons/${size}x${size}.png`, appIcon(size)])),
  };
  mkdirSync(path.join(outDir, 'icons'), { recursive: true });
  for (const [name, data] of Object.entries(files)) writeFileSync(path.join(outDir, name), data);
  return Object.keys(files).map((name) => path.join(outDir, name));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(`icons: ${buildIcons().length} files in ${path.relative(root, GENERATED_DIR)}`);
}
