// The guide engine: profile → tailored checklist, from the bundled content in data/.
// Pure and deterministic (no Node, Electron, React or clock), so the renderer, the main process
// and the tests all get the same answer for the same profile.
import { content, CONTENT_VERSION as VERSION } from '../../data/index';
import { FALLBACK_PROVIDER_ID } from '../../data/providers';
import { ASK_RECORD_FIELDS, CHANNELS, PROVIDER_KINDS } from '../../data/schema';
import type {
  AppliesTo,
  Channel,
  DocumentData,
  FactKey,
  GlobalFactData,
  HoldData,
  ProviderData,
  StepData,
} from '../../data/schema';
import { isAbroad, isPortTarget } from './relevance';
import { NO_SERVICES, SERVICES_CATCH_ALL, type ServicesChoice } from './service-choice';
import { SERVICE_STEP_IDS, serviceSources, serviceSteps, withServiceSteps } from './services';
import { providerFactNumbers } from './backing';
import {
  channelList,
  FACT_LABELS,
  fillText,
  formatFact,
  hasGaps,
  PROXY_ITEM_NAMES,
  PROXY_WHO_NAMES,
  seamed,
  withNote,
} from './format';
import { L, verbatim } from '../../data/text';
import { formatDay } from '../shared/format';
import { LANGUAGES } from '../shared/languages';
import {
  LOCALES,
  PHASES,
  type AskPhrase,
  type Checklist,
  type ChecklistDocument,
  type ChecklistOutline,
  type ChecklistPhrase,
  type ChecklistStep,
  type HolderType,
  type LocalizedText,
  type OutlineStep,
  type Phase,
  type Profile,
  type ProofKind,
  type ProviderSummary,
  type ProxyRule,
  type ResolvedFact,
  type RetiredStep,
  type StepProgress,
} from './types';

export const CONTENT_VERSION: string = VERSION;

const KIND_ORDER: readonly ProviderSummary['kind'][] = PROVIDER_KINDS;

/**
 * Channel preference when the person is unsure, or prefers one the provider does not accept:
 * online first (open 24 h on most portals, readable with a translator, leaves an e-mail trail),
 * then app, then shop (interpreters at some), then phone (no written record).
 */
const CHANNEL_PREFERENCE: Channel[] = ['online', 'app', 'shop', 'phone'];

const providers: readonly ProviderData[] = content.providers;
const stepsData: readonly StepData[] = content.steps;
const documentsData: readonly DocumentData[] = content.documents;
const globalFacts = new Map<string, GlobalFactData>(content.globalFacts.map((f) => [f.id, f]));

/** The providers by id (the first of an id, as a search in order would find). */
const providerById = new Map<string, ProviderData>();
for (const p of providers) if (!providerById.has(p.id)) providerById.set(p.id, p);

function findProvider(id: string): ProviderData {
  const found = providerById.get(id) ?? providerById.get(FALLBACK_PROVIDER_ID);
  if (!found) throw new Error(`content has no fallback provider ${FALLBACK_PROVIDER_ID}`);
  return found;
}

/** A provider's summary, made once: it reads only the bundled content, and its hold text (fees in
 * words, in every language) was most of the cost of building a checklist. */
const summaries = new Map<ProviderData, ProviderSummary>();
function summary(p: ProviderData): ProviderSummary {
  let made = summaries.get(p);
  if (!made) {
    made = summaryNow(p);
    summaries.set(p, made);
  }
  return made;
}

function summaryNow(p: ProviderData): ProviderSummary {
  const closing = p.facts.billClosing?.value ?? [];
  const hold = holdOf(p);
  return {
    id: p.id,
    name: p.name,
    kind: p.kind,
    network: p.network,
    officialUrl: p.officialUrl,
    ...(closing.length > 1 ? { asksClosingDay: true as const } : {}),
    ...(closing.length > 1 && p.facts.billClosing?.note ? { closingHelp: p.facts.billClosing.note } : {}),
    ...(proxyAllowedAt(p) ? { proxyAllowed: true as const } : {}),
    ...(hold
      ? { keepWhileAway: { fromAbroad: holdReachable(hold, true, true), summary: formatFact('hold', hold) } }
      : {}),
  };
}

