// The engine against every combination of profile answers, plus its smaller promises.
import { describe, expect, it } from 'vitest';
import { content } from '../../../data/index';
import type { Channel, ProviderData, StepData } from '../../../data/schema';
import {
  allowedExternalHosts,
  applyProgress,
  buildChecklist,
  CONFIRM_IF_UNKNOWN,
  CONTENT_VERSION,
  listProviders,
} from '../../../electron/guide/engine';
import { allProfiles, NEW_PROVIDERS, WHEREABOUTS } from '../../fixtures/all-profiles';
import { isAbroad, skippedAnswers, type SkippedAnswers } from '../../../electron/guide/relevance';
import { computePlan } from '../../../electron/guide/plan';
import { planRules } from '../../../data/plan-rules';
import { DOCOMO_ESIM_ONLINE } from '../../fixtures/profiles';
import {
  HOLDER_TYPES,
  PHASES,
  type Checklist,
  type Profile,
  type StepProgress,
} from '../../../electron/guide/types';
import { verbatim } from '../../../data/text';

const stepData = new Map<string, StepData>(content.steps.map((s) => [s.id, s]));
const globalFactData = new Map(content.globalFacts.map((f) => [f.id, f]));

/** Marks that belong to one provider besides its name (docomo's d ACCOUNT). */
const BRAND_MARKS: Record<string, string[]> = {
  docomo: ['docomo', 'ドコモ', 'dアカウント', 'd ACCOUNT', 'd账户', 'いつでもカエドキプログラム'],
  au: ['スマホトクするプログラム'],
  softbank: ['新トクするサポート'],
  'rakuten-mobile': ['Rakuten Link', '買い替え超トクプログラム'],
};
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const providerNames = content.providers
  .filter((p) => p.kind !== 'generic')
  .map((p) => {
    const names = [...new Set([...Object.values(p.name), ...(BRAND_MARKS[p.id] ?? [])])];
    // Latin names must stand alone ("au" is no match inside "audio").
    const alternatives = names.map((n) => `(?<![A-Za-z])${escape(n)}(?![A-Za-z])`);
    return { id: p.id, pattern: new RegExp(alternatives.join('|'), 'i') };
  });
const namedIn = new Map<string, string[]>();
/** The providers a text names (memoised: the same texts recur in every checklist). */
function providersNamedIn(text: string): string[] {
  const hit = namedIn.get(text);
  if (hit) return hit;
  const found = providerNames.filter((n) => n.pattern.test(text)).map((n) => n.id);
  namedIn.set(text, found);
  return found;
}

/**
 * The texts every provider shares, as this checklist shows them: step texts, global facts,
 * documents and phrases. The provider's own facts may name its family ("docomo Shops do not handle
 * ahamo"); the One-Stop fact lists the participants, which is its point.
 */
function* sharedTexts(c: Checklist): Generator<[string, string]> {
  for (const s of allSteps(c)) {
    for (const t of [s.title, s.why, s.how]) for (const x of Object.values(t)) yield [s.id, x];
    for (const f of s.facts)
      if (globalFactData.has(f.id) && f.id !== 'mnp-one-stop')
        for (const x of Object.values(f.value ?? {})) yield [`${s.id} fact ${f.id}`, x];
  }
  for (const d of c.documents)
    for (const x of [...Object.values(d.title), ...Object.values(d.why)]) yield [d.id, x];
  for (const p of c.phrases)
    for (const x of [p.ja, ...Object.values(p.meaning), ...Object.values(p.context)]) yield [p.id, x];
}
const allSteps = (c: Checklist) => c.phases.flatMap((p) => p.steps);

/** What the checklist tells the person to do or bring: steps, documents, phrases (not the sourced facts). */
function* personTexts(c: Checklist): Generator<[string, string]> {
  for (const s of allSteps(c))
    for (const t of [s.title, s.why, s.how]) for (const x of Object.values(t)) yield [s.id, x];
  for (const d of c.documents)
    for (const x of [...Object.values(d.title), ...Object.values(d.why)]) yield [d.id, x];
  for (const p of c.phrases)
    for (const x of [p.ja, ...Object.values(p.meaning), ...Object.values(p.context)]) yield [p.id, x];
}
/** A shop, in any of the shipped languages. */
const SHOP =
  /\b(shops?|in-store|lojas?|toko|gerai)\b|ショップ|店頭|店舗|来店|门店|到店|店铺|营业厅|門市|店鋪|營業廳|매장|대리점|cửa hàng|पसल/i;
/** Calling the provider, in the three languages the snapshots are read in. */
const PHONE_CHANNEL =
  /\b(by phone|on the phone|phone staff|call (the|its|us)\b)|電話で|電話窓口|電話での|打电话|电话里|电话办理/i;
/** Whether a pattern matches a text, memoised: the same few hundred texts recur in every checklist. */
const matchMemo = new Map<RegExp, Map<string, boolean>>();
function says(pattern: RegExp, text: string): boolean {
  let memo = matchMemo.get(pattern);
  if (!memo) matchMemo.set(pattern, (memo = new Map()));
  let hit = memo.get(text);
  if (hit === undefined) memo.set(text, (hit = pattern.test(text)));
  return hit;
}
const DOUBLED_STOP = /[.。।]\s*[.。।]/;
// Whole words only, accented letters included: "Peça a opção" holds no "a a".
const DOUBLED_WORD = /(?<!\p{L})(your|the|an?|of|to|and|in) \1(?!\p{L})/iu;
const UPPER_CASED_BRAND = /\b(ICloud|ESIM|IPhone)\b/;
const INTERPRETER = /interpreter|通訳|口译|口譯|翻译协助|翻译服务/i;

