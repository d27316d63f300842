// The interview: one question at a time, each with why it matters; back and forward; a summary
// before anything is saved. The same screen edits the answers of an existing case.
import { Fragment, useEffect, useRef, useState } from 'react';
import { isPortTarget, skippedAnswers, type SkippedAnswers } from '../../../../electron/guide/relevance';
import type { Locale, ProviderSummary } from '../../../../electron/guide/types';
import type { CaseView } from '../../../../electron/ipc/views';
import { call } from '../../api';
import { useReportError } from '../../app/errors';
import { useI18n, type Translate } from '../../i18n';
import { ImeSafeForm } from '../../ui/ImeSafeForm';
import { RevealButton } from '../../ui/Masked';
import { formatDay, formatList } from '../../../../electron/shared/format';
import {
  answerKey,
  askedQuestions,
  CHOICES,
  completeProfile,
  DATE_PATTERN,
  emptyDraft,
  HOLDER_NAME_MAX,
  NAME_MAX,
  offeredChoices,
  PASSPORT_PATTERN,
  PHONE_MAX,
  PHONE_PATTERN,
  questionTitleKey,
  QUESTIONS,
  RESIDENCE_CARD_PATTERN,
  todayLocal,
  trimHolder,
  withOfferedAnswers,
  type ChoiceField,
  type Draft,
  type QuestionId,
} from './questions';

export type InterviewMode = { kind: 'new' } | { kind: 'edit'; view: CaseView };

/** The answer to "are you leaving, or have you left?": leaving on a date, already left, or neither. */
type Leaving = 'date' | 'left' | 'none';
const leavingOf = (draft: Draft): Leaving | null =>
  draft.whereabouts === 'abroad'
    ? 'left'
    : typeof draft.leavingDate === 'string'
      ? 'date'
      : draft.leavingDate === null
        ? 'none'
        : null;

const isChoice = (id: QuestionId): id is ChoiceField => id in CHOICES;

function draftOf(mode: InterviewMode): Draft {
  if (mode.kind === 'new') return emptyDraft();
  const { profile, name, phoneNumber, holder } = mode.view.case;
  return { ...profile, name, phoneNumber, holder };
}

/** The answer to one question as the summary shows it. */
function answerText(
  id: QuestionId,
  draft: Draft,
  providers: ProviderSummary[],
  t: Translate,
  locale: Locale,
) {
  if (id === 'providerId' || id === 'newProviderId') {
    const value = draft[id];
    if (value === null) return t('interview.newProvider.other');
    return providers.find((p) => p.id === value)?.name[locale];
  }
  if (id === 'leavingDate') {
    if (draft.whereabouts === 'abroad')
      return draft.leavingDate
        ? t('interview.leaving.leftOn', { date: formatDay(draft.leavingDate, locale) })
        : t('interview.leaving.left');
    if (draft.leavingDate === undefined) return undefined;
    return draft.leavingDate === null ? t('interview.leaving.none') : formatDay(draft.leavingDate, locale);
  }
  if (isChoice(id)) {
    const value = draft[id];
    return value === undefined || value === null ? undefined : t(answerKey(id, value));
  }
  if (id === 'details') {
    // Which personal details were given, never the details themselves (this screen has no masking).
    const given = (
      [
        [draft.phoneNumber, 'case.phone'],
        [draft.holder.name, 'case.holder.name'],
        [draft.holder.residenceCard, 'case.holder.residenceCard'],
        [draft.holder.passport, 'case.holder.passport'],
      ] as const
    )
      .filter(([value]) => value.trim() !== '')
      .map(([, key]) => t(key));
    const name = draft.name.trim();
    const parts = [
      ...(name ? [t('interview.details.name', { name })] : []),
      ...(given.length > 0
        ? [t('interview.details.given', { items: formatList(given, locale, 'conjunction') })]
        : []),
    ];
    return parts.length > 0 ? parts.join(' · ') : t('interview.details.none');
  }
  return undefined;
}

