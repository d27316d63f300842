// The complaint editor (issue 19): what went wrong and what to ask, the letter in Japanese with the
// person's language beside it (the app's draft until they change it), the export, and where to send it.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ComplaintTexts, ComplaintView } from '../../../../electron/ipc/views';
import { LANGUAGES } from '../../../../electron/shared/languages';
import { systemTimeZone } from '../../../../electron/shared/format';
import { COMPLAINT_PROBLEMS, type ComplaintChoices } from '../../../../electron/store/schema';
import { call } from '../../api';
import { useReportError } from '../../app/errors';
import { inLanguage } from '../../../../electron/shared/in-language';
import { useI18n } from '../../i18n';
import { FactList, type FirstShownIn } from '../checklist/FactList';
import { Sources, uniqueSources } from '../checklist/Sources';
import { RevealIdsChoice } from '../report/ReportExport';

const ASKS = ['stopBilling', 'refund', 'confirmation'] as const;
/** No fact of the routes is shown under a checklist step: none is folded as "said above". */
const NOT_IN_A_STEP: FirstShownIn = new Map();

const yen = (text: string) => (text.trim() === '' ? null : Math.max(0, Math.round(Number(text))));

export function ComplaintEditor({ caseId }: { caseId: string }) {
  const { t, locale } = useI18n();
  const report = useReportError();
  const [view, setView] = useState<ComplaintView | null>(null);
  const [choices, setChoices] = useState<ComplaintChoices | null>(null);
  const [amount, setAmount] = useState('');
  /** The app's draft for the choices on screen, and the texts in the two boxes. */
  const [draft, setDraft] = useState<ComplaintTexts | null>(null);
  const [letterJa, setLetterJa] = useState('');
  const [letterOwn, setLetterOwn] = useState('');
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [exported, setExported] = useState<string | null>(null);
  const [revealIds, setRevealIds] = useState(false);
  const asked = useRef(0);
  /** The draft the boxes were last filled from: a text still equal to it is the app's, not the person's. */
  const shownDraft = useRef<ComplaintTexts | null>(null);

  /** The choices on screen, for a language change to keep (null until the case's complaint has loaded). */
  const kept = useRef<{ caseId: string; choices: ComplaintChoices } | null>(null);

  /** Asks for the app's draft of `next` in the language on screen; the texts in the boxes follow it while
   * they are the app's, never the person's. */
  const redraft = useCallback(
    (next: ComplaintChoices) => {
      const ask = ++asked.current;
      call('complaint.draft', { caseId, locale, choices: next }).then((fresh) => {
        if (ask !== asked.current) return;
        const before = shownDraft.current;
        shownDraft.current = fresh;
        setDraft(fresh);
        if (before === null) return;
        setLetterJa((text) => (text === before.ja ? fresh.ja : text));
        setLetterOwn((text) => (before.own !== null && text === before.own ? (fresh.own ?? '') : text));
      }, report);
    },
    [caseId, locale, report],
  );

  useEffect(() => {
    const onScreen = kept.current?.caseId === caseId ? kept.current.choices : null;
    call('complaint.get', { caseId, locale }).then((loaded) => {
      setView(loaded);
      // A language changed with the complaint open: what the person chose, typed and wrote stays, and only
      // the app's draft follows the language.
      if (onScreen) return redraft(onScreen);
      kept.current = { caseId, choices: loaded.choices };
      setChoices(loaded.choices);
      setAmount(loaded.choices.amountYen?.toString() ?? '');
      setDraft(loaded.draft);
      shownDraft.current = loaded.draft;
      setLetterJa(loaded.letterJa ?? loaded.draft.ja);
      setLetterOwn(loaded.letterOwn ?? loaded.draft.own ?? '');
    }, report);
  }, [caseId, locale, report, redraft]);

  const edited = draft !== null && (letterJa !== draft.ja || (draft.own !== null && letterOwn !== draft.own));

  /** New choices: a new draft, which replaces the texts while they are the app's. */
  const choose = (next: ComplaintChoices) => {
    kept.current = { caseId, choices: next };
    setChoices(next);
    setSaved(false);
    redraft(next);
  };

  if (!view || !choices || !draft) return <p aria-busy="true">{t('common.loading')}</p>;
  const language = LANGUAGES[locale].nativeName;
  const withAmount = (text: string) => ({ ...choices, amountYen: yen(text) });

  const save = async () => {
    setBusy(true);
    try {
      const next = await call('complaint.save', {
        caseId,
        locale,
        choices,
        letterJa,
        ...(draft.own !== null ? { letterOwn } : {}),
      });
      setView(next);
      setSaved(true);
      return true;
    } catch (error) {
      report(error);
      return false;
    } finally {
      setBusy(false);
    }
  };

  const exportAs = async (format: 'pdf' | 'txt') => {
    // What is on screen is what goes out: saved first.
    if (!(await save())) return;
    setBusy(true);
    try {
      const { path } = await call('complaint.export', {
        caseId,
        locale,
        timeZone: systemTimeZone(),
        format,
        revealIds,
      });
      if (path) setExported(path);
    } catch (error) {
      report(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="complaint-editor">
      {view.records === 0 && <p className="notice notice-warn">{t('complaint.noRecords')}</p>}
      {!view.hasName && (
        <p className="notice notice-warn" data-testid="complaint-no-name">
          {t('complaint.noName')}
        </p>
      )}
      <fieldset className="choices">
        <legend>{t('complaint.problem')}</legend>
        {COMPLAINT_PROBLEMS.map((problem) => (
          <label key={problem} className="choice">
            <input
              type="radio"
              name="complaint-problem"
              value={problem}
              checked={choices.problem === problem}
              onChange={() => choose({ ...choices, problem })}
            />
            {t(`complaint.problem.${problem}`)}
          </label>
        ))}
      </fieldset>
      <div className="row">
        <div className="field">
          <label htmlFor="complaint-amount">{t('complaint.amount')}</label>
          <input
            id="complaint-amount"
            type="number"
            min={0}
            inputMode="numeric"
            value={amount}
            onChange={(e) => {
              setAmount(e.target.value);
              choose(withAmount(e.target.value));
            }}
          />
        </div>
        {choices.problem === 'charged-after-cancellation' && (
          <div className="field">
            <label htmlFor="complaint-charged-on">{t('complaint.chargedOn')}</label>
            <input
              id="complaint-charged-on"
              type="date"
              value={choices.chargedOn}
              onChange={(e) => choose({ ...choices, chargedOn: e.target.value })}
            />
          </div>
        )}
      </div>
      <fieldset className="choices">
        <legend>{t('complaint.asks')}</legend>
        {ASKS.map((ask) => (
          <label key={ask} className="choice">
            <input
              type="checkbox"
              checked={choices.asks[ask]}
              onChange={(e) => choose({ ...choices, asks: { ...choices.asks, [ask]: e.target.checked } })}
            />
            {t(`complaint.ask.${ask}`)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="complaint-reply-to">{t('complaint.replyTo')}</label>
        <input
          id="complaint-reply-to"
          type="email"
          maxLength={200}
          value={choices.replyTo}
          onChange={(e) => choose({ ...choices, replyTo: e.target.value })}
        />
      </div>

      <h3>{t('complaint.letter')}</h3>
      <div className="notice notice-info" data-testid="complaint-honesty">
        <p>{t('complaint.honesty')}</p>
        {draft.own !== null && <p>{t('complaint.honestyOwn')}</p>}
      </div>
      <div className={draft.own === null ? '' : 'letter-columns'}>
        <div className="field">
          <label htmlFor="complaint-ja">{t('complaint.japanese')}</label>
          <textarea
            id="complaint-ja"
            lang="ja"
            rows={18}
            maxLength={20_000}
            value={letterJa}
            onChange={(e) => {
              setLetterJa(e.target.value);
              setSaved(false);
            }}
          />
        </div>
        {draft.own !== null && (
          <div className="field">
            <label htmlFor="complaint-own">{t('complaint.own', { language })}</label>
            <textarea
              id="complaint-own"
              rows={18}
              maxLength={20_000}
              value={letterOwn}
              onChange={(e) => {
                setLetterOwn(e.target.value);
                setSaved(false);
              }}
            />
          </div>
        )}
      </div>
      {edited && (
        <div className="notice notice-warn" data-testid="complaint-edited">
          <p>{t('complaint.edited')}</p>
          <button
            type="button"
            className="btn btn-small"
            onClick={() => {
              setLetterJa(draft.ja);
              setLetterOwn(draft.own ?? '');
            }}
          >
            {t('complaint.redraft')}
          </button>
        </div>
      )}
      <div className="row">
        <button type="button" className="btn" disabled={busy} onClick={() => void save()}>
          {t('complaint.save')}
        </button>
        <p role="status" className="help">
          {saved && t('complaint.saved')}
        </p>
      </div>

      <h3>{t('complaint.export')}</h3>
      <p className="help">{t('complaint.exportHelp')}</p>
      {view.hasIds && <RevealIdsChoice checked={revealIds} onChange={setRevealIds} />}
      <div className="row">
        <button
          type="button"
          className="btn btn-primary"
          disabled={busy}
          onClick={() => void exportAs('pdf')}
        >
          {t('complaint.pdf')}
        </button>
        <button type="button" className="btn" disabled={busy} onClick={() => void exportAs('txt')}>
          {t('complaint.txt')}
        </button>
      </div>
      <p role="status" className="help" data-testid="complaint-exported">
        {exported && t('complaint.exported', { path: exported })}
      </p>

      <h3>{t('complaint.where')}</h3>
      <div data-testid="complaint-provider-route">
        <FactList
          facts={inLanguage(view.routes.provider, locale)}
          stepId="complaint"
          firstShownIn={NOT_IN_A_STEP}
          headed={false}
          provider={inLanguage(view.provider, locale)}
        />
        <Sources sources={uniqueSources(view.routes.provider.map((f) => f.sources))} />
      </div>
      <h4>{t('complaint.bodies')}</h4>
      <p className="help">{t('complaint.bodies.help')}</p>
      {view.abroad && <p className="notice notice-info">{t('complaint.abroad')}</p>}
      {view.routes.publicBodies.map((body) => (
        <div
          key={body.facts[0]?.id}
          className="complaint-body"
          data-testid="complaint-body"
          data-reach={body.reach}
        >
          <p className="badge">{t(`complaint.reach.${body.reach}`)}</p>
          <FactList
            facts={inLanguage(body.facts, locale)}
            stepId="complaint"
            firstShownIn={NOT_IN_A_STEP}
            headed={false}
            provider={inLanguage(view.provider, locale)}
          />
          <Sources sources={uniqueSources(body.facts.map((f) => f.sources))} />
        </div>
      ))}
    </div>
  );
}
