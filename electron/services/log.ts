// The app's own log: one line per event in <dataDir>/logs/, size-capped and rotated, local only.
// Personal data never reaches it: every line is redacted before it is written.
import * as fs from 'node:fs';
import path from 'node:path';
import type { StoreData } from '../store/schema';

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
  error(context: string, error: unknown): void;
  info(message: string): void;
  /** The last `count` lines of the current file, already redacted. */
  tail(count: number): string[];
}

/** Runs of 6+ digits (separators allowed: phone numbers, card numbers, reference numbers). */
const LONG_NUMBER = /\+?\d(?:[\d\-() ]*\d)?/g;
/** Tokens mixing letters and 5+ digits (residence card AB12345678CD, passport TK1234567). */
const ID_LIKE = /\b(?=[A-Za-z0-9]*[A-Za-z])(?=(?:[A-Za-z]*\d){5})[A-Za-z0-9]{6,}\b/g;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Removes known personal strings, then anything shaped like a personal number. */
export function redactForLog(text: string, secrets: readonly string[] = []): string {
  let out = text;
  // Longest first, so a full name goes before a part of it.
  const known = [...new Set(secrets.map((s) => s.trim()).filter((s) => s.length >= 2))].sort(
    (a, b) => b.length - a.length,
  );
  for (const secret of known) out = out.replace(new RegExp(escapeRegExp(secret), 'gi'), '[personal]');
  out = out.replace(ID_LIKE, '[id]');
  return out.replace(LONG_NUMBER, (match) => (match.replace(/\D/g, '').length >= 6 ? '[number]' : match));
}

/** Everything the user typed about a person or a line: what redaction removes by name. */
export function personalStrings(data: StoreData): string[] {
  const out: string[] = [];
  for (const c of data.cases) {
    out.push(c.name, c.phoneNumber);
    out.push(c.holder.name, ...c.holder.name.split(/\s+/), c.holder.residenceCard, c.holder.passport);
  }
  for (const record of data.records) {
    for (const { content } of record.revisions) {
      out.push(content.referenceNumber, content.staffName, content.phoneDialled, content.shopBranch);
    }
  }
  return out;
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}

export function createLogger(options: LogOptions): Logger {
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  const keep = options.keep ?? 3;
  const now = options.now ?? (() => new Date());
  const file = path.join(options.dir, LOG_FILE_NAME);

  const rotate = () => {
    for (let n = keep - 1; n >= 1; n -= 1) {
      if (fs.existsSync(`${file}.${n}`)) fs.renameSync(`${file}.${n}`, `${file}.${n + 1}`);
    }
    fs.renameSync(file, `${file}.1`);
  };
  const write = (level: string, text: string) => {
    const line = `${now().toISOString()} ${level} ${redactForLog(text, options.secrets?.() ?? [])}\n`;
    // A log that cannot be written must never take the app down with it.
    try {
      fs.mkdirSync(options.dir, { recursive: true });
      const size = fs.existsSync(file) ? fs.statSync(file).size : 0;
      if (size > 0 && size + Buffer.byteLength(line) > maxBytes) rotate();
      fs.appendFileSync(file, line);
    } catch {
      // Nowhere left to say it.
    }
  };
  return {
    file,
    error: (context, error) => write('ERROR', `${context}: ${describe(error)}`),
    info: (message) => write('INFO', message),
    tail: (count) => {
      try {
        const lines = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean);
        return lines.slice(-count);
      } catch {
        return [];
      }
    },
  };
}