export function InterviewView({
  mode,
  onDone,
  onCancel,
}: {
  mode: InterviewMode;
  onDone: (view: CaseView) => void;
  onCancel: () => void;
}) {
  const { t, locale } = useI18n();
  const report = useReportError();
  const [providers, setProviders] = useState<ProviderSummary[]>([]);
  const [draft, setDraft] = useState<Draft>(() => draftOf(mode));
  // Changing answers starts on the summary, where each answer has its own "Change".
  const [questionId, setQuestionId] = useState<QuestionId>(mode.kind === 'edit' ? 'summary' : 'providerId');
  const [error, setError] = useState<string | null>(null);
  // An answer the interview changed for the person (a date that has passed means they have left): said,
  // and the question stays open so they see it.
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Set when "Change" was pressed on the summary: the next "Next" goes straight back to it.
  const [fromSummary, setFromSummary] = useState(false);
  // "leaving on a date" chosen but not typed yet: kept apart from the draft, whose null means "no date".
  const [leaving, setLeaving] = useState<Leaving | null>(leavingOf(draft));
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    call('guide.providers', {}).then(setProviders, report);
  }, [report]);
  // Each question is a new screen for a screen reader: focus its heading.
  useEffect(() => heading.current?.focus(), [questionId]);

  const provider = providers.find((p) => p.id === draft.providerId);
  // Questions whose answer cannot change this provider's checklist are not asked (the summary says why).
  const skipped: SkippedAnswers = skippedAnswers(provider, draft.numberPlan);
  const asked = askedQuestions(skipped);
  const id: QuestionId = asked.includes(questionId) ? questionId : 'summary';
  const index = asked.indexOf(id);
  const fallbackName = [provider?.name[locale], draft.cardKind && t(`case.card.${draft.cardKind}`)]
    .filter(Boolean)
    .join(' · ');

  // An answer that is no longer offered (the shop for someone who has left) is asked again.
  const update = (patch: Partial<Draft>) => {
    setDraft(withOfferedAnswers({ ...draft, ...patch }, provider));
    setError(null);
    setNotice(null);
  };
  const goTo = (next: number) => {
    setError(null);
    setNotice(null);
    setQuestionId(asked[next] ?? 'summary');
  };
  const chooseLeaving = (next: Leaving) => {
    setLeaving(next);
    update(
      next === 'none'
        ? { leavingDate: null, whereabouts: undefined }
        : next === 'left'
          ? { leavingDate: draft.leavingDate ?? null, whereabouts: 'abroad' }
          : { leavingDate: draft.leavingDate ?? undefined, whereabouts: undefined },
    );
  };

  /** A date on the wrong side of today turns the answer round, and says so: a leaving day that has
   * passed means the person has left; a day they left that is ahead means they are still here. */
  const turnedRound = (): string | null => {
    const date = draft.leavingDate;
    if (id !== 'leavingDate' || typeof date !== 'string' || !DATE_PATTERN.test(date)) return null;
    const today = todayLocal();
    if (leaving === 'date' && date < today) {
      setLeaving('left');
      setDraft(withOfferedAnswers({ ...draft, whereabouts: 'abroad' }, provider));
      return t('interview.leaving.pastToLeft', { left: t('interview.leaving.left') });
    }
    if (leaving === 'left' && date > today) {
      setLeaving('date');
      setDraft(withOfferedAnswers({ ...draft, whereabouts: undefined }, provider));
      return t('interview.leaving.futureToDate', { date: t('interview.leaving.date') });
    }
    return null;
  };

  /** The reason this question cannot be left yet, or null. */
  const problem = (): string | null => {
    if (id === 'providerId' && !draft.providerId) return t('interview.error.choose');
    if ((isChoice(id) || id === 'newProviderId') && draft[id] === undefined)
      return t('interview.error.choose');
    if (id === 'leavingDate') {
      if (leaving === null) return t('interview.error.choose');
      if (leaving === 'date' && !DATE_PATTERN.test(draft.leavingDate ?? ''))
        return t('interview.error.date', { none: t('interview.leaving.none') });
      if (leaving === 'left' && draft.leavingDate && !DATE_PATTERN.test(draft.leavingDate))
        return t('interview.error.dateLeft');
    }
    if (id === 'details') {
      const name = draft.name.trim();
      if (name.length > NAME_MAX) return t('interview.error.nameLong', { length: name.length });
      const phone = draft.phoneNumber.trim();
      if (phone.length > PHONE_MAX || !PHONE_PATTERN.test(phone)) return t('interview.error.phone');
      const holder = trimHolder(draft.holder);
      if (holder.name.length > HOLDER_NAME_MAX)
        return t('interview.error.holderName', { length: holder.name.length });
      if (!RESIDENCE_CARD_PATTERN.test(holder.residenceCard)) return t('interview.error.residenceCard');
      if (!PASSPORT_PATTERN.test(holder.passport)) return t('interview.error.passport');
    }
    return null;
  };

  const finish = async () => {
    // An answer stored before it stopped being offered (a shop, for someone now abroad) is asked again.
    const offered = withOfferedAnswers(draft, provider);
    const profile = completeProfile(offered, skipped);
    const first = asked.findIndex((q) => answerText(q, offered, providers, t, locale) === undefined);
    if (!profile) {
      goTo(first);
      return;
    }
    setBusy(true);
    try {
      const phoneNumber = draft.phoneNumber.trim();
      const holder = trimHolder(draft.holder);
      const view =
        mode.kind === 'new'
          ? await call('cases.create', {
              name: draft.name.trim() || fallbackName,
              profile,
              phoneNumber,
              holder,
            })
          : await call('cases.updateProfile', { caseId: mode.view.case.id, profile, phoneNumber, holder });
      onDone(view);
    } catch (failure) {
      report(failure);
    } finally {
      setBusy(false);
    }
  };

  const next = () => {
    if (id === 'summary') {
      void finish();
      return;
    }
    const reason = problem();
    const turned = reason ? null : turnedRound();
    if (reason) setError(reason);
    else if (turned) setNotice(turned);
    else if (
      fromSummary &&
      !(id === 'numberPlan' && draft.numberPlan === 'keep' && draft.newProviderId === undefined)
    ) {
      // Back to the summary, unless the change opened a question still to answer (where the number goes).
      setFromSummary(false);
      goTo(asked.length - 1);
    } else goTo(index + 1);
  };

  /** The left-hand button leaves the interview on its first screen, and on the summary when editing. */
  const leaves = index === 0 || (mode.kind === 'edit' && id === 'summary');
  const title = (
    <h1 id="question-title" ref={heading} tabIndex={-1}>
      {t(questionTitleKey(id, draft))}
    </h1>
  );
  const errorLine = error ? (
    <p className="field-error" role="alert" id="question-error">
      {error}
    </p>
  ) : (
    notice && (
      <p className="notice notice-info" role="status" data-testid="question-notice">
        {notice}
      </p>
    )
  );
  const abroad = draft.whereabouts === 'abroad';

  return (
    <section className="interview" aria-labelledby="question-title" data-testid="interview">
      <p className="help">
        {t(mode.kind === 'new' ? 'interview.title.new' : 'interview.title.edit')} ·{' '}
        {t('interview.stepOf', { n: index + 1, total: asked.length })}
      </p>
      <ImeSafeForm onSubmit={next} className="card question">
        {id === 'providerId' || id === 'newProviderId' || isChoice(id) ? (
          <fieldset
            className="choices"
            aria-describedby="question-why"
            aria-invalid={error ? true : undefined}
          >
            <legend>{title}</legend>
            <p id="question-why" className="why">
              {t(id === 'channel' && abroad ? 'interview.q.channel.whyAbroad' : `interview.q.${id}.why`)}
            </p>
            {/* Keeping the line while away: what it costs and needs at this carrier, as the sources say. */}
            {id === 'numberPlan' &&
              provider?.keepWhileAway &&
              offeredChoices(id, draft, provider).includes('hold') && (
                <p className="help" data-testid="hold-help">
                  {t('interview.hold.help', {
                    provider: provider.name[locale],
                    summary: provider.keepWhileAway.summary[locale],
                  })}
                </p>
              )}
            {/* Where to find the closing day, as the carrier's sources say. */}
            {id === 'billClosingDay' && provider?.closingHelp && (
              <p className="help" data-testid="closing-help">
                {provider.closingHelp[locale]}
              </p>
            )}
            <div
              className={id === 'providerId' || id === 'newProviderId' ? 'options options-grid' : 'options'}
            >
              {(id === 'providerId'
                ? providers.map((p) => ({ value: p.id, label: p.name[locale] }))
                : id === 'newProviderId'
                  ? [
                      ...providers
                        .filter((p) => isPortTarget(p) && p.id !== draft.providerId)
                        .map((p) => ({ value: p.id, label: p.name[locale] })),
                      { value: '', label: t('interview.newProvider.other') },
                    ]
                  : offeredChoices(id, draft, provider).map((value) => ({
                      value,
                      label: t(answerKey(id, value)),
                    }))
              ).map(({ value, label }) => (
                <label key={value} className="choice">
                  <input
                    type="radio"
                    name={id}
                    value={value}
                    checked={
                      id === 'newProviderId' ? draft.newProviderId === (value || null) : draft[id] === value
                    }
                    onChange={() => update({ [id]: id === 'newProviderId' && value === '' ? null : value })}
                  />
                  <span>{label}</span>
                </label>
              ))}
            </div>
            {errorLine}
          </fieldset>
        ) : id === 'leavingDate' ? (
          <fieldset className="choices" aria-describedby="question-why">
            <legend>{title}</legend>
            <p id="question-why" className="why">
              {t('interview.q.leavingDate.why')}
            </p>
            {(['date', 'left'] as const).map((mode) => (
              <Fragment key={mode}>
                <label className="choice">
                  <input
                    type="radio"
                    name="leaving"
                    checked={leaving === mode}
                    onChange={() => chooseLeaving(mode)}
                  />
                  <span>{t(mode === 'date' ? 'interview.leaving.date' : 'interview.leaving.left')}</span>
                </label>
                {/* The day they leave, required; or the day they left, which they may not remember. */}
                {leaving === mode && (
                  <label className="field indent">
                    <span>
                      {t(mode === 'date' ? 'interview.leaving.dateLabel' : 'interview.leaving.leftLabel')}
                    </span>
                    <input
                      type="date"
                      value={draft.leavingDate ?? ''}
                      aria-describedby={mode === 'left' ? 'left-help' : undefined}
                      onChange={(e) =>
                        update({ leavingDate: e.target.value || (mode === 'left' ? null : undefined) })
                      }
                    />
                    {mode === 'left' && (
                      <span id="left-help" className="help">
                        {t('interview.leaving.leftHelp')}
                      </span>
                    )}
                  </label>
                )}
              </Fragment>
            ))}
            <label className="choice">
              <input
                type="radio"
                name="leaving"
                checked={leaving === 'none'}
                onChange={() => chooseLeaving('none')}
              />
              <span>{t('interview.leaving.none')}</span>
            </label>
            {errorLine}
          </fieldset>
        ) : id === 'details' ? (
          <div>
            {title}
            <p className="why">{t('interview.q.details.why')}</p>
            {mode.kind === 'new' && (
              <div className="field">
                <label htmlFor="case-name">{t('interview.name.label')}</label>
                <input
                  id="case-name"
                  type="text"
                  value={draft.name}
                  aria-describedby="case-name-help"
                  onChange={(e) => update({ name: e.target.value })}
                />
                <span id="case-name-help" className="help">
                  {t('interview.name.help', { fallback: fallbackName })}
                </span>
              </div>
            )}
            <SecretField
              id="phone-number"
              label={t('interview.phone.label')}
              help={t('interview.phone.help')}
              shownType="tel"
              value={draft.phoneNumber}
              onChange={(phoneNumber) => update({ phoneNumber })}
            />
            <fieldset className="holder" aria-describedby="holder-why">
              <legend>
                <h2>{t('interview.holder.title')}</h2>
              </legend>
              <p id="holder-why" className="why">
                {t('interview.holder.why')}
              </p>
              {/* Typed in the clear: a password field would turn off the IME that Chinese and Japanese names need. */}
              <div className="field">
                <label htmlFor="holder-name">{t('interview.holder.name.label')}</label>
                <input
                  id="holder-name"
                  type="text"
                  autoComplete="off"
                  value={draft.holder.name}
                  onChange={(e) => update({ holder: { ...draft.holder, name: e.target.value } })}
                />
              </div>
              <SecretField
                id="holder-residence-card"
                label={t('interview.holder.residenceCard.label')}
                help={t('interview.holder.residenceCard.help')}
                shownType="text"
                value={draft.holder.residenceCard}
                onChange={(residenceCard) => update({ holder: { ...draft.holder, residenceCard } })}
              />
              <SecretField
                id="holder-passport"
                label={t('interview.holder.passport.label')}
                help={t('interview.holder.passport.help')}
                shownType="text"
                value={draft.holder.passport}
                onChange={(passport) => update({ holder: { ...draft.holder, passport } })}
              />
            </fieldset>
            {errorLine}
          </div>
        ) : (
          <div>
            {title}
            <p className="why">{t('interview.q.summary.why')}</p>
            <dl className="summary">
              {QUESTIONS.slice(0, -1).map((q) => {
                const skip = q in skipped ? skipped[q as keyof SkippedAnswers] : undefined;
                // Where the number goes means nothing when no number is kept, nor a closing day where every
                // bill closes on the same one: no row at all.
                if (skip && (q === 'newProviderId' || q === 'billClosingDay')) return null;
                return (
                  <div key={q} className="summary-row">
                    <dt>{t(questionTitleKey(q, draft))}</dt>
                    <dd>
                      {skip
                        ? t(`interview.skipped.${skip.reason}`)
                        : (answerText(q, draft, providers, t, locale) ?? t('interview.unanswered'))}
                    </dd>
                    <dd>
                      {!skip && (
                        <button
                          type="button"
                          className="btn btn-small"
                          onClick={() => {
                            setFromSummary(true);
                            setError(null);
                            setQuestionId(q);
                          }}
                        >
                          {t('interview.change')}
                          <span className="visually-hidden">: {t(questionTitleKey(q, draft))}</span>
                        </button>
                      )}
                    </dd>
                  </div>
                );
              })}
            </dl>
            {mode.kind === 'edit' && <p className="notice notice-info">{t('interview.retailor')}</p>}
          </div>
        )}
        <div className="row actions">
          <button type="button" className="btn" onClick={() => (leaves ? onCancel() : goTo(index - 1))}>
            {leaves ? t('common.cancel') : t('common.back')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={busy} data-testid="interview-next">
            {id !== 'summary'
              ? t('common.next')
              : mode.kind === 'new'
                ? t('interview.create')
                : t('interview.saveChanges')}
          </button>
        </div>
      </ImeSafeForm>
    </section>
  );
}

/** A personal number: typed hidden, like a password, unless the user chooses to see it. */
function SecretField({
  id,
  label,
  help,
  shownType,
  value,
  onChange,
}: {
  id: string;
  label: string;
  help: string;
  /** The input's type while shown: 'tel' brings up a phone keypad where there is one. */
  shownType: 'tel' | 'text';
  value: string;
  onChange: (value: string) => void;
}) {
  const [shown, setShown] = useState(false);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="row">
        <input
          id={id}
          type={shown ? shownType : 'password'}
          inputMode={shownType === 'tel' ? 'tel' : 'text'}
          autoComplete="off"
          spellCheck={false}
          value={value}
          aria-describedby={`${id}-help`}
          onChange={(e) => onChange(e.target.value)}
        />
        <RevealButton shown={shown} label={label} onToggle={() => setShown(!shown)} />
      </div>
      <span id={`${id}-help`} className="help">
        {help}
      </span>
    </div>
  );
}
