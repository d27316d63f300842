import { useEffect, useState } from 'react';
import { LOCALES, type Locale } from '../../electron/guide/types';
import type { AppInfo, Settings } from '../../electron/ipc/views';
import { call } from './api';
import { ErrorProvider, useReportError } from './app/errors';
import { StoreNoticeBanner } from './app/StoreNotice';
import { HomeView } from './features/home/HomeView';
import { SettingsView } from './features/settings/SettingsView';
import { I18nProvider, LANGUAGE_NAMES, useI18n } from './i18n';

type View = { name: 'home' } | { name: 'settings' } | { name: 'interview' };

interface Boot {
  info: AppInfo;
  settings: Settings;
}

export function App() {
  const [boot, setBoot] = useState<Boot | null>(null);
  const [bootError, setBootError] = useState<string | null>(null);
  useEffect(() => {
    Promise.all([call('app.info', {}), call('settings.get', {})]).then(
      ([info, settings]) => setBoot({ info, settings }),
      (error: unknown) => setBootError(String(error)),
    );
  }, []);
  if (bootError) return <p role="alert">{bootError}</p>;
  if (!boot) return <p aria-busy="true">…</p>;
  const locale = boot.settings.locale ?? boot.info.systemLocale;
  return (
    <I18nProvider locale={locale}>
      <ErrorProvider>
        <Shell
          info={boot.info}
          settings={boot.settings}
          locale={locale}
          onSettings={(settings) => setBoot({ ...boot, settings })}
        />
      </ErrorProvider>
    </I18nProvider>
  );
}

function Shell({
  info,
  settings,
  locale,
  onSettings,
}: Boot & { locale: Locale; onSettings: (s: Settings) => void }) {
  const { t } = useI18n();
  const report = useReportError();
  const [view, setView] = useState<View>({ name: 'home' });

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('app.name');
  }, [locale, t]);
  useEffect(() => {
    if (settings.theme === 'system') delete document.documentElement.dataset['theme'];
    else document.documentElement.dataset['theme'] = settings.theme;
  }, [settings.theme]);

  const chooseLocale = (next: Locale) => call('settings.update', { locale: next }).then(onSettings, report);

  return (
    <>
      <header className="topbar">
        <div className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-promise">{t('app.promise')}</span>
        </div>
        <nav aria-label={t('app.name')}>
          <button
            type="button"
            className="btn btn-ghost"
            aria-current={view.name === 'home' ? 'page' : undefined}
            onClick={() => setView({ name: 'home' })}
          >
            {t('nav.home')}
          </button>
          <button
            type="button"
            className="btn btn-ghost"
            aria-current={view.name === 'settings' ? 'page' : undefined}
            onClick={() => setView({ name: 'settings' })}
          >
            {t('nav.settings')}
          </button>
        </nav>
        <label className="row" style={{ gap: 6 }}>
          <span>{t('nav.language')}</span>
          <select
            value={locale}
            onChange={(e) => void chooseLocale(e.target.value as Locale)}
            data-testid="language"
          >
            {LOCALES.map((code) => (
              <option key={code} value={code} lang={code}>
                {LANGUAGE_NAMES[code]}
              </option>
            ))}
          </select>
        </label>
      </header>
      <main className="main">
        <StoreNoticeBanner notice={info.notice} />
        {view.name === 'home' && <HomeView onStart={() => setView({ name: 'interview' })} />}
        {view.name === 'settings' && <SettingsView info={info} settings={settings} onSettings={onSettings} />}
        {view.name === 'interview' && <p>{t('placeholder.interview')}</p>}
      </main>
    </>
  );
}
