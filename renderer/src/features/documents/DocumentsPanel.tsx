// The documents this case needs, each tickable; like steps, a tick shows once it is saved.
import { useState } from 'react';
import type { CaseView } from '../../../../electron/ipc/views';
import { call } from '../../api';
import { useReportError } from '../../app/errors';
import { useI18n } from '../../i18n';
import { formatDateTime } from '../../ui/format';
import { Progress } from '../../ui/Progress';

export function DocumentsPanel({ view, onView }: { view: CaseView; onView: (view: CaseView) => void }) {
  const { t, locale } = useI18n();
  const report = useReportError();
  const [saving, setSaving] = useState<string | null>(null);
  const { documents } = view.checklist;
  const state = view.case.documents;

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
                  {doc.title[locale]}
                </label>
              </div>
              <p className="prose why">{doc.why[locale]}</p>
              {saved?.done && (
                <p className="help">{t('documents.readyAt', { when: formatDateTime(saved.at, locale) })}</p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
