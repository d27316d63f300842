// A step's facts as the person reads them: the value, or why there is none (sources disagree, none
// found) with the note that says what each source says and what to ask. A number a person acts on that
// rests on one source says so, names that source and who to confirm with; a fee or deadline last
// confirmed long ago says when (electron/guide/backing.ts). The stale notice warns when the facts were
// last checked long ago.
import { checkFact } from '../../../../electron/guide/backing';
import { isSingleSource, staleSince } from '../../../../electron/guide/freshness';
import type { Checklist, ResolvedFact, Source } from '../../../../electron/guide/types';
import type { InLanguage } from '../../../../electron/shared/in-language';
import { useI18n } from '../../i18n';
import { LANGUAGES } from '../../../../electron/shared/languages';
import { formatDay, localToday } from '../../ui/format';
import { seamed } from '../../../../electron/shared/format';

const UNKNOWN_KEYS = {
  conflict: 'checklist.fact.conflict',
  'not-found': 'checklist.fact.notFound',
  missing: 'checklist.factUnknown',
  found: 'checklist.factUnknown',
} as const;

/** Each fact's first step in checklist order, with its title: where the fact is shown in full. */
export type FirstShownIn = ReadonlyMap<string, { stepId: string; title: string }>;

export function firstStepOfFacts(checklist: InLanguage<Checklist>): FirstShownIn {
  const first = new Map<string, { stepId: string; title: string }>();
  for (const step of checklist.phases.flatMap((p) => p.steps))
    for (const fact of step.facts)
      if (!first.has(fact.id)) first.set(fact.id, { stepId: step.id, title: step.title });
  return first;
}

/** Who to confirm a number with: the carrier by name, or "your carrier" where the case names none. */
export function confirmWith(provider: InLanguage<Checklist['provider']>, theCarrier: string) {
  return provider.kind === 'generic' ? theCarrier : provider.name;
}

const hostOf = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

export function FactList({
  facts,
  stepId,
  firstShownIn,
  provider,
  service,
  today = localToday(),
  headed = true,
}: {
  facts: readonly InLanguage<ResolvedFact>[];
  stepId: string;
  firstShownIn: FirstShownIn;
  provider: InLanguage<Checklist['provider']>;
  /** A service step's facts (issue 20): about that service, confirmed with it, not the carrier. */
  service?: string;
  today?: string;
  /** Under a step, the facts get their heading; elsewhere (a complaint's routes) the page has its own. */
  headed?: boolean;
}) {
  const { t, locale } = useI18n();
  if (facts.length === 0) return null;
  const who = service ?? confirmWith(provider, t('checklist.fact.theCarrier'));
  return (
    <>
      {headed && <h4>{service ? seamed(locale, t('services.facts', { service })) : t('checklist.facts')}</h4>}
      <dl className="facts">
        {facts.map((fact) => {
          const first = firstShownIn.get(fact.id);
          const check = checkFact(fact, today);
          const body = (
            <>
              <FactBody fact={fact} ofService={service !== undefined} />
              {check?.flagged && (
                <p className="notice notice-warn small fact-check" data-testid="fact-one-source">
                  {check.source ? (
                    <>
                      {t('checklist.fact.oneSource', { provider: who })} <SourceName source={check.source} />
                    </>
                  ) : (
                    t('checklist.fact.disputed', { provider: who })
                  )}
                </p>
              )}
              {check?.aged && (
                <p className="notice notice-warn small fact-check" data-testid="fact-aged">
                  {t('checklist.fact.aged', { year: check.aged, provider: who })}
                </p>
              )}
            </>
          );
          return (
            <div
              key={fact.id}
              data-testid="fact"
              data-fact-id={fact.id}
              data-fact-status={fact.status ?? 'found'}
            >
              <dt>
                {fact.label}
                {/* A number on one source says more below; other facts on one page just say so. */}
                {!fact.numbers && isSingleSource(fact) && (
                  <span className="badge">{t('checklist.fact.singleSource')}</span>
                )}
              </dt>
              {first && first.stepId !== stepId ? (
                // Said in full under an earlier step: folded here, one click away.
                <dd>
                  <details className="fact-repeat" data-testid="fact-repeat">
                    <summary>{t('checklist.fact.repeated', { step: first.title })}</summary>
                    {body}
                  </details>
                </dd>
              ) : (
                <dd>{body}</dd>
              )}
            </div>
          );
        })}
      </dl>
    </>
  );
}

/** The one source a number rests on: its host and kind, the full address on hover. */
export function SourceName({ source }: { source: Source }) {
  const { t } = useI18n();
  return (
    <span title={source.url}>
      <span className="mono">{hostOf(source.url)}</span> ({t(`checklist.kind.${source.kind}`)})
    </span>
  );
}

/** The value, or why there is none (and the note saying what each source says). */
function FactBody({ fact, ofService }: { fact: InLanguage<ResolvedFact>; ofService: boolean }) {
  const { t, locale } = useI18n();
  return fact.value ? (
    <div className="prose">{fact.value}</div>
  ) : (
    <div className="prose">
      {/* A service's unanswered question sends nobody to the carrier: the note says what to do. */}
      <strong>{ofService ? t('services.fact.notFound') : t(UNKNOWN_KEYS[fact.status ?? 'missing'])}</strong>
      {/* Chinese and Japanese need no space after the closing 。 */}
      {fact.note && `${LANGUAGES[locale].sentenceGap}${fact.note}`}
    </div>
  );
}

/** "Checked … — rules change; confirm with the carrier" when a fact the step relies on is old. */
export function StaleNotice({
  facts,
  today = localToday(),
}: {
  facts: readonly Pick<ResolvedFact, 'sources'>[];
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
