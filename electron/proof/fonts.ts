// The report embeds the Noto Sans families (JP, SC, TC, KR) cut down to the characters its text uses (HarfBuzz's hb-subset,
// run from harfbuzzjs's WebAssembly build), as data: URLs, because the machines that print it may have
// no CJK font and the report page may load nothing from outside. Each face holds only the characters
// Chromium will draw with it (the bold face the headings', the Japanese face the Japanese text's, the
// other family what the first lacks): Chromium's load and print time grows with every face and glyph.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { LANGUAGE_CODES, LANGUAGES, type FontFamily } from '../shared/languages';

/** A family's TrueType file at a weight, as @expo-google-fonts packages name them. */
const face = (family: FontFamily, weight: 400 | 700) => {
  const name = family.replace(/ /g, '');
  const style = weight === 400 ? '400Regular' : '700Bold';
  return {
    family,
    weight,
    pkg: `@expo-google-fonts/${family.toLowerCase().replace(/ /g, '-')}`,
    file: `${style}/${name}_${style}.ttf`,
  };
};

/** Japanese (beside every report), Simplified Chinese (Han the others lack), and each language's family. */
const FACES = [
  ...new Set<FontFamily>([
    'Noto Sans JP',
    'Noto Sans SC',
    ...LANGUAGE_CODES.map((code) => LANGUAGES[code].fontFamily),
  ]),
].flatMap((family) => [face(family, 400), face(family, 700)]);

export type { FontFamily };
type Face = (typeof FACES)[number];

/** Text the page draws at one weight, and the families its CSS names for it, in order of preference. */
export interface FontUse {
  text: string;
  weight: Face['weight'];
  families: readonly FontFamily[];
}

/** A file of a package: beside the packaged app (electron-builder's extraResources), else in node_modules. */
function packageFile(pkg: string, file: string): string {
  const resources = (process as { resourcesPath?: string }).resourcesPath;
  const packaged = resources ? path.join(resources, 'fonts', pkg, file) : null;
  if (packaged && existsSync(packaged)) return packaged;
  // From the package's entry point back to its root (harfbuzzjs exports no package.json).
  const entry = createRequire(import.meta.url).resolve(pkg);
  const root = path.join('node_modules', pkg);
  return path.join(entry.slice(0, entry.lastIndexOf(root) + root.length), file);
}

/** The hb-subset entry points of harfbuzzjs's WebAssembly build (see harfbuzz's hb-subset.h). */
interface HarfBuzz {
  memory: WebAssembly.Memory;
  malloc(size: number): number;
  free(pointer: number): void;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_input_get_flags(input: number): number;
  hb_subset_input_set_flags(input: number, flags: number): void;
  hb_subset_or_fail(face: number, input: number): number;
}

const HB_MEMORY_MODE_READONLY = 1;
/** Hinting is for screens at small sizes; a printed PDF does without it, at a third of the size. */
const HB_SUBSET_FLAGS_NO_HINTING = 0x1;

/** Each full font is read into the WebAssembly memory once, when a report first needs it, and kept. */
interface LoadedFace {
  pointer: number;
  covers: (cp: number) => boolean;
}
let loaded: { hb: HarfBuzz; faces: Map<Face, LoadedFace> } | null = null;

const TAG_CMAP = 0x636d6170;

/** Format 12 (full Unicode), `view` over that subtable: sorted [start, end] groups, each a run of glyphs. */
function format12(view: DataView): (cp: number) => boolean {
  const groups = view.getUint32(12);
  return (cp) => {
    let low = 0;
    let high = groups - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const group = 16 + 12 * middle;
      if (cp < view.getUint32(group)) high = middle - 1;
      else if (cp > view.getUint32(group + 4)) low = middle + 1;
      else return true;
    }
    return false;
  };
}

/**
 * Format 4 (the Basic Multilingual Plane), `view` over that subtable: characters of its segments that map
 * to glyph 0 are not covered.
 */
function format4(view: DataView): (cp: number) => boolean {
  const segments = view.getUint16(6) / 2;
  const ends = 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const offsets = deltas + 2 * segments;
  return (cp) => {
    for (let i = 0; i < segments; i += 1) {
      if (cp > view.getUint16(ends + 2 * i)) continue;
      const start = view.getUint16(starts + 2 * i);
      if (cp < start) return false;
      const offset = view.getUint16(offsets + 2 * i);
      if (offset === 0) return ((cp + view.getUint16(deltas + 2 * i)) & 0xffff) !== 0;
      return view.getUint16(offsets + 2 * i + offset + 2 * (cp - start)) !== 0;
    }
    return false;
  };
}

/**
 * What a font has glyphs for, from its Windows Unicode cmap (format 12, else format 4): the lookup
 * Chromium makes when it falls back from one family to the next.
 */
