// Cases: one per line being cancelled. Ticks, notes and documents live here, keyed by the guide's
// stable ids, so a re-tailored checklist keeps the progress of the steps that remain.
import { randomUUID } from 'node:crypto';
import { applyProgress, buildChecklist, checklistOutline, listProviders } from '../guide/engine';
import { isCatalogued, listServices } from '../guide/services';
import type { ServicesChoice } from '../guide/service-choice';
import { billsView, type BillsView, type RecordedBill } from '../guide/bills';
import { computePlan, japanDay, nextDue, type Plan, type RecordedCancellation } from '../guide/plan';
import { stepsDone } from '../guide/progress';
import type {
  Checklist,
  ChecklistOutline,
  Locale,
  LocalizedText,
  Profile,
  StepProgress,
} from '../guide/types';
import type { Handlers } from '../ipc/contract';
import { AppError } from '../ipc/result';
import type { CaseModel, CaseSummary, CaseView, StepRecordSummary } from '../ipc/views';
import { inLanguage } from '../shared/in-language';
import { recordedBills, recordedCancellation } from '../proof/case-records';
import { maskName, maskNumber, maskPhone, maskReference } from '../proof/mask';
import {
  CaseSchema,
  emptyHolder,
  type CaseData,
  type Holder,
  type ProofRecord,
  type StoreData,
} from '../store/schema';
import type { Store } from '../store/store';
import { withoutCase } from '../proof/attachment-usage';
import { removeReleasedFiles } from './attachment-cleanup';
import type { AttachmentClaims } from './attachment-claims';
import type { Ports } from './ports';

type CaseHandlers = Pick<
  Handlers,
  | 'guide.providers'
  | 'cases.list'
  | 'cases.get'
  | 'cases.create'
  | 'cases.rename'
  | 'cases.setArchived'
  | 'cases.delete'
  | 'cases.deletionPreview'
  | 'cases.updateProfile'
  | 'cases.setPayment'
  | 'steps.setDone'
  | 'steps.setNote'
  | 'documents.setDone'
  | 'guide.services'
  | 'cases.setServices'
>;

/** The step of a service the person named: its id is in the step's. */
const CUSTOM_STEP = /\.service-(custom-[0-9a-f]{8})$/;

// The store's data is deep-frozen and replaced, never changed, on each write (store.ts): an object of it
// that is the same object holds the same values. So what is worked out from a case is kept beside the
// objects it was worked out from (WeakMaps: it goes when they go), and only for frozen objects, since a
// caller's own object may still change. The bundled content cannot change while the app runs.

/** What is worked out from a case's answers (then its services), kept beside the answers it was worked
 * out from: a tick or a note leaves both the same objects, so it is reused. */
function keptByAnswers<T>(
  build: (profile: Profile, services: ServicesChoice) => T,
): (data: Pick<CaseData, 'profile' | 'services'>) => T {
  const kept = new WeakMap<Profile, { services: ServicesChoice; value: T }>();
  return ({ profile, services }) => {
    const memo = kept.get(profile);
    if (memo?.services === services) return memo.value;
    const value = build(profile, services);
    if (Object.isFrozen(profile) && Object.isFrozen(services)) kept.set(profile, { services, value });
    return value;
  };
}

/** A case's checklist: its answers and the services it uses (issue 20). */
export const checklistOf = keptByAnswers(buildChecklist);

/** A case's checklist outline: what its plan and the case list read of the checklist. */
const outlineOf = keptByAnswers(checklistOutline);

/**
 * The services a case will use: catalogued ids once each, in the order given (an unknown one is refused);
 * the person's own once each by name (letter case and width aside), a new one given an id of its own,
 * kept from then on.
 */
export function nextServices(
  current: ServicesChoice,
  chosen: readonly string[],
  custom: readonly { id: string | null; name: string }[],
  newId: () => string,
  /** Ids of services named before and since removed, whose ticks are kept: never given again. */
  retired: ReadonlySet<string> = new Set(),
): ServicesChoice {
  const unknown = chosen.find((id) => !isCatalogued(id));
  if (unknown) throw new AppError('invalid_request', `no service ${unknown} in the catalogue`);
  // An id main gave before is kept (ticks are stored under it); any other is replaced by a new one.
  const existing = new Set(current.custom.map((c) => c.id));
  const used = new Set<string>();
  const names = new Set<string>();
  const own: ServicesChoice['custom'] = [];
  for (const item of custom) {
    const key = item.name.normalize('NFKC').toLocaleLowerCase();
    if (names.has(key)) continue;
    names.add(key);
    let id = item.id !== null && existing.has(item.id) && !used.has(item.id) ? item.id : null;
    while (id === null || used.has(id) || (id !== item.id && (existing.has(id) || retired.has(id))))
      id = newId();
    used.add(id);
    own.push({ id, name: item.name });
  }
  return { chosen: [...new Set(chosen)], custom: own };
}

