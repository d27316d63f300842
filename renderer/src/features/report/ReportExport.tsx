// Export buttons for a case's proof report; the file goes where the user chooses in a save dialog
// ("with the attached files": a folder of that name, holding the report and its files). While they are
// on screen, main readies a PDF export (report.prepare): when the tab opens and its records change,
// and again when the user reaches for the buttons, so the first export is as quick as the next.
import { useCallback, useEffect, useRef, useState } from 'react';
import { systemTimeZone } from '../../../../electron/shared/format';
import type { RecordView } from '../../../../electron/ipc/views';
import { call } from '../../api';
import { useReportError } from '../../app/errors';
import { useI18n } from '../../i18n';

const FORMATS = ['pdf', 'md', 'json'] as const;
/** Reaching for the buttons readies the export again at most this often. */
const PREPARE_EVERY_MS = 10_000;

/** `records`: the case's records as shown; a change (a record saved) readies the export again.
 * `hasIds`: the holder gave a residence-card or passport number, so the export asks how to print it. */
export function ReportExport({
  caseId,
  records,
  hasIds,
}: {
  caseId: string;
  records: readonly RecordView[];
  hasIds: boolean;
}) {
  const { t, locale } = useI18n();
  const report = useReportError();
  const lastPrepared = useRef(0);
  // Only readies: a failure here is the export's to report, if it fails too.
  const prepare = useCallback(() => {
    lastPrepared.current = Date.now();
    void call('report.prepare', { caseId, locale, timeZone: systemTimeZone() }).catch(() => undefined);
  }, [caseId, locale]);
  useEffect(() => {
    const idle = requestIdleCallback(prepare, { timeout: 2000 });
    return () => cancelIdleCallback(idle);
  }, [prepare, records]);
  const reachedFor = () => {
    if (Date.now() - lastPrepared.current > PREPARE_EVERY_MS) prepare();
  };
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [withFiles, setWithFiles] = useState(false);
  // Issue 19: the report goes to people outside; the ID numbers stay masked unless the holder says so.
  const [revealIds, setRevealIds] = useState(false);
  const exportAs = async (format: (typeof FORMATS)[number]) => {
    setBusy(true);
    try {
      const { path } = await call('report.export', {
        caseId,
        locale,
        timeZone: systemTimeZone(),
        format,
        withFiles,
        revealIds,
      });
      if (path) setSaved(path);
    } catch (error) {
      report(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card" aria-labelledby="report-title" onPointerEnter={reachedFor} onFocus={reachedFor}>
      <h2 id="report-title">{t('report.title')}</h2>
      <p className="help">{t('report.help')}</p>
      <label className="check">
        <input type="checkbox" checked={withFiles} onChange={(e) => setWithFiles(e.target.checked)} />
        <span>{t('report.withFiles')}</span>
      </label>
      {hasIds && <RevealIdsChoice checked={revealIds} onChange={setRevealIds} />}
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

/** The holder's choice for an export: the residence-card and passport numbers in full, or masked as on
 * screen (the default); the phone number is always in full. What the file will say is shown beside it. */
export function RevealIdsChoice({
  checked,
  onChange,
}: {
  checked: boolean;
  onChange: (reveal: boolean) => void;
}) {
  const { t } = useI18n();
  return (
    <div data-testid="reveal-ids">
      <label className="check">
        <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
        <span>{t('report.revealIds')}</span>
      </label>
      <p className="help small">{t(checked ? 'report.idsShown' : 'report.idsMasked')}</p>
    </div>
  );
}
