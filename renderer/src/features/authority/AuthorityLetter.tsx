// The letter of authority (委任状, issue 18), filled in: who the holder is, who goes and how they are
// related (only as the provider's rule accepts), the line, what is delegated (from the checklist), the
// date and a seal box; exported as a PDF. The personal fields are masked unless shown, and kept with the
// case only when the person asks.
import { useEffect, useState } from 'react';
import type { AuthorityView } from '../../../../electron/ipc/views';
import { maskAddress, maskDay, maskName } from '../../../../electron/proof/mask';
import { formatList, localDate, systemTimeZone } from '../../../../electron/shared/format';
import { LANGUAGES } from '../../../../electron/shared/languages';
import type { AuthorityFields, AuthorityRelation } from '../../../../electron/store/schema';
import { AUTHORITY_ADDRESS_MAX, AUTHORITY_NAME_MAX } from '../../../../electron/store/schema';
import { call } from '../../api';
import { useReportError } from '../../app/errors';
import { useI18n } from '../../i18n';
import { Masked } from '../../ui/Masked';
import { MaskedInput } from '../../ui/MaskedInput';
import type { ProxyOf } from './AuthorityAction';

export function AuthorityLetter({ caseId, rule, provider }: ProxyOf) {
  const { t, locale } = useI18n();
  const report = useReportError();
  const [view, setView] = useState<AuthorityView | null>(null);
  const [fields, setFields] = useState<AuthorityFields | null>(null);
  const [busy, setBusy] = useState(false);
  const [exported, setExported] = useState<string | null>(null);

  useEffect(() => {
    call('authority.get', { caseId }).then((loaded) => {
      setView(loaded);
      // A new letter is dated today, where the person is (they sign it there).
      const today = localDate(new Date().toISOString(), systemTimeZone());
      setFields(loaded.kept ? loaded.fields : { ...loaded.fields, date: today });
    }, report);
  }, [caseId, report]);

  // While kept, what is typed is kept too: a moment after the last change (requests are answered in order,
  // so a "forget" sent after this save still wins).
  const kept = view?.kept === true;
  const keptFields = view?.fields;
  useEffect(() => {
    if (!kept || !fields || JSON.stringify(fields) === JSON.stringify(keptFields)) return;
    const timer = setTimeout(() => call('authority.save', { caseId, fields }).then(setView, report), 600);
    return () => clearTimeout(timer);
  }, [kept, fields, keptFields, caseId, report]);

  if (!view || !fields) return <p aria-busy="true">{t('common.loading')}</p>;
  const name = provider.name;
  const relation = view.relations.find((r) => r.id === fields.agentRelation);
  const refused = relation !== undefined && !relation.accepted;
  const set = (change: Partial<AuthorityFields>) => setFields({ ...fields, ...change });

  /** Kept with the case, or forgotten: as the box says (back as it was if that fails). */
  const keep = async (kept: boolean) => {
    setView({ ...view, kept });
    try {
      setView(await call('authority.save', { caseId, fields: kept ? fields : null }));
    } catch (error) {
      setView(view);
      throw error;
    }
  };

  const exportPdf = async () => {
    setBusy(true);
    try {
      // What is kept is what went out.
      if (kept) await keep(true);
      const { path } = await call('authority.export', {
        caseId,
        locale,
        timeZone: systemTimeZone(),
        fields,
      });
      if (path) setExported(path);
    } catch (error) {
      report(error);
    } finally {
      setBusy(false);
    }
  };

  const text = (
    id: string,
    key: 'holderName' | 'holderAddress' | 'agentName' | 'agentAddress',
    mask: (value: string) => string,
  ) => (
    <MaskedInput
      id={id}
      label={t(`authority.${key}`)}
      value={fields[key]}
      mask={mask}
      maxLength={key.endsWith('Address') ? AUTHORITY_ADDRESS_MAX : AUTHORITY_NAME_MAX}
      onChange={(value) => set({ [key]: value })}
    />
  );

  return (
    <div className="authority-letter" data-testid="authority-letter">
      <p className="help">{t('authority.intro')}</p>
      {locale !== 'ja' && (
        <p className="help">{t('authority.introOwn', { language: LANGUAGES[locale].nativeName })}</p>
      )}
      <div className="notice notice-warn" data-testid="authority-own-form">
        <p>
          {t(rule.ownForm === false ? 'authority.ownFormNotNeeded' : 'authority.ownFormUnknown', {
            provider: name,
          })}
        </p>
      </div>
      {rule.holderWritesLetter && <p className="notice notice-info">{t('authority.holderWrites')}</p>}

      <fieldset>
        <legend>{t('authority.holder')}</legend>
        {text('authority-holder-name', 'holderName', maskName)}
        {text('authority-holder-address', 'holderAddress', maskAddress)}
        <MaskedInput
          id="authority-holder-birth"
          label={t('authority.holderBirthDate')}
          type="date"
          value={fields.holderBirthDate}
          mask={maskDay}
          onChange={(holderBirthDate) => set({ holderBirthDate })}
        />
      </fieldset>

      <fieldset>
        <legend>{t('authority.agent')}</legend>
        {text('authority-agent-name', 'agentName', maskName)}
        <div className="field">
          <label htmlFor="authority-relation">{t('authority.relation')}</label>
          <select
            id="authority-relation"
            value={fields.agentRelation}
            aria-invalid={refused || undefined}
            aria-describedby={refused ? 'authority-refused' : undefined}
            onChange={(e) => set({ agentRelation: e.target.value as AuthorityRelation | '' })}
          >
            <option value="">{t('authority.relation.blank')}</option>
            {view.relations.map((r) => (
              <option key={r.id} value={r.id}>
                {r.label[locale]}
              </option>
            ))}
          </select>
        </div>
        {refused && (
          <p id="authority-refused" className="notice notice-error" data-testid="authority-refused">
            {t('authority.refused', {
              provider: name,
              who: formatList(
                rule.who.map((w) => w.label),
                locale,
                'disjunction',
              ),
            })}
          </p>
        )}
        {text('authority-agent-address', 'agentAddress', maskAddress)}
      </fieldset>

      <h4>{t('authority.line')}</h4>
      {view.phone.number === '' ? (
        <p className="notice notice-warn">{t('authority.noPhone')}</p>
      ) : (
        <p>
          {t('authority.phone')}:{' '}
          <Masked value={view.phone.number} masked={view.phone.masked} label={t('authority.phone')} />
        </p>
      )}
      <h4>{t('authority.tasks')}</h4>
      <ol data-testid="authority-tasks">
        {view.tasks.map((task) => (
          <li key={task.en}>{task[locale]}</li>
        ))}
      </ol>

      <div className="field">
        <label htmlFor="authority-date">{t('authority.date')}</label>
        <input
          id="authority-date"
          type="date"
          value={fields.date}
          onChange={(e) => set({ date: e.target.value })}
        />
      </div>
      <label className="choice">
        <input type="checkbox" checked={fields.seal} onChange={(e) => set({ seal: e.target.checked })} />
        {t('authority.seal')}
      </label>
      <label className="choice">
        <input
          type="checkbox"
          checked={view.kept}
          disabled={busy}
          onChange={(e) => void keep(e.target.checked).catch(report)}
        />
        {t('authority.keep')}
      </label>

      <p className="help">{t('authority.exportHelp')}</p>
      <button
        type="button"
        className="btn btn-primary"
        disabled={busy || refused}
        onClick={() => void exportPdf()}
      >
        {t('authority.export')}
      </button>
      <p role="status" className="help" data-testid="authority-exported">
        {exported && t('authority.exported', { path: exported })}
      </p>
    </div>
  );
}
