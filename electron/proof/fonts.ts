// The report embeds Noto Sans JP/SC cut down to the characters its text uses (HarfBuzz's hb-subset,
// run from harfbuzzjs's WebAssembly build), as data: URLs, because the machines that print it may have
// no CJK font and the report page may load nothing from outside. One small face per family and weight,
// instead of the ~200 unicode-range slices a CJK web font comes in: Chromium prints far faster.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const FACES = [
  {
    family: 'Noto Sans JP',
    weight: 400,
    pkg: '@expo-google-fonts/noto-sans-jp',
    file: '400Regular/NotoSansJP_400Regular.ttf',
  },
  {
    family: 'Noto Sans JP',
    weight: 700,
    pkg: '@expo-google-fonts/noto-sans-jp',
    file: '700Bold/NotoSansJP_700Bold.ttf',
  },
  {
    family: 'Noto Sans SC',
    weight: 400,
    pkg: '@expo-google-fonts/noto-sans-sc',
    file: '400Regular/NotoSansSC_400Regular.ttf',
  },
  {
    family: 'Noto Sans SC',
    weight: 700,
    pkg: '@expo-google-fonts/noto-sans-sc',
    file: '700Bold/NotoSansSC_700Bold.ttf',
  },
] as const;

/** Chinese characters: only then is the SC family needed beside JP (which has Latin, kana and kanji). */
const HAN = /\p{Script=Han}/u;

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

/** Each full font is read into the WebAssembly memory once, on the first report, and kept. */
let loaded: { hb: HarfBuzz; faces: Map<(typeof FACES)[number], number> } | null = null;

function load(): NonNullable<typeof loaded> {
  if (loaded) return loaded;
  const wasm = readFileSync(packageFile('harfbuzzjs', 'dist/harfbuzz-subset.wasm'));
  const hb = new WebAssembly.Instance(new WebAssembly.Module(wasm)).exports as unknown as HarfBuzz & {
    _initialize(): void;
  };
  hb._initialize();
  const faces = new Map<(typeof FACES)[number], number>();
  for (const face of FACES) {
    const bytes = readFileSync(packageFile(face.pkg, face.file));
    const pointer = hb.malloc(bytes.length);
    new Uint8Array(hb.memory.buffer).set(bytes, pointer);
    const blob = hb.hb_blob_create(pointer, bytes.length, HB_MEMORY_MODE_READONLY, 0, 0);
    faces.set(face, hb.hb_face_create(blob, 0));
    hb.hb_blob_destroy(blob);
  }
  loaded = { hb, faces };
  return loaded;
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

/** @font-face rules with the fonts inlined, holding exactly the characters of `text`. */
export function embeddedFontCss(text: string): string {
  const { hb, faces } = load();
  const codePoints = [...new Set([...text].map((ch) => ch.codePointAt(0) ?? 0))];
  const chinese = HAN.test(text);
  return FACES.filter((face) => chinese || face.family === 'Noto Sans JP')
    .map((face) => {
      const data = Buffer.from(subset(hb, faces.get(face) ?? 0, codePoints)).toString('base64');
      return `@font-face{font-family:'${face.family}';font-weight:${face.weight};font-style:normal;src:url(data:font/ttf;base64,${data}) format('truetype');}`;
    })
    .join('\n');
}