/** No source allows or names a shop for ending or porting the line. */
const hasNoShop = (p: ProviderData) =>
  ![p.facts.cancelChannels, p.facts.mnpChannels].some((f) => (f?.value ?? f?.named ?? []).includes('shop'));

/** Steps whose point is that a shop (or a domestic line) is out of reach, or that someone else could go:
 * they may name them. */
const SAYS_OUT_OF_REACH = new Set([
  'cancel.channel-unavailable',
  'prepare.abroad-access',
  'cancel.remote-confirm-channel',
  'prepare.proxy-offer',
]);
/** The steps a proxy's visit brings: the step itself, the phrases they say, the documents they bring. */
const PROXY_STEP = 'cancel.proxy';
/** Steps dated for the day of departure at the airport. */
const AIRPORT_STEPS = new Set(
  planRules.filter((r) => r.kind === 'at-departure').flatMap((r) => r.steps as readonly string[]),
);

/** A channel the person can take from where they are (as the engine's own rule, restated). */
const reachableFor = (profile: Profile) => (c: Channel) =>
  isAbroad(profile) ? c === 'online' || c === 'app' : profile.channel !== 'no-shop' || c !== 'shop';

/** The provider's way to keep the line that the person can start from where they are, or null. */
function holdFor(provider: ProviderData, profile: Profile) {
  const hold = provider.facts.hold?.value;
  if (!hold || hold.kind === 'not-offered') return null;
  const abroad = isAbroad(profile);
  const noShop = abroad;
  if (hold.kind === 'suspension' && hold.inPerson && noShop) return null;
  return hold.channels.some(reachableFor({ ...profile, channel: 'unsure' })) ? hold : null;
}

/** The sources allow someone to cancel for the holder at one of the provider's shops. */
const proxyAllowed = (p: ProviderData) =>
  p.facts.proxy?.value?.allowed === true &&
  (p.facts.cancelChannels?.value ?? p.facts.cancelChannels?.named ?? []).includes('shop');

