// Working files the app makes inside the data folder and removes when done: each named with one of
// these prefixes and a UUID, so a start after a crash can tell them from the user's data
// (electron/services/leftovers.ts).
export const WORKING_FILE = {
  /** A backup being unpacked (a folder in the data folder). */
  restore: '.restore-',
  /** The report page being printed to PDF (in the data folder). */
  report: '.report-',
  /** An attachment being copied in (in attachments/). */
  incoming: '.incoming-',
} as const;
