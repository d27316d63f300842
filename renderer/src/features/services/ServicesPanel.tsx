// The Services tab (issue 20): the person ticks the services that text this number, grouped and
// searchable, and may name their own; each becomes a step of its own in the checklist. A tick is sent,
// saved, and only then shown, as the checklist's are. Where the number is kept (or there is none), the tab
// says why no step is needed, and keeps the choice for a change of answers.
import { useEffect, useState } from 'react';
import { isAbroad } from '../../../../electron/guide/relevance';
import {
  CUSTOM_MAX,
  CUSTOM_NAME_MAX,
  servicesState,
  UNSAFE_NAME_CHARACTERS,
} from '../../../../electron/guide/service-choice';
import type { ServiceSummary } from '../../../../electron/guide/services';
import type { CaseView } from '../../../../electron/ipc/views';
import { call } from '../../api';
import { useReportError } from '../../app/errors';
import { useI18n } from '../../i18n';
import { ImeSafeForm } from '../../ui/ImeSafeForm';

type Choice = { chosen: string[]; custom: { id: string | null; name: string }[] };

/** Kana: a name that holds some already shows the Japanese. */
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** The Japanese name beside the reader's, where it is written in Japanese and theirs does not show it. */
const japaneseBeside = (name: string, nameJa: string) =>
  JAPANESE.test(nameJa) && name !== nameJa && !name.includes(nameJa) && !KANA.test(name);

/** A name as search compares it: width and letter case aside. */
const folded = (text: string) => text.normalize('NFKC').toLocaleLowerCase();

/** The services whose name in any language, Japanese name or other names hold the query. */
export function matching(catalogue: readonly ServiceSummary[], query: string): ServiceSummary[] {
  const q = folded(query.trim());
  if (q === '') return [...catalogue];
  return catalogue.filter((s) =>
    [...Object.values(s.name), s.nameJa, ...s.aliases].some((name) => folded(name).includes(q)),
  );
}