/** The sources allow someone to cancel for the holder at a shop, and every source that names the ways
 * names a shop (SoftBank's disagree on online, not on the shop). */
function proxyAllowedAt(p: ProviderData): boolean {
  const channels = p.facts.cancelChannels;
  return (
    p.facts.proxy?.value?.allowed === true && (channels?.value ?? channels?.named ?? []).includes('shop')
  );
}

/** The provider's way to keep the line while away (a suspension or top-ups); null when the sources give
 * none, or say there is none. */
type HoldWay = Exclude<HoldData, { kind: 'not-offered' }>;
function holdOf(p: ProviderData): HoldWay | null {
  const hold = p.facts.hold?.value;
  return hold && hold.kind !== 'not-offered' ? hold : null;
}

/** A channel the person can use: only online ways from abroad; anything but a shop without one. */
function reachable(channel: Channel, abroad: boolean, noShop: boolean): boolean {
  if (abroad) return channel === 'online' || channel === 'app';
  return !noShop || channel !== 'shop';
}

/** Whether the person can start the provider's way to keep the line from where they are. */
function holdReachable(hold: HoldWay, abroad: boolean, noShop: boolean): boolean {
  if (hold.kind === 'suspension' && hold.inPerson && (abroad || noShop)) return false;
  return hold.channels.some((c) => reachable(c, abroad, noShop));
}

export function listProviders(): ProviderSummary[] {
  return providers
    .map((p, index) => ({ p, index }))
    .sort((a, b) => KIND_ORDER.indexOf(a.p.kind) - KIND_ORDER.indexOf(b.p.kind) || a.index - b.index)
    .map(({ p }) => summary(p));
}

/** What the engine knows about one profile, computed once per checklist. */
interface Context {
  profile: Profile;
  provider: ProviderData;
  travel: boolean;
  /** cancel: end the line; mnp: port the number out; hold: keep the line and its number while away. */
  purpose: 'cancel' | 'mnp' | 'hold';
  /** Already left Japan: shops, counters, the airport and domestic phone lines are out of reach. */
  abroad: boolean;
  /** Leaving Japan, or already gone. */
  leaving: boolean;
  /** No shop visit: abroad, or in Japan without a way to get to one (unless someone is sent). */
  noShop: boolean;
  /** Someone goes to the shop for the person, as the provider's sources allow. */
  proxy: boolean;
  /** The provider's way to keep the line while away, when the person can start it from where they are. */
  hold: HoldWay | null;
  /** Cases made before the question was asked count as a foreign resident's. */
  holderType: HolderType;
  /** The provider's channels for the purpose, or null when the sources disagree or do not say. */
  knownChannels: Channel[] | null;
  /** When they disagree or say too little: the channels some source offers, and those none allows. */
  namedChannels: Channel[];
  excludedChannels: Channel[];
  /** The channel the cancel step goes through; null when the sources do not settle it (the step
   * then says to confirm with the provider first, and picks none). */
  channel: Channel | null;
  /** Where the number moves to, when it is one of the guide's providers. */
  newProvider: ProviderData | null;
  /** Both ends take part in MNP One-Stop: that is the step, the reservation number its fallback. */
  oneStop: boolean;
  /** What the filled texts depend on (see fill). */
  fillKey: string;
}

function channelsKey(purpose: Context['purpose']): 'cancelChannels' | 'mnpChannels' {
  return purpose === 'mnp' ? 'mnpChannels' : 'cancelChannels';
}

/** The preference when it names one of the provider's channels (not "no shop", "someone goes", "unsure"). */
const channelOf = (preferred: Profile['channel']): Channel | null =>
  (CHANNELS as readonly string[]).includes(preferred) ? (preferred as Channel) : null;