/** Every rule the issue asks of a checklist; returns what is wrong, empty when all is well. */
function problemsOf(profile: Profile, c: Checklist): string[] {
  const problems: string[] = [];
  const provider: ProviderData | undefined = content.providers.find((p) => p.id === profile.providerId);
  if (!provider) return ['unknown provider in the enumeration'];
  const steps = allSteps(c);
  const ids = steps.map((s) => s.id);
  const has = (id: string) => ids.includes(id);
  const travel = provider.kind === 'travel-esim';
  const abroad = isAbroad(profile);
  const numberPlan = travel ? 'end' : profile.numberPlan;
  // A kept line is not cancelled: the channel answer does not count for it.
  const channel = numberPlan === 'hold' ? 'unsure' : profile.channel;
  const proxy = numberPlan === 'end' && channel === 'proxy' && proxyAllowed(provider);
  const noShop = (abroad || channel === 'no-shop') && !proxy;

  if (steps.length === 0) problems.push('empty checklist');
  if (c.phases.map((p) => p.phase).join() !== PHASES.join()) problems.push('phases out of order');
  for (const p of c.phases)
    for (const s of p.steps) if (s.phase !== p.phase) problems.push(`${s.id} in ${p.phase}`);
  if (new Set(ids).size !== ids.length) problems.push('duplicate step');

  // One required way to end or port the line, through no channel the sources rule out.
  const cancelSteps = c.phases.find((p) => p.phase === 'cancel')?.steps ?? [];
  const routes = cancelSteps.filter((s) => stepData.get(s.id)?.route !== undefined);
  const required = routes.filter((s) => !s.fallback);
  if (required.length !== 1) problems.push(`${required.length} required routes, expected exactly 1`);
  if (travel) {
    if (!has('cancel.travel-autorenew')) problems.push('travel eSIM without its cancel step');
  } else if (numberPlan === 'hold') {
    // Keeping the line: its one route is the provider's way (applied for, or topped up), else asking.
    const hold = holdFor(provider, profile);
    const expected =
      hold?.kind === 'suspension'
        ? 'cancel.hold-apply'
        : hold?.kind === 'top-up'
          ? 'cancel.hold-topup'
          : 'cancel.hold-ask';
    if (required[0]?.id !== expected) problems.push(`hold route ${required[0]?.id} instead of ${expected}`);
    for (const id of ids)
      if (/^(device\.|after\.final-bill|cancel\.keep-confirmation)/.test(id))
        problems.push(`${id} for a line that is kept`);
    if (!has('prepare.hold')) problems.push('hold without its rule step');
  } else {
    const purpose = numberPlan === 'keep' ? 'mnp' : 'cancel';
    const channels = purpose === 'mnp' ? provider.facts.mnpChannels : provider.facts.cancelChannels;
    const all: Channel[] | null = channels?.value ?? null;
    const usable = proxy ? ['shop' as const] : (all?.filter(reachableFor(profile)) ?? null);
    const known: Channel[] | null = usable && usable.length > 0 ? usable : null;
    const excluded: Channel[] = channels?.excluded ?? [];
    const newProvider = content.providers.find((p) => p.id === profile.newProviderId);
    const oneStop =
      purpose === 'mnp' &&
      newProvider !== undefined &&
      newProvider.id !== provider.id &&
      provider.facts.mnpOneStop?.value === true &&
      newProvider.facts.mnpOneStop?.value === true;
    if (oneStop !== (required[0]?.id === 'cancel.mnp-one-stop'))
      problems.push(`One-Stop ${oneStop ? 'possible but not the step' : 'the step without both ends'}`);
    const number = routes.filter((s) => stepData.get(s.id)?.route === 'mnp-number');
    if (purpose === 'mnp' && number.length !== 1) problems.push('MNP without a reservation-number step');
    if (oneStop && number.some((s) => !s.fallback))
      problems.push('reservation number required beside One-Stop');
    const viaSteps = cancelSteps.map((s) => stepData.get(s.id)?.via).filter((v) => v !== undefined);
    if (known === null && viaSteps.length > 0) problems.push('picked a channel the sources do not settle');
    if (known !== null && viaSteps.length !== 1)
      problems.push(`${viaSteps.length} channel steps, expected 1`);
    for (const via of viaSteps) {
      if (via.purpose !== purpose)
        problems.push(`channel step for ${via.purpose} when the plan is ${purpose}`);
      if (excluded.includes(via.channel)) problems.push(`step for excluded channel ${via.channel}`);
      if (known && !known.includes(via.channel)) problems.push(`channel ${via.channel} not accepted`);
      if (known?.includes(profile.channel as Channel) && via.channel !== profile.channel)
        problems.push('ignored a usable preference');
      if (proxy !== (via.channel === 'shop' && has(PROXY_STEP)) && via.channel === 'shop')
        problems.push('a shop visit that is neither the person’s nor a proxy’s');
    }
    if (noShop && viaSteps.some((v) => v.channel === 'shop')) problems.push('a shop step without a shop');
    if (abroad && viaSteps.some((v) => v.channel === 'phone')) problems.push('a phone step from abroad');
  }
  // A proxy only where a source allows one, and only when chosen; offered to someone who cannot go.
  if (has(PROXY_STEP) !== proxy) problems.push(`proxy step ${proxy ? 'missing' : 'without a proxy'}`);
  if ((c.proxy !== null) !== proxy) problems.push('proxy rule mismatch');
  if (has(PROXY_STEP) && provider.facts.proxy?.value?.allowed !== true)
    problems.push('proxy step where no source allows one');
  if (has('prepare.proxy-offer') !== (noShop && numberPlan === 'end' && proxyAllowed(provider) && !travel))
    problems.push('proxy offer mismatch');
  if (has('cancel.proxy-unavailable') !== (channel === 'proxy' && !proxy && numberPlan !== 'hold' && !travel))
    problems.push('proxy-unavailable mismatch');
  const proofStep = steps.some((s) => s.phase === 'cancel' && s.producesProof);
  if (!proofStep && !has('cancel.hold-ask')) problems.push('no proof step in cancel');

  // Already abroad: only what works from there — no shop, no counter phrase, no airport, no domestic line.
  if (abroad && !travel) {
    if (!has('prepare.abroad-access')) problems.push('abroad without what still reaches them');
    const access = steps.find((s) => s.id === 'prepare.abroad-access');
    if (provider.facts.abroad && !access?.facts.some((f) => f.id === 'abroad'))
      problems.push('what the sources say of doing it from abroad is not shown');
    if (!proxy && (c.phrases.length > 0 || c.askPhrases.length > 0))
      problems.push('counter phrases for someone abroad who sends nobody');
    for (const id of ids) if (AIRPORT_STEPS.has(id)) problems.push(`${id}: an airport step abroad`);
    if (has('after.hotline-188')) problems.push('188 offered abroad');
    for (const s of steps)
      if (!proxy && s.facts.some((f) => f.id === 'support' || f.id === 'shop'))
        problems.push(`${s.id} shows a domestic line or the shop to someone abroad`);
    for (const [where, text] of personTexts(c))
      if (!where.startsWith(PROXY_STEP) && !SAYS_OUT_OF_REACH.has(where) && says(PHONE_CHANNEL, text))
        problems.push(`${where} sends someone abroad to a phone line: ${text.slice(0, 60)}`);
  } else {
    for (const s of steps)
      if (s.facts.some((f) => f.id === 'abroad' || f.id === 'supportAbroad'))
        problems.push(`${s.id} shows what works from abroad to someone in Japan`);
  }
  if (noShop && !travel)
    for (const [where, text] of personTexts(c))
      if (!SAYS_OUT_OF_REACH.has(where) && says(SHOP, text))
        problems.push(`${where} sends someone without a shop to one: ${text.slice(0, 60)}`);
  if (!travel && has('after.residence-card-post') !== (abroad && profile.holderType === 'foreign-resident'))
    problems.push('residence card by post mismatch');

  // Device rules: nothing to delete or hand back while the line is kept.
  const ends = numberPlan !== 'hold';
  if (has('device.esim-delete') !== (profile.cardKind === 'esim' && !travel && ends))
    problems.push('eSIM step mismatch');
  if (has('device.travel-expire') !== travel) problems.push('travel eSIM step mismatch');
  const rule = provider.facts.simReturn?.value?.rule ?? null;
  // A travel eSIM is an eSIM whatever was answered.
  const physical = profile.cardKind === 'physical' && !travel && ends;
  if (has('device.sim-mail-back') !== (physical && rule === 'mail-back'))
    problems.push('SIM mail-back mismatch');
  if (has('device.sim-cut-dispose') !== (physical && (rule === 'self-dispose' || rule === 'either')))
    problems.push('SIM dispose mismatch');
  if (has('device.sim-ask') !== (physical && rule === null)) problems.push('SIM ask mismatch');

  // Leaving Japan: 188 and the airport only for someone still in Japan.
  const leaving = profile.leavingDate !== null && !abroad;
  if (has('after.hotline-188') !== (leaving && !travel)) problems.push('188 step mismatch');
  const holder = profile.holderType ?? 'foreign-resident';
  const resident = holder === 'foreign-resident';
  if (!travel && has('after.residence-card') !== (leaving && resident))
    problems.push('residence card step mismatch');

  // Documents and phrases fit who holds the line.
  const idDocuments = c.documents.map((d) => d.id).filter((id) => id.startsWith('id-document'));
  const idFor = {
    'foreign-resident': 'id-document',
    'japanese-national': 'id-document-national',
    visitor: 'id-document-visitor',
  };
  if (idDocuments.some((id) => id !== idFor[holder]))
    problems.push(`ID documents ${idDocuments.join()} for a ${holder}`);
  if (
    !travel &&
    idDocuments.length === 0 &&
    steps.some(
      (s) =>
        !s.fallback &&
        s.documentIds.length > 0 &&
        s.phase === 'cancel' &&
        stepData.get(s.id)?.documentIds.includes('id-document'),
    )
  )
    problems.push(`no ID document for a ${holder}`);
  if (holder === 'japanese-national' && c.phrases.some((p) => p.id === 'interpreter'))
    problems.push('interpreter phrase for a Japanese national');

  // Shared texts name only this provider (or the carrier the number moves to), and eSIM-only
  // facts stay out of SIM-card cases.
  const allowed = new Set([provider.id, profile.newProviderId ?? provider.id]);
  // The names of the providers allowed here are taken out first: "ahamo (docomo's online plan)" names ahamo.
  // Longest first: a short name ("ahamo" in Japanese) must not cut a longer one that glosses it.
  const ownNames = [provider, content.providers.find((p) => p.id === profile.newProviderId)]
    .flatMap((p) => (p ? Object.values(p.name) : []))
    .sort((a, b) => b.length - a.length);
  for (const [where, text] of sharedTexts(c))
    for (const named of providersNamedIn(ownNames.reduce((t, n) => t.replaceAll(n, ''), text)))
      if (!allowed.has(named)) problems.push(`${where} names ${named}`);
  // Sentences the engine joins (a fact and its note) end in the language's own stop, once: never
  // "…छ।। Note" or "…。. Note".
  for (const [where, text] of sharedTexts(c))
    if (says(DOUBLED_STOP, text)) problems.push(`${where}: a doubled full stop in ${text.slice(0, 60)}`);
  if (profile.cardKind === 'physical' && !travel)
    for (const s of steps)
      for (const f of s.facts)
        if (globalFactData.get(f.id)?.esimOnly || /eSIM/.test(s.title.en))
          problems.push(`${s.id}: eSIM content on a SIM-card case`);

  // No step, document or phrase sends the person to a shop of a provider that has none (no source
  // names one) or does not take this purpose there; the One-Stop step names no shop of a new carrier
  // that has none. The steps saying a shop is out of reach name it: that is their point.
  const purposeChannels = numberPlan === 'keep' ? provider.facts.mnpChannels : provider.facts.cancelChannels;
  const shopless =
    hasNoShop(provider) || (purposeChannels?.value != null && !purposeChannels.value.includes('shop'));
  const newCarrier = content.providers.find((p) => p.id === profile.newProviderId);
  for (const [where, text] of personTexts(c))
    if (
      !SAYS_OUT_OF_REACH.has(where) &&
      (shopless || (where === 'cancel.mnp-one-stop' && newCarrier && hasNoShop(newCarrier))) &&
      says(SHOP, text)
    )
      problems.push(`${where} sends to a shop: ${text.slice(0, 60)}`);

  // Nor to a phone line where the sources give none for this purpose.
  const phoneless = purposeChannels?.value != null && !purposeChannels.value.includes('phone');
  if (phoneless)
    for (const [where, text] of personTexts(c))
      if (!SAYS_OUT_OF_REACH.has(where) && says(PHONE_CHANNEL, text))
        problems.push(`${where} sends to a phone line: ${text.slice(0, 60)}`);

  // Filled texts read as written: no "your your provider", no brand names upper-cased ("ICloud", "ESIM").
  for (const [where, text] of personTexts(c))
    if (says(DOUBLED_WORD, text) || says(UPPER_CASED_BRAND, text))
      problems.push(`${where} misfilled: ${text.slice(0, 60)}`);

  // A step that points at "the number below" shows one; interpreter advice only for those who may need it.
  for (const s of steps)
    if (/number below/.test(s.how.en) && !s.facts.some((f) => f.id === 'support' && f.value !== null))
      problems.push(`${s.id} points at a phone number it does not show`);
  if (holder === 'japanese-national')
    for (const [where, text] of personTexts(c))
      if (says(INTERPRETER, text)) problems.push(`${where} offers an interpreter to a Japanese national`);

  // A port is no cancellation: no title waits for one.
  if (numberPlan === 'keep' && !travel)
    for (const s of steps)
      if (/after the cancellation/.test(s.title.en)) problems.push(`${s.id} title waits for a cancellation`);

  // Documents follow the path: the reservation number only where it is the step, not beside One-Stop.
  const documentIds = c.documents.map((d) => d.id);
  const numberStep = steps.some((s) => stepData.get(s.id)?.route === 'mnp-number' && !s.fallback);
  if (documentIds.includes('mnp-number') !== numberStep)
    problems.push(`reservation-number document ${numberStep ? 'missing' : 'listed beside One-Stop'}`);

  // Texts resolved, references present, facts honest.
  const docIds = new Set(c.documents.map((d) => d.id));
  const phraseIds = new Set(c.phrases.map((p) => p.id));
  for (const s of steps) {
    for (const t of [s.title, s.why, s.how])
      for (const x of Object.values(t)) if (/[{}]/.test(x)) problems.push(`${s.id}: unfilled placeholder`);
    for (const d of s.documentIds) if (!docIds.has(d)) problems.push(`${s.id}: document ${d} missing`);
    for (const p of s.phraseIds) if (!phraseIds.has(p)) problems.push(`${s.id}: phrase ${p} missing`);
    const nullFact = s.facts.some(
      (f) => f.value === null && (CONFIRM_IF_UNKNOWN as ReadonlySet<string>).has(f.id),
    );
    if (nullFact && !s.confirmWithCarrier) problems.push(`${s.id}: unknown fact without confirm`);
    for (const f of s.facts)
      if (f.value !== null && f.sources.length === 0) problems.push(`${s.id}: unsourced ${f.id}`);
  }
  return problems;
}

