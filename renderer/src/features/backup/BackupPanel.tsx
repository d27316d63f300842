// Backup and restore in Settings: export everything to one file; restore shows what a file holds first,
// then adds it to the current data or replaces it (the main process backs up the current data first).
import { useState } from 'react';
import type { BackupSummary } from '../../../../electron/ipc/views';
import { call } from '../../api';
import { useReportError } from '../../app/errors';
import { useI18n } from '../../i18n';

export function BackupPanel() {
  const { t } = useI18n();
  const report = useReportError();
  const [status, setStatus] = useState('');
  const [pending, setPending] = useState<{ path: string; summary: BackupSummary } | null>(null);

  const exportBackup = () =>
    call('backup.export', {}).then(({ path, summary }) => {
      if (path && summary) setStatus(t('backup.exported', { path, ...counts(summary) }));
    }, report);
  const inspect = () =>
    call('backup.inspect', {}).then((found) => {
      setStatus('');
      setPending(found);
    }, report);
  const restore = (mode: 'add' | 'replace') => {
    if (!pending) return;
    void call('backup.import', { path: pending.path, mode }).then(({ backupFile }) => {
      setPending(null);
      setStatus(t('backup.restored', { file: backupFile }));
    }, report);
  };

  return (
    <div className="card">
      <h2>{t('backup.title')}</h2>
      <p className="help">{t('backup.help')}</p>
      <div className="row">
        <button type="button" className="btn" onClick={() => void exportBackup()}>
          {t('backup.export')}
        </button>
        <button type="button" className="btn" onClick={() => void inspect()}>
          {t('backup.import')}
        </button>
      </div>
      {pending && (
        <div className="notice notice-info" data-testid="backup-preview">
          <p>
            {t('backup.preview', {
              ...counts(pending.summary),
              createdAt: pending.summary.createdAt.slice(0, 16).replace('T', ' '),
            })}
          </p>
          <p className="help">{t('backup.safety')}</p>
          <div className="row">
            <button type="button" className="btn" onClick={() => restore('add')}>
              {t('backup.add')}
            </button>
            <button type="button" className="btn btn-danger" onClick={() => restore('replace')}>
              {t('backup.replace')}
            </button>
          </div>
        </div>
      )}
      <p role="status" className="help" data-testid="backup-status">
        {status}
      </p>
    </div>
  );
}

const counts = (s: BackupSummary) => ({ cases: s.cases, records: s.records, attachments: s.attachments });
