// Settings → "Copy diagnostics": the main process builds the text (personal data removed) and puts it on
// the clipboard; the page only says it did.
import { useState } from 'react';
import { call } from '../../api';
import { useReportError } from '../../app/errors';
import { useI18n } from '../../i18n';

export function DiagnosticsCard() {
  const { t } = useI18n();
  const report = useReportError();
  const [copied, setCopied] = useState(false);
  const copy = () => call('app.copyDiagnostics', {}).then(() => setCopied(true), report);
  return (
    <div className="card">
      <h2>{t('settings.diagnostics')}</h2>
      <p className="help">{t('settings.diagnostics.help')}</p>
      <button type="button" className="btn" onClick={() => void copy()}>
        {t('settings.diagnostics.copy')}
      </button>
      <p role="status" className="help" data-testid="diagnostics-status">
        {copied ? t('settings.diagnostics.copied') : ''}
      </p>
    </div>
  );
}