function chooseChannel(preferred: Profile['channel'], known: Channel[] | null): Channel | null {
  if (known === null) return null;
  const own = channelOf(preferred);
  if (own && known.includes(own)) return own;
  return CHANNEL_PREFERENCE.find((c) => known.includes(c)) ?? null;
}

function makeContext(answers: Profile): Context {
  const provider = findProvider(answers.providerId);
  const travel = provider.kind === 'travel-esim';
  // Travel eSIMs are sold as eSIMs only, with no number to port or keep (the interview does not ask):
  // an old answer cannot say otherwise.
  // A kept line is not cancelled: how the person would have cancelled is not asked, nor does it count.
  const profile: Profile = travel
    ? { ...answers, cardKind: 'esim', numberPlan: 'end' }
    : answers.numberPlan === 'hold'
      ? { ...answers, channel: 'unsure' }
      : answers;
  const purpose = profile.numberPlan === 'keep' ? 'mnp' : profile.numberPlan === 'hold' ? 'hold' : 'cancel';
  const abroad = isAbroad(profile);
  const noShop = abroad || profile.channel === 'no-shop';
  // Someone goes for the person: only to cancel, where the sources allow a proxy at the provider's shops.
  const proxy = profile.channel === 'proxy' && purpose === 'cancel' && proxyAllowedAt(provider);
  const hold = purpose === 'hold' ? holdOf(provider) : null;
  const channels = purpose === 'hold' ? undefined : provider.facts[channelsKey(purpose)];
  const allChannels = channels?.value ?? null;
  // The ways left from where the person is; none left is as unsettled as none known (the step then
  // asks the provider, naming what the sources say).
  const usable: Channel[] | null = proxy
    ? ['shop']
    : (allChannels?.filter((c) => reachable(c, abroad, noShop)) ?? null);
  const knownChannels = usable && usable.length > 0 ? usable : null;
  const newProvider =
    purpose === 'mnp'
      ? (providers.find((p) => p.id === profile.newProviderId && p.id !== provider.id && isPortTarget(p)) ??
        null)
      : null;
  const ctx: Omit<Context, 'fillKey'> = {
    profile,
    provider,
    travel,
    purpose,
    abroad,
    leaving: abroad || profile.leavingDate !== null,
    noShop: noShop && !proxy,
    proxy,
    hold: hold && holdReachable(hold, abroad, noShop) ? hold : null,
    holderType: profile.holderType ?? 'foreign-resident',
    knownChannels,
    namedChannels: channels?.named ?? (knownChannels === null && allChannels ? allChannels : []),
    excludedChannels: channels?.excluded ?? [],
    channel: proxy ? 'shop' : chooseChannel(profile.channel, knownChannels),
    newProvider,
    oneStop: provider.facts.mnpOneStop?.value === true && newProvider?.facts.mnpOneStop?.value === true,
  };
  return { ...ctx, fillKey: fillKeyOf(ctx) };
}

function ruleHolds(rule: NonNullable<AppliesTo['rule']>, ctx: Context): boolean {
  const sim = ctx.provider.facts.simReturn?.value ?? null;
  switch (rule) {
    case 'sim-mail-back':
      return sim?.rule === 'mail-back';
    case 'sim-self-dispose':
      return sim?.rule === 'self-dispose' || sim?.rule === 'either';
    case 'sim-rule-unknown':
      return sim === null;
    case 'mnp-one-stop':
      return ctx.oneStop;
    case 'mnp-two-stop':
      return !ctx.oneStop;
    case 'preferred-channel-unavailable': {
      // Not worth a step when One-Stop at the new carrier is the way and the channel only a fallback.
      const own = channelOf(ctx.profile.channel);
      return (
        ctx.purpose !== 'hold' &&
        !ctx.oneStop &&
        own !== null &&
        ctx.knownChannels !== null &&
        !ctx.knownChannels.includes(own)
      );
    }
    case 'channels-unknown':
      return ctx.purpose !== 'hold' && ctx.knownChannels === null;
    case 'proxy-offer':
      // For someone who cannot get to a shop and sends nobody yet, where the sources allow someone.
      return ctx.purpose === 'cancel' && ctx.noShop && proxyAllowedAt(ctx.provider);
    case 'proxy-unavailable':
      return ctx.profile.channel === 'proxy' && !ctx.proxy && ctx.purpose !== 'hold';
    case 'hold-suspension':
      return ctx.hold?.kind === 'suspension';
    case 'hold-top-up':
      return ctx.hold?.kind === 'top-up';
    case 'hold-unavailable':
      return ctx.purpose === 'hold' && ctx.hold === null;
  }
}