describe('buildChecklist over every combination of answers (leaving date null and one date)', () => {
  // One test per provider, so each stays well inside the time limit on a busy machine.
  for (const { id } of content.providers)
    it(`meets every rule for ${id} × every answer`, () => {
      let count = 0;
      const failures = new Map<string, string>();
      for (const profile of allProfiles(id)) {
        count++;
        for (const problem of problemsOf(profile, buildChecklist(profile)))
          if (!failures.has(problem)) failures.set(problem, JSON.stringify(profile));
      }
      // Card × number plan (a kept number to each new carrier, ended, kept while away) × channel ×
      // where and when × phone × instalments × holder.
      expect(count).toBe(
        2 * (1 + NEW_PROVIDERS.length + 1) * 7 * WHEREABOUTS.length * 2 * 3 * HOLDER_TYPES.length,
      );
      expect([...failures].map(([problem, profile]) => `${problem} — e.g. ${profile}`)).toEqual([]);
    });
});

describe('plans over every combination: already left, three days left, the number kept', () => {
  /** One holder and one instalment answer: the plan's dates do not depend on them. */
  const sample = (id: string) =>
    [...allProfiles(id)].filter((p) => p.holderType === 'foreign-resident' && p.instalments === 'yes');
  const open = (plan: ReturnType<typeof computePlan>) =>
    plan.items.filter((i) => !i.done && !i.fallback && i.latest !== null);

  for (const { id } of content.providers)
    it(`dates ${id}'s plans from today abroad, and says what fits in the last days`, () => {
      const failures = new Map<string, string>();
      const fail = (problem: string, profile: Profile) => {
        if (!failures.has(problem)) failures.set(problem, JSON.stringify(profile));
      };
      for (const profile of sample(id)) {
        const checklist = buildChecklist(profile);
        const routeStep = allSteps(checklist).find((s) => stepData.get(s.id)?.route && !s.fallback);
        if (isAbroad(profile)) {
          // Abroad: nothing waits for a day in Japan, nothing is dated before today, no airport.
          const today = '2026-12-07';
          const plan = computePlan({ checklist, profile, progress: {}, today });
          if (!plan.abroad) fail('abroad plan not marked abroad', profile);
          if (plan.shortNotice) fail('a short stay for someone already gone', profile);
          for (const item of open(plan)) {
            if ((item.latest ?? '') < today) fail(`${item.stepId} dated before today abroad`, profile);
            if (AIRPORT_STEPS.has(item.stepId)) fail(`${item.stepId} at the airport abroad`, profile);
          }
          const travel = checklist.provider.kind === 'travel-esim';
          const cancels = profile.numberPlan === 'end' && !travel;
          const route = plan.items.find((i) => i.stepId === routeStep?.id);
          if (cancels && !route?.latest) fail(`cancellation ${routeStep?.id} left undated abroad`, profile);
          if (cancels && route?.earliest !== today) fail('cancellation abroad not from today', profile);
        } else if (profile.leavingDate) {
          // Two days left: every open dated step either fits before leaving or can wait until abroad.
          const today = '2027-03-29';
          const plan = computePlan({ checklist, profile, progress: {}, today });
          const notice = plan.shortNotice;
          if (notice?.daysLeft !== 2) {
            fail('no short notice two days before leaving', profile);
            continue;
          }
          const before = new Set(notice.beforeLeaving);
          const after = new Set(notice.fromAbroad);
          for (const item of open(plan)) {
            if (before.has(item.stepId) === after.has(item.stepId))
              fail(`${item.stepId} neither before leaving nor from abroad`, profile);
            if (before.has(item.stepId) && (item.latest ?? '') > profile.leavingDate)
              fail(`${item.stepId} said to fit before leaving but dated after`, profile);
          }
          const onlineToo = (provider: ProviderData | undefined) =>
            (profile.numberPlan === 'keep'
              ? provider?.facts.mnpChannels
              : provider?.facts.cancelChannels
            )?.value?.some((c) => c === 'online' || c === 'app') === true;
          const atShop = routeStep?.id.endsWith('shop') === true;
          const provider = content.providers.find((p) => p.id === id);
          const saysMoveOnline = notice.advice.some((a) => a.en.includes('A shop visit must still fit'));
          if (saysMoveOnline !== (atShop && onlineToo(provider)))
            fail(`shop advice ${saysMoveOnline ? 'without a shop visit' : 'missing'}`, profile);
        }
        if (profile.numberPlan === 'hold' && checklist.provider.kind !== 'travel-esim') {
          const plan = computePlan({ checklist, profile, progress: {}, today: '2026-12-07' });
          if (plan.lineEnds !== null || plan.finalBillBy !== null) fail('a kept line given an end', profile);
        }
      }
      expect([...failures].map(([problem, profile]) => `${problem} — e.g. ${profile}`)).toEqual([]);
    });
});

