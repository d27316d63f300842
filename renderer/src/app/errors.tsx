// One place that turns a failed call into a message in the user's language. The banner goes away when
// the next action succeeds, so a stale error never sits above a success.
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { AppErrorBody } from '../../../electron/ipc/result';
import { ApiError, onActionSucceeded } from '../api';
import { useI18n } from '../i18n';
import { errorText } from './error-text';

type Report = (error: unknown) => void;
const ErrorContext = createContext<Report>(() => undefined);

export const useReportError = () => useContext(ErrorContext);

const INTERNAL: AppErrorBody = { code: 'internal', message: '' };

export function ErrorProvider({ children }: { children: ReactNode }) {
  const { t, locale } = useI18n();
  // The error itself, worded at render time: a language switch rewords a banner already shown.
  const [shown, setShown] = useState<AppErrorBody | null>(null);
  const report = useCallback<Report>(
    (error) => setShown(error instanceof ApiError ? error.body : INTERNAL),
    [],
  );
  useEffect(() => onActionSucceeded(() => setShown(null)), []);
  return (
    <ErrorContext.Provider value={report}>
      <div role="alert" aria-live="assertive">
        {shown && (
          <div className="notice notice-error" data-testid="error-banner">
            <div className="notice-body">
              <p>{errorText(t, locale, shown)}</p>
              {/* The main process's technical English, for a bug report: never the words a user reads. */}
              {shown.message && (
                <details className="error-details">
                  <summary>{t('common.details')}</summary>
                  <code lang="en">{shown.message}</code>
                </details>
              )}
            </div>
            <button type="button" className="btn btn-ghost" onClick={() => setShown(null)}>
              {t('common.close')}
            </button>
          </div>
        )}
      </div>
      {children}
    </ErrorContext.Provider>
  );
}