function applies(a: AppliesTo, ctx: Context): boolean {
  const { profile, provider } = ctx;
  if (a.cardKind && !a.cardKind.includes(profile.cardKind)) return false;
  if (a.contractKind && !a.contractKind.includes(profile.contractKind)) return false;
  if (a.numberPlan && !a.numberPlan.includes(profile.numberPlan)) return false;
  if (a.phone && !a.phone.includes(profile.phone)) return false;
  if (a.instalments && !a.instalments.includes(profile.instalments)) return false;
  if (!forHolder(a.holderType, ctx)) return false;
  if (a.leaving !== undefined && a.leaving !== ctx.leaving) return false;
  if (a.abroad !== undefined && a.abroad !== ctx.abroad) return false;
  if (a.noShop !== undefined && a.noShop !== ctx.noShop) return false;
  if (a.proxy !== undefined && a.proxy !== ctx.proxy) return false;
  if (a.providerKind && !a.providerKind.includes(provider.kind)) return false;
  if (a.notProviderKind?.includes(provider.kind)) return false;
  if (a.rule && !ruleHolds(a.rule, ctx)) return false;
  return true;
}

const forHolder = (holders: readonly HolderType[] | undefined, ctx: Context) =>
  !holders || holders.includes(ctx.holderType);

function stepApplies(step: StepData, ctx: Context): boolean {
  if (!applies(step.appliesTo, ctx)) return false;
  if (!step.via) return true;
  // Channel steps: only the one chosen for this person, for the purpose they have.
  return !ctx.travel && step.via.purpose === ctx.purpose && step.via.channel === ctx.channel;
}

/** The portal shows the menu path for the case's purpose only: no MNP path to someone ending the number. */
function factValue(key: FactKey, ctx: Context): unknown {
  const value = ctx.provider.facts[key]?.value;
  if (key !== 'portal' || !value || typeof value !== 'object' || !('name' in value)) return value;
  return ctx.purpose === 'mnp' ? { ...value, cancelPath: null } : { ...value, mnpPath: null };
}

/** Resolved facts by provider, purpose and key: they depend on nothing else. */
const resolvedFacts = new Map<string, ResolvedFact>();

function resolveProviderFact(key: FactKey, ctx: Context): ResolvedFact {
  const cacheKey = `${ctx.provider.id}|${ctx.purpose}|${key}`;
  const hit = resolvedFacts.get(cacheKey);
  if (hit) return hit;
  const resolved = resolveProviderFactNow(key, ctx);
  resolvedFacts.set(cacheKey, resolved);
  return resolved;
}

function resolveProviderFactNow(key: FactKey, ctx: Context): ResolvedFact {
  const fact = ctx.provider.facts[key];
  const base = { id: key, label: FACT_LABELS[key] };
  if (!fact) return { ...base, value: null, sources: [], status: 'missing' };
  const note = fact.note ? { note: fact.note } : {};
  if (fact.value === null)
    return { ...base, value: null, sources: fact.sources, status: fact.status, ...note };
  // formatFact is keyed by the same K as the fact, which TypeScript cannot follow through a union.
  const value = withNote(formatFact(key, factValue(key, ctx) as never), fact.note);
  const numbers = providerFactNumbers(key, fact);
  return {
    ...base,
    value,
    sources: fact.sources,
    status: fact.status,
    ...note,
    ...(numbers ? { numbers } : {}),
    ...(fact.disputed ? { disputed: true as const } : {}),
  };
}

