import { useState } from 'react';
import type { AppInfo } from '../../../electron/ipc/views';
import { useI18n } from '../i18n';

/** Tells the user, in their language, that a bad data file was set aside and what was loaded instead. */
export function StoreNoticeBanner({ notice }: { notice: AppInfo['notice'] }) {
  const { t } = useI18n();
  const [dismissed, setDismissed] = useState(false);
  if (!notice || dismissed) return null;
  const text =
    notice.kind === 'newer-schema'
      ? t('notice.newerSchema', { file: notice.file })
      : notice.restoredFrom
        ? t('notice.recovered', { file: notice.setAsideFile, backup: notice.restoredFrom })
        : t('notice.recoveredFresh', { file: notice.setAsideFile });
  return (
    <section className="notice notice-warn" aria-label="notice" data-testid="store-notice">
      <p>{text}</p>
      {notice.kind === 'recovered' && (
        <button type="button" className="btn" onClick={() => setDismissed(true)}>
          {t('notice.dismiss')}
        </button>
      )}
    </section>
  );
}
