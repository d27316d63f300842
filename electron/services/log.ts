// The app's own log: one line per event in <dataDir>/logs/, size-capped and rotated, local only.
// Personal data never reaches it: every line is redacted before it is written.
import * as fs from 'node:fs';
import path from 'node:path';
import type { StoreData } from '../store/schema';
import { maskNumber } from '../proof/mask';

export const LOG_DIR_NAME = 'logs';
export const LOG_FILE_NAME = 'sayonara.log';

export interface LogOptions {
  /** Where the log files live (created on the first write). */
  dir: string;
  /** A file is rotated before it grows past this many bytes. */
  maxBytes?: number;
  /** How many older files are kept beside the current one (sayonara.log.1 … .N). */
  keep?: number;
  now?: () => Date;
  /** Strings that must never appear in the log (names, numbers the user typed). */
  secrets?: () => readonly string[];
}

export interface Logger {
  readonly file: string;
  /** `extra`: personal strings the store does not hold (yet), such as the text of the request that failed. */
  error(context: string, error: unknown, extra?: readonly string[]): void;
  info(message: string): void;
  /** The last `count` lines of the current file, already redacted. */
  tail(count: number): string[];
}

/**
 * A version (45.5.0, 140.0.7339.249), not a dotted phone number (090.1234.5678, 138.1234.5678): no part
 * but a lone 0 starts with 0, and at most one part is longer than three digits.
 */
const isVersion = (text: string) => {
  const parts = text.replace(/^v/, '').split('.');
  return (
    parts.every((part) => part === '0' || !part.startsWith('0')) &&
    parts.filter((p) => p.length > 3).length <= 1
  );
};

/** Shapes that hold nothing personal and help whoever reads the log: kept as they are. */
const KEPT: [RegExp, (match: string) => boolean][] = [
  // Dates and instants (2026-11-25, 2026/11/25, 2026-11-25T09:00:00.000Z), the guide content's version.
  [/\b(?:19|20)\d{2}([-/.])(?:0[1-9]|1[0-2])\1(?:0[1-9]|[12]\d|3[01])(?:T[\d:.]+Z?)?/g, () => true],
  [/\bv?\d+(?:\.\d+){2,3}\b/g, isVersion],
  // Sizes (12345678 bytes, 1.5 MB) and durations.
  [/\b\d+(?:\.\d+)? ?(?:bytes|B|KB|KiB|MB|MiB|GB|GiB|ms)\b/g, () => true],
  // SHA-256 hashes (attachment ids) and UUIDs (case and record ids).
  [/\b[0-9a-f]{64}\b/g, () => true],
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g, () => true],
];

