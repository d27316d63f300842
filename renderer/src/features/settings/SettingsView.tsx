import type { AppInfo, Settings } from '../../../../electron/ipc/views';
import { call } from '../../api';
import { useReportError } from '../../app/errors';
import { useI18n } from '../../i18n';
import { BackupPanel, type BackupRequest } from '../backup';
import { countOf, formatMegabytes } from '../../ui/format';
import { DiagnosticsCard } from './Diagnostics';

export function SettingsView({
  info,
  settings,
  onSettings,
  backupRequest,
  onAbout,
}: {
  info: AppInfo;
  settings: Settings;
  onSettings: (next: Settings) => void;
  /** What the menu or the desktop asked of the backup panel. */
  backupRequest?: BackupRequest | null;
  onAbout?: () => void;
}) {
  const { t, locale } = useI18n();
  const report = useReportError();
  const setTheme = (theme: Settings['theme']) => call('settings.update', { theme }).then(onSettings, report);
  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">{t('settings.title')}</h1>
      <div className="card">
        <h2>{t('settings.dataDir')}</h2>
        <p className="help">{t('settings.dataDir.help')}</p>
        <p className="mono" data-testid="data-dir">
          {info.dataDir}
        </p>
        {info.freedAtStart.files > 0 && (
          <p className="help" data-testid="freed-at-start">
            {countOf(t, locale, 'settings.freedAtStart', info.freedAtStart.files, {
              size: formatMegabytes(info.freedAtStart.bytes, locale),
            })}
          </p>
        )}
        <button
          type="button"
          className="btn"
          onClick={() => void call('app.openDataFolder', {}).catch(report)}
        >
          {t('settings.openFolder')}
        </button>
      </div>
      <div className="card">
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <legend className="label">
            <h2>{t('settings.theme')}</h2>
          </legend>
          <div className="row">
            {(['system', 'light', 'dark'] as const).map((theme) => (
              <label key={theme} className="check">
                <input
                  type="radio"
                  name="theme"
                  value={theme}
                  checked={settings.theme === theme}
                  onChange={() => void setTheme(theme)}
                />
                <span>{t(`settings.theme.${theme}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      <div className="card">
        <h2>{t('settings.notifications')}</h2>
        <label className="check">
          <input
            type="checkbox"
            checked={settings.notifications !== false}
            onChange={(e) =>
              void call('settings.update', { notifications: e.target.checked }).then(onSettings, report)
            }
            data-testid="notifications"
          />
          <span>{t('settings.notifications.label')}</span>
        </label>
      </div>
      <BackupPanel request={backupRequest ?? null} />
      <DiagnosticsCard />
      <p className="help">{t('settings.version', { app: info.appVersion, content: info.contentVersion })}</p>
      {onAbout && (
        <button type="button" className="btn btn-ghost" onClick={onAbout}>
          {t('about.open')}
        </button>
      )}
    </section>
  );
}
