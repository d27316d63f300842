// A step's facts as the person reads them: the value, or why there is none (sources disagree, none
// found) with the note that says what each source says and what to ask; a fact backed by one page
// only says so. The stale notice warns when the facts were last checked long ago.
import { isSingleSource, staleSince } from '../../../../electron/guide/freshness';
import type { ResolvedFact } from '../../../../electron/guide/types';
import { useI18n } from '../../i18n';
import { LANGUAGES } from '../../../../electron/shared/languages';
import { formatDay, localToday } from '../../ui/format';

const UNKNOWN_KEYS = {
  conflict: 'checklist.fact.conflict',
  'not-found': 'checklist.fact.notFound',
  missing: 'checklist.factUnknown',
  found: 'checklist.factUnknown',
} as const;

export function FactList({ facts }: { facts: readonly ResolvedFact[] }) {
  const { t, locale } = useI18n();
  if (facts.length === 0) return null;
  return (
    <>
      <h4>{t('checklist.facts')}</h4>
      <dl className="facts">
        {facts.map((fact) => (
          <div key={fact.id} data-testid="fact" data-fact-status={fact.status ?? 'found'}>
            <dt>
              {fact.label[locale]}
              {isSingleSource(fact) && <span className="badge">{t('checklist.fact.singleSource')}</span>}
            </dt>
            {fact.value ? (
              <dd className="prose">{fact.value[locale]}</dd>
            ) : (
              <dd className="prose">
                <strong>{t(UNKNOWN_KEYS[fact.status ?? 'missing'])}</strong>
                {/* Chinese and Japanese need no space after the closing 。 */}
                {fact.note && `${LANGUAGES[locale].sentenceGap}${fact.note[locale]}`}
              </dd>
            )}
          </div>
        ))}
      </dl>
    </>
  );
}

/** "Checked … — rules change; confirm with the carrier" when a fact the step relies on is old. */
export function StaleNotice({
  facts,
  today = localToday(),
}: {
  facts: readonly ResolvedFact[];
  today?: string;
}) {
  const { t, locale } = useI18n();
  const since = staleSince(facts, today);
  if (since === null) return null;
  return (
    <p className="notice notice-warn small" data-testid="stale-notice">
      {t('checklist.stale', { date: formatDay(since, locale) })}
    </p>
  );
}
