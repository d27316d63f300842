// The Bills tab (issue 19): the bills still to come after the line ends, month by month, with what was
// recorded of each (a bill is a proof record: amount, paid or not, files; marking it paid adds a
// revision); how they are paid, and a warning with the sourced ways out where that method ends first;
// and what the provider's sources say about its bills.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { BillLine, BillsView, RuleLine } from '../../../../electron/guide/bills';
import { PAYMENT_METHODS, type Payment } from '../../../../electron/guide/types';
import type { CaseView, RecordView } from '../../../../electron/ipc/views';
import type { BillData, RecordContent } from '../../../../electron/store/schema';
import { call } from '../../api';
import { useReportError } from '../../app/errors';
import { useI18n } from '../../i18n';
import { formatDay, formatMonth, localToday } from '../../ui/format';
import { confirmWith, SourceName } from '../checklist/FactList';
import { Sources } from '../checklist/Sources';
import { RecordForm } from '../records/RecordForm';
import { useCasePlan } from '../plan/use-case-plan';
import { billBadge, billCardClass, billSummary } from './format';

type Editing = { record: RecordView | null; month?: string } | null;

export function BillsPanel({ view, onView }: { view: CaseView; onView: (view: CaseView) => void }) {
  const { t, locale } = useI18n();
  const report = useReportError();
  const caseId = view.case.id;
  const planView = useCasePlan(view);
  const [records, setRecords] = useState<RecordView[] | null>(null);
  const [baseUrl, setBaseUrl] = useState('');
  const [editing, setEditing] = useState<Editing>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const load = useCallback(
    () =>
      Promise.all([call('records.list', { caseId }), call('app.info', {})]).then(([list, info]) => {
        setRecords(list);
        setBaseUrl(info.attachmentBaseUrl);
      }, report),
    [caseId, report],
  );
  useEffect(() => void load(), [load]);
  // The form opens above the list: take the person there, as a checklist step's "record" does.
  useEffect(() => {
    if (!editing) return;
    const first = document.getElementById('record-kind');
    first?.scrollIntoView({ block: 'center' });
    first?.focus();
  }, [editing]);
  const refresh = async () => {
    await load();
    onView(await call('cases.get', { caseId }));
  };

  /** Marking a bill paid is an edit of its record: a new revision, the earlier one kept. */
  const markPaid = async (recordId: string) => {
    const record = records?.find((r) => r.id === recordId);
    const bill = record?.content.bill;
    if (!record || !bill) return;
    setBusy(recordId);
    try {
      const content: RecordContent = {
        ...record.content,
        bill: { ...bill, paid: true, paidOn: bill.paidOn || localToday() },
      };
      await call('records.update', { caseId, recordId, content });
      await refresh();
    } catch (error) {
      report(error);
    } finally {
      setBusy(null);
    }
  };

  if (!planView) return <p aria-busy="true">{t('common.loading')}</p>;
  const { bills } = planView;
  const who = confirmWith(view.checklist.provider, t('checklist.fact.theCarrier'));
  const status =
    bills.state === 'none'
      ? t('bills.none')
      : bills.settled
        ? t('bills.settled')
        : bills.state === 'undated' || !bills.lastMonth
          ? t('bills.undated')
          : t('bills.pending', { month: formatMonth(bills.lastMonth, locale) });

  return (
    <div className="bills">
      <section className="card" aria-labelledby="bills-title">
        <h2 id="bills-title">{t('bills.title')}</h2>
        <p className="help">{t('bills.help')}</p>
        <p className={bills.settled ? 'notice notice-info' : ''} data-testid="bills-status">
          {status}
        </p>
        {editing && (
          <RecordForm
            key={editing.record?.id ?? `new-${editing.month ?? ''}`}
            caseId={caseId}
            editing={editing.record}
            // Another month: this one, Japan's (the carrier's), the latest a bill can have come in.
            prefill={{ kind: 'bill', bill: blankBill(editing.month ?? planView.plan.today.slice(0, 7)) }}
            steps={[]}
            baseUrl={baseUrl}
            onSaved={() => {
              setEditing(null);
              void refresh();
            }}
            onCancel={() => setEditing(null)}
          />
        )}
        {bills.lines.length > 0 && (
          <ol className="plan-timeline bill-list" aria-label={t('bills.list')}>
            {bills.lines.map((line) => (
              <BillCard
                key={line.month}
                line={line}
                who={who}
                busy={busy}
                onRecord={() => setEditing({ record: null, month: line.month })}
                onEdit={(recordId) => setEditing({ record: records?.find((r) => r.id === recordId) ?? null })}
                onMarkPaid={(recordId) => void markPaid(recordId)}
              />
            ))}
          </ol>
        )}
        {bills.state !== 'none' && (
          <button type="button" className="btn" onClick={() => setEditing({ record: null })}>
            {t('bills.recordOther')}
          </button>
        )}
      </section>
      {bills.state !== 'none' && <PaymentCard view={view} bills={bills} onView={onView} />}
      {bills.rule.length > 0 && (
        <section className="card" aria-labelledby="bills-rule-title">
          <h2 id="bills-rule-title">{t('bills.rule.title', { provider: view.checklist.provider.name })}</h2>
          <ul className="bill-rule">
            {/* What the ways out above already say, with their sources, is not said twice. */}
            {bills.rule
              .filter((line) => !bills.waysOut.some((way) => way.text.en === line.text.en))
              .map((line) => (
                <RuleItem key={`${line.kind}|${line.text.en}`} line={line} who={who} />
              ))}
          </ul>
        </section>
      )}
    </div>
  );
}

