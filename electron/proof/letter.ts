// A letter in Japanese with the reader's language beside it: the complaint of issue 19 and the letter of
// authority (委任状) of issue 18. The Japanese is the letter; the other column is there so the sender knows
// what it says (a Japanese reader gets one column). Printed through print-page.ts like the proof report, and
// as plain text for a web form.
import { domainToUnicode } from 'node:url';
import type { Locale } from '../guide/types';
import { inBrackets } from '../shared/format';
import { LANGUAGES } from '../shared/languages';
import { plainLines } from '../shared/plain-text';
import type { PagePart } from './print-page';

/** A text as the letter prints it: the Japanese, and the reader's own (null for a Japanese reader). */
export interface LetterText {
  ja: string;
  own: string | null;
}

/** A text in Japanese and the reader's language (null for a Japanese reader). */
export const letterText = (locale: Locale, make: (lang: Locale) => string): LetterText => ({
  ja: make('ja'),
  own: locale === 'ja' ? null : make(locale),
});

/** A value as the Japanese writes it, and the reader's in brackets where that differs: "NTTドコモ（NTT docomo）";
 * the reader's alone where it only adds to the Japanese ("au（KDDI）", not "au（au（KDDI））"). */
export const japaneseWithOwn = (ja: string, own: string): string =>
  own.startsWith(ja) ? own : `${ja}${inBrackets('ja', own)}`;

/** How a letter sets out its lists in a language: Japanese and Chinese with 【headings】, ・ and a
 * full-width space; the others with a colon, a bullet and a dash. */
export const listLayout = (lang: Locale) =>
  LANGUAGES[lang].sentenceGap === ''
    ? { heading: (title: string) => `【${title}】`, bullet: '・', gap: '\u3000' }
    : { heading: (title: string) => `${title}:`, bullet: '• ', gap: ' — ' };

export interface Letter {
  /** The reader's language: the second column's. */
  locale: Locale;
  date: LetterText;
  to: LetterText;
  title: LetterText;
  /** Who and which line: labelled values (a name, a number), printed as they are; an empty one prints as
   * room to write by hand. */
  fields: LetterField[];
  /** Under the fields (how the ID numbers are printed); none when null. */
  fieldsNote: LetterText | null;
  /** The heads of the body's two columns: which text is the letter, which is for reference. */
  columns: { ja: LetterText; own: LetterText };
  /** The body as typed: paragraphs apart by a blank line, lines kept. */
  body: LetterText;
  /** After the body: where the wording came from, what is attached. */
  footnotes: LetterText[];
  /** A line to sign on (a letter of authority needs one), with a box for the seal (印) where asked;
   * none when null. */
  signature: { label: LetterText; seal: boolean } | null;
}

export interface LetterField {
  label: LetterText;
  value: string;
  /** Starts a group of fields under this heading (the holder, the agent, the line). */
  group?: LetterText;
}

/** Markup characters as text, and no control character but line breaks (shared/plain-text.ts). */
export const escape = (text: string) =>
  plainLines(text).replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch,
  );

/** A web address as a link: shown with its host as people read it (クレジットカードをつくる.jp, not the
 * xn--… form the address is stored in), while the link goes to the address exactly as it was read. */
export function linkHtml(url: string): string {
  let shown = url;
  try {
    const { hostname } = new URL(url);
    const readable = domainToUnicode(hostname);
    if (readable !== '' && readable !== hostname) shown = url.replace(hostname, readable);
  } catch {
    // Not an address a URL parser reads: shown as it is.
  }
  return `<a href="${escape(url)}">${escape(shown)}</a>`;
}

/** Paragraphs of a typed text: apart where a blank line is, trailing spaces and empty ones dropped. */
export const paragraphsOf = (text: string): string[] =>
  plainLines(text)
    .split(/\n[ \t\u3000]*\n/)
    .map((paragraph) => paragraph.replace(/^\n+|\s+$/g, ''))
    .filter((paragraph) => paragraph !== '');