export function ServicesPanel({
  view,
  onView,
  onOpenChecklist,
}: {
  view: CaseView;
  onView: (view: CaseView) => void;
  onOpenChecklist: () => void;
}) {
  const { t, locale } = useI18n();
  const report = useReportError();
  const [catalogue, setCatalogue] = useState<ServiceSummary[] | null>(null);
  const [query, setQuery] = useState('');
  const [ownName, setOwnName] = useState('');
  const [ownError, setOwnError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const caseId = view.case.id;
  const { chosen, custom } = view.case.services;
  const state = servicesState(view.case.profile, view.checklist.provider.kind);
  const count = chosen.length + custom.length;

  useEffect(() => {
    call('guide.services', {}).then(setCatalogue, report);
  }, [report]);

  const save = async (next: Choice): Promise<boolean> => {
    setSaving(true);
    try {
      onView(await call('cases.setServices', { caseId, ...next }));
      return true;
    } catch (error) {
      report(error);
      return false;
    } finally {
      setSaving(false);
    }
  };
  const toggle = (id: string, on: boolean) =>
    void save({ chosen: on ? [...chosen, id] : chosen.filter((c) => c !== id), custom });

  /** Why the typed name cannot be added, or null. */
  const problem = (name: string): string | null => {
    if (name === '') return t('services.own.empty');
    if (name.length > CUSTOM_NAME_MAX)
      return t('services.own.long', { length: name.length, max: CUSTOM_NAME_MAX });
    if (UNSAFE_NAME_CHARACTERS.test(name)) return t('services.own.unsafe');
    if (custom.some((c) => folded(c.name) === folded(name))) return t('services.own.twice', { name });
    if (custom.length >= CUSTOM_MAX) return t('services.own.full', { max: CUSTOM_MAX });
    return null;
  };
  const addOwn = async () => {
    const name = ownName.trim();
    const reason = problem(name);
    setOwnError(reason);
    if (reason) return;
    if (await save({ chosen, custom: [...custom, { id: null, name }] })) setOwnName('');
  };

  const shown = catalogue ? matching(catalogue, query) : [];
  const groups = [...new Set(shown.map((s) => s.group))];

  return (
    <div className="services" data-testid="services">
      <div className="card">
        <h2>{t('services.title')}</h2>
        <p className="why">{t('services.why')}</p>
        {(state === 'number-kept' || state === 'number-held') && (
          <p className="notice notice-info" data-testid="services-kept">
            {t(state === 'number-kept' ? 'services.kept' : 'services.held')}
          </p>
        )}
        {state === 'no-number' && (
          <p className="notice notice-info" data-testid="services-no-number">
            {t('services.noNumber')}
          </p>
        )}
        {state === 'applies' && isAbroad(view.case.profile) && (
          <p className="notice notice-info" data-testid="services-abroad">
            {t('services.abroad')}
          </p>
        )}
        <div className="row">
          <p role="status" className="help" data-testid="services-count">
            {/* "None chosen: the checklist keeps a general step" holds only where services make steps. */}
            {count > 0
              ? t('services.chosen', { count })
              : state === 'applies'
                ? t('services.noneChosen')
                : ''}
          </p>
          {count > 0 && state === 'applies' && (
            <button type="button" className="btn btn-small" onClick={onOpenChecklist}>
              {t('services.toChecklist')}
            </button>
          )}
        </div>
      </div>
      <div className="field">
        <label htmlFor="service-search">{t('services.search')}</label>
        <input
          id="service-search"
          type="search"
          value={query}
          autoComplete="off"
          aria-describedby="service-search-help"
          onChange={(e) => setQuery(e.target.value)}
        />
        <span id="service-search-help" className="help">
          {t('services.search.help')}
        </span>
      </div>
      {!catalogue && <p aria-busy="true">{t('common.loading')}</p>}
      {catalogue && shown.length === 0 && (
        <p className="help">{t('services.noMatch', { query: query.trim() })}</p>
      )}
      {groups.map((group) => (
        <fieldset key={group} className="card choices service-group" data-testid="service-group">
          <legend>
            <h3>{t(`services.group.${group}`)}</h3>
          </legend>
          <div className="options options-grid">
            {shown
              .filter((s) => s.group === group)
              .map((s) => (
                <label key={s.id} className="choice" data-service-id={s.id}>
                  <input
                    type="checkbox"
                    checked={chosen.includes(s.id)}
                    aria-busy={saving || undefined}
                    onChange={(e) => {
                      if (!saving) toggle(s.id, e.target.checked);
                    }}
                  />
                  <span>
                    {s.name[locale]}
                    {japaneseBeside(s.name[locale], s.nameJa) && (
                      <>
                        {' '}
                        <span lang="ja" className="help">
                          {s.nameJa}
                        </span>
                      </>
                    )}
                  </span>
                </label>
              ))}
          </div>
        </fieldset>
      ))}
      <section className="card" aria-labelledby="own-services">
        <h3 id="own-services">{t('services.own.title')}</h3>
        <p className="help">{t('services.own.help')}</p>
        <ImeSafeForm onSubmit={() => void addOwn()} className="row">
          <div className="field">
            <label htmlFor="own-service">{t('services.own.label')}</label>
            <input
              id="own-service"
              type="text"
              value={ownName}
              autoComplete="off"
              aria-invalid={ownError ? true : undefined}
              aria-describedby={ownError ? 'own-service-error' : undefined}
              onChange={(e) => {
                setOwnName(e.target.value);
                setOwnError(null);
              }}
            />
          </div>
          <button type="submit" className="btn" disabled={saving}>
            {t('services.own.add')}
          </button>
        </ImeSafeForm>
        {ownError && (
          <p className="field-error" role="alert" id="own-service-error">
            {ownError}
          </p>
        )}
        {custom.length > 0 && (
          <ul className="own-services" data-testid="own-services">
            {custom.map((c) => (
              <li key={c.id} className="row">
                <span>{c.name}</span>
                <button
                  type="button"
                  className="btn btn-small"
                  disabled={saving}
                  onClick={() => void save({ chosen, custom: custom.filter((other) => other.id !== c.id) })}
                >
                  {t('services.own.remove', { name: c.name })}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
