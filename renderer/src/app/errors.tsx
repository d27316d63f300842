// One place that turns a failed call into a message in the user's language.
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import { ApiError } from '../api';
import { useI18n, type MessageKey } from '../i18n';

type Report = (error: unknown) => void;
const ErrorContext = createContext<Report>(() => undefined);

export const useReportError = () => useContext(ErrorContext);

export function ErrorProvider({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const [message, setMessage] = useState<string | null>(null);
  const report = useCallback<Report>(
    (error) => {
      if (error instanceof ApiError) {
        setMessage(
          t(`error.${error.body.code}` as MessageKey, {
            detail: error.body.message,
            ...error.body.params,
          }),
        );
      } else {
        setMessage(t('error.internal'));
      }
    },
    [t],
  );
  return (
    <ErrorContext.Provider value={report}>
      <div role="alert" aria-live="assertive">
        {message && (
          <div className="notice notice-error">
            <p>{message}</p>
            <button type="button" className="btn btn-ghost" onClick={() => setMessage(null)}>
              {t('common.close')}
            </button>
          </div>
        )}
      </div>
      {children}
    </ErrorContext.Provider>
  );
}
