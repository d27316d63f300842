// Where a fact comes from. Official pages open in the system browser (main checks the host again);
// others are shown as plain text with their kind, so nobody mistakes a blog for the carrier.
import type { Source } from '../../../../electron/guide/types';
import { call } from '../../api';
import { useReportError } from '../../app/errors';
import { useI18n } from '../../i18n';
import { formatDay } from '../../ui/format';

const hostOf = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

export function Sources({ sources }: { sources: Source[] }) {
  const { t, locale } = useI18n();
  const report = useReportError();
  if (sources.length === 0) return null;
  return (
    <details className="sources">
      <summary>{t('checklist.sources', { count: sources.length })}</summary>
      <ul>
        {sources.map((source) => (
          <li key={source.url}>
            {source.kind === 'official' ? (
              <button
                type="button"
                className="link"
                title={source.url}
                onClick={() => void call('app.openExternal', { url: source.url }).catch(report)}
              >
                {hostOf(source.url)}
                <span className="visually-hidden"> ({t('checklist.openSource')})</span>
              </button>
            ) : (
              <span className="mono">{source.url}</span>
            )}{' '}
            <span className="help">
              · {t(`checklist.kind.${source.kind}`)} ·{' '}
              {t('checklist.checked', { date: formatDay(source.checked, locale) })}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Every source a step's facts cite, once each. */
export function uniqueSources(lists: Source[][]): Source[] {
  const byUrl = new Map<string, Source>();
  for (const source of lists.flat()) if (!byUrl.has(source.url)) byUrl.set(source.url, source);
  return [...byUrl.values()];
}
