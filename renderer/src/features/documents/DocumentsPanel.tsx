// The documents this case needs, each tickable; like steps, a tick shows once it is saved. Each can hold
// files too (a photo of the contract papers, a posting receipt), through the records' attachment picker.
import { useEffect, useState } from 'react';
import type { AttachmentView, CaseView } from '../../../../electron/ipc/views';
import { call } from '../../api';
import { useReportError } from '../../app/errors';
import { useI18n } from '../../i18n';
import { formatDateTime } from '../../ui/format';
import { Progress } from '../../ui/Progress';
import { AttachmentPicker } from '../records';

type Files = { byDocument: Record<string, AttachmentView[]>; baseUrl: string };

export function DocumentsPanel({ view, onView }: { view: CaseView; onView: (view: CaseView) => void }) {
  const { t, locale } = useI18n();
  const report = useReportError();
  const [saving, setSaving] = useState<string | null>(null);
  const { documents } = view.checklist;
  const state = view.case.documents;
  const caseId = view.case.id;
  const [files, setFiles] = useState<Files | null>(null);

  useEffect(() => {
    Promise.all([call('attachments.forDocuments', { caseId }), call('app.info', {})]).then(
      ([byDocument, info]) => setFiles({ byDocument, baseUrl: info.attachmentBaseUrl }),
      report,
    );
  }, [caseId, report]);

  /** Links what the picker added and unlinks what it removed; the list shown is the one saved. */
  const relink = async (documentId: string, next: AttachmentView[]) => {
    const current = files?.byDocument[documentId] ?? [];
    const ids = (list: AttachmentView[]) => new Set(list.map((a) => a.id));
    const [before, after] = [ids(current), ids(next)];
    const changes = [
      ...next.filter((a) => !before.has(a.id)).map((a) => ({ attachmentId: a.id, linked: true })),
      ...current.filter((a) => !after.has(a.id)).map((a) => ({ attachmentId: a.id, linked: false })),
    ];
    try {
      for (const change of changes) {
        const byDocument = await call('attachments.linkDocument', { caseId, documentId, ...change });
        setFiles((old) => (old ? { ...old, byDocument } : old));
      }
    } catch (error) {
      report(error);
    }
  };

  const toggle = async (documentId: string, done: boolean) => {
    setSaving(documentId);
    try {
      onView(await call('documents.setDone', { caseId: view.case.id, documentId, done }));
    } catch (error) {
      report(error);
    } finally {
      setSaving(null);
    }
  };

  if (documents.length === 0) return <p className="help">{t('documents.none')}</p>;
  return (
    <section aria-labelledby="documents-title">
      <h2 id="documents-title">{t('documents.title')}</h2>
      <p className="help">{t('documents.help')}</p>
      <Progress
        done={documents.filter((d) => state[d.id]?.done).length}
        total={documents.length}
        label={t('documents.progress')}
      />
      <ul className="steps">
        {documents.map((doc) => {
          const saved = state[doc.id];
          const boxId = `doc-${doc.id}`;
          return (
            <li key={doc.id} className={`step card${saved?.done ? ' step-done' : ''}`} data-testid="document">
              <div className="step-head">
                <input
                  id={boxId}
                  type="checkbox"
                  className="step-box"
                  checked={saved?.done ?? false}
                  aria-busy={saving === doc.id || undefined}
                  onChange={(e) => {
                    if (saving !== doc.id) void toggle(doc.id, e.target.checked);
                  }}
                />
                <label htmlFor={boxId} className="step-title">
                  {doc.title}
                </label>
              </div>
              <p className="prose why">{doc.why}</p>
              {saved?.done && (
                <p className="help">{t('documents.readyAt', { when: formatDateTime(saved.at, locale) })}</p>
              )}
              {doc.secret && (
                <p className="help document-secret" data-testid="document-secret">
                  {t('documents.secret')}
                </p>
              )}
              {/* A secret holds no files; one attached before this rule can still be removed. */}
              {files && (!doc.secret || (files.byDocument[doc.id]?.length ?? 0) > 0) && (
                <AttachmentPicker
                  value={files.byDocument[doc.id] ?? []}
                  onChange={(next) => void relink(doc.id, next)}
                  baseUrl={files.baseUrl}
                  context={doc.title}
                  compact
                />
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
