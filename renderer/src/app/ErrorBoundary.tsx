// A screen that throws while drawing leaves a page that says so, in the user's language, with Reload and
// "Copy diagnostics", instead of a blank window. The error goes into the app's log first (redacted there
// like every line), so the diagnostics carry it.
import { Component, useState, type ErrorInfo, type ReactNode } from 'react';
import { call } from '../api';
import { useI18n } from '../i18n';

interface State {
  failed: boolean;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    const stack = [error.stack ?? String(error), info.componentStack ?? ''].join('\n').slice(0, 16_000);
    // Nowhere left to report a failure to log: the page below still shows.
    call('app.logError', { message: String(error.message).slice(0, 2000), stack }).catch(() => undefined);
  }

  override render(): ReactNode {
    return this.state.failed ? <SomethingWentWrong /> : this.props.children;
  }
}

function SomethingWentWrong() {
  const { t } = useI18n();
  const [status, setStatus] = useState('');
  const copy = () =>
    call('app.copyDiagnostics', {}).then(
      () => setStatus(t('settings.diagnostics.copied')),
      () => setStatus(t('crash.copyFailed')),
    );
  return (
    <main className="main">
      <section className="card" role="alert" aria-labelledby="crash-title" data-testid="something-went-wrong">
        <h1 id="crash-title">{t('crash.title')}</h1>
        <p>{t('crash.body')}</p>
        <div className="row">
          <button type="button" className="btn btn-primary" onClick={() => window.location.reload()}>
            {t('crash.reload')}
          </button>
          <button type="button" className="btn" onClick={() => void copy()}>
            {t('settings.diagnostics.copy')}
          </button>
        </div>
        <p role="status" className="help" data-testid="crash-status">
          {status}
        </p>
      </section>
    </main>
  );
}
