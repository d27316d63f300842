// Attachment files leave the data folder when nothing uses them any more: after a case is deleted, and at
// start for files an interrupted import or an old version left unnamed. The store lets go first, then the
// files go, so a crash in between leaves only a file the next start removes, never a dangling name.
import {
  findUnusedAttachmentFiles,
  removeAttachmentFiles,
  usedAttachmentIds,
  type FreedSpace,
} from '../proof/attachment-usage';
import type { AttachmentData } from '../store/schema';
import type { Store } from '../store/store';

const NOTHING: FreedSpace = { files: 0, bytes: 0 };

/** Removes the files of `released` attachments that the store still does not name (checked again now). */
export async function removeReleasedFiles(
  store: Store,
  dir: string,
  released: readonly Pick<AttachmentData, 'id' | 'ext'>[],
): Promise<FreedSpace> {
  const used = usedAttachmentIds(store.data);
  const listed = new Set(store.data.attachments.map((a) => a.id));
  return removeAttachmentFiles(
    dir,
    released.filter((a) => !used.has(a.id) && !listed.has(a.id)),
  );
}

/** Start-up maintenance: unused attachment files older than a day; returns the space freed. */
export async function sweepUnusedAttachments(store: Store, dir: string, now: Date): Promise<FreedSpace> {
  if (store.readOnly) return NOTHING;
  const stale = await findUnusedAttachmentFiles(dir, store.data, now);
  if (stale.length === 0) return NOTHING;
  const ids = new Set(stale.map((a) => a.id));
  await store.update((data) =>
    data.attachments.some((a) => ids.has(a.id))
      ? { ...data, attachments: data.attachments.filter((a) => !ids.has(a.id)) }
      : data,
  );
  return removeReleasedFiles(store, dir, stale);
}
