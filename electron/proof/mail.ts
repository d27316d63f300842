// An attached e-mail (.eml) as a reader reads it: sender, recipients, date, subject and the text, decoded
// by mailparser (MIME parts, quoted-printable and base64, RFC 2047 headers, ISO-2022-JP and Shift_JIS
// bodies as Japanese carriers send them; an HTML-only message turned into text).
import { htmlToText } from 'html-to-text';
import { simpleParser, type AddressObject } from 'mailparser';

export interface MailText {
  from: string;
  to: string;
  cc: string;
  /** The Date header as an instant (ISO), null where the message has none or an unreadable one. */
  date: string | null;
  subject: string;
  body: string;
  /** Names of the files the message carries (not shown, only listed). */
  files: string[];
}

const addresses = (header: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(header) ? header : header ? [header] : []).map((h) => h.text).join(', ');

/** The text of an HTML body: lines as the page breaks them, no width of its own (the report wraps it). */
const htmlText = (html: string) =>
  htmlToText(html, {
    wordwrap: false,
    // Carrier mail lays out its facts in tables: cells kept apart, not run together.
    selectors: [{ selector: 'table', format: 'dataTable' }],
    limits: { maxDepth: 100, maxInputLength: 1_000_000 },
  });

/**
 * The message, or null when the bytes do not read as one (no From, To, Subject or Date header): the
 * report then shows the raw text instead.
 */
export async function readMail(bytes: Uint8Array): Promise<MailText | null> {
  const parsed = await simpleParser(Buffer.from(bytes), {
    // Only the text is printed: no links or inlined images to build, no checksums of the parts. HTML is
    // turned into text below, also where mailparser would not (the HTML of a multipart/alternative
    // without a text part).
    skipHtmlToText: true,
    skipImageLinks: true,
    skipTextToHtml: true,
    keepCidLinks: true,
    checksumAlgo: false,
  }).catch(() => null);
  if (!parsed) return null;
  const date = parsed.date && !Number.isNaN(parsed.date.getTime()) ? parsed.date.toISOString() : null;
  const mail: MailText = {
    from: addresses(parsed.from),
    to: addresses(parsed.to),
    cc: addresses(parsed.cc),
    date,
    subject: parsed.subject ?? '',
    body: (parsed.text?.trim() || (parsed.html ? htmlText(parsed.html) : '')).trim(),
    files: parsed.attachments.map((a) => a.filename ?? a.contentType),
  };
  return mail.from || mail.to || mail.subject || mail.date ? mail : null;
}