export function maskHolder(holder: Holder): CaseView['holderMasked'] {
  return {
    name: maskName(holder.name),
    residenceCard: maskNumber(holder.residenceCard),
    passport: maskNumber(holder.passport),
  };
}

const allSteps = <Step>(checklist: { phases: { steps: Step[] }[] }) =>
  checklist.phases.flatMap((phase) => phase.steps);

/** The case's records grouped under the proof steps they name (their latest revision), oldest first. */
export function stepRecords(
  checklist: Checklist,
  caseId: string,
  records: readonly ProofRecord[],
): CaseView['stepRecords'] {
  const proofSteps = new Set(
    allSteps(checklist)
      .filter((step) => step.producesProof)
      .map((step) => step.id),
  );
  const byStep = new Map<string, StepRecordSummary[]>();
  for (const record of records) {
    const content = record.revisions.at(-1)?.content;
    if (record.caseId !== caseId || !content?.stepId || !proofSteps.has(content.stepId)) continue;
    const list = byStep.get(content.stepId) ?? [];
    list.push({
      id: record.id,
      kind: content.kind,
      occurredAt: content.occurredAt,
      timeZone: content.timeZone,
      referenceMasked: content.referenceNumber === '' ? '' : maskReference(content.referenceNumber),
    });
    byStep.set(content.stepId, list);
  }
  for (const list of byStep.values())
    list.sort((a, b) => Date.parse(a.occurredAt) - Date.parse(b.occurredAt));
  return Object.fromEntries(byStep);
}

/** The case's bills after the line ends: the plan's expected bills with what its records say of them
 * and its payment method. */
export function caseBills(
  data: CaseData,
  plan: Plan,
  records: readonly ProofRecord[],
  today: string,
): BillsView {
  return billsView({
    providerId: data.profile.providerId,
    profile: data.profile,
    expected: plan.bills,
    payment: data.payment,
    recorded: recordedBills(records, data.id),
    today,
  });
}

/** A case's checklist outline, its plan, and its bills (issue 19): what their records say of the bills
 * expected. */
export interface CasePlan {
  outline: ChecklistOutline;
  plan: Plan;
  bills: BillsView;
}

/** Plans by case, with what else they were worked out from: the day, the case's recorded bills (each
 * the same object while its record is; see recordedBills) and what its records say of the cancellation.
 * The reader's language is not among them: a plan holds its texts in every language. */
const plans = new WeakMap<
  CaseData,
  { today: string; recorded: readonly RecordedBill[]; cancellation: RecordedCancellation; worked: CasePlan }
>();

/** The case's plan and bills as of `today` (Japan's day), worked out once per state of the case, day and
 * records: the case list, the due-soon notice, the reminders and the Plan tab all ask for them. */
export function casePlan(data: CaseData, records: readonly ProofRecord[], today: string): CasePlan {
  const recorded = recordedBills(records, data.id);
  const cancellation = recordedCancellation(records, data.id);
  const memo = plans.get(data);
  if (
    memo &&
    memo.today === today &&
    sameItems(memo.recorded, recorded) &&
    sameCancellation(memo.cancellation, cancellation)
  )
    return memo.worked;
  const outline = outlineOf(data);
  const plan = computePlan({
    checklist: outline,
    profile: data.profile,
    progress: data.steps,
    today,
    recorded: cancellation,
  });
  const worked = { outline, plan, bills: caseBills(data, plan, records, today) };
  if (Object.isFrozen(data)) plans.set(data, { today, recorded, cancellation, worked });
  return worked;
}

const sameItems = <T>(a: readonly T[], b: readonly T[]) =>
  a.length === b.length && a.every((item, i) => item === b[i]);
/** Worked out anew whenever any record changes: the same days are the same. */
const sameCancellation = (a: RecordedCancellation, b: RecordedCancellation) =>
  a.effectiveOn === b.effectiveOn &&
  a.effectiveSaidOn === b.effectiveSaidOn &&
  a.requestedOn === b.requestedOn &&
  a.mnpValidUntil === b.mnpValidUntil;

