// The engine against every combination of profile answers, plus its smaller promises.
import { describe, expect, it } from 'vitest';
import { content } from '../../../data/index';
import type { Channel, StepData } from '../../../data/schema';
import {
  allowedExternalHosts,
  applyProgress,
  buildChecklist,
  CONFIRM_IF_UNKNOWN,
  CONTENT_VERSION,
  listProviders,
} from '../../../electron/guide/engine';
import { allProfiles } from '../../fixtures/all-profiles';
import { DOCOMO_ESIM_ONLINE } from '../../fixtures/profiles';
import { PHASES, type Checklist, type Profile, type StepProgress } from '../../../electron/guide/types';

const stepData = new Map<string, StepData>(content.steps.map((s) => [s.id, s]));
const allSteps = (c: Checklist) => c.phases.flatMap((p) => p.steps);

/** Every rule the issue asks of a checklist; returns what is wrong, empty when all is well. */
function problemsOf(profile: Profile, c: Checklist): string[] {
  const problems: string[] = [];
  const provider = content.providers.find((p) => p.id === profile.providerId);
  if (!provider) return ['unknown provider in the enumeration'];
  const steps = allSteps(c);
  const ids = steps.map((s) => s.id);
  const has = (id: string) => ids.includes(id);
  const travel = provider.kind === 'travel-esim';

  if (steps.length === 0) problems.push('empty checklist');
  if (c.phases.map((p) => p.phase).join() !== PHASES.join()) problems.push('phases out of order');
  for (const p of c.phases)
    for (const s of p.steps) if (s.phase !== p.phase) problems.push(`${s.id} in ${p.phase}`);
  if (new Set(ids).size !== ids.length) problems.push('duplicate step');

  // A cancel step through a channel the provider accepts for this purpose.
  const cancelSteps = c.phases.find((p) => p.phase === 'cancel')?.steps ?? [];
  if (travel) {
    if (!has('cancel.travel-autorenew')) problems.push('travel eSIM without its cancel step');
  } else {
    const purpose = profile.numberPlan === 'keep' ? 'mnp' : 'cancel';
    const known: Channel[] | null =
      (purpose === 'mnp' ? provider.facts.mnpChannels : provider.facts.cancelChannels)?.value ?? null;
    const viaSteps = cancelSteps.map((s) => stepData.get(s.id)?.via).filter((v) => v !== undefined);
    if (viaSteps.length !== 1) problems.push(`${viaSteps.length} channel steps, expected exactly 1`);
    for (const via of viaSteps) {
      if (via.purpose !== purpose)
        problems.push(`channel step for ${via.purpose} when the plan is ${purpose}`);
      if (known && !known.includes(via.channel)) problems.push(`channel ${via.channel} not accepted`);
      if (!known || known.includes(profile.channel as Channel))
        if (profile.channel !== 'unsure' && via.channel !== profile.channel)
          problems.push('ignored a usable preference');
    }
  }
  if (!steps.some((s) => s.phase === 'cancel' && s.producesProof)) problems.push('no proof step in cancel');

  // Device rules.
  if (has('device.esim-delete') !== (profile.cardKind === 'esim' && !travel))
    problems.push('eSIM step mismatch');
  if (has('device.travel-expire') !== (profile.cardKind === 'esim' && travel))
    problems.push('travel eSIM step mismatch');
  const rule = provider.facts.simReturn?.value?.rule ?? null;
  const physical = profile.cardKind === 'physical';
  if (has('device.sim-mail-back') !== (physical && rule === 'mail-back'))
    problems.push('SIM mail-back mismatch');
  if (has('device.sim-cut-dispose') !== (physical && (rule === 'self-dispose' || rule === 'either')))
    problems.push('SIM dispose mismatch');
  if (has('device.sim-ask') !== (physical && rule === null)) problems.push('SIM ask mismatch');

  // Leaving Japan.
  const leaving = profile.leavingDate !== null;
  if (has('after.hotline-188') !== (leaving && !travel)) problems.push('188 step mismatch');
  if (!travel && has('after.residence-card') !== leaving) problems.push('residence card step mismatch');

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

describe('buildChecklist over every combination of answers', () => {
  it('meets every rule for every provider × every answer (leaving date null and one date)', () => {
    let count = 0;
    const failures = new Map<string, string>();
    for (const profile of allProfiles()) {
      count++;
      for (const problem of problemsOf(profile, buildChecklist(profile)))
        if (!failures.has(problem)) failures.set(problem, JSON.stringify(profile));
    }
    expect(count).toBe(content.providers.length * 2 * 4 * 2 * 5 * 2 * 2 * 3);
    expect([...failures].map(([problem, profile]) => `${problem} — e.g. ${profile}`)).toEqual([]);
  });
});

const docomo: Profile = DOCOMO_ESIM_ONLINE;

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
    const cancel = softbank.find((s) => s.id === 'cancel.online');
    expect(cancel?.confirmWithCarrier).toBe(true);
    expect(cancel?.facts.find((f) => f.id === 'cancelChannels')).toMatchObject({
      value: null,
      status: 'conflict',
    });
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
    expect(hosts.join()).not.toMatch(/t\.me|telegram|esim\x31088|post\x69mg/);
    expect([...hosts].sort()).toEqual(hosts);
  });
});

describe('applyProgress', () => {
  const progress = (done: boolean, title: string): StepProgress => ({
    done,
    note: '',
    history: [{ done, at: '2026-11-20T10:00:00.000Z' }],
    titleSnapshot: { 'zh-CN': title, en: title, ja: title },
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
        titleSnapshot: { 'zh-CN': 'x', en: 'y', ja: 'z' },
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
