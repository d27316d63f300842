// Small lookups the proof services share; nothing here needs the guide engine.
import { AppError } from '../ipc/result';
import type { AttachmentView } from '../ipc/views';
import type { AttachmentData, CaseData, StoreData } from '../store/schema';

export const attachmentView = (a: AttachmentData): AttachmentView => ({ ...a, fileName: `${a.id}.${a.ext}` });

export function attachmentsById(data: StoreData): Map<string, AttachmentData> {
  return new Map(data.attachments.map((a) => [a.id, a]));
}

/** The case, or a not_found error. */
export function findCase(data: StoreData, caseId: string): CaseData {
  const found = data.cases.find((c) => c.id === caseId);
  if (!found) throw new AppError('not_found', `no case with id ${caseId}`);
  return found;
}
