import { useCallback, useEffect, useState } from 'react';
import type { Locale } from '../../electron/guide/types';
import type { CaseView, Settings } from '../../electron/ipc/views';
import { call } from './api';
import { ErrorBoundary } from './app/ErrorBoundary';
import type { Boot } from './app/boot';
import { ErrorProvider, useReportError } from './app/errors';
import { StartupProblem } from './app/StartupProblem';
import { StoreNoticeBanner } from './app/StoreNotice';
import { AboutDialog } from './app/About';
import { useShellCommands } from './app/shell-commands';
import type { BackupAsk, BackupRequest } from './features/backup';
import { CaseScreen } from './features/cases/CaseScreen';
import { CasesView } from './features/cases/CasesView';
import { HelpSheet } from './features/help/HelpSheet';
import { DueSoonNotice } from './features/plan/DueSoonNotice';
import type { InterviewMode } from './features/interview/InterviewView';
import { I18nProvider, LANGUAGE_NAMES, useI18n } from './i18n';
import { lazyNamed, Loading } from './ui/lazy';

// Not on the first screen: the interview and Settings load when first opened.
const InterviewView = lazyNamed(() =>
  import('./features/interview/InterviewView').then((m) => m.InterviewView),
);
const SettingsView = lazyNamed(() => import('./features/settings/SettingsView').then((m) => m.SettingsView));

type View =
  | { name: 'home' }
  | { name: 'settings' }
  | { name: 'interview'; mode: InterviewMode }
  | { name: 'case'; caseId: string; tab?: 'proof' };

/** `boot`: what the app needs before it draws anything (app/boot.ts), asked for before React started. */
export function App({ boot: booted }: { boot: Boot }) {
  const [boot, setBoot] = useState(booted);
  const locale = boot.settings.locale ?? boot.info.systemLocale;
  const { notice } = boot.info;
  return (
    <I18nProvider locale={locale} initial={boot.texts}>
      <ErrorBoundary>
        {notice?.kind === 'data-folder-unusable' ? (
          <StartupProblem notice={notice} logFile={boot.info.logFile} />
        ) : (
          <ErrorProvider>
            <Shell
              info={boot.info}
              settings={boot.settings}
              locale={locale}
              onSettings={(settings) => setBoot({ ...boot, settings })}
            />
          </ErrorProvider>
        )}
      </ErrorBoundary>
    </I18nProvider>
  );
}

function Shell({
  info,
  settings,
  locale,
  onSettings,
}: Omit<Boot, 'texts'> & { locale: Locale; onSettings: (s: Settings) => void }) {
  const { t } = useI18n();
  const report = useReportError();
  // A relaunch opens the case the user was last in.
  const [view, setView] = useState<View>(() =>
    settings.lastCaseId ? { name: 'case', caseId: settings.lastCaseId } : { name: 'home' },
  );

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('app.name');
  }, [locale, t]);
  useEffect(() => {
    if (settings.theme === 'system') delete document.documentElement.dataset['theme'];
    else document.documentElement.dataset['theme'] = settings.theme;
  }, [settings.theme]);

  const chooseLocale = (next: Locale) => call('settings.update', { locale: next }).then(onSettings, report);
  /** Moves to a screen and remembers which case (if any) is open, for the next launch. */
  const go = useCallback(
    (next: View) => {
      setView(next);
      const lastCaseId = next.name === 'case' ? next.caseId : null;
      call('settings.update', { lastCaseId }).catch(report);
    },
    [report],
  );
  const goHome = useCallback(() => go({ name: 'home' }), [go]);
  const openCase = (view: CaseView) => go({ name: 'case', caseId: view.case.id });

  // The menu (main → renderer events) and `.sayonara` files opened from the desktop.
  const [aboutOpen, setAboutOpen] = useState(false);
  const [shortcutsRequest, setShortcutsRequest] = useState(0);
  const [backupRequest, setBackupRequest] = useState<BackupRequest | null>(null);
  const askBackup = useCallback(
    (ask: BackupAsk) => {
      setBackupRequest((last) => ({ ...ask, id: (last?.id ?? 0) + 1 }));
      go({ name: 'settings' });
    },
    [go],
  );
  const takeOpenedBackup = useCallback(
    () =>
      call('backup.takeOpened', {}).then((found) => {
        if (found) askBackup({ kind: 'opened', found });
      }, report),
    [askBackup, report],
  );
  // A file double-clicked to launch the app is waiting already.
  useEffect(() => void takeOpenedBackup(), [takeOpenedBackup]);
  useShellCommands((command) => {
    switch (command) {
      case 'new-case':
        return go({ name: 'interview', mode: { kind: 'new' } });
      case 'export-report':
        return view.name === 'case' ? go({ name: 'case', caseId: view.caseId, tab: 'proof' }) : goHome();
      case 'export-backup':
        return askBackup({ kind: 'export' });
      case 'restore-backup':
        return askBackup({ kind: 'restore' });
      case 'open-backup':
        return void takeOpenedBackup();
      case 'theme-system':
      case 'theme-light':
      case 'theme-dark': {
        const theme = command.slice('theme-'.length) as Settings['theme'];
        return void call('settings.update', { theme }).then(onSettings, report);
      }
      case 'shortcuts':
        return setShortcutsRequest((n) => n + 1);
      case 'about':
        return setAboutOpen(true);
    }
  });

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
            onClick={goHome}
          >
            {t('nav.home')}
          </button>
          <button
            type="button"
            className="btn btn-ghost"
            aria-current={view.name === 'settings' ? 'page' : undefined}
            onClick={() => go({ name: 'settings' })}
          >
            {t('nav.settings')}
          </button>
          <HelpSheet openRequest={shortcutsRequest} />
        </nav>
        <label className="row language">
          <span>{t('nav.language')}</span>
          <select
            value={locale}
            onChange={(e) => void chooseLocale(e.target.value as Locale)}
            data-testid="language"
          >
            {LANGUAGE_NAMES.map(({ code, name }) => (
              <option key={code} value={code} lang={code}>
                {name}
              </option>
            ))}
          </select>
        </label>
      </header>
      <main className="main">
        <StoreNoticeBanner notice={info.notice} logFile={info.logFile} />
        <DueSoonNotice onOpen={(caseId) => go({ name: 'case', caseId })} />
        <AboutDialog info={info} open={aboutOpen} onClose={() => setAboutOpen(false)} />
        {view.name === 'home' && (
          <CasesView
            onStart={() => go({ name: 'interview', mode: { kind: 'new' } })}
            onOpen={(caseId) => go({ name: 'case', caseId })}
          />
        )}
        {view.name === 'settings' && (
          <Loading>
            <SettingsView
              info={info}
              settings={settings}
              onSettings={onSettings}
              backupRequest={backupRequest}
              onAbout={() => setAboutOpen(true)}
            />
          </Loading>
        )}
        {view.name === 'interview' && (
          <Loading>
            <InterviewView
              mode={view.mode}
              onDone={openCase}
              onCancel={() => (view.mode.kind === 'edit' ? openCase(view.mode.view) : goHome())}
            />
          </Loading>
        )}
        {view.name === 'case' && (
          <CaseScreen
            key={`${view.caseId}/${view.tab ?? ''}`}
            caseId={view.caseId}
            {...(view.tab ? { initialTab: view.tab } : {})}
            onBack={goHome}
            onMissing={goHome}
            onEdit={(current) => go({ name: 'interview', mode: { kind: 'edit', view: current } })}
          />
        )}
      </main>
    </>
  );
}
