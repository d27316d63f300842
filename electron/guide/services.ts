// A case's chosen services as checklist steps (issue 20). Each catalogued service gets its own step with
// its sourced facts, shown as the carriers' are; a service the person named gets advice that holds for
// any service, and says the app has no sources for it. In Japan the step is what to do before the number
// goes; abroad (isAbroad), what its sources say once it is gone. None while the number is kept or for a
// travel eSIM (servicesState). Pure: the catalogue, the profile and the choice decide everything.
import { content } from '../../data/index';
import { SERVICE_GROUPS, serviceById, services as catalogue, type ServiceTopic } from '../../data/services';
import type { ServiceData, ServiceFactData } from '../../data/services/schema';
import {
  customTexts,
  dependencyTexts,
  serviceTexts,
  topicLabels,
  unknownTexts,
  whereText,
} from '../../data/services/texts';
import { verbatim } from '../../data/text';
import { fillText, seamed, withNote } from './format';
import { isAbroad } from './relevance';
import {
  SERVICES_CATCH_ALL,
  serviceStepId,
  servicesState,
  type CustomService,
  type ServicesChoice,
} from './service-choice';
import {
  LOCALES,
  type ChecklistStep,
  type LocalizedText,
  type Phase,
  type Profile,
  type ResolvedFact,
  type StepService,
} from './types';

/** Every catalogued service's steps, both ways: a removed choice's tick is shown as not applicable. */
export const SERVICE_STEP_IDS: ReadonlySet<string> = new Set(
  catalogue.flatMap((s) => [serviceStepId(s.id, false), serviceStepId(s.id, true)]),
);

/** What a step is for, which sets its title, its how, the facts it shows and the rule that dates it:
 * before the number goes (plainly, before the cancellation, or closing a bank before leaving); once it is
 * gone (with the way back its sources give, or none); or, for a service no source says needs the number,
 * from abroad, with everything its sources say. */
type Variant = 'before' | 'before-cancel' | 'close' | 'gone' | 'gone-unknown' | 'abroad';
const BEFORE: readonly ServiceTopic[] = ['depends', 'before', 'leaving', 'after', 'foreign'];
const GONE: readonly ServiceTopic[] = ['depends', 'gone', 'leaving', 'after', 'foreign'];
const VARIANTS: Record<
  Variant,
  {
    title: LocalizedText;
    how: LocalizedText;
    topics: readonly ServiceTopic[];
    dating?: StepService['dating'];
  }
> = {
  before: {
    title: serviceTexts.titleBefore,
    how: serviceTexts.howBefore,
    topics: BEFORE,
    dating: 'number-ends',
  },
  'before-cancel': {
    title: serviceTexts.titleBefore,
    how: serviceTexts.howBeforeCancel,
    topics: BEFORE,
    dating: 'before-cancel',
  },
  close: {
    title: serviceTexts.titleClose,
    how: serviceTexts.howClose,
    topics: BEFORE,
    dating: 'close-before-leaving',
  },
  gone: { title: serviceTexts.titleGone, how: serviceTexts.howGone, topics: GONE },
  'gone-unknown': { title: serviceTexts.titleGone, how: serviceTexts.howGoneUnknown, topics: GONE },
  abroad: {
    title: serviceTexts.titleAbroad,
    how: serviceTexts.howAbroad,
    topics: ['depends', 'gone', 'before', 'leaving', 'after', 'foreign'],
  },
};

/** True when no source says the service uses the number (its `depends` facts name none, or it has none). */
const independent = (service: ServiceData) =>
  !service.facts.some((f) => f.topic === 'depends' && f.kind !== 'none');

function variantOf(service: ServiceData, gone: boolean, close: boolean): Variant {
  if (gone) {
    if (independent(service)) return 'abroad';
    return service.facts.some((f) => f.topic === 'gone') ? 'gone' : 'gone-unknown';
  }
  if (close) return 'close';
  return service.beforeCancel ? 'before-cancel' : 'before';
}

