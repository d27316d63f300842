// The delete confirmation: says what goes (records, document links, files no other case uses), offers to
// save the case as a backup file first, and says what the rolling backups still keep.
import { useEffect, useState } from 'react';
import type { CaseSummary, DeletionPreview } from '../../../../electron/ipc/views';
import { call } from '../../api';
import { useReportError } from '../../app/errors';
import { useI18n } from '../../i18n';
import { Dialog } from '../../ui/Dialog';
import { formatMegabytes } from '../../ui/format';

export function DeleteCaseDialog({
  deleting,
  onClose,
  onDelete,
}: {
  deleting: CaseSummary | null;
  onClose: () => void;
  onDelete: (caseId: string) => void;
}) {
  const { t } = useI18n();
  return (
    <Dialog
      open={deleting !== null}
      onClose={onClose}
      title={t('cases.delete.title', { name: deleting?.name ?? '' })}
    >
      {/* Keyed by case: each opening starts with its own preview and no "saved" line. */}
      {deleting && <DeletionDetails key={deleting.id} caseId={deleting.id} />}
      <div className="row actions">
        <button type="button" className="btn" autoFocus onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="btn btn-danger"
          onClick={() => {
            if (deleting) onDelete(deleting.id);
            onClose();
          }}
        >
          {t('cases.delete.confirm')}
        </button>
      </div>
    </Dialog>
  );
}

function DeletionDetails({ caseId }: { caseId: string }) {
  const { t, locale } = useI18n();
  const report = useReportError();
  const [preview, setPreview] = useState<DeletionPreview | null>(null);
  const [savedTo, setSavedTo] = useState<string | null>(null);

  useEffect(() => {
    call('cases.deletionPreview', { caseId }).then(setPreview, report);
  }, [caseId, report]);

  const saveFirst = () =>
    call('backup.exportCase', { caseId }).then(({ path }) => {
      if (path) setSavedTo(path);
    }, report);

  return (
    <>
      <p>{t('cases.delete.body')}</p>
      {preview && (
        <ul data-testid="delete-preview">
          <li>{t('cases.delete.records', { count: preview.records })}</li>
          <li>{t('cases.delete.links', { count: preview.documentLinks })}</li>
          <li>
            {t('cases.delete.files', {
              count: preview.files,
              size: formatMegabytes(preview.bytes, locale),
            })}
          </li>
        </ul>
      )}
      <p className="help">{t('cases.delete.rolling')}</p>
      <div className="row">
        <button type="button" className="btn" onClick={() => void saveFirst()}>
          {t('cases.delete.saveFirst')}
        </button>
      </div>
      {savedTo && (
        <p className="help" role="status">
          {t('cases.delete.saved', { path: savedTo })}
        </p>
      )}
    </>
  );
}
