import { useState } from 'react';
import type { AppInfo } from '../../../electron/ipc/views';
import { useI18n } from '../i18n';

/** Tells the user, in their language, that a bad or missing data file was dealt with, and how. */
export function StoreNoticeBanner({ notice }: { notice: AppInfo['notice'] }) {
  const { t } = useI18n();
  const [dismissed, setDismissed] = useState(false);
  if (!notice || dismissed) return null;
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
    }
  })();
  return (
    <section className="notice notice-warn" aria-label="notice" data-testid="store-notice">
      <p>{text}</p>
      {notice.kind !== 'newer-schema' && (
        <button type="button" className="btn" onClick={() => setDismissed(true)}>
          {t('notice.dismiss')}
        </button>
      )}
    </section>
  );
}