/** A case is done when every step is done and the last expected bill is paid (issue 19): the list and
 * the Plan tab both say so from here. */
export const isDone = (progress: { steps: unknown[]; done: number }, bills: BillsView) =>
  progress.done === progress.steps.length && bills.settled;

/** The case with its checklist; `records` is the store's (any case's: only this case's are used). */
export function caseModel(data: CaseData, records: readonly ProofRecord[]): CaseModel {
  const checklist = checklistOf(data);
  return {
    case: data,
    phoneMasked: maskPhone(data.phoneNumber),
    holderMasked: maskHolder(data.holder),
    checklist,
    retired: applyProgress(checklist, data.steps).retired,
    stepRecords: stepRecords(checklist, data.id, records),
  };
}

/** What the case screen shows, in `locale`. The plan is not in it: the Plan tab asks for it
 * (plan.forCase), so the checklist's answer stays small. */
export function caseView(data: CaseData, records: readonly ProofRecord[], locale: Locale): CaseView {
  const { checklist, retired, ...rest } = caseModel(data, records);
  return {
    ...rest,
    locale,
    checklist: inLanguage(checklist, locale),
    retired: inLanguage(retired, locale),
  };
}

export function caseSummary(data: CaseData, records: readonly ProofRecord[], today: string): CaseSummary {
  const { outline, plan, bills } = casePlan(data, records, today);
  const due = nextDue(plan);
  const progress = stepsDone(outline, data);
  const next = progress.steps.find((step) => data.steps[step.id]?.done !== true);
  return {
    id: data.id,
    name: data.name,
    archived: data.archived,
    updatedAt: data.updatedAt,
    provider: outline.provider,
    cardKind: data.profile.cardKind,
    phoneMasked: maskPhone(data.phoneNumber),
    progress: { done: progress.done, total: progress.steps.length },
    nextStep: next ? { id: next.id, title: next.title } : null,
    nextDue: due ? { stepId: due.stepId, title: due.title, latest: due.latest, status: due.status } : null,
    done: isDone(progress, bills),
    bills: {
      settled: bills.settled,
      lastMonth: bills.lastMonth,
      unpaid: bills.lines.filter((line) => line.status === 'unpaid').length,
    },
  };
}

/** `attachmentsDir`: where a deleted case's files are removed from; `claims`: the files an unsaved form
 * holds, which stay. */
