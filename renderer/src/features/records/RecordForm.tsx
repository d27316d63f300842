// Adds or edits one record. Saving an edit appends a revision: the main process keeps every version.
import { useState, type FormEvent, type ReactNode } from 'react';
import type { ChecklistStep } from '../../../../electron/guide/types';
import type { AttachmentView, RecordView } from '../../../../electron/ipc/views';
import { RECORD_KINDS, type BillData, type RecordContent } from '../../../../electron/store/schema';
import { call } from '../../api';
import { useReportError } from '../../app/errors';
import { useI18n } from '../../i18n';
import { AttachmentPicker } from './AttachmentPicker';
import { isTimeZone, systemTimeZone } from '../../../../electron/shared/format';
import { isInFuture, nowLocalInput, toIsoWithOffset, toLocalInput } from './time';

type TextField = 'shopBranch' | 'phoneDialled' | 'portal' | 'referenceNumber' | 'staffName';
const TEXT_FIELDS: TextField[] = ['shopBranch', 'phoneDialled', 'portal', 'referenceNumber', 'staffName'];

/** What a new record starts with: now, here, nothing else. Answers from the phrase card prefill it. */
export function blankContent(prefill: Partial<RecordContent> = {}): RecordContent {
  return {
    kind: 'shop-visit',
    occurredAt: '',
    timeZone: systemTimeZone(),
    shopBranch: '',
    phoneDialled: '',
    portal: '',
    referenceNumber: '',
    effectiveDate: '',
    staffName: '',
    finalBillYen: null,
    feesYen: null,
    note: '',
    stepId: null,
    attachmentIds: [],
    ...prefill,
  };
}

const yen = (text: string) => (text.trim() === '' ? null : Math.max(0, Math.round(Number(text))));

/** A bill as a new bill record starts: this month, not paid. */
const newBill = (month: string): BillData => ({
  month,
  amountYen: null,
  paid: false,
  paidOn: '',
  final: false,
});
/** The kinds offered: 'final-bill-paid' (before bills had their own kind) only on a record that is one. */
const kindsFor = (kind: RecordContent['kind']) =>
  RECORD_KINDS.filter((k) => k !== 'final-bill-paid' || kind === 'final-bill-paid');

