// The Japanese phrases for this case. "Show to staff" puts one phrase full-screen in large type,
// with its reading and the user's language beneath; Escape or the button closes it.
import { useState } from 'react';
import type { ChecklistPhrase } from '../../../../electron/guide/types';
import type { InLanguage } from '../../../../electron/shared/in-language';
import { useI18n } from '../../i18n';
import { Dialog } from '../../ui/Dialog';

export function PhrasesPanel({
  phrases,
  abroad,
  proxy,
}: {
  phrases: InLanguage<ChecklistPhrase>[];
  /** The person has left Japan: with nobody sent, there is no counter to say them at. */
  abroad: boolean;
  /** Someone goes to the shop for the person: the phrases are theirs. */
  proxy: boolean;
}) {
  const { t, locale } = useI18n();
  const [shown, setShown] = useState<InLanguage<ChecklistPhrase> | null>(null);
  if (phrases.length === 0)
    return (
      <p className="help" data-testid="phrases-none">
        {t(abroad ? 'phrases.noneAbroad' : 'phrases.none')}
      </p>
    );
  // Japanese readers need no translation of a Japanese phrase.
  const meaning = (phrase: InLanguage<ChecklistPhrase>) => (locale === 'ja' ? null : phrase.meaning);
  return (
    <section aria-labelledby="phrases-title">
      <h2 id="phrases-title">{t('phrases.title')}</h2>
      <p className="help">{t(proxy ? 'phrases.helpProxy' : 'phrases.help')}</p>
      <ul className="steps">
        {phrases.map((phrase) => (
          <li key={phrase.id} className="card phrase" data-testid="phrase">
            <p className="phrase-ja" lang="ja">
              {phrase.ja}
            </p>
            <p className="phrase-kana" lang="ja">
              {phrase.kana}
            </p>
            {meaning(phrase) && <p>{meaning(phrase)}</p>}
            <p className="help">{t('phrases.context', { context: phrase.context })}</p>
            {/* For the reservation number behind One-Stop: listed last, and said so. */}
            {phrase.fallback && (
              <p className="notice notice-info small" data-testid="phrase-fallback">
                {t('phrases.fallback')}
              </p>
            )}
            <button type="button" className="btn" onClick={() => setShown(phrase)}>
              {t('phrases.show')}
            </button>
          </li>
        ))}
      </ul>
      <Dialog
        open={shown !== null}
        onClose={() => setShown(null)}
        className="staff-card"
        title={
          <span lang="ja" className="staff-ja">
            {shown?.ja}
          </span>
        }
      >
        {shown && (
          <>
            <p lang="ja" className="staff-kana">
              {shown.kana}
            </p>
            {meaning(shown) && <p className="staff-meaning">{meaning(shown)}</p>}
            <button type="button" className="btn" autoFocus onClick={() => setShown(null)}>
              {t('common.close')}
            </button>
          </>
        )}
      </Dialog>
    </section>
  );
}
