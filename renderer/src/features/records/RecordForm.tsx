// Adds or edits one record. Saving an edit appends a revision: the main process keeps every version.
import { cloneElement, useState, type AriaAttributes, type FormEvent, type ReactElement } from 'react';
import type { ChecklistStep } from '../../../../electron/guide/types';
import type { InLanguage } from '../../../../electron/shared/in-language';
import type { AttachmentView, RecordView } from '../../../../electron/ipc/views';
import {
  isMnpNumber,
  RECORD_KINDS,
  type BillData,
  type RecordContent,
} from '../../../../electron/store/schema';
import { call } from '../../api';
import { useReportError } from '../../app/errors';
import { useI18n, type MessageKey } from '../../i18n';
import { AttachmentPicker } from './AttachmentPicker';
import { dateLabel, numberLabel } from './field-labels';
import { formatInstant, isTimeZone, systemTimeZone } from '../../../../electron/shared/format';
import { isInFuture, nowLocalInput, skippedTo, toIsoWithOffset, toLocalInput } from './time';
import { latestBillMonth } from '../../../../electron/shared/bill-month';

type TextField = 'shopBranch' | 'phoneDialled' | 'portal' | 'referenceNumber' | 'staffName';
const TEXT_FIELDS: TextField[] = ['shopBranch', 'phoneDialled', 'portal', 'referenceNumber', 'staffName'];

