// A letter in Japanese with the reader's language beside it: the complaint of issue 19, and later a letter
// of authority (委任状). The Japanese is the letter; the other column is there so the sender knows what it
// says (a Japanese reader gets one column). Printed through print-page.ts like the proof report, and as
// plain text for a web form.
import type { Locale } from '../guide/types';
import { plainLines } from '../shared/plain-text';
import type { PagePart } from './print-page';

/** A text as the letter prints it: the Japanese, and the reader's own (null for a Japanese reader). */
export interface LetterText {
  ja: string;
  own: string | null;
}

export interface Letter {
  /** The reader's language: the second column's. */
  locale: Locale;
  date: LetterText;
  to: LetterText;
  title: LetterText;
  /** Who and which line: labelled values (a name, a number), printed as they are. */
  fields: { label: LetterText; value: string }[];
  /** Under the fields (how the ID numbers are printed); none when null. */
  fieldsNote: LetterText | null;
  /** The heads of the body's two columns: which text is the letter, which is for reference. */
  columns: { ja: LetterText; own: LetterText };
  /** The body as typed: paragraphs apart by a blank line, lines kept. */
  body: LetterText;
  /** After the body: where the wording came from, what is attached. */
  footnotes: LetterText[];
  /** A line to sign on (a letter of authority needs one); none when null. */
  signature: LetterText | null;
}

/** Markup characters as text, and no control character but line breaks (shared/plain-text.ts). */
const escape = (text: string) =>
  plainLines(text).replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch,
  );

/** Paragraphs of a typed text: apart where a blank line is, trailing spaces and empty ones dropped. */
export const paragraphsOf = (text: string): string[] =>
  plainLines(text)
    .split(/\n[ \t\u3000]*\n/)
    .map((paragraph) => paragraph.replace(/^\n+|\s+$/g, ''))
    .filter((paragraph) => paragraph !== '');

const ja = (text: string) => `<span lang="ja">${escape(text)}</span>`;
const own = (text: string | null) => (text === null ? '' : `<span class="own">${escape(text)}</span>`);
/** A label or a short line: the Japanese, the reader's beside it (on the next line where `apart`). */
const both = (text: LetterText, apart = false) =>
  text.own === null || text.own === text.ja
    ? ja(text.ja)
    : `${ja(text.ja)}${apart ? '<br>' : ' '}${own(text.own)}`;

export function letterPart(letter: Letter): PagePart {
  const twoColumns = letter.body.own !== null;
  const jaParagraphs = paragraphsOf(letter.body.ja);
  const ownParagraphs = letter.body.own === null ? [] : paragraphsOf(letter.body.own);
  // Paired by position: an edit that adds a paragraph on one side leaves the other's cell empty.
  const rows = Array.from({ length: Math.max(jaParagraphs.length, ownParagraphs.length) }, (_, i) =>
    twoColumns
      ? `<tr><td lang="ja">${escape(jaParagraphs[i] ?? '')}</td><td>${escape(ownParagraphs[i] ?? '')}</td></tr>`
      : `<p lang="ja">${escape(jaParagraphs[i] ?? '')}</p>`,
  ).join('');
  const body = twoColumns
    ? `<table class="letter-body"><thead><tr><th>${both(letter.columns.ja, true)}</th><th>${both(letter.columns.own, true)}</th></tr></thead><tbody>${rows}</tbody></table>`
    : `<div class="letter-body-ja">${rows}</div>`;
  const fields = letter.fields
    .map(({ label, value }) => `<tr><th>${both(label)}</th><td>${escape(value)}</td></tr>`)
    .join('');
  return {
    body:
      `<article class="letter">` +
      `<p class="letter-date">${both(letter.date, true)}</p>` +
      `<p class="letter-to">${both(letter.to, true)}</p>` +
      `<h1>${both(letter.title, true)}</h1>` +
      (fields ? `<table class="letter-fields">${fields}</table>` : '') +
      (letter.fieldsNote ? `<p class="letter-note">${both(letter.fieldsNote)}</p>` : '') +
      body +
      (letter.signature ? `<p class="letter-sign">${both(letter.signature)}</p>` : '') +
      (letter.footnotes.length
        ? `<footer class="letter-foot">${letter.footnotes.map((note) => `<p>${both(note)}</p>`).join('')}</footer>`
        : '') +
      `</article>`,
    css: `.letter{font-size:10pt;line-height:1.4}
.letter .own{color:#444}
.letter-date{text-align:right;margin:0 0 4pt}.letter-to{font-size:11.5pt;margin:0 0 8pt}
.letter h1{font-size:14pt;margin:0 0 8pt;line-height:1.3}.letter h1 .own{font-size:10.5pt;font-weight:400}
.letter table{border-collapse:collapse;width:100%;margin:0 0 8pt}
.letter th,.letter td{text-align:left;vertical-align:top;border:1px solid #ccc;padding:3pt 5pt;white-space:pre-wrap;word-break:break-word}
.letter-fields th{width:34%;background:#f3f3f3}
.letter-body th{width:50%;background:#f3f3f3;font-size:8.5pt}.letter-body td{width:50%;font-size:9.5pt}
.letter-body td:last-child{color:#444}.letter-body-ja p{white-space:pre-wrap;margin:0 0 8pt}
.letter-note{font-size:9pt;margin:0 0 8pt;color:#333}
.letter-sign{margin-top:24pt}
.letter-foot{font-size:8.5pt;color:#333;margin-top:10pt;border-top:1px solid #ccc;padding-top:4pt}.letter-foot p{margin:0 0 3pt}`,
  };
}

/** The letter as plain text, to paste into a web form: the Japanese whole first, then the reader's. */
export function letterPlainText(letter: Letter): string {
  const side = (pick: (text: LetterText) => string | null, body: string) =>
    [
      pick(letter.title),
      pick(letter.date),
      pick(letter.to),
      '',
      ...letter.fields.map(({ label, value }) => `${pick(label) ?? label.ja}: ${value}`),
      ...(letter.fieldsNote ? [pick(letter.fieldsNote)] : []),
      '',
      plainLines(body).trim(),
      ...(letter.signature ? ['', pick(letter.signature)] : []),
      '',
      ...letter.footnotes.map(pick),
    ]
      .filter((line) => line !== null)
      .join('\n');
  const japanese = side((text) => text.ja, letter.body.ja);
  if (letter.body.own === null) return `${japanese}\n`;
  const heading = `==== ${letter.columns.own.own ?? letter.columns.own.ja} ====`;
  return `${japanese}\n\n${heading}\n\n${side((text) => text.own ?? text.ja, letter.body.own)}\n`;
}
