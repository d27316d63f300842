// Export buttons for a case's proof report; the file goes where the user chooses in a save dialog
// ("with the attached files": a folder of that name, holding the report and its files).
import { useState } from 'react';
import { systemTimeZone } from '../../../../electron/shared/format';
import { call } from '../../api';
import { useReportError } from '../../app/errors';
import { useI18n } from '../../i18n';

const FORMATS = ['pdf', 'md', 'json'] as const;

export function ReportExport({ caseId }: { caseId: string }) {
  const { t, locale } = useI18n();
  const report = useReportError();
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [withFiles, setWithFiles] = useState(false);
  const exportAs = async (format: (typeof FORMATS)[number]) => {
    setBusy(true);
    try {
      const { path } = await call('report.export', {
        caseId,
        locale,
        timeZone: systemTimeZone(),
        format,
        withFiles,
      });
      if (path) setSaved(path);
    } catch (error) {
      report(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card" aria-labelledby="report-title">
      <h2 id="report-title">{t('report.title')}</h2>
      <p className="help">{t('report.help')}</p>
      <label className="row">
        <input type="checkbox" checked={withFiles} onChange={(e) => setWithFiles(e.target.checked)} />
        {t('report.withFiles')}
      </label>
      <div className="row">
        {FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            className="btn"
            disabled={busy}
            onClick={() => void exportAs(format)}
          >
            {t(`report.${format}`)}
          </button>
        ))}
      </div>
      <p role="status" className="help" data-testid="report-saved">
        {saved && t('report.saved', { path: saved })}
      </p>
    </section>
  );
}