const blankBill = (month: string): BillData => ({
  month,
  amountYen: null,
  paid: false,
  paidOn: '',
  final: false,
});

function BillCard({
  line,
  who,
  busy,
  onRecord,
  onEdit,
  onMarkPaid,
}: {
  line: BillLine;
  who: string;
  busy: string | null;
  onRecord: () => void;
  onEdit: (recordId: string) => void;
  onMarkPaid: (recordId: string) => void;
}) {
  const { t, locale } = useI18n();
  const badge = billBadge(line);
  return (
    <li className={billCardClass(badge)} data-testid="bill" data-month={line.month} data-status={line.status}>
      <div className="plan-when">
        <span className="plan-date">{t('plan.by', { date: formatDay(line.by, locale) })}</span>
        <span className={`plan-badge plan-badge-${badge}`}>{t(`bills.status.${line.status}`)}</span>
      </div>
      <h3 className="bill-title">{line.title[locale]}</h3>
      {line.expected && <p className="prose">{line.expected.about[locale]}</p>}
      {line.expected?.basis === 'general' && <p className="help">{t('bills.general', { provider: who })}</p>}
      {line.status === 'not-recorded' && line.last && (
        <p className="notice notice-warn small">{t('bills.lastNotRecorded')}</p>
      )}
      {line.recorded.map((bill) => (
        <div key={bill.recordId} className="row bill-recorded" data-testid="bill-recorded">
          <span>{billSummary(bill, t, locale)}</span>
          {!bill.paid && (
            <button
              type="button"
              className="btn btn-small btn-primary"
              disabled={busy === bill.recordId}
              onClick={() => onMarkPaid(bill.recordId)}
            >
              {t('bills.markPaid')}
            </button>
          )}
          <button type="button" className="btn btn-small" onClick={() => onEdit(bill.recordId)}>
            {t('proof.edit')}
          </button>
        </div>
      ))}
      {/* A month still to come has not been billed: nothing to record (or pay) yet, and it says when. */}
      {line.recorded.length === 0 && line.status === 'upcoming' && (
        <p className="help" data-testid="bill-not-yet">
          {t('bills.notBilledYet', { month: formatMonth(line.month, locale) })}
        </p>
      )}
      {line.recorded.length === 0 && line.status !== 'not-needed' && line.status !== 'upcoming' && (
        <button type="button" className="btn btn-small" onClick={onRecord}>
          {t('bills.record')}
        </button>
      )}
      {line.expected && <Sources sources={line.expected.sources} />}
    </li>
  );
}

