// The end of the proxy card (issue 18): "Prepare the letter of authority", where the provider's rule allows
// a proxy without its own form. The form loads when opened.
import { useState } from 'react';
import type { ProviderSummary, ProxyRule } from '../../../../electron/guide/types';
import type { InLanguage } from '../../../../electron/shared/in-language';
import { useI18n } from '../../i18n';
import { lazyNamed, Loading } from '../../ui/lazy';

const AuthorityLetter = lazyNamed(() => import('./AuthorityLetter').then((m) => m.AuthorityLetter));

/** A case's proxy rule and provider, as the proxy card, this action and the letter all take them. */
export interface ProxyOf {
  caseId: string;
  rule: InLanguage<ProxyRule>;
  provider: InLanguage<ProviderSummary>;
}

export function AuthorityAction(props: ProxyOf) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <div className="authority">
      <button type="button" className="btn" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t(open ? 'authority.close' : 'authority.open')}
      </button>
      {open && (
        <Loading>
          <AuthorityLetter {...props} />
        </Loading>
      )}
    </div>
  );
}