const docomo: Profile = DOCOMO_ESIM_ONLINE;

const defaultsOf = (skipped: SkippedAnswers): Partial<Profile> =>
  Object.fromEntries(Object.entries(skipped).map(([field, skip]) => [field, skip.value]));

describe('engine', () => {
  it('is deterministic', () => {
    expect(buildChecklist(docomo)).toEqual(buildChecklist(docomo));
    expect(JSON.stringify(buildChecklist(docomo))).toBe(JSON.stringify(buildChecklist({ ...docomo })));
  });

  it('treats an unknown provider id as "another provider / I\'m not sure"', () => {
    const c = buildChecklist({ ...docomo, providerId: 'no-such-carrier' });
    expect(c.provider.id).toBe('unknown');
    expect(allSteps(c).some((s) => s.confirmWithCarrier)).toBe(true);
  });

  it('stamps the content version', () => {
    expect(buildChecklist(docomo).contentVersion).toBe(CONTENT_VERSION);
    expect(CONTENT_VERSION).toMatch(/^\d{4}-\d{2}-\d{2}\.\d+$/);
  });

  it('follows a preferred channel the provider accepts, and falls back with a note when it does not', () => {
    const ids = (p: Profile) => allSteps(buildChecklist(p)).map((s) => s.id);
    expect(ids({ ...docomo, channel: 'shop' })).toContain('cancel.shop');
    const rakutenShop = ids({ ...docomo, providerId: 'rakuten-mobile', channel: 'shop' });
    expect(rakutenShop).toContain('cancel.online');
    expect(rakutenShop).toContain('cancel.channel-unavailable');
    expect(ids({ ...docomo, providerId: 'rakuten-mobile', channel: 'unsure' })).not.toContain(
      'cancel.channel-unavailable',
    );
  });

  it('flags steps whose facts are disputed or unknown', () => {
    const softbank = allSteps(buildChecklist({ ...docomo, providerId: 'softbank', channel: 'unsure' }));
    const cancel = softbank.find((s) => s.id === 'cancel.confirm-channel');
    expect(cancel?.confirmWithCarrier).toBe(true);
    expect(cancel?.facts.find((f) => f.id === 'cancelChannels')).toMatchObject({
      value: null,
      status: 'conflict',
    });
  });

  it('never sends SoftBank cancellations to the phone: it names what the sources say and picks none', () => {
    const steps = allSteps(buildChecklist({ ...docomo, providerId: 'softbank', channel: 'phone' }));
    const ids = steps.map((s) => s.id);
    expect(ids).not.toContain('cancel.phone');
    expect(ids).not.toContain('cancel.online');
    const confirm = steps.find((s) => s.id === 'cancel.confirm-channel');
    expect(confirm?.how.en).toContain('Sources name: online (member page) or shop. No source allows: phone.');
    expect(confirm?.how['zh-CN']).toContain('没有资料允许：电话。');
    expect(confirm?.how.ja).toContain('どの資料も認めていない方法：電話。');
    expect(confirm?.proofKind).toBeUndefined();
    const proof = steps.find((s) => s.id === 'cancel.keep-confirmation');
    expect(proof?.proofKind).toBe('cancellation-request');
  });

  it('ports with One-Stop when both carriers take part, the reservation number only as fallback', () => {
    const keep: Profile = { ...docomo, providerId: 'softbank', numberPlan: 'keep', channel: 'shop' };
    const toPovo = allSteps(buildChecklist({ ...keep, newProviderId: 'povo' }));
    const oneStop = toPovo.find((s) => s.id === 'cancel.mnp-one-stop');
    expect(oneStop?.fallback).toBeUndefined();
    expect(oneStop?.why.en).toContain('SoftBank and povo2.0 both take part');
    expect(toPovo.find((s) => s.id === 'cancel.mnp-shop')?.fallback).toBe(true);

    for (const newProviderId of [null, 'iijmio']) {
      const steps = allSteps(buildChecklist({ ...keep, newProviderId }));
      expect(steps.map((s) => s.id)).not.toContain('cancel.mnp-one-stop');
      expect(steps.find((s) => s.id === 'cancel.mnp-shop')?.fallback).toBeUndefined();
      expect(steps.find((s) => s.id === 'cancel.keep-confirmation')?.proofKind).toBe('mnp-issued');
    }
  });

  it('tailors ID documents, phrases and the residence card to who holds the line', () => {
    const atShop: Profile = { ...docomo, channel: 'shop', leavingDate: '2027-03-31' };
    const of = (holderType: Profile['holderType']) => buildChecklist({ ...atShop, holderType });
    const national = of('japanese-national');
    expect(national.documents.map((d) => d.id)).toContain('id-document-national');
    expect(national.documents.find((d) => d.id === 'id-document-national')?.title.ja).toContain(
      'マイナンバーカード',
    );
    expect(national.phrases.map((p) => p.id)).not.toContain('interpreter');
    expect(allSteps(national).map((s) => s.id)).not.toContain('after.residence-card');
    const visitor = of('visitor');
    expect(visitor.documents.map((d) => d.id)).toContain('id-document-visitor');
    expect(allSteps(visitor).map((s) => s.id)).not.toContain('after.residence-card');
    // Cases stored before the question read as a foreign resident's, as they always did.
    expect(of(undefined)).toEqual(of('foreign-resident'));
    expect(of(undefined).documents.map((d) => d.id)).toContain('id-document');
    expect(of(undefined).phrases.map((p) => p.id)).toContain('interpreter');
  });

  it('shows the member-page path for the case’s purpose only', () => {
    const portalOf = (numberPlan: Profile['numberPlan']) =>
      allSteps(buildChecklist({ ...docomo, numberPlan }))
        .flatMap((s) => s.facts)
        .find((f) => f.id === 'portal')?.value?.en;
    expect(portalOf('end')).not.toMatch(/MNP:/);
    expect(portalOf('keep')).not.toMatch(/to cancel:/);
  });

  it('sets Chinese apart from a Latin name that ends in a digit (povo2.0)', () => {
    const zh = allSteps(buildChecklist({ ...docomo, providerId: 'povo' })).flatMap((s) => [
      s.why['zh-CN'],
      s.how['zh-CN'],
    ]);
    expect(zh.join('\n')).toContain('povo2.0 ');
    expect(zh.filter((t) => /povo2\.0\p{Script=Han}/u.test(t))).toEqual([]);
  });

  it('writes the leaving date as a date in the reader’s language, not as ISO', () => {
    const title = allSteps(buildChecklist({ ...docomo, leavingDate: '2027-03-31' })).find(
      (s) => s.id === 'prepare.leaving-plan',
    )?.title;
    expect(title?.en).toContain('March 31, 2027');
    expect(title?.['zh-CN']).toContain('2027年3月31日');
    expect(title?.ja).toContain('2027年3月31日');
    expect(Object.values(title ?? {}).filter((t) => t.includes('2027-03-31'))).toEqual([]);
  });

  it('keeps eSIM facts out of a SIM-card case', () => {
    const facts = (cardKind: Profile['cardKind']) =>
      allSteps(buildChecklist({ ...docomo, cardKind })).flatMap((s) => s.facts.map((f) => f.id));
    expect(facts('esim')).toContain('esim-delete-needs-sms');
    expect(facts('physical')).not.toContain('esim-delete-needs-sms');
  });

  it('a travel eSIM’s checklist cannot change with the answers the interview skips for it', () => {
    const provider = listProviders().find((p) => p.kind === 'travel-esim');
    if (!provider) throw new Error('no travel eSIM in the content');
    const skipped = skippedAnswers(provider, undefined);
    const base: Profile = { ...docomo, providerId: provider.id, leavingDate: '2027-01-10' };
    const expected = buildChecklist({ ...base, ...defaultsOf(skipped) });
    const variants: Partial<Profile>[] = [
      { cardKind: 'physical' },
      { contractKind: 'prepaid' },
      { numberPlan: 'keep', newProviderId: 'povo' },
      ...(['online', 'app', 'shop', 'phone'] as const).map((channel) => ({ channel })),
      { phone: 'return' },
      { instalments: 'yes' },
      { holderType: 'japanese-national' },
      { holderType: 'foreign-resident' },
    ];
    for (const variant of variants) expect(buildChecklist({ ...base, ...variant })).toEqual(expected);
  });
  it('a kept line’s checklist cannot change with the answers the interview skips for it', () => {
    const base: Profile = { ...docomo, numberPlan: 'hold', leavingDate: '2027-01-10' };
    for (const providerId of ['docomo', 'povo', 'au', 'mobal', 'rakuten-mobile'])
      for (const whereabouts of ['in-japan', 'abroad'] as const) {
        const profile: Profile = { ...base, providerId, whereabouts };
        const provider = listProviders().find((p) => p.id === providerId);
        const skipped = skippedAnswers(provider, 'hold');
        expect(Object.keys(skipped).sort()).toEqual(['billClosingDay', 'channel', 'newProviderId', 'phone']);
        const expected = buildChecklist({ ...profile, ...defaultsOf(skipped) });
        const variants: Partial<Profile>[] = [
          { newProviderId: 'povo' },
          ...(['online', 'app', 'shop', 'phone', 'no-shop', 'proxy'] as const).map((channel) => ({
            channel,
          })),
          { billClosingDay: '20' },
          { phone: 'return' },
        ];
        for (const variant of variants) expect(buildChecklist({ ...profile, ...variant })).toEqual(expected);
      }
  });

  it('keeps a line while away the provider’s way, and asks where it has none in reach', () => {
    const kept = (providerId: string, whereabouts: Profile['whereabouts'] = 'in-japan') =>
      allSteps(
        buildChecklist({ ...docomo, providerId, numberPlan: 'hold', leavingDate: '2027-01-10', whereabouts }),
      ).map((s) => s.id);
    expect(kept('povo')).toEqual(expect.arrayContaining(['cancel.hold-topup', 'after.hold-next-topping']));
    expect(kept('docomo')).toEqual(expect.arrayContaining(['cancel.hold-apply', 'after.hold-end']));
    expect(kept('mobal', 'abroad')).toContain('cancel.hold-apply');
    // au's 一時休止 is at a shop, the holder in person: not from abroad.
    expect(kept('au')).toContain('cancel.hold-apply');
    expect(kept('au', 'abroad')).toContain('cancel.hold-ask');
    // Rakuten Mobile offers no pause; ahamo is not taken by docomo's storage.
    expect(kept('rakuten-mobile')).toContain('cancel.hold-ask');
    expect(kept('ahamo')).toContain('cancel.hold-ask');
    expect(kept('docomo')).not.toContain('cancel.online');
    expect(listProviders().find((p) => p.id === 'au')?.keepWhileAway?.fromAbroad).toBe(false);
    const povo = listProviders().find((p) => p.id === 'povo')?.keepWhileAway;
    expect(povo?.fromAbroad).toBe(true);
    expect(povo?.summary.en).toContain('within 180 days');
    expect(listProviders().find((p) => p.id === 'rakuten-mobile')?.keepWhileAway).toBeUndefined();
  });

  it('sends a proxy only where a source allows one, with the rule of who and what', () => {
    const proxy = (providerId: string) =>
      buildChecklist({ ...docomo, providerId, channel: 'proxy', whereabouts: 'abroad', leavingDate: null });
    const au = proxy('au');
    expect(allSteps(au).map((s) => s.id)).toContain('cancel.proxy');
    expect(au.proxy?.who.map((w) => w.id)).toEqual(['family', 'care-facility-staff', 'guardian']);
    expect(au.proxy?.brings.map((b) => b.label.en)).toContain('your ID (a copy is fine)');
    // The proxy says the phrases at the counter; what works from abroad is still said to her.
    expect(au.phrases.length).toBeGreaterThan(0);
    expect(
      allSteps(au)
        .find((s) => s.id === 'prepare.abroad-access')
        ?.facts.map((f) => f.id),
    ).toEqual(expect.arrayContaining(['abroad', 'supportAbroad']));
    expect(proxy('docomo').proxy).toMatchObject({ ownForm: true, holderWritesLetter: true });
    expect(proxy('docomo').proxy?.formUrl).toMatch(/^https:\/\/www\.nttdocomo\.co\.jp\//);
    // No source on proxies (LINEMO, online only), or no shop: nobody is sent, and the step says why.
    for (const providerId of ['linemo', 'rakuten-mobile', 'iijmio']) {
      const c = proxy(providerId);
      expect(c.proxy).toBeNull();
      expect(allSteps(c).map((s) => s.id)).toContain('cancel.proxy-unavailable');
      expect(allSteps(c).map((s) => s.id)).not.toContain('cancel.proxy');
    }
    expect(
      listProviders()
        .filter((p) => p.proxyAllowed)
        .map((p) => p.id),
    ).toEqual(['docomo', 'au', 'softbank', 'ymobile']);
  });

  it('gives someone abroad only ways that work from there, with what they need and numbers from sources', () => {
    const abroad: Profile = { ...docomo, providerId: 'ymobile', cardKind: 'physical', whereabouts: 'abroad' };
    const steps = allSteps(buildChecklist({ ...abroad, channel: 'shop' }));
    const ids = steps.map((s) => s.id);
    expect(ids).toContain('cancel.online');
    expect(ids).not.toContain('cancel.shop');
    expect(ids).not.toContain('cancel.phone');
    expect(ids).toContain('prepare.abroad-access');
    expect(ids).toContain('prepare.proxy-offer');
    expect(ids).not.toContain('after.residence-card');
    expect(ids).toContain('after.residence-card-post');
    const access = steps.find((s) => s.id === 'prepare.abroad-access');
    expect(access?.facts.map((f) => f.id)).toEqual(['abroad', 'portal']);
    // SoftBank's cancel channels are unsettled: ask from abroad, with its international line shown.
    const softbank = allSteps(buildChecklist({ ...abroad, providerId: 'softbank' }));
    const ask = softbank.find((s) => s.id === 'cancel.remote-confirm-channel');
    expect(ask?.how.en).toContain('Sources name: online (member page) or shop.');
    expect(ask?.facts.find((f) => f.id === 'supportAbroad')?.value?.en).toContain('+81-92-687-0025');
    expect(ask?.facts.map((f) => f.id)).not.toContain('support');
  });

  it('lists providers carriers first, generic entries last', () => {
    const kinds = listProviders().map((p) => p.kind);
    const order = ['carrier', 'sub-brand', 'mvno', 'foreigner-focused', 'travel-esim', 'generic'];
    expect([...kinds].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(kinds);
    expect(listProviders().at(-1)?.id).toBe('unknown');
    expect(listProviders()).toHaveLength(content.providers.length);
  });

  it('allows official and government hosts only', () => {
    const hosts = allowedExternalHosts();
    expect(hosts).toContain('www.moj.go.jp');
    expect(hosts).toContain('www.gov-online.go.jp');
    expect(hosts).toContain('www.docomo.ne.jp');
    expect(hosts).not.toContain('www.cancelatlas.com');
    // The host t.me itself (about.mercari.com, a service's own page since issue 20, holds "t.me" inside).
    expect(hosts.join()).not.toMatch(/(^|,)([\w-]+\.)*t\.me(,|$)|telegram|esim\x31088|post\x69mg/);
    expect([...hosts].sort()).toEqual(hosts);
  });
});

describe('applyProgress', () => {
  const progress = (done: boolean, title: string): StepProgress => ({
    done,
    note: '',
    history: [{ done, at: '2026-11-20T10:00:00.000Z' }],
    titleSnapshot: verbatim(title),
  });

  it('keeps ticks of steps that left the content as retired, under their old title', () => {
    const c = buildChecklist(docomo);
    const { retired } = applyProgress(c, {
      'cancel.online': progress(true, 'Cancel online'),
      'prepare.removed-in-a-later-version': progress(true, 'Old step'),
      'device.sim-ask': progress(false, 'Ask about the SIM'),
      'prepare.untouched': {
        done: false,
        note: '',
        history: [],
        titleSnapshot: { ...verbatim('y'), 'zh-CN': 'x', ja: 'z' },
      },
    });
    expect(retired.map((r) => [r.id, r.reason, r.title.en])).toEqual([
      ['device.sim-ask', 'not-applicable', 'Ask about the SIM'],
      ['prepare.removed-in-a-later-version', 'removed', 'Old step'],
    ]);
    expect(retired[1]?.progress.history).toHaveLength(1);
  });

  it('keeps ticks on ids that survive: a checklist built again has the same ids', () => {
    const before = allSteps(buildChecklist(docomo)).map((s) => s.id);
    const after = allSteps(buildChecklist({ ...docomo })).map((s) => s.id);
    expect(after).toEqual(before);
  });
});
