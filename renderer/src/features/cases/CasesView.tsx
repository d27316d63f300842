// The case list: one card per line being cancelled, with its provider, progress and next step.
import { useEffect, useState } from 'react';
import type { CaseSummary } from '../../../../electron/ipc/views';
import { call } from '../../api';
import { useReportError } from '../../app/errors';
import { useFirstScreenDrawn } from '../../app/first-screen';
import { useI18n, type Translate } from '../../i18n';
import type { Locale } from '../../../../electron/guide/types';
import { formatDateTime, formatMonth } from '../../ui/format';
import { Progress } from '../../ui/Progress';
import { DeleteCaseDialog } from './DeleteCaseDialog';
import { RenameForm } from './RenameForm';
import { formatDay } from '../plan/format';

export function CasesView({ onStart, onOpen }: { onStart: () => void; onOpen: (caseId: string) => void }) {
  const { t } = useI18n();
  const report = useReportError();
  const [cases, setCases] = useState<CaseSummary[] | null>(null);
  const [deleting, setDeleting] = useState<CaseSummary | null>(null);

  const [failed, setFailed] = useState(false);
  useEffect(() => {
    call('cases.list', {}).then(setCases, (error: unknown) => {
      setFailed(true);
      report(error);
    });
  }, [report]);
  useFirstScreenDrawn(cases !== null || failed);

  const run = (request: Promise<CaseSummary[]>) => request.then(setCases, report);
  const active = cases?.filter((c) => !c.archived) ?? [];
  const archived = cases?.filter((c) => c.archived) ?? [];
  const card = (summary: CaseSummary) => (
    <CaseCard
      key={summary.id}
      summary={summary}
      onOpen={() => onOpen(summary.id)}
      onRenamed={(name) =>
        setCases((all) => all?.map((c) => (c.id === summary.id ? { ...c, name } : c)) ?? null)
      }
      onArchive={(archivedNow) =>
        void run(call('cases.setArchived', { caseId: summary.id, archived: archivedNow }))
      }
      onDelete={() => setDeleting(summary)}
    />
  );

  return (
    <section aria-labelledby="home-title">
      <div className="row spread">
        <h1 id="home-title">{t('home.title')}</h1>
        {active.length + archived.length > 0 && (
          <button type="button" className="btn btn-primary" onClick={onStart}>
            {t('home.start')}
          </button>
        )}
      </div>
      {cases === null ? (
        <p aria-busy="true">{t('common.loading')}</p>
      ) : cases.length === 0 ? (
        <div className="card empty">
          <h2>{t('home.empty.title')}</h2>
          <p>{t('home.empty.body')}</p>
          <button type="button" className="btn btn-primary" onClick={onStart}>
            {t('home.start')}
          </button>
        </div>
      ) : (
        <ul className="cases">{active.map(card)}</ul>
      )}
      {archived.length > 0 && (
        <details className="archived">
          <summary>{t('cases.archived', { count: archived.length })}</summary>
          <ul className="cases">{archived.map(card)}</ul>
        </details>
      )}
      <p className="help">{t('home.offline')}</p>
      <DeleteCaseDialog
        deleting={deleting}
        onClose={() => setDeleting(null)}
        onDelete={(caseId) => void run(call('cases.delete', { caseId }))}
      />
    </section>
  );
}

/** What is left: the next step; with every step done, the bills (waiting for the last, or one unpaid);
 * done only when the last bill is paid too (the Plan tab says the same). */
function caseState(summary: CaseSummary, t: Translate, locale: Locale): string {
  if (summary.nextStep) return t('case.next', { step: summary.nextStep.title[locale] });
  if (summary.done) return summary.bills.lastMonth ? t('case.done') : t('case.allDone');
  if (summary.bills.unpaid > 0) return t('case.billUnpaid');
  return summary.bills.lastMonth
    ? t('case.waitingBill', { month: formatMonth(summary.bills.lastMonth, locale) })
    : t('case.allDone');
}

function CaseCard({
  summary,
  onOpen,
  onRenamed,
  onArchive,
  onDelete,
}: {
  summary: CaseSummary;
  onOpen: () => void;
  onRenamed: (name: string) => void;
  onArchive: (archived: boolean) => void;
  onDelete: () => void;
}) {
  const { t, locale } = useI18n();
  const report = useReportError();
  const [renaming, setRenaming] = useState(false);
  const rename = async (name: string) => {
    try {
      onRenamed((await call('cases.rename', { caseId: summary.id, name })).case.name);
      setRenaming(false);
    } catch (error) {
      report(error);
      throw error;
    }
  };
  return (
    <li className="card case-card" data-testid="case-card">
      <div className="row spread">
        <h2 className="case-name">{summary.name}</h2>
        <button type="button" className="btn btn-primary" onClick={onOpen}>
          {t('cases.open')}
          <span className="visually-hidden">: {summary.name}</span>
        </button>
      </div>
      <p className="case-line">
        {[summary.provider.name[locale], t(`case.card.${summary.cardKind}`), summary.phoneMasked]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <Progress
        done={summary.progress.done}
        total={summary.progress.total}
        label={t('case.progress', { name: summary.name })}
      />
      <p data-testid="case-state">{caseState(summary, t, locale)}</p>
      {summary.nextDue?.latest && (
        <p className={`plan-next plan-${summary.nextDue.status}`} data-testid="next-due">
          <span className={`plan-badge plan-badge-${summary.nextDue.status}`}>
            {t(`plan.status.${summary.nextDue.status}`)}
          </span>{' '}
          {t('plan.nextDue', {
            step: summary.nextDue.title[locale],
            date: formatDay(summary.nextDue.latest, locale),
          })}
        </p>
      )}
      <p className="help">{t('case.updated', { when: formatDateTime(summary.updatedAt, locale) })}</p>
      {renaming ? (
        <RenameForm current={summary.name} onRename={rename} onCancel={() => setRenaming(false)} />
      ) : (
        <div className="row">
          <button type="button" className="btn btn-small" onClick={() => setRenaming(true)}>
            {t('cases.rename')}
            <span className="visually-hidden">: {summary.name}</span>
          </button>
          <button type="button" className="btn btn-small" onClick={() => onArchive(!summary.archived)}>
            {t(summary.archived ? 'cases.unarchive' : 'cases.archive')}
            <span className="visually-hidden">: {summary.name}</span>
          </button>
          <button type="button" className="btn btn-small btn-danger" onClick={onDelete}>
            {t('cases.delete')}
            <span className="visually-hidden">: {summary.name}</span>
          </button>
        </div>
      )}
    </li>
  );
}
