// Which attachments are in use, and what deleting a case leaves unused: a deleted case takes its records,
// its document links and every attachment no other case uses with it, so none of it lingers in the store,
// in the attachments folder or in later backups.
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import type { AttachmentData, StoreData } from '../store/schema';
import { ATTACHMENT_NAME } from './attachment-store';

/** The ids any record revision or document link names. */
export function usedAttachmentIds(data: Pick<StoreData, 'records' | 'documentAttachments'>): Set<string> {
  const used = new Set<string>();
  for (const record of data.records)
    for (const revision of record.revisions) for (const id of revision.content.attachmentIds) used.add(id);
  for (const link of data.documentAttachments) used.add(link.attachmentId);
  return used;
}

/**
 * The store without the case, its records and links, and the attachments only it used (returned apart).
 * `held`: attachments an unsaved form holds (services/attachment-claims.ts): they stay.
 */
export function withoutCase(
  data: StoreData,
  caseId: string,
  held: ReadonlySet<string> = new Set(),
): { next: StoreData; released: AttachmentData[] } {
  const records = data.records.filter((r) => r.caseId !== caseId);
  const documentAttachments = data.documentAttachments.filter((l) => l.caseId !== caseId);
  const before = usedAttachmentIds(data);
  const after = usedAttachmentIds({ records, documentAttachments });
  // Only what this case used: an attachment nothing named yet (an import whose record is unsaved) stays.
  const released = data.attachments.filter((a) => before.has(a.id) && !after.has(a.id) && !held.has(a.id));
  const gone = new Set(released.map((a) => a.id));
  return {
    next: {
      ...data,
      cases: data.cases.filter((c) => c.id !== caseId),
      records,
      documentAttachments,
      attachments: data.attachments.filter((a) => !gone.has(a.id)),
      settings: data.settings.lastCaseId === caseId ? { ...data.settings, lastCaseId: null } : data.settings,
    },
    released,
  };
}

export interface FreedSpace {
  files: number;
  bytes: number;
}

/** Removes attachments/<id>.<ext> for each; a file already gone counts as nothing freed. */
export async function removeAttachmentFiles(
  dir: string,
  attachments: readonly Pick<AttachmentData, 'id' | 'ext'>[],
): Promise<FreedSpace> {
  const freed: FreedSpace = { files: 0, bytes: 0 };
  for (const { id, ext } of attachments) {
    const file = path.join(dir, `${id}.${ext}`);
    const stat = await fsp.lstat(file).catch(() => null);
    if (stat === null) continue;
    await fsp.unlink(file);
    freed.files += 1;
    freed.bytes += stat.size;
  }
  return freed;
}

/**
 * Attachment files nothing names (no record, no document link) and untouched for `minAgeMs` (an import in
 * flight is never that old): what the start-up maintenance removes.
 */
export async function findUnusedAttachmentFiles(
  dir: string,
  data: StoreData,
  now: Date,
  minAgeMs = 24 * 60 * 60 * 1000,
): Promise<Pick<AttachmentData, 'id' | 'ext'>[]> {
  const used = usedAttachmentIds(data);
  const names = await fsp.readdir(dir).catch(() => [] as string[]);
  const stale: Pick<AttachmentData, 'id' | 'ext'>[] = [];
  for (const name of names) {
    if (!ATTACHMENT_NAME.test(name)) continue;
    const id = name.slice(0, 64);
    if (used.has(id)) continue;
    const stat = await fsp.lstat(path.join(dir, name)).catch(() => null);
    if (stat?.isFile() && now.getTime() - stat.mtimeMs >= minAgeMs) stale.push({ id, ext: name.slice(65) });
  }
  return stale;
}