/** {service} filled with the name, in each language. */
const named = (text: LocalizedText, name: LocalizedText): LocalizedText => {
  const out = {} as LocalizedText;
  for (const locale of LOCALES)
    out[locale] = seamed(locale, text[locale].replaceAll('{service}', name[locale]));
  return out;
};

/** Texts in each language joined as sentences. */
const sentences = (texts: readonly LocalizedText[]): LocalizedText =>
  texts.reduce((all, text) => withNote(all, text));

const resolved = (service: ServiceData, fact: ServiceFactData): ResolvedFact => ({
  id: `service.${service.id}.${fact.id}`,
  label: topicLabels[fact.topic],
  value: named(
    fact.where ? withNote(fact.text, fillText(whereText, { path: fact.where })) : fact.text,
    service.name,
  ),
  sources: fact.sources,
  status: 'found',
  ...(fact.numbers ? { numbers: fact.numbers } : {}),
  ...(fact.disputed ? { disputed: true as const } : {}),
});

/** What no source answered, said as such: "not found", and what to do instead. */
const unknown = (
  service: ServiceData,
  key: string,
  label: LocalizedText,
  note: LocalizedText,
): ResolvedFact => ({
  id: `service.${service.id}.${key}`,
  label,
  value: null,
  sources: [],
  status: 'not-found',
  note: named(note, service.name),
});

/** The step's "why": how the service ties itself to the number, one sentence per way its facts name. */
function why(service: ServiceData): LocalizedText {
  const kinds = new Set(service.facts.flatMap((f) => (f.kind && f.kind !== 'none' ? [f.kind] : [])));
  // A code to sign in says all a code for a second step would.
  if (kinds.has('sms-login')) kinds.delete('sms-2fa');
  const texts = [...kinds].map((kind) => dependencyTexts[kind as keyof typeof dependencyTexts]);
  return named(sentences(texts.length > 0 ? texts : [serviceTexts.whyNone]), service.name);
}

/** Who the step is for: leaving Japan for good, and not a Japanese national (the banks' rule is for
 * foreign residents). A case made before the holder was asked counts as a foreign resident's. */
const foreignerLeaving = (profile: Profile) =>
  profile.leavingDate !== null && profile.holderType !== 'japanese-national';

const catalogueSteps = new Map<string, ChecklistStep>();

function catalogueStep(service: ServiceData, gone: boolean, close: boolean): ChecklistStep {
  const variant = variantOf(service, gone, close);
  const key = `${service.id}|${variant}`;
  const hit = catalogueSteps.get(key);
  if (hit) return hit;
  const { title, how, topics, dating } = VARIANTS[variant];
  const facts = topics.flatMap((topic) =>
    service.facts.filter((f) => f.topic === topic).map((f) => resolved(service, f)),
  );
  if (variant === 'gone-unknown')
    facts.push(unknown(service, 'gone-unknown', unknownTexts.goneLabel, unknownTexts.gone));
  if (!service.facts.some((f) => f.topic === 'foreign'))
    facts.push(unknown(service, 'foreign-unknown', unknownTexts.foreignLabel, unknownTexts.foreign));
  if (service.facts.some((f) => f.atBranch && topics.includes(f.topic)))
    facts.push(unknown(service, 'branch-days', unknownTexts.branchLabel, unknownTexts.branch));
  // A date before the cancellation or the departure rests on the service's own page: shown beside it.
  const datedBy =
    dating === 'before-cancel' || dating === 'close-before-leaving'
      ? service.facts.filter((f) => f.datesStep).flatMap((f) => f.sources)
      : [];
  const step: ChecklistStep = {
    id: serviceStepId(service.id, gone),
    phase: gone ? 'after' : 'prepare',
    title: named(title, service.name),
    why: why(service),
    how: named(how, service.name),
    documentIds: [],
    phraseIds: [],
    facts,
    confirmWithCarrier: false,
    producesProof: true,
    proofKind: 'other',
    service: {
      id: service.id,
      name: service.name,
      ...(dating ? { dating } : {}),
      ...(datedBy.length > 0 ? { datedBy } : {}),
    },
  };
  catalogueSteps.set(key, step);
  return step;
}

