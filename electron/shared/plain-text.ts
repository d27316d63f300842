/* eslint-disable no-control-regex -- finding control characters is what this module is for */
// Text a person types is one line (names, numbers, a branch, a reference) or, for notes, several. A
// control character has no place in either: a CR/LF in a case name would add events to the exported
// calendar and rename it, a NUL or a bell prints as nothing. Tab is allowed anywhere (a pasted cell).
// The rules are checked where text comes in (the IPC router, a restored backup); the exporters also
// write any text through the helpers below, for stores made before the rules.

/** C0 controls but tab, DEL, C1 controls (NEL among them) and the Unicode line and paragraph separators. */
const FORBIDDEN_ON_ONE_LINE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/u;
/** The same, with line feeds allowed. */
const FORBIDDEN_IN_NOTES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/u;

/** Fields whose text may span lines: a step's or a record's note, a complaint letter's texts, and a
 * renderer error's message and stack (app.logError), which the log writes as they are. */
const MULTI_LINE_KEYS = new Set(['note', 'letterJa', 'letterOwn', 'message', 'stack']);
/** Values that are not text a person typed, each checked on its own terms: paths from the OS's file
 * dialogs, an address checked against the allow-list, base64 bytes. */
const NOT_TEXT_KEYS = new Set(['path', 'paths', 'url', 'dataBase64']);

/** Whether `text` may stand in a field named `key`. */
export function isPlainText(text: string, key: string | null): boolean {
  return !(key !== null && MULTI_LINE_KEYS.has(key) ? FORBIDDEN_IN_NOTES : FORBIDDEN_ON_ONE_LINE).test(text);
}

/**
 * The path (`cases.0.name`) of the first string in `value` that holds a control character its field may
 * not hold, object keys included; null when there is none.
 */
export function controlCharacterAt(value: unknown, at: readonly (string | number)[] = []): string | null {
  const key = at.length === 0 ? null : (at.findLast((part) => typeof part === 'string') ?? null);
  if (typeof value === 'string')
    return isPlainText(value, typeof key === 'string' ? key : null) ? null : at.join('.');
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = controlCharacterAt(item, [...at, index]);
      if (found !== null) return found;
    }
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  for (const [name, item] of Object.entries(value)) {
    if (NOT_TEXT_KEYS.has(name)) continue;
    if (!isPlainText(name, null)) return [...at, name].join('.');
    const found = controlCharacterAt(item, [...at, name]);
    if (found !== null) return found;
  }
  return null;
}

/** For an export: line breaks become spaces, other control characters the replacement character. */
export function oneLine(text: string): string {
  return text
    .replace(/\r\n|[\r\n\u0085\u2028\u2029]/g, ' ')
    .replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g, '\uFFFD');
}

/** For an export of a note: line breaks kept as \n, other control characters the replacement character. */
export function plainLines(text: string): string {
  return text
    .replace(/\r\n|[\r\u0085\u2028\u2029]/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '\uFFFD');
}