/** What is masked, by kind, in this order (after width is normalised). */
const MASKED: [RegExp, string | ((match: string) => string)][] = [
  [/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu, '[email]'],
  // The folder a user's files live in is named after them: /home/<name>, /Users/<name>, C:\Users\<name>.
  [
    /(\/home\/|\/Users\/|[A-Za-z]:\\Users\\)[^/\\'"\n]+/g,
    (match) => `${match.replace(/[^/\\]+$/, '')}[user]`,
  ],
  // 在留カード: two letters, eight digits, two letters.
  [/\b[A-Za-z]{2} ?\d{8} ?[A-Za-z]{2}\b/g, '[residence-card]'],
  // Passports: one or two letters and six to nine digits (TK1234567, E12345678).
  [/\b[A-Za-z]{1,2}\d{6,9}\b/g, '[passport]'],
  // Digit runs with any separator a number is written with (space, - . / ( ), a dash, the long-vowel mark).
  [
    /\+?\(?\d(?:[ \-./()\u2010-\u2015\u2212\u30fc]{0,3}\d)*\)?/g,
    (match) => {
      const digits = match.replace(/\D/g, '');
      if (digits.length < 6) return match;
      // Phone numbers: 10 to 15 digits, from 0 (Japan), + (any country) or 1 (a Chinese mobile, 138…).
      // The rest are reference, card or account numbers. Either way the digits are gone.
      const phone = digits.length >= 10 && digits.length <= 15 && /^(?:\+|\(?[01])/.test(match);
      return phone ? '[phone]' : '[number]';
    },
  ],
];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Private-use marks around the index of a kept shape while the rest is masked. */
const OPEN = '\uE000';
const CLOSE = '\uE001';

/**
 * Removes known personal strings, then masks by kind what is shaped like personal data, after width is
 * normalised (NFKC: ０９０－１２３４ reads as 090-1234, ＡＢ as AB). Dates, versions, sizes and ids stay.
 */
export function redactForLog(text: string, secrets: readonly string[] = []): string {
  let out = text.normalize('NFKC');
  // Longest first, so a full name goes before a part of it.
  const known = [
    ...new Set(secrets.map((s) => s.normalize('NFKC').trim()).filter((s) => s.length >= 2)),
  ].sort((a, b) => b.length - a.length);
  for (const secret of known) out = out.replace(new RegExp(escapeRegExp(secret), 'gi'), '[personal]');
  const kept: string[] = [];
  for (const [shape, keeps] of KEPT)
    out = out.replace(shape, (match) => (keeps(match) ? `${OPEN}${kept.push(match) - 1}${CLOSE}` : match));
  for (const [pattern, mask] of MASKED)
    out = out.replace(pattern, (match) => (typeof mask === 'string' ? mask : mask(match)));
  return out.replace(
    new RegExp(`${OPEN}(\\d+)${CLOSE}`, 'g'),
    (_, index: string) => kept[Number(index)] ?? '',
  );
}

/** Everything the user typed about a person or a line: what redaction removes by name. */
export function personalStrings(data: StoreData): string[] {
  const out: string[] = [];
  for (const c of data.cases) {
    out.push(c.name, c.phoneNumber);
    out.push(c.holder.name, ...c.holder.name.split(/\s+/), c.holder.residenceCard, c.holder.passport);
    // As a report prints them unless the holder chose otherwise: their last four are theirs too.
    out.push(maskNumber(c.holder.residenceCard), maskNumber(c.holder.passport));
    // A letter of authority's fields, where kept: the holder's and the agent's names, addresses, birth date.
    const letter = c.authority?.fields;
    if (letter) {
      for (const name of [letter.holderName, letter.agentName]) out.push(name, ...name.split(/\s+/));
      out.push(letter.holderAddress, letter.agentAddress, letter.holderBirthDate);
    }
  }
  for (const record of data.records) {
    for (const { content } of record.revisions) {
      out.push(content.referenceNumber, content.staffName, content.phoneDialled, content.shopBranch);
    }
  }
  return out;
}

/** The fields of a request that hold what a person typed about themselves or a line. */
const PERSONAL_KEYS = new Set([
  'name',
  'phoneNumber',
  'residenceCard',
  'passport',
  'note',
  'staffName',
  'referenceNumber',
  'phoneDialled',
  'shopBranch',
  'portal',
  // A letter of authority's fields (authority.save, authority.export).
  'holderName',
  'holderAddress',
  'holderBirthDate',
  'agentName',
  'agentAddress',
]);

/** The personal text of a request's payload (its names, numbers and notes), for masking by name. */
export function textsIn(value: unknown, key: string | null = null): string[] {
  if (typeof value === 'string') return key !== null && PERSONAL_KEYS.has(key) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((item) => textsIn(item, key));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([name, item]) => textsIn(item, name));
  return [];
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}

/** O_NOFOLLOW where the system has it; elsewhere (Windows) the lstat checks below stand alone. */
const NO_FOLLOW = fs.constants.O_NOFOLLOW ?? 0;

export function createLogger(options: LogOptions): Logger {
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  const keep = options.keep ?? 3;
  const now = options.now ?? (() => new Date());
  const file = path.join(options.dir, LOG_FILE_NAME);

  /** The log's folder is a folder of its own, not a link to somewhere else. */
  const ownFolder = () => fs.lstatSync(options.dir, { throwIfNoEntry: false })?.isDirectory() === true;
  const rotate = () => {
    for (let n = keep - 1; n >= 1; n -= 1) {
      if (fs.existsSync(`${file}.${n}`)) fs.renameSync(`${file}.${n}`, `${file}.${n + 1}`);
    }
    fs.renameSync(file, `${file}.1`);
  };
  const write = (level: string, text: string, extra: readonly string[] = []) => {
    const secrets = [...(options.secrets?.() ?? []), ...extra];
    const line = `${now().toISOString()} ${level} ${redactForLog(text, secrets)}\n`;
    // A log that cannot be written must never take the app down with it.
    try {
      fs.mkdirSync(options.dir, { recursive: true });
      if (!ownFolder()) return;
      // A link in the log's place is removed (the link, never what it points to): the log is written
      // only to a file of its own, and only through a handle that refuses to follow one (O_NOFOLLOW).
      const stat = fs.lstatSync(file, { throwIfNoEntry: false });
      if (stat?.isSymbolicLink()) fs.unlinkSync(file);
      else if (stat !== undefined && !stat.isFile()) return;
      const size = stat?.isFile() ? stat.size : 0;
      if (size > 0 && size + Buffer.byteLength(line) > maxBytes) rotate();
      const { O_WRONLY, O_APPEND, O_CREAT } = fs.constants;
      const fd = fs.openSync(file, O_WRONLY | O_APPEND | O_CREAT | NO_FOLLOW, 0o600);
      try {
        fs.writeSync(fd, line);
      } finally {
        fs.closeSync(fd);
      }
    } catch {
      // Nowhere left to say it.
    }
  };
  return {
    file,
    error: (context, error, extra) => write('ERROR', `${context}: ${describe(error)}`, extra),
    info: (message) => write('INFO', message),
    tail: (count) => {
      try {
        if (!ownFolder()) return [];
        const fd = fs.openSync(file, fs.constants.O_RDONLY | NO_FOLLOW);
        try {
          return fs.readFileSync(fd, 'utf8').split('\n').filter(Boolean).slice(-count);
        } finally {
          fs.closeSync(fd);
        }
      } catch {
        return [];
      }
    },
  };
}
