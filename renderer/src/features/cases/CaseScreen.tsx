// One case: its header (name, line, progress) and tabs for the checklist, documents, phrases and proof.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { CaseView } from '../../../../electron/ipc/views';
import { call } from '../../api';
import { useReportError } from '../../app/errors';
import { useI18n } from '../../i18n';
import { Masked } from '../../ui/Masked';
import { ChecklistPanel } from '../checklist/ChecklistPanel';
import { DocumentsPanel } from '../documents/DocumentsPanel';
import { PhrasesPanel } from '../phrases/PhrasesPanel';
import { isAbroad } from '../../../../electron/guide/relevance';
import type { ProofIntent } from '../records';
import { RenameForm } from './RenameForm';
import { answeredCase, loadCase } from './load-case';
import { useFirstScreenDrawn } from '../../app/first-screen';
import { lazyNamed, Loading } from '../../ui/lazy';

// The Proof tab (the record form, Temporal, the record schema) loads when first opened; so do the
// Bills tab, which records bills with the same form, and the Plan and Services tabs: none is the first
// screen, and each kept the start-up bundle over its budget.
const CaseProofPanel = lazyNamed(() => import('../records/CaseProofPanel').then((m) => m.CaseProofPanel));
const BillsPanel = lazyNamed(() => import('../bills/BillsPanel').then((m) => m.BillsPanel));
const PlanPanel = lazyNamed(() => import('../plan/PlanPanel').then((m) => m.PlanPanel));
const ServicesPanel = lazyNamed(() => import('../services/ServicesPanel').then((m) => m.ServicesPanel));

const TABS = ['checklist', 'services', 'documents', 'phrases', 'proof', 'plan', 'bills'] as const;
const HOLDER_FIELDS = ['name', 'residenceCard', 'passport'] as const;
type Tab = (typeof TABS)[number];

export function CaseScreen({
  caseId,
  onBack,
  onEdit,
  onMissing,
  initialTab,
}: {
  caseId: string;
  /** The tab to open on (the menu's "Export proof report" opens Proof). */
  initialTab?: Tab;
  onBack: () => void;
  onEdit: (view: CaseView) => void;
  /** The case is gone (deleted elsewhere, or a stale lastCaseId): go back to the list. */
  onMissing: () => void;
}) {
  const { t, locale } = useI18n();
  const report = useReportError();
  // The case the app reopens has usually been answered already: drawn at once, without "Loading…".
  const [view, setView] = useState<CaseView | null>(() => answeredCase(caseId));
  const [tab, setTab] = useState<Tab>(initialTab ?? 'checklist');
  /** What the Proof tab opens on when a checklist step sent the user there. */
  const [proofIntent, setProofIntent] = useState<ProofIntent | null>(null);
  const [renaming, setRenaming] = useState(false);
  const tabRefs = useRef(new Map<Tab, HTMLButtonElement>());

  useEffect(() => {
    loadCase(caseId).then(setView, onMissing);
  }, [caseId, onMissing]);
  // Main sends the case in the app's language: when the language changes, it is asked for again.
  const otherLanguage = view !== null && view.locale !== locale;
  useEffect(() => {
    if (otherLanguage) void call('cases.get', { caseId }).then(setView, report);
  }, [otherLanguage, caseId, report]);
  useFirstScreenDrawn(view !== null);

  if (!view) return <p aria-busy="true">{t('common.loading')}</p>;
  const { checklist } = view;

  const selectTab = (next: Tab) => {
    setProofIntent(null);
    setTab(next);
  };
  const openProof = (intent: ProofIntent) => {
    setProofIntent(intent);
    setTab('proof');
  };
  // A record saved on the Proof tab changes what the checklist's proof steps list.
  const refresh = () => void call('cases.get', { caseId }).then(setView, report);

  const rename = async (name: string) => {
    try {
      setView(await call('cases.rename', { caseId, name }));
      setRenaming(false);
    } catch (error) {
      report(error);
      throw error;
    }
  };

  // The ARIA tabs pattern: arrows move between tabs, Tab moves into the panel.
  const onTabKey = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = TABS[(TABS.indexOf(tab) + step + TABS.length) % TABS.length] ?? 'checklist';
    selectTab(next);
    tabRefs.current.get(next)?.focus();
  };

  return (
    <section aria-labelledby="case-title" className="case-screen">
      <button type="button" className="btn btn-ghost btn-small" onClick={onBack}>
        ← {t('case.back')}
      </button>
      <header className="case-header">
        {renaming ? (
          <RenameForm current={view.case.name} onRename={rename} onCancel={() => setRenaming(false)} />
        ) : (
          <div className="row spread">
            <h1 id="case-title">{view.case.name}</h1>
            <div className="row">
              <button type="button" className="btn btn-small" onClick={() => setRenaming(true)}>
                {t('cases.rename')}
              </button>
              <button type="button" className="btn btn-small" onClick={() => onEdit(view)}>
                {t('case.editAnswers')}
              </button>
            </div>
          </div>
        )}
        <p className="case-line">
          {checklist.provider.name} · {t(`case.card.${view.case.profile.cardKind}`)}{' '}
          <Masked value={view.case.phoneNumber} masked={view.phoneMasked} label={t('case.phone')} />
        </p>
        {HOLDER_FIELDS.some((field) => view.case.holder[field] !== '') && (
          <p className="case-line row" data-testid="holder">
            {HOLDER_FIELDS.filter((field) => view.case.holder[field] !== '').map((field) => (
              <span key={field} className="masked">
                <span>{t(`case.holder.${field}`)}</span>
                <Masked
                  value={view.case.holder[field]}
                  masked={view.holderMasked[field]}
                  label={t(`case.holder.${field}`)}
                />
              </span>
            ))}
          </p>
        )}
      </header>
      <div role="tablist" aria-label={t('case.tabs')} className="tabs" onKeyDown={onTabKey}>
        {TABS.map((name) => (
          <button
            key={name}
            ref={(el) => {
              if (el) tabRefs.current.set(name, el);
            }}
            type="button"
            role="tab"
            id={`tab-${name}`}
            aria-selected={tab === name}
            aria-controls={`panel-${name}`}
            tabIndex={tab === name ? 0 : -1}
            onClick={() => selectTab(name)}
          >
            {t(`case.tab.${name}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="tabpanel">
        {tab === 'checklist' && (
          <ChecklistPanel
            view={view}
            onView={setView}
            onRecordProof={(stepId) => openProof({ newForStep: stepId })}
            onOpenRecord={(recordId) => openProof({ recordId })}
            onOpenServices={() => selectTab('services')}
          />
        )}
        {tab === 'services' && (
          <Loading>
            <ServicesPanel view={view} onView={setView} onOpenChecklist={() => selectTab('checklist')} />
          </Loading>
        )}
        {tab === 'plan' && (
          <Loading>
            <PlanPanel view={view} onView={setView} onOpenBills={() => selectTab('bills')} />
          </Loading>
        )}
        {tab === 'bills' && (
          <Loading>
            <BillsPanel view={view} onView={setView} />
          </Loading>
        )}
        {tab === 'documents' && <DocumentsPanel view={view} onView={setView} />}
        {tab === 'phrases' && (
          <PhrasesPanel
            phrases={checklist.phrases}
            abroad={isAbroad(view.case.profile)}
            proxy={checklist.proxy !== null}
          />
        )}
        {tab === 'proof' && (
          <Loading>
            <CaseProofPanel caseId={caseId} intent={proofIntent} onRecordsChanged={refresh} />
          </Loading>
        )}
      </div>
    </section>
  );
}
