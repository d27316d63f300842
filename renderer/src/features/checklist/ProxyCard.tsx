// The provider's rule for someone who cancels at a shop for the person: who may go, what they bring,
// whether the provider's own letter form is required (then its page, never a look-alike). At its end, made
// from the same rule (Checklist.proxy) and only where `ownForm` is not true: "Prepare the letter of
// authority" (the 委任状 PDF, issue 18).
import { call } from '../../api';
import { useReportError } from '../../app/errors';
import { useI18n } from '../../i18n';
import { formatList } from '../../../../electron/shared/format';
import { AuthorityAction, type ProxyOf } from '../authority/AuthorityAction';

export function ProxyCard({ caseId, rule, provider }: ProxyOf) {
  const { t, locale } = useI18n();
  const report = useReportError();
  const name = provider.name;
  return (
    <section className="proxy-rule" aria-labelledby="proxy-rule-title" data-testid="proxy-rule">
      <h4 id="proxy-rule-title">{t('proxy.title')}</h4>
      <p>
        {t('proxy.who', {
          who: formatList(
            rule.who.map((w) => w.label),
            locale,
            'disjunction',
          ),
        })}
      </p>
      {rule.brings.length > 0 ? (
        <>
          <p>{t('proxy.brings')}</p>
          <ul>
            {rule.brings.map((item) => (
              <li key={item.id}>{item.label}</li>
            ))}
          </ul>
        </>
      ) : (
        <p className="notice notice-warn small">{t('proxy.bringsUnknown', { provider: name })}</p>
      )}
      {rule.holderWritesLetter && <p>{t('proxy.holderWrites')}</p>}
      {rule.ownForm === true && (
        <p>
          {t('proxy.ownForm', { provider: name })}{' '}
          {rule.formUrl && (
            <button
              type="button"
              className="link"
              title={rule.formUrl}
              onClick={() => void call('app.openExternal', { url: rule.formUrl ?? '' }).catch(report)}
            >
              {t('proxy.openPage', { provider: name })}
            </button>
          )}
        </p>
      )}
      {rule.ownForm !== true && <AuthorityAction caseId={caseId} rule={rule} provider={provider} />}
    </section>
  );
}
