import { useI18n } from '../../i18n';

export function HomeView({ onStart }: { onStart: () => void }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title">{t('home.title')}</h1>
      <div className="card empty">
        <h2>{t('home.empty.title')}</h2>
        <p>{t('home.empty.body')}</p>
        <button type="button" className="btn btn-primary" onClick={onStart}>
          {t('home.start')}
        </button>
      </div>
      <p className="help">{t('home.offline')}</p>
    </section>
  );
}
