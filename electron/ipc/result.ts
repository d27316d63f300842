// Every answer that crosses the bridge is one of these: a thrown error never does.
export const ERROR_CODES = [
  'invalid_request',
  'unknown_channel',
  'forbidden',
  'not_found',
  'store_read_only',
  'store_write_failed',
  /** A restore that replaces the data is running: edits wait until it has finished. */
  'store_busy',
  /** The disk is full (or the user's quota used up): nothing was written. */
  'disk_full',
  'internal',
  /** A text field holds a line break where one is not allowed, or another control character. */
  'text_control_characters',
  'file_too_large',
  'file_empty',
  'file_unreadable',
  'file_unsafe_path',
  'file_unsupported_type',
  'backup_invalid',
  'backup_unsafe',
  'backup_newer_schema',
  'backup_no_space',
  /** The backup's data holds text with control characters (a line break in a name): not used. */
  'backup_control_characters',
  'attachment_changed',
  'document_secret',
  'folder_unusable',
  /** A letter of authority for a case whose provider's sources allow none, or require its own form. */
  'authority_not_offered',
  /** A letter of authority naming someone the provider's rule does not accept (a friend). */
  'proxy_not_accepted',
  /** A bill recorded for a month still to come (shared/bill-month.ts): it cannot have been billed yet. */
  'bill_not_billed_yet',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Values the renderer fills into its own wording of a code (file name, limit, size…). */
export type ErrorParams = Record<string, string | number>;

export interface AppErrorBody {
  code: ErrorCode;
  /** English technical detail, for logs and a "Details" disclosure; never the words a user reads. */
  message: string;
  params?: ErrorParams;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorBody };

/** An error a service raises on purpose; its message is safe to show. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly params?: ErrorParams,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, params?: ErrorParams): Result<never> => ({
  ok: false,
  error: params ? { code, message, params } : { code, message },
});