export function cmapCoverage(font: Uint8Array): (cp: number) => boolean {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  let cmap = -1;
  for (let i = 0; i < view.getUint16(4); i += 1) {
    if (view.getUint32(12 + 16 * i) === TAG_CMAP) cmap = view.getUint32(12 + 16 * i + 8);
  }
  if (cmap < 0) throw new Error('the font has no cmap table');
  const tables = new Map<string, number>();
  for (let i = 0; i < view.getUint16(cmap + 2); i += 1) {
    const record = cmap + 4 + 8 * i;
    const table = cmap + view.getUint32(record + 4);
    tables.set(`${view.getUint16(record)}.${view.getUint16(record + 2)}.${view.getUint16(table)}`, table);
  }
  // A copy of the one subtable used: the lookup keeps a few hundred kilobytes, not the whole font.
  const own = (table: number, length: number) =>
    new DataView(new Uint8Array(font.subarray(table, table + length)).buffer);
  const full = tables.get('3.10.12');
  if (full !== undefined) return format12(own(full, view.getUint32(full + 4)));
  const basic = tables.get('3.1.4');
  if (basic !== undefined) return format4(own(basic, view.getUint16(basic + 2)));
  throw new Error('the font has no Windows Unicode cmap');
}

function harfBuzz(): NonNullable<typeof loaded> {
  if (loaded) return loaded;
  const wasm = readFileSync(packageFile('harfbuzzjs', 'dist/harfbuzz-subset.wasm'));
  const hb = new WebAssembly.Instance(new WebAssembly.Module(wasm)).exports as unknown as HarfBuzz & {
    _initialize(): void;
  };
  hb._initialize();
  loaded = { hb, faces: new Map() };
  return loaded;
}

/** A face, read on first use: a report in English or Japanese may never need the Chinese fonts. */
function loadFace(face: Face): LoadedFace {
  const { hb, faces } = harfBuzz();
  const known = faces.get(face);
  if (known) return known;
  const bytes = readFileSync(packageFile(face.pkg, face.file));
  const pointer = hb.malloc(bytes.length);
  new Uint8Array(hb.memory.buffer).set(bytes, pointer);
  const blob = hb.hb_blob_create(pointer, bytes.length, HB_MEMORY_MODE_READONLY, 0, 0);
  const created = { pointer: hb.hb_face_create(blob, 0), covers: cmapCoverage(bytes) };
  hb.hb_blob_destroy(blob);
  faces.set(face, created);
  return created;
}

/** The font cut down to `codePoints`, as TrueType bytes. */
function subset(hb: HarfBuzz, face: number, codePoints: number[]): Uint8Array {
  const input = hb.hb_subset_input_create_or_fail();
  if (input === 0) throw new Error('hb_subset_input_create_or_fail failed');
  try {
    const unicodes = hb.hb_subset_input_unicode_set(input);
    for (const cp of codePoints) hb.hb_set_add(unicodes, cp);
    hb.hb_subset_input_set_flags(input, hb.hb_subset_input_get_flags(input) | HB_SUBSET_FLAGS_NO_HINTING);
    const result = hb.hb_subset_or_fail(face, input);
    if (result === 0) throw new Error('hb_subset_or_fail failed');
    const blob = hb.hb_face_reference_blob(result);
    // A fresh view: the memory may have grown while subsetting.
    const bytes = new Uint8Array(hb.memory.buffer).slice(
      hb.hb_blob_get_data(blob, 0),
      hb.hb_blob_get_data(blob, 0) + hb.hb_blob_get_length(blob),
    );
    hb.hb_blob_destroy(blob);
    hb.hb_face_destroy(result);
    return bytes;
  } finally {
    hb.hb_subset_input_destroy(input);
  }
}

/** Recent @font-face rules by face and characters: exporting the same report again subsets nothing. */
const rules = new Map<string, string>();
const KEPT_RULES = 16;

function faceRule(hb: HarfBuzz, face: Face, pointer: number, codePoints: number[]): string {
  const key = `${face.file}:${String.fromCodePoint(...codePoints)}`;
  const known = rules.get(key);
  if (known !== undefined) return known;
  const data = Buffer.from(subset(hb, pointer, codePoints)).toString('base64');
  const rule = `@font-face{font-family:'${face.family}';font-weight:${face.weight};font-style:normal;src:url(data:font/ttf;base64,${data}) format('truetype');}`;
  rules.set(key, rule);
  // Insertion order is age: the oldest goes first.
  if (rules.size > KEPT_RULES) rules.delete(rules.keys().next().value ?? key);
  return rule;
}

/**
 * @font-face rules with the fonts inlined. Each character of each use goes to the first of its families
 * whose face at that weight has it, as Chromium picks; a face nothing goes to is left out.
 */
export function embeddedFontCss(uses: readonly FontUse[]): string {
  const { hb } = harfBuzz();
  const wanted = new Map<Face, Set<number>>();
  for (const { text, weight, families } of uses) {
    const candidates = families.flatMap((family) =>
      FACES.filter((face) => face.family === family && face.weight === weight),
    );
    for (const ch of text) {
      const cp = ch.codePointAt(0) ?? 0;
      const face = candidates.find((f) => loadFace(f).covers(cp));
      if (face) wanted.set(face, (wanted.get(face) ?? new Set()).add(cp));
    }
  }
  return FACES.flatMap((face) => {
    const codePoints = wanted.get(face);
    if (!codePoints) return [];
    return [
      faceRule(
        hb,
        face,
        loadFace(face).pointer,
        [...codePoints].sort((a, b) => a - b),
      ),
    ];
  }).join('\n');
}