function RuleItem({ line, who }: { line: RuleLine; who: string }) {
  const { t, locale } = useI18n();
  return (
    <li>
      <p className="prose">
        {line.label && <strong>{line.label[locale]}: </strong>}
        {line.text[locale]}
      </p>
      {line.check && (
        <p className="notice notice-warn small" data-testid="bill-fact-check">
          {line.check.flagged && line.check.source ? (
            <>
              {t('checklist.fact.oneSource', { provider: who })} <SourceName source={line.check.source} />
            </>
          ) : line.check.disputed ? (
            t('checklist.fact.disputed', { provider: who })
          ) : (
            line.check.aged && t('checklist.fact.aged', { year: line.check.aged, provider: who })
          )}
        </p>
      )}
      <Sources sources={line.sources} />
    </li>
  );
}

/** How the bills are paid and when that ends; the warning and the ways out come from main. */
function PaymentCard({
  view,
  bills,
  onView,
}: {
  view: CaseView;
  bills: BillsView;
  onView: (view: CaseView) => void;
}) {
  const { t, locale } = useI18n();
  const report = useReportError();
  const saved = bills.payment;
  const [method, setMethod] = useState<Payment['method'] | null>(saved?.method ?? null);
  const [cardMonth, setCardMonth] = useState(saved?.method === 'card' ? saved.endsOn : '');
  const [closesOn, setClosesOn] = useState(saved?.method === 'bank-account' ? saved.endsOn : '');
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!method) return;
    const endsOn = method === 'card' ? cardMonth : method === 'bank-account' ? closesOn : '';
    setBusy(true);
    try {
      onView(await call('cases.setPayment', { caseId: view.case.id, payment: { method, endsOn } }));
      setDone(true);
    } catch (error) {
      report(error);
    } finally {
      setBusy(false);
    }
  };

  const lasts =
    saved && saved.method !== 'unsure' && bills.warnings.length === 0 && bills.lastMonth && !bills.settled;
  return (
    <section className="card" aria-labelledby="payment-title">
      <h2 id="payment-title">{t('bills.payment.title')}</h2>
      <p className="help">{t('bills.payment.help')}</p>
      {bills.warnings.length > 0 && (
        <div className="notice notice-warn" role="alert" data-testid="payment-warning">
          <div className="notice-body">
            {bills.warnings.map((warning) => (
              <p key={warning.en}>{warning[locale]}</p>
            ))}
          </div>
        </div>
      )}
      {bills.ask.map((ask) => (
        <p key={ask.en} className="notice notice-warn small" data-testid="payment-ask">
          {ask[locale]}
        </p>
      ))}
      {lasts && (
        <p className="notice notice-info small" data-testid="payment-ok">
          {t('bills.payment.ok')}
        </p>
      )}
      <form onSubmit={(e) => void submit(e)}>
        <fieldset className="choices payment-choices">
          <legend>{t('bills.payment.method')}</legend>
          {PAYMENT_METHODS.map((option) => (
            <label key={option} className="choice">
              <input
                type="radio"
                name="payment-method"
                value={option}
                checked={method === option}
                onChange={() => {
                  setMethod(option);
                  setDone(false);
                }}
              />
              <span>{t(`bills.payment.${option}`)}</span>
            </label>
          ))}
        </fieldset>
        {method === 'card' && (
          <div className="field">
            <label htmlFor="payment-card">{t('bills.payment.cardExpiry')}</label>
            <input
              id="payment-card"
              type="month"
              value={cardMonth}
              onChange={(e) => {
                setCardMonth(e.target.value);
                setDone(false);
              }}
            />
          </div>
        )}
        {method === 'bank-account' && (
          <div className="field">
            <label htmlFor="payment-closes">{t('bills.payment.accountCloses')}</label>
            <input
              id="payment-closes"
              type="date"
              value={closesOn}
              onChange={(e) => {
                setClosesOn(e.target.value);
                setDone(false);
              }}
            />
          </div>
        )}
        <div className="row">
          <button type="submit" className="btn btn-primary" disabled={!method || busy}>
            {t('bills.payment.save')}
          </button>
          <p role="status" className="help">
            {done ? t('bills.payment.saved') : ''}
          </p>
        </div>
      </form>
      {bills.waysOut.length > 0 && (
        <>
          <h3 className="ways-out-title">{t('bills.waysOut')}</h3>
          <ul className="ways-out" data-testid="ways-out">
            {bills.waysOut.map((way) => (
              <li key={way.text.en}>
                <p className="prose">{way.text[locale]}</p>
                <Sources sources={way.sources} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
