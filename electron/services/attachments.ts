// Attachments: imported from a picked or dropped path, or from pasted bytes, into the content-addressed
// folder; the store keeps one entry per hash (name, type, size, import time).
import path from 'node:path';
import type { Handlers } from '../ipc/contract';
import { AppError } from '../ipc/result';
import type { AttachmentView, ImportOutcome } from '../ipc/views';
import { ACCEPTED_EXTENSIONS, type AttachmentFiles, type ImportedFile } from '../proof/attachment-store';
import { attachmentsById, attachmentView, findCase } from '../proof/lookup';
import type { StoreData } from '../store/schema';
import type { Store } from '../store/store';
import { buildChecklist } from '../guide/engine';
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

export function attachmentsHandlers(store: Store, ports: Ports, files: AttachmentFiles): AttachmentHandlers {
  /** Adds the entry for newly seen bytes; the first name a file was imported under is kept. */
  const register = async (name: string, file: ImportedFile): Promise<AttachmentView> => {
    const next = await store.update((data) =>
      data.attachments.some((a) => a.id === file.sha256)
        ? data
        : {
            ...data,
            attachments: [
              ...data.attachments,
              {
                id: file.sha256,
                ext: file.ext,
                mime: file.mime,
                size: file.size,
                name: path.basename(name).slice(0, 255) || `file.${file.ext}`,
                importedAt: ports.now().toISOString(),
              },
            ],
          },
    );
    const entry = attachmentsById(next).get(file.sha256);
    if (!entry) throw new AppError('internal', 'the attachment was not registered');
    return attachmentView(entry);
  };

  const importAll = async (paths: readonly string[]): Promise<ImportOutcome> => {
    const outcome: ImportOutcome = { imported: [], failed: [] };
    for (const source of paths) {
      try {
        outcome.imported.push(await register(source, await files.importPath(source)));
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        outcome.failed.push({
          name: path.basename(source),
          code: error.code,
          message: error.message,
          ...(error.params ? { params: error.params } : {}),
        });
      }
    }
    return outcome;
  };

  return {
    'attachments.pick': async () => importAll(await ports.pickFiles({ extensions: ACCEPTED_EXTENSIONS })),
    'attachments.importPaths': ({ paths }) => importAll(paths),
    'attachments.importPasted': async ({ name, dataBase64 }) =>
      register(name, await files.importBytes(name, Buffer.from(dataBase64, 'base64'))),
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
      if (!attachmentsById(store.data).has(attachmentId))
        throw new AppError('not_found', `no attachment ${attachmentId}`);
      const next = await store.update((data) => {
        const others = data.documentAttachments.filter(
          (l) => !(l.caseId === caseId && l.documentId === documentId && l.attachmentId === attachmentId),
        );
        const added = linked
          ? [{ caseId, documentId, attachmentId, addedAt: ports.now().toISOString() }]
          : [];
        return { ...data, documentAttachments: [...others, ...added] };
      });
      return documentAttachments(next, caseId);
    },
  };
}
