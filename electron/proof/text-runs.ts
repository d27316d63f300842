// The text of markup the app wrote itself (the report page), run by run, with the style each run inherits:
// what decides which embedded font face draws it. Not an HTML parser for markup from elsewhere.

export interface TextStyle {
  bold: boolean;
  ja: boolean;
}

export interface TextRun extends TextStyle {
  text: string;
}

/** What an element sets for its content, from its tag and attribute text; unset flags are inherited. */
export type StyleOf = (tag: string, attributes: string) => Partial<TextStyle>;

const VOID_ELEMENTS = new Set(['br', 'img', 'meta', 'hr', 'wbr']);
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

const decode = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ENTITIES[name] ?? '');

export function textRuns(html: string, styleOf: StyleOf): TextRun[] {
  const plain: TextStyle = { bold: false, ja: false };
  const open: { tag: string; style: TextStyle }[] = [];
  const runs: TextRun[] = [];
  for (const [, closing, tag = '', attributes = '', text] of html.matchAll(
    /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|([^<]+)/g,
  )) {
    const current = open.at(-1)?.style ?? plain;
    if (text !== undefined) {
      runs.push({ text: decode(text), ...current });
      continue;
    }
    const name = tag.toLowerCase();
    if (closing) {
      const at = open.map((element) => element.tag).lastIndexOf(name);
      if (at >= 0) open.length = at;
    } else if (!VOID_ELEMENTS.has(name) && !attributes.endsWith('/')) {
      open.push({ tag: name, style: { ...current, ...styleOf(name, attributes) } });
    }
  }
  return runs;
}
