// The screen when the app could not start (its settings or its language's texts could not be read): said
// in the user's language where its texts can still be read, else in English (in the start-up bundle),
// with a way to try again and the error itself under Details, for whoever helps.
import type { Locale } from '../../../electron/guide/types';
import { startHint } from '../api';
import { I18nProvider, loadDictionary, useI18n, type Dictionary } from '../i18n';
import { ENGLISH } from '../i18n/english';

type Texts = { locale: Locale; dictionary: Dictionary };

/** The texts of the language the window opened in, else English. */
export const bootFailureTexts = (): Promise<Texts> => {
  const locale = startHint().locale ?? 'en';
  return loadDictionary(locale).then(
    (dictionary) => ({ locale, dictionary }),
    () => ({ locale: 'en', dictionary: ENGLISH }),
  );
};

export function BootFailed({ error, texts }: { error: unknown; texts: Texts }) {
  return (
    <I18nProvider locale={texts.locale} initial={texts}>
      <Failed error={error} />
    </I18nProvider>
  );
}

function Failed({ error }: { error: unknown }) {
  const { t, locale } = useI18n();
  return (
    <main className="main" lang={locale}>
      <section
        className="card startup-problem"
        role="alert"
        aria-labelledby="boot-failed-title"
        data-testid="boot-failed"
      >
        <h1 id="boot-failed-title">{t('boot.failed')}</h1>
        <p>{t('boot.failedHelp')}</p>
        <p>
          <button type="button" className="btn btn-primary" onClick={() => location.reload()}>
            {t('startup.retry')}
          </button>
        </p>
        <details>
          <summary>{t('common.details')}</summary>
          <p className="mono">{String(error)}</p>
        </details>
      </section>
    </main>
  );
}