function customStep(custom: CustomService, gone: boolean): ChecklistStep {
  const name = verbatim(custom.name);
  return {
    id: serviceStepId(custom.id, gone),
    phase: gone ? 'after' : 'prepare',
    title: named(gone ? serviceTexts.titleGone : serviceTexts.titleBefore, name),
    why: customTexts.why,
    how: gone ? customTexts.howGone : customTexts.howBefore,
    documentIds: [],
    phraseIds: [],
    facts: [],
    confirmWithCarrier: false,
    producesProof: true,
    proofKind: 'other',
    service: { id: custom.id, name, custom: true, ...(gone ? {} : { dating: 'number-ends' as const }) },
  };
}

/**
 * The chosen services' steps for this profile: catalogued ones in the catalogue's order (an id it does not
 * hold is passed over), then the person's own in the order they were added. None while the number is kept
 * or where there is no number.
 */
export function serviceSteps(
  profile: Profile,
  choice: ServicesChoice,
  providerKind: string,
): ChecklistStep[] {
  // Most cases name no service: nothing to look up.
  if (choice.chosen.length === 0 && choice.custom.length === 0) return [];
  if (servicesState(profile, providerKind) !== 'applies') return [];
  const gone = isAbroad(profile);
  const close = !gone && foreignerLeaving(profile);
  const chosen = new Set(choice.chosen);
  return [
    ...catalogue
      .filter((s) => chosen.has(s.id))
      .map((s) => catalogueStep(s, gone, close && s.closeBeforeLeaving === true)),
    ...choice.custom.map((c) => customStep(c, gone)),
  ];
}

/** Where a phase's service steps go: in `prepare`, at the catch-all's place among the content's steps;
 * in `after`, last. */
const afterCatchAll: ReadonlySet<string> = (() => {
  const prepare = content.steps.filter((s) => s.phase === 'prepare').map((s) => s.id);
  return new Set(prepare.slice(prepare.indexOf(SERVICES_CATCH_ALL) + 1));
})();

export function withServiceSteps<Step extends Pick<ChecklistStep, 'id' | 'phase'>>(
  phase: Phase,
  steps: Step[],
  forServices: readonly Step[],
): Step[] {
  const own = forServices.filter((s) => s.phase === phase);
  if (own.length === 0) return steps;
  if (phase !== 'prepare') return [...steps, ...own];
  const at = steps.findIndex((s) => afterCatchAll.has(s.id));
  return at === -1 ? [...steps, ...own] : [...steps.slice(0, at), ...own, ...steps.slice(at)];
}

/** A catalogued service as the picker lists it. */
export interface ServiceSummary {
  id: string;
  name: LocalizedText;
  /** As the service writes it in Japan. */
  nameJa: string;
  /** Other names it is searched by. */
  aliases: string[];
  group: ServiceData['group'];
}

/** The catalogue for the picker, group by group in the picker's order. */
export function listServices(): ServiceSummary[] {
  return SERVICE_GROUPS.flatMap((group) =>
    catalogue
      .filter((s) => s.group === group)
      .map((s) => ({ id: s.id, name: s.name, nameJa: s.nameJa, aliases: s.aliases ?? [], group })),
  );
}

/** Every source the catalogue cites (for the hosts the app may open, and the date About shows). */
export const serviceSources = (): ServiceData['facts'][number]['sources'] =>
  catalogue.flatMap((s) => s.facts.flatMap((f) => f.sources));

/** True for a catalogued service's id. */
export const isCatalogued = (id: string): boolean => serviceById(id) !== undefined;
