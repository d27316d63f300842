// Backup and restore in Settings: export everything to one file; restore shows what a file holds first,
// then adds it to the current data or replaces it (the main process backs up the current data first).
import { useEffect, useRef, useState } from 'react';
import type { BackupSummary } from '../../../../electron/ipc/views';
import { systemTimeZone } from '../../../../electron/shared/format';
import { call } from '../../api';
import { useReportError } from '../../app/errors';
import { useI18n, type Translate } from '../../i18n';
import { countOf, formatDateTime } from '../../ui/format';

type Found = { path: string; summary: BackupSummary };

/** What the menu asked for (export, restore), or a file opened from the desktop. */
export type BackupAsk = { kind: 'export' } | { kind: 'restore' } | { kind: 'opened'; found: Found };
/** An ask with an `id` that tells repeats apart. */
export type BackupRequest = { id: number } & BackupAsk;

export function BackupPanel({ request }: { request?: BackupRequest | null }) {
  const { t, locale } = useI18n();
  const counted = (c: Counts) => ({
    cases: countOf(t, locale, 'backup.cases', c.cases),
    records: countOf(t, locale, 'backup.records', c.records),
    attachments: countOf(t, locale, 'backup.attachments', c.attachments),
  });
  const report = useReportError();
  const [status, setStatus] = useState('');
  const [pending, setPending] = useState<Found | null>(null);
  // A restore under way: its buttons (and this panel's others) wait for it. A replacement also refuses
  // edits elsewhere until it has finished (store_busy), so the status says so.
  const [restoring, setRestoring] = useState<'add' | 'replace' | null>(null);

  const exportBackup = () =>
    call('backup.export', { timeZone: systemTimeZone() }).then(({ path, summary }) => {
      if (path && summary) setStatus(t('backup.exported', { path, ...counted(summary) }));
    }, report);
  const inspect = () =>
    call('backup.inspect', {}).then((found) => {
      setStatus('');
      setPending(found);
    }, report);
  const restore = (mode: 'add' | 'replace') => {
    if (!pending || restoring) return;
    setRestoring(mode);
    setStatus(t(mode === 'replace' ? 'backup.replacing' : 'backup.adding'));
    void call('backup.import', { path: pending.path, mode })
      .then(
        ({ backupFile, added }) => {
          setPending(null);
          setStatus(restoredText(t, mode, added, backupFile, counted));
        },
        (error: unknown) => {
          setStatus('');
          report(error);
        },
      )
      .finally(() => setRestoring(null));
  };
  const busy = restoring !== null;

  // Each request once. A file from the desktop only fills the preview: the user still chooses.
  const [seenOpened, setSeenOpened] = useState<number | null>(null);
  if (request?.kind === 'opened' && request.id !== seenOpened) {
    setSeenOpened(request.id);
    setStatus('');
    setPending(request.found);
  }
  const handled = useRef<number | null>(null);
  const actions = useRef({ exportBackup, inspect });
  useEffect(() => {
    actions.current = { exportBackup, inspect };
  });
  useEffect(() => {
    if (!request || request.kind === 'opened' || request.id === handled.current) return;
    handled.current = request.id;
    void (request.kind === 'export' ? actions.current.exportBackup() : actions.current.inspect());
  }, [request]);

  return (
    <div className="card" aria-busy={busy}>
      <h2>{t('backup.title')}</h2>
      <p className="help">{t('backup.help')}</p>
      <div className="row">
        <button type="button" className="btn" disabled={busy} onClick={() => void exportBackup()}>
          {t('backup.export')}
        </button>
        <button type="button" className="btn" disabled={busy} onClick={() => void inspect()}>
          {t('backup.import')}
        </button>
      </div>
      {pending && (
        <div className="notice notice-info" data-testid="backup-preview">
          <p>
            {t('backup.preview', {
              ...counted(pending.summary),
              createdAt: formatDateTime(pending.summary.createdAt, locale),
            })}
          </p>
          <p className="help">{t('backup.safety')}</p>
          <div className="row">
            <button type="button" className="btn" disabled={busy} onClick={() => restore('add')}>
              {t('backup.add')}
            </button>
            <button
              type="button"
              className="btn btn-danger"
              disabled={busy}
              onClick={() => restore('replace')}
            >
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

interface Counts {
  cases: number;
  records: number;
  attachments: number;
}

/** After a restore: "add" says what it added, or that everything was already there. */
function restoredText(
  t: Translate,
  mode: 'add' | 'replace',
  added: Counts,
  file: string,
  counted: (c: Counts) => Record<keyof Counts, string>,
): string {
  if (mode === 'replace') return t('backup.restored', { file });
  if (added.cases + added.records + added.attachments === 0) return t('backup.addedNothing', { file });
  return t('backup.added', { file, ...counted(added) });
}
