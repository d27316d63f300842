// Attachments: imported from a picked or dropped path, or from pasted bytes, into the content-addressed
// folder; the store keeps one entry per hash (name, type, size, import time).
import { lstat } from 'node:fs/promises';
import path from 'node:path';
import type { Handlers } from '../ipc/contract';
import { AppError } from '../ipc/result';
import type { AttachmentView, ImportOutcome } from '../ipc/views';
import { ACCEPTED_EXTENSIONS, type AttachmentFiles, type ImportedFile } from '../proof/attachment-store';
import { attachmentsById, attachmentView, findCase } from '../proof/lookup';
import { oneLine } from '../shared/plain-text';
import type { AttachmentData, StoreData } from '../store/schema';
import type { Store } from '../store/store';
import { buildChecklist } from '../guide/engine';
import type { AttachmentClaims } from './attachment-claims';
import type { Ports } from './ports';

type AttachmentHandlers = Pick<
  Handlers,
  | 'attachments.pick'
  | 'attachments.importPaths'
  | 'attachments.importPasted'
  | 'attachments.forDocuments'
  | 'attachments.linkDocument'
>;

/** A case's files by document id, in the order they were attached. */
export function documentAttachments(data: StoreData, caseId: string): Record<string, AttachmentView[]> {
  const byId = attachmentsById(data);
  const out: Record<string, AttachmentView[]> = {};
  for (const link of data.documentAttachments) {
    const found = byId.get(link.attachmentId);
    if (link.caseId === caseId && found) (out[link.documentId] ??= []).push(attachmentView(found));
  }
  return out;
}

/** A file to register, and how to copy it in again should it be gone by the time it is registered. */
type Incoming = { name: string; file: ImportedFile; again: () => Promise<ImportedFile> };

/** Whether attachments/<id>.<ext> is there as a plain file of the expected size. */
async function present(files: AttachmentFiles, file: ImportedFile): Promise<boolean> {
  const stat = await lstat(files.fileOf(file.sha256, file.ext)).catch(() => null);
  return stat?.isFile() === true && stat.size === file.size;
}

export function attachmentsHandlers(
  store: Store,
  ports: Ports,
  files: AttachmentFiles,
  claims: AttachmentClaims,
): AttachmentHandlers {
  /**
   * Adds an entry for each newly seen file, in one store write; the first name a file had is kept. Inside
   * the write queue, where files are also removed (attachment-cleanup.ts): a file that a deletion took
   * after it was copied in is copied in again, so no entry is ever written for a missing file.
   */
  const registerAll = async (incoming: readonly Incoming[]): Promise<AttachmentView[]> => {
    const { next, registered } = await store.transact(async (tx) => {
      const placed: ImportedFile[] = [];
      for (const { file, again } of incoming)
        placed.push((await present(files, file)) ? file : await again());
      const known = new Set(tx.data.attachments.map((a) => a.id));
      const added: AttachmentData[] = [];
      placed.forEach((file, i) => {
        if (known.has(file.sha256)) return;
        known.add(file.sha256);
        const name = incoming[i]?.name ?? '';
        added.push({
          id: file.sha256,
          ext: file.ext,
          mime: file.mime,
          size: file.size,
          // A file's own name may hold anything its system allows: kept as one line of text.
          name: oneLine(path.basename(name)).slice(0, 255) || `file.${file.ext}`,
          importedAt: ports.now().toISOString(),
        });
      });
      const saved =
        added.length === 0
          ? tx.data
          : await tx.write({ ...tx.data, attachments: [...tx.data.attachments, ...added] });
      // Claimed before the queue moves on: a deletion next in line already sees them held.
      claims.claim(placed.map((file) => file.sha256));
      return { next: saved, registered: placed };
    });
    const byId = attachmentsById(next);
    return registered.map((file) => {
      const entry = byId.get(file.sha256);
      if (!entry) throw new AppError('internal', 'the attachment was not registered');
      return attachmentView(entry);
    });
  };

  /** Each file copied and flushed; then one folder flush and one store write for the whole batch. */
  const importAll = async (paths: readonly string[]): Promise<ImportOutcome> => {
    const imported: Incoming[] = [];
    const failed: ImportOutcome['failed'] = [];
    for (const source of paths) {
      try {
        const file = await files.importPath(source, { syncFolder: false });
        imported.push({ name: source, file, again: () => files.importPath(source) });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        failed.push({
          name: path.basename(source),
          code: error.code,
          message: error.message,
          ...(error.params ? { params: error.params } : {}),
        });
      }
    }
    if (imported.length === 0) return { imported: [], failed };
    await files.syncFolder();
    return { imported: await registerAll(imported), failed };
  };

  return {
    'attachments.pick': async () => importAll(await ports.pickFiles({ extensions: ACCEPTED_EXTENSIONS })),
    'attachments.importPaths': ({ paths }) => importAll(paths),
    'attachments.importPasted': async ({ name, dataBase64 }) => {
      const bytes = Buffer.from(dataBase64, 'base64');
      const file = await files.importBytes(name, bytes);
      const [view] = await registerAll([{ name, file, again: () => files.importBytes(name, bytes) }]);
      if (!view) throw new AppError('internal', 'the attachment was not registered');
      return view;
    },
    'attachments.forDocuments': ({ caseId }) => {
      findCase(store.data, caseId);
      return documentAttachments(store.data, caseId);
    },
    'attachments.linkDocument': async ({ caseId, documentId, attachmentId, linked }) => {
      const current = findCase(store.data, caseId);
      const document = buildChecklist(current.profile).documents.find((d) => d.id === documentId);
      if (!document) throw new AppError('not_found', `this case has no document ${documentId}`);
      // A file of a PIN or a login would lie in the data folder as plain text; removing an old one stays possible.
      if (linked && document.secret)
        throw new AppError('document_secret', `${documentId} is a secret and holds no attachments`);
      const next = await store.update((data) => {
        // Checked in the queue: a deletion just before may have let the attachment go.
        if (linked && !attachmentsById(data).has(attachmentId))
          throw new AppError('not_found', `no attachment ${attachmentId}`);
        const others = data.documentAttachments.filter(
          (l) => !(l.caseId === caseId && l.documentId === documentId && l.attachmentId === attachmentId),
        );
        const added = linked
          ? [{ caseId, documentId, attachmentId, addedAt: ports.now().toISOString() }]
          : [];
        return { ...data, documentAttachments: [...others, ...added] };
      });
      if (linked) claims.settle([attachmentId]);
      return documentAttachments(next, caseId);
    },
  };
}
