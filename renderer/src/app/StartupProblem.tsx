// The start when the data folder cannot be used (the model is Actual's "Data folder unavailable"): which
// folder, what is wrong, and three ways on: another folder (kept for the next start), try again, the log.
// Nothing else of the app is shown: there is no data to show, and nothing could be saved.
import { useState } from 'react';
import type { StoreNotice } from '../../../electron/store/store';
import { ApiError, call } from '../api';
import { useI18n } from '../i18n';
import { errorText } from './error-text';
import { reasonText } from './StoreNotice';

type Unusable = Extract<StoreNotice, { kind: 'data-folder-unusable' }>;

export function StartupProblem({ notice, logFile }: { notice: Unusable; logFile: string | null }) {
  const { t, locale } = useI18n();
  const [status, setStatus] = useState('');
  const failed = (error: unknown) => {
    if (error instanceof ApiError && error.body.code === 'folder_unusable') {
      setStatus(
        t('startup.chosenUnusable', { reason: reasonText(t, String(error.body.params?.['reason'])) }),
      );
    } else {
      setStatus(errorText(t, locale, error instanceof ApiError ? error.body : { code: 'internal' }));
    }
  };
  const choose = () =>
    call('app.chooseDataFolder', {}).then(
      (chosen) => setStatus(chosen ? t('startup.restarting') : ''),
      failed,
    );
  const retry = () => call('app.restart', {}).then(() => setStatus(t('startup.restarting')), failed);
  const openLog = () => call('app.openLogFolder', {}).catch(failed);
  return (
    <main className="main">
      <section className="card startup-problem" aria-labelledby="startup-title" data-testid="startup-problem">
        <h1 id="startup-title">{t('startup.title')}</h1>
        <p>{t('startup.intro')}</p>
        <p className="mono" data-testid="startup-folder">
          {notice.dir}
        </p>
        <p>{t('startup.reason', { reason: reasonText(t, notice.code) })}</p>
        <p>{t('startup.whatNow')}</p>
        <div className="row">
          <button type="button" className="btn btn-primary" onClick={() => void choose()}>
            {t('startup.choose')}
          </button>
          <button type="button" className="btn" onClick={() => void retry()}>
            {t('startup.retry')}
          </button>
          <button type="button" className="btn" onClick={() => void openLog()}>
            {t('startup.openLog')}
          </button>
        </div>
        {logFile && <p className="help mono">{t('startup.log', { file: logFile })}</p>}
        <p role="status" className="help" data-testid="startup-status">
          {status}
        </p>
      </section>
    </main>
  );
}
