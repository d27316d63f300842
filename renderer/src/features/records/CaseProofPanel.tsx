// A case's proof: what to ask at the counter, the timeline of records (each with its revision chain
// checked), the add/edit form with attachments, and the report export.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AskPhrase, ChecklistStep } from '../../../../electron/guide/types';
import type { InLanguage } from '../../../../electron/shared/in-language';
import type { RecordView } from '../../../../electron/ipc/views';
import { maskReference } from '../../../../electron/proof/mask';
import { formatYen } from '../../../../electron/shared/format';
import { isMnpNumber, type RecordContent } from '../../../../electron/store/schema';
import { call } from '../../api';
import { useReportError } from '../../app/errors';
import { useI18n } from '../../i18n';
import { countOf, formatClocks, formatDay, formatMonth } from '../../ui/format';
import { billSummary } from '../bills/format';
import { Masked } from '../../ui/Masked';
import { ReportExport } from '../report';
import { ComplaintCard } from '../complaint/ComplaintCard';
import { AttachmentPreview } from './AttachmentPreview';
import { RecordForm } from './RecordForm';
import { dateLabel, numberLabel } from './field-labels';

type AskField = AskPhrase['recordField'];

interface Loaded {
  records: RecordView[];
  proofSteps: InLanguage<ChecklistStep>[];
  /** The questions to ask, from the guide. */
  askPhrases: InLanguage<AskPhrase>[];
  baseUrl: string;
  /** The holder gave a residence-card or passport number: the export asks how to print it. */
  hasIds: boolean;
}

type Editing = { record: RecordView | null; prefill?: Partial<RecordContent> } | null;

/** Where a checklist step sends the user: a new record for that step, or one of its records. */
export type ProofIntent = { newForStep: string } | { recordId: string };

const recordElementId = (id: string) => `record-${id}`;
/** Where it happened: the shop, the number called, the website or app. */
const WHERE_FIELDS = ['shopBranch', 'phoneDialled', 'portal'] as const;

export function CaseProofPanel({
  caseId,
  intent = null,
  onRecordsChanged,
}: {
  caseId: string;
  intent?: ProofIntent | null;
  /** A record was saved: what the checklist lists under its steps may have changed. */
  onRecordsChanged?: () => void;
}) {
  const { t, locale } = useI18n();
  const report = useReportError();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  // The panel mounts when its tab opens, so the intent it opened with is read once, here.
  const [editing, setEditing] = useState<Editing>(() =>
    intent && 'newForStep' in intent ? { record: null, prefill: { stepId: intent.newForStep } } : null,
  );
  const opened = intent && 'recordId' in intent ? intent.recordId : null;
  const focused = useRef(false);

  const load = useCallback(
    () =>
      Promise.all([
        call('records.list', { caseId }),
        call('cases.get', { caseId }),
        call('app.info', {}),
      ]).then(
        ([records, view, info]) =>
          setLoaded({
            records,
            proofSteps: view.checklist.phases.flatMap((p) => p.steps).filter((s) => s.producesProof),
            askPhrases: view.checklist.askPhrases,
            baseUrl: info.attachmentBaseUrl,
            hasIds: view.case.holder.residenceCard !== '' || view.case.holder.passport !== '',
          }),
        report,
      ),
    [caseId, report],
  );
  // The steps' titles come in the app's language: asked again when it changes.
  useEffect(() => void load(), [load, locale]);

  // Once loaded, focus lands where the step sent the user: the new record's first field, or the record.
  useEffect(() => {
    if (!loaded || !intent || focused.current) return;
    focused.current = true;
    const target = document.getElementById(
      'newForStep' in intent ? 'record-kind' : recordElementId(intent.recordId),
    );
    target?.scrollIntoView({ block: 'center' });
    target?.focus();
  }, [loaded, intent]);

  if (!loaded) return <p aria-busy="true">{t('common.loading')}</p>;

  return (
    <div className="proof">
      <section className="card" aria-labelledby="proof-title">
        <div className="row spread">
          <h2 id="proof-title">{t('proof.title')}</h2>
          <button type="button" className="btn btn-primary" onClick={() => setEditing({ record: null })}>
            {t('proof.add')}
          </button>
        </div>
        <p className="help">{t('proof.help')}</p>
        {editing && (
          <RecordForm
            key={editing.record?.id ?? 'new'}
            caseId={caseId}
            editing={editing.record}
            {...(editing.prefill ? { prefill: editing.prefill } : {})}
            steps={loaded.proofSteps}
            baseUrl={loaded.baseUrl}
            onSaved={() => {
              setEditing(null);
              void load();
              onRecordsChanged?.();
            }}
            onCancel={() => setEditing(null)}
          />
        )}
        {loaded.records.length === 0 ? (
          <p className="empty">{t('proof.empty')}</p>
        ) : (
          <ol className="timeline" aria-label={t('proof.title')}>
            {loaded.records.map((r) => (
              <RecordItem
                key={r.id}
                record={r}
                baseUrl={loaded.baseUrl}
                opened={r.id === opened}
                onEdit={() => setEditing({ record: r })}
              />
            ))}
          </ol>
        )}
      </section>
      {/* A travel eSIM ends in the seller's app: no counter or call to ask at, so no questions. */}
      {loaded.askPhrases.length > 0 && (
        <AskCard questions={loaded.askPhrases} onSave={(prefill) => setEditing({ record: null, prefill })} />
      )}
      <ReportExport caseId={caseId} records={loaded.records} hasIds={loaded.hasIds} />
      <ComplaintCard caseId={caseId} />
    </div>
  );
}

