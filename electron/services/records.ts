// Proof records: one per contact with the carrier or action taken. Nothing is overwritten: an edit
// appends a revision chained to the previous one by SHA-256.
import { randomUUID } from 'node:crypto';
import type { Handlers } from '../ipc/contract';
import { AppError } from '../ipc/result';
import type { RecordView } from '../ipc/views';
import { nextRevision, verifyChain } from '../proof/chain';
import type { ProofRecord, RecordContent, StoreData } from '../store/schema';
import type { Store } from '../store/store';
import { attachmentsById, attachmentView, findCase } from '../proof/lookup';
import type { AttachmentClaims } from './attachment-claims';
import { checklistOf } from './cases';
import type { Ports } from './ports';
import { latestBillMonth } from '../shared/bill-month';

export function recordView(data: StoreData, record: ProofRecord): RecordView {
  const first = record.revisions[0];
  const last = record.revisions.at(-1);
  if (!first || !last) throw new AppError('internal', `record ${record.id} has no revision`);
  const byId = attachmentsById(data);
  return {
    id: record.id,
    caseId: record.caseId,
    createdAt: first.savedAt,
    updatedAt: last.savedAt,
    content: last.content,
    revisions: record.revisions.map(({ savedAt, hash, prevHash }) => ({ savedAt, hash, prevHash })),
    chain: verifyChain(record.revisions),
    attachments: last.content.attachmentIds.flatMap((id) => {
      const found = byId.get(id);
      return found ? [attachmentView(found)] : [];
    }),
  };
}

/** A case's records, oldest event first. */
export function caseRecords(data: StoreData, caseId: string): RecordView[] {
  return data.records
    .filter((r) => r.caseId === caseId)
    .map((r) => recordView(data, r))
    .sort((a, b) => Date.parse(a.content.occurredAt) - Date.parse(b.content.occurredAt));
}

/** `claims`: the attachments a saved record names are the store's to keep from then on. */
export function recordsHandlers(
  store: Store,
  ports: Ports,
  claims: AttachmentClaims,
): Pick<Handlers, 'records.list' | 'records.create' | 'records.update'> {
  /** Refuses links the case cannot have (unknown attachments, a step not on its checklist), and a bill
   * for a month that has not been billed yet. */
  const check = (data: StoreData, caseId: string, content: RecordContent) => {
    const current = findCase(data, caseId);
    const latest = latestBillMonth(ports.now());
    if (content.bill && content.bill.month > latest)
      throw new AppError(
        'bill_not_billed_yet',
        `a bill for ${content.bill.month} cannot have come yet (it is ${latest} in Japan)`,
      );
    const known = attachmentsById(data);
    const missing = content.attachmentIds.find((id) => !known.has(id));
    if (missing) throw new AppError('not_found', `no attachment ${missing}`);
    if (content.stepId !== null) {
      const steps = checklistOf(current).phases.flatMap((p) => p.steps);
      if (!steps.some((s) => s.id === content.stepId))
        throw new AppError('not_found', `this case has no step ${content.stepId}`);
    }
  };

  /** Builds the record from the state the update sees (inside the store's queue), so two edits sent
   * together chain one after the other instead of the second replacing the first. */
  const save = async (build: (data: StoreData) => ProofRecord): Promise<RecordView> => {
    const saved: { record?: ProofRecord } = {};
    const next = await store.update((data) => {
      const record = build(data);
      saved.record = record;
      return {
        ...data,
        records: data.records.some((r) => r.id === record.id)
          ? data.records.map((r) => (r.id === record.id ? record : r))
          : [...data.records, record],
      };
    });
    if (!saved.record) throw new AppError('internal', 'the record was not saved');
    claims.settle(saved.record.revisions.at(-1)?.content.attachmentIds ?? []);
    return recordView(next, saved.record);
  };

  return {
    'records.list': ({ caseId }) => {
      findCase(store.data, caseId);
      return caseRecords(store.data, caseId);
    },
    'records.create': ({ caseId, content }) =>
      save((data) => {
        check(data, caseId, content);
        return {
          id: randomUUID(),
          caseId,
          revisions: [nextRevision([], content, ports.now().toISOString())],
        };
      }),
    'records.update': ({ caseId, recordId, content }) =>
      save((data) => {
        check(data, caseId, content);
        const record = data.records.find((r) => r.id === recordId && r.caseId === caseId);
        if (!record) throw new AppError('not_found', `no record ${recordId} in this case`);
        return {
          ...record,
          revisions: [
            ...record.revisions,
            nextRevision(record.revisions, content, ports.now().toISOString()),
          ],
        };
      }),
  };
}