/** Facts that only add to a shared one (the law's 8 days, the usual closing day, the usual days left on
 * an MNP number, a line that takes calls from abroad): shown where a provider has them, and their
 * absence asks nothing. */
const SHOWN_WHEN_KNOWN: ReadonlySet<FactKey> = new Set<FactKey>([
  'earlyCancel',
  'billClosing',
  'mnpMinDaysLeft',
  'supportAbroad',
]);

/** Facts for where the person is: what works from abroad is for someone abroad; the shop and the
 * domestic support lines are no use to someone abroad, unless they send someone. */
function factInReach(key: FactKey, ctx: Context): boolean {
  if (key === 'abroad' || key === 'supportAbroad') return ctx.abroad;
  if (key === 'shop' || key === 'support') return !ctx.abroad || ctx.proxy;
  return true;
}

/**
 * Facts whose absence should send the person to the carrier: how, when, how much, and what to do
 * with the SIM. Remarks (portal hints, shop notes, what changes afterwards) only add detail.
 */
export const CONFIRM_IF_UNKNOWN: ReadonlySet<FactKey> = new Set<FactKey>([
  'cancelChannels',
  'mnpChannels',
  'cutoff',
  'billing',
  'fees',
  'simReturn',
  'mnpOneStop',
  'support',
  'abroad',
  'hold',
  'proxy',
]);

function factHasGaps(key: FactKey, ctx: Context): boolean {
  if (!CONFIRM_IF_UNKNOWN.has(key)) return false;
  const value = ctx.provider.facts[key]?.value;
  return value === undefined || value === null || hasGaps(key, value as never);
}

function globalFact(id: string): GlobalFactData {
  const fact = globalFacts.get(id);
  if (!fact) throw new Error(`content cites unknown global fact ${id}`);
  return fact;
}

export const resolveGlobalFact = (fact: GlobalFactData): ResolvedFact => ({
  id: fact.id,
  label: fact.label,
  value: fact.value,
  sources: fact.sources,
  status: 'found',
  ...(fact.numbers ? { numbers: fact.numbers } : {}),
});

/** What the sources say about the ways to cancel or port, for a step that must not pick one. */
function channelFindings(ctx: Context): LocalizedText {
  const parts: LocalizedText[] = [];
  if (ctx.namedChannels.length > 0)
    parts.push(fillText(L('Sources name: {channels}.'), { channels: channelList(ctx.namedChannels) }));
  if (ctx.excludedChannels.length > 0)
    parts.push(fillText(L('No source allows: {channels}.'), { channels: channelList(ctx.excludedChannels) }));
  if (parts.length === 0) parts.push(L('The sources found do not say which ways work.'));
  const out = {} as LocalizedText;
  for (const locale of LOCALES) out[locale] = parts.map((p) => p[locale]).join(LANGUAGES[locale].sentenceGap);
  return out;
}

const PLACEHOLDER = /\{(provider|portal|leavingDate|newProvider|channelFindings|languageHelp)\}/g;

const NEW_CARRIER: LocalizedText = L('the new carrier');
/** At the counter, for those who may need it: a Japanese national is offered no interpreter. */
const LANGUAGE_HELP: LocalizedText = L(
  'Ask whether interpreter help is available, or show the Japanese phrases below.',
);

/** Filled texts by source text and by what fills them: the same few texts recur in every checklist. */
const filled = new WeakMap<LocalizedText, Map<string, LocalizedText>>();

/** Fills {provider}, {portal}, {leavingDate}, {newProvider}, {channelFindings} and {languageHelp}. */
function fill(text: LocalizedText, ctx: Context): LocalizedText {
  let cache = filled.get(text);
  if (!cache) {
    cache = new Map<string, LocalizedText>();
    filled.set(text, cache);
  }
  const hit = cache.get(ctx.fillKey);
  if (hit) return hit;
  const out = fillNow(text, ctx);
  cache.set(ctx.fillKey, out);
  return out;
}

