// Attachment files leave the data folder when nothing uses them any more: after a case is deleted, and at
// start for files an interrupted import or an old version left unnamed. Files are removed only inside the
// store's write queue, right after the write that proves them unused: no import, restore or record can
// take a reference in between (each takes it inside the queue too, see services/attachments.ts).
import {
  findUnusedAttachmentFiles,
  removeAttachmentFiles,
  usedAttachmentIds,
  type FreedSpace,
} from '../proof/attachment-usage';
import type { AttachmentData } from '../store/schema';
import type { Store, StoreTransaction } from '../store/store';

const NOTHING: FreedSpace = { files: 0, bytes: 0 };

/** Inside a transaction, after its write: removes the files of `released` attachments the store neither
 * lists nor names. */
export function removeReleasedFiles(
  tx: StoreTransaction,
  dir: string,
  released: readonly Pick<AttachmentData, 'id' | 'ext'>[],
): Promise<FreedSpace> {
  const used = usedAttachmentIds(tx.data);
  const listed = new Set(tx.data.attachments.map((a) => a.id));
  return removeAttachmentFiles(
    dir,
    released.filter((a) => !used.has(a.id) && !listed.has(a.id)),
  );
}

/** Start-up maintenance: unused attachment files older than a day; returns the space freed. */
export async function sweepUnusedAttachments(store: Store, dir: string, now: Date): Promise<FreedSpace> {
  if (store.readOnly) return NOTHING;
  return store.transact(async (tx) => {
    const stale = await findUnusedAttachmentFiles(dir, tx.data, now);
    if (stale.length === 0) return NOTHING;
    const ids = new Set(stale.map((a) => a.id));
    if (tx.data.attachments.some((a) => ids.has(a.id)))
      await tx.write({ ...tx.data, attachments: tx.data.attachments.filter((a) => !ids.has(a.id)) });
    return removeReleasedFiles(tx, dir, stale);
  });
}
