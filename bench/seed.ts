// The store both the store and renderer benches measure: 50 cases, each with its whole checklist ticked
// and noted, and 5,000 proof records (100 a case, each edited once, so two chained revisions).
import { buildChecklist, listProviders } from '../electron/guide/engine';
import type { Profile } from '../electron/guide/types';
import { nextRevision } from '../electron/proof/chain';
import type { CaseData, ProofRecord, RecordContent, StoreData } from '../electron/store/schema';
import { emptyStore } from '../electron/store/schema';

export const SEED_CASES = 50;
export const SEED_RECORDS = 5_000;
const AT = '2026-03-01T10:00:00.000Z';

function seedCase(index: number, providerId: string): CaseData {
  const profile: Profile = {
    providerId,
    cardKind: index % 2 === 0 ? 'esim' : 'physical',
    contractKind: 'postpaid',
    numberPlan: index % 3 === 0 ? 'keep' : 'end',
    channel: 'online',
    leavingDate: '2026-04-30',
    phone: 'keep',
    instalments: index % 4 === 0 ? 'yes' : 'no',
  };
  const steps: CaseData['steps'] = {};
  buildChecklist(profile)
    .phases.flatMap((phase) => phase.steps)
    .forEach((step, i) => {
      steps[step.id] = {
        done: i % 3 !== 0,
        note: `2026-03-0${(i % 9) + 1} 電話 / called: 受付番号 R-${index}-${i}，工作人员说两周内寄回。Bring passport and residence card.`,
        history: [
          { done: true, at: AT },
          { done: i % 3 !== 0, at: AT },
        ],
        titleSnapshot: step.title,
      };
    });
  return {
    id: `case-${index}`,
    name: `Line ${index}`,
    createdAt: AT,
    updatedAt: AT,
    archived: false,
    profile,
    phoneNumber: `090-0000-${String(index).padStart(4, '0')}`,
    holder: { name: '', residenceCard: '', passport: '' },
    services: { chosen: [], custom: [] },
    steps,
    documents: { passport: { done: true, at: AT } },
    payment: null,
  };
}

function seedRecord(caseId: string, index: number): ProofRecord {
  const content: RecordContent = {
    kind: index % 2 === 0 ? 'phone-call' : 'shop-visit',
    occurredAt: '2026-03-02T14:30:00+09:00',
    timeZone: 'Asia/Tokyo',
    shopBranch: index % 2 === 0 ? '' : 'ドコモショップ新宿店',
    phoneDialled: index % 2 === 0 ? '151' : '',
    portal: '',
    referenceNumber: `A-${caseId}-${index}`,
    effectiveDate: '2026-03-31',
    staffName: '佐藤',
    finalBillYen: 3280,
    feesYen: 0,
    note: `Asked when the cancellation takes effect and whether to return the SIM. 工作人员说月底生效。 #${index}`,
    stepId: null,
    attachmentIds: [],
  };
  const first = nextRevision([], content, AT);
  const second = nextRevision([first], { ...content, note: `${content.note} (edited)` }, AT);
  return { id: `record-${caseId}-${index}`, caseId, revisions: [first, second] };
}

export function seededStore(): StoreData {
  const providers = listProviders();
  const cases = Array.from({ length: SEED_CASES }, (_, i) =>
    seedCase(i, providers[i % providers.length]?.id ?? 'docomo'),
  );
  const perCase = SEED_RECORDS / SEED_CASES;
  const records = cases.flatMap((c) => Array.from({ length: perCase }, (_, i) => seedRecord(c.id, i)));
  const empty = emptyStore();
  return { ...empty, cases, records, settings: { ...empty.settings, lastCaseId: cases.at(-1)?.id ?? null } };
}