/** Everything fillNow reads from a context, as one key (made once per checklist, not once per text). */
const fillKeyOf = (ctx: Omit<Context, 'fillKey'>): string =>
  [
    ctx.provider.id,
    ctx.purpose,
    ctx.profile.leavingDate,
    ctx.newProvider?.id,
    ctx.holderType,
    ctx.namedChannels.join(','),
    ctx.excludedChannels.join(','),
  ].join('|');

function fillNow(text: LocalizedText, ctx: Context): LocalizedText {
  const generic = ctx.provider.kind === 'generic';
  const providerName: LocalizedText = generic ? L('your provider') : ctx.provider.name;
  const portalName = ctx.provider.facts.portal?.value?.name;
  const portal: LocalizedText = portalName ? verbatim(portalName) : L("your provider's member page");
  const newProvider = ctx.newProvider?.name ?? NEW_CARRIER;
  const findings = text.en.includes('{channelFindings}') ? channelFindings(ctx) : null;
  const out = {} as LocalizedText;
  for (const locale of LOCALES) {
    const values: Record<string, string> = {
      provider: providerName[locale],
      portal: portal[locale],
      leavingDate: ctx.profile.leavingDate ? formatDay(ctx.profile.leavingDate, locale) : '',
      newProvider: newProvider[locale],
      channelFindings: findings?.[locale] ?? '',
      languageHelp: ctx.holderType === 'japanese-national' ? '' : LANGUAGE_HELP[locale],
    };
    // An empty {languageHelp} leaves no double space behind.
    const done = text[locale]
      .replace(PLACEHOLDER, (whole, name: string) => values[name] ?? whole)
      .replace(/ {2,}/g, ' ');
    // The generic name can open a text ("your provider …"); brand names keep their case ("au"), and
    // so do texts that open with something else ("iCloud", "eSIM").
    const opened =
      generic && text[locale].startsWith('{provider}')
        ? done.charAt(0).toLocaleUpperCase(locale) + done.slice(1)
        : done;
    out[locale] = seamed(locale, opened);
  }
  return out;
}

/** The record kind that matches how the line was ended or ported, for the proof form. */
function proofKindOf(ctx: Context): ProofKind | undefined {
  if (ctx.travel) return 'online-cancellation';
  // Keeping the line ends nothing: the person says what the record is.
  if (ctx.purpose === 'hold') return undefined;
  if (ctx.purpose === 'mnp') return ctx.oneStop ? undefined : 'mnp-issued';
  switch (ctx.channel) {
    case 'online':
    case 'app':
      return 'online-cancellation';
    case 'shop':
      return 'shop-visit';
    case 'phone':
      return 'phone-call';
    case null:
      return 'cancellation-request';
  }
}

function buildStep(
  step: StepData,
  ctx: Context,
  documentIds: Set<string>,
  phraseIds: Set<string>,
): ChecklistStep {
  const keys = [...new Set(step.cites.map((k) => (k === 'channels' ? channelsKey(ctx.purpose) : k)))];
  const esim = ctx.profile.cardKind === 'esim';
  const facts = [
    ...keys
      .filter((k) => factInReach(k, ctx) && (!SHOWN_WHEN_KNOWN.has(k) || ctx.provider.facts[k] !== undefined))
      .map((k) => resolveProviderFact(k, ctx)),
    ...step.citesGlobal
      .map(globalFact)
      .filter((f) => (esim || !f.esimOnly) && forHolder(f.holderType, ctx))
      .map(resolveGlobalFact),
  ];
  const proofKind = step.producesProof ? proofKindOf(ctx) : undefined;
  return {
    id: step.id,
    phase: step.phase,
    title: fill(step.title, ctx),
    why: fill(step.why, ctx),
    how: fill(step.how, ctx),
    documentIds: step.documentIds.filter((id) => documentIds.has(id)),
    phraseIds: step.phraseIds.filter((id) => phraseIds.has(id)),
    facts,
    confirmWithCarrier: keys.some((k) => factInReach(k, ctx) && factHasGaps(k, ctx)),
    producesProof: step.producesProof,
    ...(proofKind ? { proofKind } : {}),
    ...(isFallback(step, ctx) ? { fallback: true } : {}),
  };
}

