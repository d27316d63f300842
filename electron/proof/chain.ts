// The revision chain: each revision's hash covers its content, its time and the previous hash, so
// editing any old revision (in the app or on disk) breaks every link after it.
import { createHash } from 'node:crypto';
import type { RecordContent, Revision } from '../store/schema';

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every level: the same data always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export const sha256Hex = (data: string | Uint8Array): string =>
  createHash('sha256').update(data).digest('hex');

export function revisionHash(content: RecordContent, savedAt: string, prevHash: string): string {
  return sha256Hex(canonicalJson({ content, savedAt, prevHash }));
}

export function nextRevision(
  previous: readonly Revision[],
  content: RecordContent,
  savedAt: string,
): Revision {
  const prevHash = previous.at(-1)?.hash ?? GENESIS_HASH;
  return { content, savedAt, prevHash, hash: revisionHash(content, savedAt, prevHash) };
}

export interface ChainCheck {
  intact: boolean;
  /** Index of the first revision whose hash or link does not hold; null when intact. */
  brokenAt: number | null;
  headHash: string;
}

export function verifyChain(revisions: readonly Revision[]): ChainCheck {
  let prevHash = GENESIS_HASH;
  for (const [index, revision] of revisions.entries()) {
    if (
      revision.prevHash !== prevHash ||
      revisionHash(revision.content, revision.savedAt, prevHash) !== revision.hash
    ) {
      return { intact: false, brokenAt: index, headHash: revisions.at(-1)?.hash ?? GENESIS_HASH };
    }
    prevHash = revision.hash;
  }
  return { intact: true, brokenAt: null, headHash: prevHash };
}