function RecordItem({
  record,
  baseUrl,
  opened,
  onEdit,
}: {
  record: RecordView;
  baseUrl: string;
  /** The record a checklist step opened: marked, and focused once the panel has loaded. */
  opened: boolean;
  onEdit: () => void;
}) {
  const { t, locale } = useI18n();
  const c = record.content;
  // An MNP record's number is the MNP予約番号 (named with the Japanese, as the form does).
  const numberName = t(isMnpNumber(c.kind) ? numberLabel(c.kind) : 'proof.reference');
  // Each named as the form names it: a bare "Shinjuku" or "0120-800-000" says nothing of what it was.
  const where = WHERE_FIELDS.filter((field) => c[field] !== '')
    .map((field) => `${t(`proof.form.${field}`)}: ${c[field]}`)
    .join(' · ');
  return (
    <li
      id={recordElementId(record.id)}
      className={`record${opened ? ' record-opened' : ''}`}
      data-testid="record"
      tabIndex={-1}
      aria-current={opened || undefined}
    >
      <div className="row spread">
        <h3>
          <time dateTime={c.occurredAt}>{formatClocks(c.occurredAt, locale, c.timeZone)}</time> —{' '}
          {t(`proof.kind.${c.kind}`)}
        </h3>
        <button type="button" className="btn btn-small" onClick={onEdit}>
          {t('proof.edit')}
        </button>
      </div>
      {where && <p>{where}</p>}
      {c.referenceNumber && (
        <p>
          {numberName}:{' '}
          <Masked value={c.referenceNumber} masked={maskReference(c.referenceNumber)} label={numberName} />
        </p>
      )}
      {c.staffName && <p>{`${t('proof.form.staffName')}: ${c.staffName}`}</p>}
      {c.effectiveDate && (
        <p>{`${t(dateLabel(c.kind))}: ${t('proof.dayInJapan', { date: formatDay(c.effectiveDate, locale) })}`}</p>
      )}
      {c.finalBillYen !== null && (
        <p>{`${t('proof.form.finalBill')}: ${formatYen(c.finalBillYen, locale)}`}</p>
      )}
      {c.bill && (
        <p>{`${t('proof.form.billMonth')}: ${formatMonth(c.bill.month, locale)} · ${billSummary(c.bill, t, locale)}`}</p>
      )}
      {c.note && <p className="prose">{c.note}</p>}
      {record.attachments.length > 0 && (
        <ul className="attachment-list row">
          {record.attachments.map((a) => (
            <li key={a.id}>
              <AttachmentPreview attachment={a} baseUrl={baseUrl} />
            </li>
          ))}
        </ul>
      )}
      <p className="help small">
        {t('proof.entered', { at: formatClocks(record.createdAt, locale) })} ·{' '}
        {countOf(t, locale, 'proof.revisions', record.revisions.length)} ·{' '}
        <span data-testid="chain">
          {record.chain.intact
            ? `✓ ${t('proof.chain.intact')}`
            : `⚠ ${t('proof.chain.broken', { n: (record.chain.brokenAt ?? 0) + 1 })}`}
        </span>
      </p>
    </li>
  );
}

/** The guide's questions to ask, in Japanese, with their reading and meaning, and room for the answers;
 * saving opens a record prefilled with each answer in the field its question names. A Japanese reader
 * sees the Japanese only. */
function AskCard({
  questions,
  onSave,
}: {
  questions: readonly InLanguage<AskPhrase>[];
  onSave: (prefill: Partial<RecordContent>) => void;
}) {
  const { t, locale } = useI18n();
  const [answers, setAnswers] = useState<Partial<Record<AskField, string>>>({});
  const save = () => {
    const bill = answers.finalBillYen?.replace(/[^\d]/g, '') ?? '';
    onSave({
      referenceNumber: answers.referenceNumber ?? '',
      effectiveDate: /^\d{4}-\d{2}-\d{2}$/.test(answers.effectiveDate ?? '')
        ? (answers.effectiveDate ?? '')
        : '',
      finalBillYen: bill === '' ? null : Number(bill),
      staffName: answers.staffName ?? '',
      note: questions.map((q) => `${q.ja} ${answers[q.recordField] ?? ''}`).join('\n'),
    });
  };
  return (
    <section className="card" aria-labelledby="ask-title">
      <h2 id="ask-title">{t('proof.ask.title')}</h2>
      <p className="help">{t('proof.ask.help')}</p>
      {questions.map((q) => (
        <div className="field ask" key={q.recordField} data-testid="ask-question">
          <label htmlFor={`ask-${q.recordField}`} lang="ja">
            {q.ja}
          </label>
          {locale !== 'ja' && (
            <div id={`ask-${q.recordField}-say`} className="ask-say">
              <p className="phrase-kana" lang="ja">
                {q.kana}
              </p>
              <p className="help">{q.meaning}</p>
            </div>
          )}
          <input
            id={`ask-${q.recordField}`}
            type={q.recordField === 'effectiveDate' ? 'date' : 'text'}
            value={answers[q.recordField] ?? ''}
            aria-describedby={locale !== 'ja' ? `ask-${q.recordField}-say` : undefined}
            onChange={(e) => setAnswers({ ...answers, [q.recordField]: e.target.value })}
          />
        </div>
      ))}
      <button type="button" className="btn" onClick={save}>
        {t('proof.ask.save')}
      </button>
    </section>
  );
}
