// About: both names, the versions (app, guide content and its check date, Electron/Chromium/Node), the
// licence, and the third-party software shipped inside, listed at build time.
import type { AppInfo } from '../../../electron/ipc/views';
import { useI18n } from '../i18n';
import { Dialog } from '../ui/Dialog';
import { formatDay } from '../ui/format';

export function AboutDialog({ info, open, onClose }: { info: AppInfo; open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Dialog open={open} onClose={onClose} title={t('about.title')}>
      <AboutText info={info} />
      <button type="button" className="btn" autoFocus onClick={onClose}>
        {t('common.close')}
      </button>
    </Dialog>
  );
}

/** The dialog's body: a component of its own, so its dates are formatted only once it opens. */
function AboutText({ info }: { info: AppInfo }) {
  const { t, locale } = useI18n();
  const { runtime } = info;
  return (
    <div data-testid="about">
      <p className="brand-name">{t('about.names')}</p>
      <p>{t('about.version', { version: info.appVersion })}</p>
      <p>
        {t('about.content', {
          version: info.contentVersion,
          date: formatDay(info.contentCheckedOn, locale),
        })}
      </p>
      <p className="help">
        {t('about.runtime', {
          electron: runtime.electron || '—',
          chrome: runtime.chrome || '—',
          node: runtime.node,
        })}
      </p>
      <p>{t('about.licence')}</p>
      <details>
        <summary>{t('about.thirdParty', { count: info.thirdParty.length })}</summary>
        <ul className="third-party" data-testid="third-party">
          {info.thirdParty.map((item) => (
            <li key={item.name}>
              {item.name} {item.version} · {item.license}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
