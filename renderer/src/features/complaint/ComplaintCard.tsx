// The Proof tab's way into a written complaint (issue 19): a short card; the editor loads when opened.
import { useState } from 'react';
import { useI18n } from '../../i18n';
import { lazyNamed, Loading } from '../../ui/lazy';

const ComplaintEditor = lazyNamed(() => import('./ComplaintEditor').then((m) => m.ComplaintEditor));

export function ComplaintCard({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <section className="card complaint" aria-labelledby="complaint-title">
      <div className="row spread">
        <h2 id="complaint-title">{t('complaint.title')}</h2>
        <button type="button" className="btn" aria-expanded={open} onClick={() => setOpen(!open)}>
          {t(open ? 'complaint.close' : 'complaint.open')}
        </button>
      </div>
      <p className="help">{t('complaint.intro')}</p>
      {open && (
        <Loading>
          <ComplaintEditor caseId={caseId} />
        </Loading>
      )}
    </section>
  );
}