/** Only if the step before it fails: the reservation number behind MNP One-Stop. */
const isFallback = (step: StepData, ctx: Context) => step.route === 'mnp-number' && ctx.oneStop;

/** The proof tab's questions: the phrases that fill a record field, in ASK_RECORD_FIELDS order. */
const askPhrases: AskPhrase[] = ASK_RECORD_FIELDS.flatMap((field) =>
  content.phrases.flatMap((p) =>
    'recordField' in p && p.recordField === field
      ? [
          {
            id: p.id,
            ja: p.ja,
            kana: p.kana,
            meaning: p.meaning,
            context: p.context,
            recordField: field,
          },
        ]
      : [],
  ),
);

/** The steps a checklist holds, before they are built: the content's that apply, and a step of its own
 * for each service the person chose (issue 20), which replace the generic one. */
function chooseSteps(ctx: Context, services: ServicesChoice) {
  const forServices = serviceSteps(ctx.profile, services, ctx.provider.kind);
  const chosen = stepsData.filter(
    (s) => stepApplies(s, ctx) && !(s.id === SERVICES_CATCH_ALL && forServices.length > 0),
  );
  return { chosen, forServices };
}

/** Each phase's steps: the content's, as `build` makes them, with the services' in their places. */
function phasesOf<Step extends OutlineStep>(
  chosen: readonly StepData[],
  forServices: readonly Step[],
  build: (step: StepData) => Step,
): { phase: Phase; steps: Step[] }[] {
  // One pass over the chosen steps, in their order, rather than one per phase.
  const byPhase = new Map<Phase, Step[]>(PHASES.map((phase) => [phase, []]));
  for (const step of chosen) byPhase.get(step.phase)?.push(build(step));
  return PHASES.map((phase) => ({
    phase,
    steps: withServiceSteps(phase, byPhase.get(phase) ?? [], forServices),
  }));
}

/** The checklist's provider and steps, titled, without their why, how and facts, nor the documents and
 * phrases: what the plan and the case list read, at a fraction of the cost (the due-soon notice works
 * out every case's plan). The same steps as buildChecklist's. */
export function checklistOutline(profile: Profile, services: ServicesChoice = NO_SERVICES): ChecklistOutline {
  const ctx = makeContext(profile);
  const { chosen, forServices } = chooseSteps(ctx, services);
  return {
    provider: summary(ctx.provider),
    phases: phasesOf<OutlineStep>(chosen, forServices, (s) => ({
      id: s.id,
      phase: s.phase,
      title: fill(s.title, ctx),
      ...(isFallback(s, ctx) ? { fallback: true } : {}),
    })),
  };
}

export function buildChecklist(profile: Profile, services: ServicesChoice = NO_SERVICES): Checklist {
  const ctx = makeContext(profile);
  const { chosen, forServices } = chooseSteps(ctx, services);

  // Documents follow the path taken: a fallback's (the reservation number behind One-Stop) are not
  // asked for.
  const wantedDocuments = new Set(chosen.filter((s) => !isFallback(s, ctx)).flatMap((s) => s.documentIds));
  const documents: ChecklistDocument[] = documentsData
    .filter((d) => wantedDocuments.has(d.id) && applies(d.appliesTo, ctx))
    .map((d) => ({
      id: d.id,
      title: fill(d.title, ctx),
      why: fill(d.why, ctx),
      ...(d.secret ? { secret: d.secret } : {}),
    }));
  const documentIds = new Set(documents.map((d) => d.id));

  // A phrase only a fallback step uses (the reservation number behind One-Stop) comes last, said so.
  // Someone abroad who sends nobody has no counter to say them at.
  const counter = !ctx.abroad || ctx.proxy;
  const wantedPhrases = new Set(counter ? chosen.flatMap((s) => s.phraseIds) : []);
  const mainPhrases = new Set(chosen.filter((s) => !isFallback(s, ctx)).flatMap((s) => s.phraseIds));
  const phrases: ChecklistPhrase[] = content.phrases
    .filter((p) => wantedPhrases.has(p.id) && forHolder(p.holderType, ctx))
    .map((p) => ({
      id: p.id,
      ja: p.ja,
      kana: p.kana,
      meaning: p.meaning,
      context: p.context,
      ...(mainPhrases.has(p.id) ? {} : { fallback: true as const }),
    }))
    .sort((a, b) => Number(a.fallback === true) - Number(b.fallback === true));
  const phraseIds = new Set(phrases.map((p) => p.id));

  return {
    contentVersion: CONTENT_VERSION,
    provider: summary(ctx.provider),
    phases: phasesOf(chosen, forServices, (s) => buildStep(s, ctx, documentIds, phraseIds)),
    documents,
    phrases,
    // A travel eSIM is ended in the seller's app, and someone abroad who sends nobody does it online:
    // no counter, no call, nobody to ask.
    askPhrases: ctx.travel || !counter ? [] : askPhrases,
    proxy: ctx.proxy ? proxyRule(ctx.provider) : null,
  };
}