export function RecordForm({
  caseId,
  editing,
  prefill,
  steps,
  baseUrl,
  onSaved,
  onCancel,
}: {
  caseId: string;
  editing: RecordView | null;
  prefill?: Partial<RecordContent>;
  steps: ChecklistStep[];
  baseUrl: string;
  onSaved: (record: RecordView) => void;
  onCancel: () => void;
}) {
  const { t, locale } = useI18n();
  const report = useReportError();
  // A record starts as the kind of the case's channel (an online cancellation, a shop visit…): the
  // step's when opened from one, else the one every proof step of this case shares.
  const stepKind =
    steps.find((s) => s.id === prefill?.stepId)?.proofKind ?? steps.find((s) => s.proofKind)?.proofKind;
  const [draft, setDraft] = useState<RecordContent>(
    editing?.content ?? blankContent({ ...(stepKind ? { kind: stepKind } : {}), ...prefill }),
  );
  const [when, setWhen] = useState(
    editing
      ? toLocalInput(editing.content.occurredAt, editing.content.timeZone)
      : nowLocalInput(draft.timeZone),
  );
  const [attachments, setAttachments] = useState<AttachmentView[]>(editing?.attachments ?? []);
  const [bill, setBill] = useState(draft.finalBillYen?.toString() ?? '');
  const [billAmount, setBillAmount] = useState(draft.bill?.amountYen?.toString() ?? '');
  const [fees, setFees] = useState(draft.feesYen?.toString() ?? '');
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof RecordContent>(key: K, value: RecordContent[K]) =>
    setDraft({ ...draft, [key]: value });
  const setBillField = <K extends keyof BillData>(key: K, value: BillData[K]) =>
    draft.bill && setDraft({ ...draft, bill: { ...draft.bill, [key]: value } });
  /** A bill record holds a bill, and no other kind does (the schema's rule). */
  const setKind = (kind: RecordContent['kind']) => {
    const next: RecordContent = { ...draft, kind };
    if (kind === 'bill') next.bill = draft.bill ?? newBill(nowLocalInput(draft.timeZone).slice(0, 7));
    else delete next.bill;
    setDraft(next);
  };
  const isBill = draft.kind === 'bill';
  // Said at entry, not refused: the report prints the record as it is dated (issue 21).
  const future = when !== '' && isTimeZone(draft.timeZone) && isInFuture(when, draft.timeZone);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const content: RecordContent = {
      ...draft,
      occurredAt: toIsoWithOffset(when, draft.timeZone),
      finalBillYen: yen(bill),
      feesYen: yen(fees),
      attachmentIds: attachments.map((a) => a.id),
      ...(draft.bill
        ? {
            bill: {
              ...draft.bill,
              amountYen: yen(billAmount),
              paidOn: draft.bill.paid ? draft.bill.paidOn : '',
            },
          }
        : {}),
    };
    setBusy(true);
    try {
      onSaved(
        editing
          ? await call('records.update', { caseId, recordId: editing.id, content })
          : await call('records.create', { caseId, content }),
      );
    } catch (error) {
      report(error);
    } finally {
      setBusy(false);
    }
  };

  const field = (id: string, label: string, input: ReactNode) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {input}
    </div>
  );

  return (
    <form className="card record-form" onSubmit={(e) => void submit(e)} aria-labelledby="record-form-title">
      <h3 id="record-form-title">{editing ? t('proof.editing') : t('proof.form.title')}</h3>
      {field(
        'record-kind',
        t('proof.form.kind'),
        <select
          id="record-kind"
          value={draft.kind}
          onChange={(e) => setKind(e.target.value as RecordContent['kind'])}
        >
          {kindsFor(draft.kind).map((kind) => (
            <option key={kind} value={kind}>
              {t(`proof.kind.${kind}`)}
            </option>
          ))}
        </select>,
      )}
      <div className="row">
        {field(
          'record-when',
          t('proof.form.when'),
          <input
            id="record-when"
            type="datetime-local"
            required
            value={when}
            onChange={(e) => setWhen(e.target.value)}
            aria-describedby={future ? 'record-when-future' : undefined}
          />,
        )}
        {field(
          'record-zone',
          t('proof.form.timeZone'),
          <input
            id="record-zone"
            required
            value={draft.timeZone}
            maxLength={64}
            onChange={(e) => {
              // A zone Intl does not know would make the time unreadable: the form says so and waits.
              e.target.setCustomValidity(isTimeZone(e.target.value) ? '' : t('proof.form.timeZoneUnknown'));
              set('timeZone', e.target.value);
            }}
          />,
        )}
      </div>
      {future && (
        <p
          id="record-when-future"
          className="notice notice-warn small"
          role="status"
          data-testid="record-future"
        >
          {t('proof.form.future')}
        </p>
      )}
      {TEXT_FIELDS.map((name) =>
        field(
          `record-${name}`,
          t(`proof.form.${name}`),
          <input
            id={`record-${name}`}
            value={draft[name]}
            maxLength={100}
            onChange={(e) => set(name, e.target.value)}
          />,
        ),
      )}
      {draft.bill ? (
        <BillFields bill={draft.bill} amount={billAmount} onAmount={setBillAmount} onChange={setBillField} />
      ) : (
        <div className="row">
          {field(
            'record-effective',
            t('proof.form.effectiveDate'),
            <input
              id="record-effective"
              type="date"
              value={draft.effectiveDate}
              onChange={(e) => set('effectiveDate', e.target.value)}
            />,
          )}
          {field(
            'record-bill',
            t('proof.form.finalBill'),
            <input
              id="record-bill"
              type="number"
              min={0}
              inputMode="numeric"
              value={bill}
              onChange={(e) => setBill(e.target.value)}
            />,
          )}
          {field(
            'record-fees',
            t('proof.form.fees'),
            <input
              id="record-fees"
              type="number"
              min={0}
              inputMode="numeric"
              value={fees}
              onChange={(e) => setFees(e.target.value)}
            />,
          )}
        </div>
      )}
      {steps.length > 0 &&
        !isBill &&
        field(
          'record-step',
          t('proof.form.step'),
          <select
            id="record-step"
            value={draft.stepId ?? ''}
            onChange={(e) => set('stepId', e.target.value || null)}
          >
            <option value="">{t('proof.form.noStep')}</option>
            {steps.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title[locale]}
              </option>
            ))}
          </select>,
        )}
      {field(
        'record-note',
        t('proof.form.note'),
        <textarea
          id="record-note"
          rows={3}
          maxLength={10_000}
          value={draft.note}
          onChange={(e) => set('note', e.target.value)}
        />,
      )}
      <AttachmentPicker value={attachments} onChange={setAttachments} baseUrl={baseUrl} />
      <div className="actions row">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {t('proof.form.save')}
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

/** A bill's own fields: its month, amount, paid (and when), and whether it is the last. */
function BillFields({
  bill,
  amount,
  onAmount,
  onChange,
}: {
  bill: BillData;
  amount: string;
  onAmount: (amount: string) => void;
  onChange: <K extends keyof BillData>(key: K, value: BillData[K]) => void;
}) {
  const { t } = useI18n();
  return (
    <>
      <div className="row">
        <div className="field">
          <label htmlFor="record-bill-month">{t('proof.form.billMonth')}</label>
          <input
            id="record-bill-month"
            type="month"
            required
            value={bill.month}
            onChange={(e) => onChange('month', e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="record-bill-amount">{t('proof.form.billAmount')}</label>
          <input
            id="record-bill-amount"
            type="number"
            min={0}
            inputMode="numeric"
            value={amount}
            onChange={(e) => onAmount(e.target.value)}
          />
        </div>
      </div>
      <div className="row">
        <label className="row">
          <input
            id="record-bill-paid"
            type="checkbox"
            checked={bill.paid}
            onChange={(e) => onChange('paid', e.target.checked)}
          />
          {t('proof.form.billPaid')}
        </label>
        {bill.paid && (
          <div className="field">
            <label htmlFor="record-bill-paid-on">{t('proof.form.billPaidOn')}</label>
            <input
              id="record-bill-paid-on"
              type="date"
              value={bill.paidOn}
              onChange={(e) => onChange('paidOn', e.target.value)}
            />
          </div>
        )}
      </div>
      <label className="row">
        <input
          id="record-bill-final"
          type="checkbox"
          checked={bill.final}
          onChange={(e) => onChange('final', e.target.checked)}
        />
        {t('proof.form.billFinal')}
      </label>
    </>
  );
}
