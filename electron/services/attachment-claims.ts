// Attachments handed to the renderer by an import and not yet named by a record or a document link: a
// form being filled in holds them. Deleting a case that used the same bytes must not take them away.
export interface AttachmentClaims {
  /** The import handed these ids out. */
  claim(ids: Iterable<string>): void;
  /** A saved record or link names these ids now: the store itself keeps them. */
  settle(ids: Iterable<string>): void;
  readonly held: ReadonlySet<string>;
}

/** Kept for the session only: at the next start nothing is being filled in any more. */
export function attachmentClaims(): AttachmentClaims {
  const held = new Set<string>();
  return {
    claim: (ids) => {
      for (const id of ids) held.add(id);
    },
    settle: (ids) => {
      for (const id of ids) held.delete(id);
    },
    held,
  };
}