/** The provider's proxy rule as the proxy step shows it (and a letter of authority is made from). */
function proxyRule(provider: ProviderData): ProxyRule | null {
  const fact = provider.facts.proxy;
  if (!fact?.value) return null;
  const { who, brings, holderWritesLetter, ownForm, formUrl } = fact.value;
  return {
    who: who.map((id) => ({ id, label: PROXY_WHO_NAMES[id] })),
    brings: brings.map((id) => ({ id, label: PROXY_ITEM_NAMES[id] })),
    holderWritesLetter,
    ownForm,
    formUrl,
    note: fact.note ?? null,
    sources: fact.sources,
  };
}

/** The content's steps, and every catalogued service's: a choice undone leaves its tick not applicable. */
const knownStepIds = new Set([...stepsData.map((s) => s.id), ...SERVICE_STEP_IDS]);

/**
 * Progress for steps that are not in this checklist: kept, never dropped, and shown as retired
 * under the title they had when ticked. Entries with no history, tick or note are left out.
 */
export function applyProgress(
  checklist: Checklist,
  progress: Record<string, StepProgress>,
): { retired: RetiredStep[] } {
  const current = new Set(checklist.phases.flatMap((p) => p.steps.map((s) => s.id)));
  const retired = Object.entries(progress)
    .filter(([id, p]) => !current.has(id) && (p.history.length > 0 || p.done || p.note.trim() !== ''))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, p]): RetiredStep => ({
      id,
      title: p.titleSnapshot,
      progress: p,
      reason: knownStepIds.has(id) ? 'not-applicable' : 'removed',
    }));
  return { retired };
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

/** Hosts the app may open in the system browser: official sources and providers' official pages. */
export function allowedExternalHosts(): string[] {
  const urls = [
    ...providers.flatMap((p) => [
      ...(p.officialUrl ? [p.officialUrl] : []),
      ...Object.values(p.facts).flatMap((f) =>
        f.sources.filter((s) => s.kind === 'official').map((s) => s.url),
      ),
    ]),
    ...content.globalFacts.flatMap((f) => f.sources.filter((s) => s.kind === 'official').map((s) => s.url)),
    // The services' own pages (issue 20).
    ...serviceSources()
      .filter((s) => s.kind === 'official')
      .map((s) => s.url),
  ];
  const hosts = new Set(urls.map(hostOf).filter((h): h is string => h !== null));
  return [...hosts].sort();
}

/** The newest date any fact's source was checked (YYYY-MM-DD): what About shows beside the content version. */
export function contentCheckedOn(): string {
  const dates = [
    ...providers.flatMap((p) => Object.values(p.facts).flatMap((f) => f.sources.map((s) => s.checked))),
    ...content.globalFacts.flatMap((f) => f.sources.map((s) => s.checked)),
    ...serviceSources().map((s) => s.checked),
  ];
  return dates.reduce((newest, date) => (date > newest ? date : newest), '');
}