/** What a new record starts with: now, here, nothing else. Answers from the phrase card prefill it. */
/** An amount in yen, as typed: whole and not negative (the form checks it on save). */
function YenInput({ id, value, onChange }: { id: string; value: string; onChange: (value: string) => void }) {
  return (
    <input
      id={id}
      type="number"
      min={0}
      inputMode="numeric"
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

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
/**
 * What the form says of a field the browser finds invalid, in the app's words: the form checks itself
 * (noValidate), since Chromium's own bubble speaks the browser's language, not the user's. A message set
 * with setCustomValidity (an unknown zone) is already the app's.
 */
const FIELD_PROBLEMS: Record<string, MessageKey> = {
  'record-when': 'proof.form.whenRequired',
  'record-zone': 'proof.form.timeZoneUnknown',
  'record-bill-month': 'proof.form.billMonthRequired',
  'record-bill': 'proof.form.amountInvalid',
  'record-fees': 'proof.form.amountInvalid',
  'record-bill-amount': 'proof.form.amountInvalid',
};

/** A field with its label, and what is wrong with it (tied to it for screen readers) when something is. */
type Field = (id: string, label: string, input: ReactElement<AriaAttributes>) => ReactElement;

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
  steps: InLanguage<ChecklistStep>[];
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
  const [problem, setProblem] = useState<{ id: string; text: string } | null>(null);
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
  // Said at entry too: a time the clocks skipped is saved as the time after the gap (issue 25).
  const skipped = skippedTo(when, draft.timeZone);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const invalid = [...event.currentTarget.elements].find(
      (element): element is HTMLInputElement =>
        element instanceof HTMLInputElement && !element.validity.valid,
    );
    if (invalid) {
      // A month after the latest billed (the field's max) is said as such, not as a month missing.
      const key =
        invalid.validity.rangeOverflow && invalid.id === 'record-bill-month'
          ? 'proof.form.billMonthFuture'
          : FIELD_PROBLEMS[invalid.id];
      setProblem({
        id: invalid.id,
        text: invalid.validity.customError || !key ? invalid.validationMessage : t(key),
      });
      invalid.focus();
      return;
    }
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

  const field: Field = (id, label, input) => {
    const said = problem?.id === id ? `${id}-error` : null;
    const describedBy = [input.props['aria-describedby'], said].filter(Boolean).join(' ') || undefined;
    return (
      <div className="field">
        <label htmlFor={id}>{label}</label>
        {said ? cloneElement(input, { 'aria-invalid': true, 'aria-describedby': describedBy }) : input}
        {said && (
          <p id={said} className="field-error" role="alert" data-testid="field-error">
            {problem?.text}
          </p>
        )}
      </div>
    );
  };

  return (
    <form
      className="card record-form"
      noValidate
      onSubmit={(e) => void submit(e)}
      // A field said to be wrong is no longer, once changed: the next save checks again.
      onChange={(e) => problem?.id === (e.target as HTMLElement).id && setProblem(null)}
      aria-labelledby="record-form-title"
    >
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
      <div className="row fields">
        {field(
          'record-when',
          t('proof.form.when'),
          <input
            id="record-when"
            type="datetime-local"
            required
            value={when}
            onChange={(e) => setWhen(e.target.value)}
            aria-describedby={
              [future && 'record-when-future', skipped && 'record-skipped'].filter(Boolean).join(' ') ||
              undefined
            }
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
      {skipped && (
        <p
          id="record-skipped"
          className="notice notice-warn small"
          role="status"
          data-testid="record-skipped"
        >
          {t('proof.form.skippedTime', {
            time: when.slice(11, 16),
            zone: draft.timeZone,
            saved: formatInstant(toIsoWithOffset(when, draft.timeZone), { locale, timeZone: draft.timeZone }),
          })}
        </p>
      )}
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
          t(name === 'referenceNumber' ? numberLabel(draft.kind) : `proof.form.${name}`),
          <input
            id={`record-${name}`}
            value={draft[name]}
            maxLength={100}
            onChange={(e) => set(name, e.target.value)}
          />,
        ),
      )}
      {draft.bill ? (
        <BillFields
          bill={draft.bill}
          amount={billAmount}
          onAmount={setBillAmount}
          onChange={setBillField}
          field={field}
        />
      ) : (
        <div className="row fields">
          {field(
            'record-effective',
            t(dateLabel(draft.kind)),
            <input
              id="record-effective"
              type="date"
              value={draft.effectiveDate}
              onChange={(e) => set('effectiveDate', e.target.value)}
            />,
          )}
          {/* No final bill comes with an MNP予約番号 (one entered before this was hidden stays editable). */}
          {(!isMnpNumber(draft.kind) || bill !== '') &&
            field(
              'record-bill',
              t('proof.form.finalBill'),
              <YenInput id="record-bill" value={bill} onChange={setBill} />,
            )}
          {field(
            'record-fees',
            t('proof.form.fees'),
            <YenInput id="record-fees" value={fees} onChange={setFees} />,
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
                {s.title}
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
  field,
}: {
  bill: BillData;
  amount: string;
  onAmount: (amount: string) => void;
  onChange: <K extends keyof BillData>(key: K, value: BillData[K]) => void;
  field: Field;
}) {
  const { t } = useI18n();
  return (
    <>
      <div className="row fields">
        {field(
          'record-bill-month',
          t('proof.form.billMonth'),
          <input
            id="record-bill-month"
            type="month"
            required
            // Main refuses a month not billed yet too (bill_not_billed_yet): said here before sending.
            max={latestBillMonth(new Date())}
            value={bill.month}
            onChange={(e) => onChange('month', e.target.value)}
          />,
        )}
        {field(
          'record-bill-amount',
          t('proof.form.billAmount'),
          <YenInput id="record-bill-amount" value={amount} onChange={onAmount} />,
        )}
      </div>
      <div className="row">
        <label className="check">
          <input
            id="record-bill-paid"
            type="checkbox"
            checked={bill.paid}
            onChange={(e) => onChange('paid', e.target.checked)}
          />
          <span>{t('proof.form.billPaid')}</span>
        </label>
        {bill.paid &&
          field(
            'record-bill-paid-on',
            t('proof.form.billPaidOn'),
            <input
              id="record-bill-paid-on"
              type="date"
              value={bill.paidOn}
              onChange={(e) => onChange('paidOn', e.target.value)}
            />,
          )}
      </div>
      <label className="check">
        <input
          id="record-bill-final"
          type="checkbox"
          checked={bill.final}
          onChange={(e) => onChange('final', e.target.checked)}
        />
        <span>{t('proof.form.billFinal')}</span>
      </label>
    </>
  );
}