export function casesHandlers(
  store: Store,
  ports: Ports,
  attachmentsDir: string,
  claims: AttachmentClaims,
  systemLocale: Locale,
): CaseHandlers {
  const stamp = () => ports.now().toISOString();
  /** The case screen's language: the app's, as the renderer works it out (App.tsx). */
  const shown = (data: StoreData, found: CaseData, records: readonly ProofRecord[]) =>
    caseView(found, records, data.settings.locale ?? systemLocale);
  const today = () => japanDay(ports.now());

  const find = (data: StoreData, caseId: string): CaseData => {
    const found = data.cases.find((c) => c.id === caseId);
    if (!found) throw new AppError('not_found', `no case with id ${caseId}`);
    return found;
  };

  /** The store does not re-validate on write: an edited case is checked here, so a bad one is refused
   * instead of written where the next start would find the file corrupt. */
  const checked = (edited: CaseData): CaseData => {
    const result = CaseSchema.safeParse(edited);
    if (!result.success)
      throw new AppError(
        'invalid_request',
        `the case would not be valid: ${result.error.message.slice(0, 200)}`,
      );
    return edited;
  };

  /** Applies a change to one case durably and returns the case as saved. */
  const change = async (caseId: string, edit: (current: CaseData) => CaseData): Promise<CaseView> => {
    find(store.data, caseId);
    const next = await store.update((data) => ({
      ...data,
      cases: data.cases.map((c) => (c.id === caseId ? checked({ ...edit(c), updatedAt: stamp() }) : c)),
    }));
    return shown(next, find(next, caseId), next.records);
  };

  const summaries = (data: StoreData) => {
    const day = today();
    return data.cases.map((c) => caseSummary(c, data.records, day));
  };

  const stepProgress = (
    current: CaseData,
    stepId: string,
  ): { title: LocalizedText; progress?: StepProgress } => {
    const step = allSteps(checklistOf(current)).find((s) => s.id === stepId);
    // Own keys only: `steps['__proto__']` or `steps.constructor` would otherwise pass for saved progress
    // and write a step the store's schema refuses on the next start.
    const progress = Object.hasOwn(current.steps, stepId) ? current.steps[stepId] : undefined;
    if (step) return { title: step.title, progress };
    // A retired step: its tick can still be changed, under the title it had.
    if (progress) return { title: progress.titleSnapshot, progress };
    throw new AppError('not_found', `this case has no step ${stepId}`);
  };

  return {
    'guide.providers': () => listProviders(),
    'guide.services': () => listServices(),
    'cases.setServices': ({ caseId, chosen, custom }) =>
      change(caseId, (c) => ({
        ...c,
        services: nextServices(
          c.services,
          chosen,
          custom,
          () => `custom-${randomUUID().slice(0, 8)}`,
          new Set(Object.keys(c.steps).flatMap((stepId) => CUSTOM_STEP.exec(stepId)?.[1] ?? [])),
        ),
      })),
    'cases.list': () => summaries(store.data),
    'cases.get': ({ caseId }) => shown(store.data, find(store.data, caseId), store.data.records),
    'cases.create': async ({ name, profile, phoneNumber, holder }) => {
      const now = stamp();
      const created: CaseData = {
        id: randomUUID(),
        name,
        createdAt: now,
        updatedAt: now,
        archived: false,
        profile,
        phoneNumber,
        holder: holder ?? emptyHolder(),
        steps: {},
        documents: {},
        services: { chosen: [], custom: [] },
        payment: null,
      };
      await store.update((data) => ({
        ...data,
        cases: [...data.cases, created],
        settings: { ...data.settings, lastCaseId: created.id },
      }));
      return shown(store.data, created, []);
    },
    'cases.rename': ({ caseId, name }) => change(caseId, (c) => ({ ...c, name })),
    'cases.updateProfile': ({ caseId, profile, phoneNumber, holder }) =>
      change(caseId, (c) => ({ ...c, profile, phoneNumber, holder: holder ?? c.holder })),
    'cases.setPayment': ({ caseId, payment }) => change(caseId, (c) => ({ ...c, payment })),
    'cases.setArchived': async ({ caseId, archived }) => {
      await change(caseId, (c) => ({ ...c, archived }));
      return summaries(store.data);
    },
    'cases.delete': async ({ caseId }) => {
      find(store.data, caseId);
      // One transaction: the backup, the write, then the files that write left unused, with no import
      // or record taking one of them back in between.
      const next = await store.transact(async (tx) => {
        find(tx.data, caseId);
        // A deleted case's text can still be recovered from this copy (Settings shows the backups folder).
        await tx.backup(`before deleting case ${caseId}`);
        const { next: without, released } = withoutCase(tx.data, caseId, claims.held);
        const saved = await tx.write(without);
        await removeReleasedFiles(tx, attachmentsDir, released);
        return saved;
      });
      return summaries(next);
    },
    'cases.deletionPreview': ({ caseId }) => {
      find(store.data, caseId);
      const before = store.data;
      const { next, released } = withoutCase(before, caseId, claims.held);
      return {
        records: before.records.length - next.records.length,
        documentLinks: before.documentAttachments.length - next.documentAttachments.length,
        files: released.length,
        bytes: released.reduce((sum, a) => sum + a.size, 0),
      };
    },
    'steps.setDone': ({ caseId, stepId, done }) =>
      change(caseId, (c) => {
        const { title, progress } = stepProgress(c, stepId);
        const at = stamp();
        const next: StepProgress = {
          done,
          note: progress?.note ?? '',
          history: [...(progress?.history ?? []), { done, at }],
          titleSnapshot: title,
        };
        return { ...c, steps: { ...c.steps, [stepId]: next } };
      }),
    'steps.setNote': ({ caseId, stepId, note }) =>
      change(caseId, (c) => {
        const { title, progress } = stepProgress(c, stepId);
        const next: StepProgress = progress
          ? { ...progress, note }
          : { done: false, note, history: [], titleSnapshot: title };
        return { ...c, steps: { ...c.steps, [stepId]: next } };
      }),
    'documents.setDone': ({ caseId, documentId, done }) =>
      change(caseId, (c) => {
        if (!buildChecklist(c.profile).documents.some((d) => d.id === documentId))
          throw new AppError('not_found', `this case has no document ${documentId}`);
        return { ...c, documents: { ...c.documents, [documentId]: { done, at: stamp() } } };
      }),
  };
}
