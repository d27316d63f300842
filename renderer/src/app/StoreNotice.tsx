import { useState } from 'react';
import type { AppInfo } from '../../../electron/ipc/views';
import { useI18n, type MessageKey, type Translate } from '../i18n';

/** System error codes worded in the user's language; any other is shown as its code. */
const WORDED_REASONS = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EISDIR', 'ENOTDIR', 'EEXIST', 'EIO']);

/** Why a file or folder cannot be used, from the system's error code, in the user's language. */
export const reasonText = (t: Translate, code: string) =>
  WORDED_REASONS.has(code) ? t(`notice.reason.${code}` as MessageKey) : t('notice.reason.other', { code });

/** Tells the user, in their language, that a bad, missing or unusable data file or folder was dealt
 * with, how, and what to do. Notices about a problem still there cannot be dismissed. */
export function StoreNoticeBanner({
  notice,
  logFile,
}: {
  notice: AppInfo['notice'];
  logFile?: string | null;
}) {
  const { t } = useI18n();
  const [dismissed, setDismissed] = useState(false);
  // An unusable data folder has a page of its own (StartupProblem), not a banner.
  if (!notice || dismissed || notice.kind === 'data-folder-unusable') return null;
  const reason = (code: string) => reasonText(t, code);
  const text = (() => {
    switch (notice.kind) {
      case 'newer-schema':
        return t('notice.newerSchema', { file: notice.file });
      case 'missing-restored':
        return t('notice.missingRestored', { file: notice.file, backup: notice.restoredFrom });
      case 'recovered':
        return notice.restoredFrom
          ? t('notice.recovered', { file: notice.setAsideFile, backup: notice.restoredFrom })
          : t('notice.recoveredFresh', { file: notice.setAsideFile });
      case 'unreadable':
        return notice.restoredFrom
          ? t('notice.unreadable', {
              file: notice.file,
              reason: reason(notice.code),
              backup: notice.restoredFrom,
            })
          : t('notice.unreadableFresh', { file: notice.file, reason: reason(notice.code) });
      case 'set-aside-failed':
        return notice.restoredFrom
          ? t('notice.setAsideFailed', {
              file: notice.file,
              reason: reason(notice.code),
              backup: notice.restoredFrom,
            })
          : t('notice.setAsideFailedFresh', { file: notice.file, reason: reason(notice.code) });
      case 'backup-failed':
        return t(notice.readOnly ? 'notice.backupFailedReadOnly' : 'notice.backupFailed', {
          dir: notice.dir,
          reason: reason(notice.code),
        });
    }
  })();
  const lasting = ['newer-schema', 'unreadable', 'set-aside-failed'].includes(notice.kind);
  const failure = !['newer-schema', 'missing-restored', 'recovered'].includes(notice.kind);
  return (
    <section className="notice notice-warn" aria-label="notice" data-testid="store-notice">
      <p>{text}</p>
      {failure && logFile && <p className="help">{t('notice.log', { file: logFile })}</p>}
      {!lasting && (
        <button type="button" className="btn" onClick={() => setDismissed(true)}>
          {t('notice.dismiss')}
        </button>
      )}
    </section>
  );
}