const ja = (text: string) => `<span lang="ja">${escape(text)}</span>`;
const own = (text: string | null) => (text === null ? '' : `<span class="own">${escape(text)}</span>`);
/** A label or a short line: the Japanese, the reader's beside it (on the next line where `apart`). */
export const bilingualHtml = (text: LetterText, apart = false) =>
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
    ? `<table class="letter-body"><thead><tr><th>${bilingualHtml(letter.columns.ja, true)}</th><th>${bilingualHtml(letter.columns.own, true)}</th></tr></thead><tbody>${rows}</tbody></table>`
    : `<div class="letter-body-ja">${rows}</div>`;
  const fields = letter.fields
    .map(
      ({ label, value, group }) =>
        (group ? `<tr><th colspan="2" class="letter-group">${bilingualHtml(group)}</th></tr>` : '') +
        `<tr><th>${bilingualHtml(label)}</th><td>${escape(value)}</td></tr>`,
    )
    .join('');
  const sign = letter.signature;
  return {
    body:
      `<article class="letter">` +
      `<p class="letter-date">${bilingualHtml(letter.date, true)}</p>` +
      `<p class="letter-to">${bilingualHtml(letter.to, true)}</p>` +
      `<h1>${bilingualHtml(letter.title, true)}</h1>` +
      (fields ? `<table class="letter-fields">${fields}</table>` : '') +
      (letter.fieldsNote ? `<p class="letter-note">${bilingualHtml(letter.fieldsNote)}</p>` : '') +
      body +
      (sign
        ? `<p class="letter-sign">${bilingualHtml(sign.label)}<span class="sign-line"></span>` +
          `${sign.seal ? '<span class="seal" lang="ja">印</span>' : ''}</p>`
        : '') +
      (letter.footnotes.length
        ? `<footer class="letter-foot">${letter.footnotes.map((note) => `<p>${bilingualHtml(note)}</p>`).join('')}</footer>`
        : '') +
      `</article>`,
    css: `.letter{font-size:10pt;line-height:1.4}
.letter .own{color:#444}
.letter-date{text-align:right;margin:0 0 4pt}.letter-to{font-size:11.5pt;margin:0 0 8pt}
.letter h1{font-size:14pt;margin:0 0 8pt;line-height:1.3}.letter h1 .own{font-size:10.5pt;font-weight:400}
.letter table{border-collapse:collapse;width:100%;margin:0 0 8pt}
.letter th,.letter td{text-align:left;vertical-align:top;border:1px solid #ccc;padding:3pt 5pt;white-space:pre-wrap;word-break:break-word}
.letter-fields th{width:34%;background:#f3f3f3}.letter-fields td:empty{height:16pt}
.letter-fields .letter-group{background:#e4e4e4;width:auto}
.letter-body th{width:50%;background:#f3f3f3;font-size:8.5pt}.letter-body td{width:50%;font-size:9.5pt}
.letter-body td:last-child{color:#444}.letter-body-ja p{white-space:pre-wrap;margin:0 0 8pt}
.letter-note{font-size:9pt;margin:0 0 8pt;color:#333}
.letter-sign{margin-top:24pt;display:flex;align-items:flex-end;gap:6pt}
.sign-line{flex:1;border-bottom:1px solid #111;height:24pt}
.seal{display:inline-block;width:40pt;height:40pt;line-height:40pt;border:1px dashed #777;border-radius:50%;text-align:center;color:#777}
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
      ...letter.fields.flatMap(({ label, value, group }) => [
        ...(group ? [`[${pick(group) ?? group.ja}]`] : []),
        `${pick(label) ?? label.ja}: ${value}`,
      ]),
      ...(letter.fieldsNote ? [pick(letter.fieldsNote)] : []),
      '',
      plainLines(body).trim(),
      ...(letter.signature
        ? ['', `${pick(letter.signature.label) ?? letter.signature.label.ja}: ____________`]
        : []),
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
