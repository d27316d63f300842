// Where a complaint can go (issue 19): every route is sourced like any fact, none is guessed, every
// provider either has one or says it has none, and 188 is offered only to someone still in Japan.
import { describe, expect, it } from 'vitest';
import { complaintRoutes } from '../../../data/complaints';
import { isGovernmentUrl, PROVIDER_DOMAINS, hostIsUnder } from '../../../data/domains';
import { content } from '../../../data/index';
import { ComplaintRoutesSchema, type GlobalFactData } from '../../../data/schema';
import { STORED_COPY_DAYS } from '../../../data/sources';
import { isSingleSource } from '../../../electron/guide/freshness';
import { checkFact } from '../../../electron/guide/backing';
import { complaintRoutesFor } from '../../../electron/guide/complaint-routes';
import { allowedExternalHosts, listProviders, resolveGlobalFact } from '../../../electron/guide/engine';
import { LOCALES, type Profile } from '../../../electron/guide/types';
import { DOCOMO_PHYSICAL_SHOP } from '../../fixtures/profiles';

const providers = listProviders();
const inJapan: Profile = { ...DOCOMO_PHYSICAL_SHOP, whereabouts: 'in-japan' };
const abroad: Profile = { ...DOCOMO_PHYSICAL_SHOP, whereabouts: 'abroad' };
const routes: Readonly<Record<string, GlobalFactData[]>> = complaintRoutes.providers;

describe('the complaint routes data', () => {
  it('parses, names known providers and known public-body facts', () => {
    expect(ComplaintRoutesSchema.safeParse(complaintRoutes).success).toBe(true);
    const ids = new Set(providers.map((p) => p.id));
    for (const id of Object.keys(routes)) expect(ids, id).toContain(id);
    const facts = new Set(content.globalFacts.map((f) => f.id));
    for (const body of complaintRoutes.publicBodies)
      for (const id of body.facts) expect(facts, id).toContain(id);
  });

  it('cites each route’s sources as the other facts do: official only on the provider’s own domain, read as stored copies', () => {
    const wrong: string[] = [];
    for (const [id, facts] of Object.entries(routes))
      for (const fact of facts)
        for (const s of fact.sources) {
          const own = hostIsUnder(s.url, PROVIDER_DOMAINS[id] ?? []) || isGovernmentUrl(s.url);
          if ((s.kind === 'official') !== own) wrong.push(`${id}: ${s.kind} ${s.url}`);
          if (!STORED_COPY_DAYS.includes(s.checked)) wrong.push(`${id}: checked ${s.checked}`);
        }
    expect(wrong).toEqual([]);
  });

  it('marks every route that gives an address or a number, and backs it by the provider’s own page', () => {
    for (const facts of Object.values(routes))
      for (const fact of facts) {
        const statesContact = /@|\+\d|\d{2,}-\d/.test(fact.value.en);
        expect(fact.numbers === 'contact', fact.id).toBe(statesContact);
        if (statesContact)
          expect(checkFact(resolveGlobalFact(fact), '2026-12-07')?.flagged, fact.id).toBe(false);
      }
    // docomo's route rests on one blog: shown as one source, with nothing to dial or write to.
    const [docomo] = routes['docomo'] ?? [];
    expect(docomo && isSingleSource(docomo)).toBe(true);
    expect(docomo?.value.en).not.toMatch(/@|\+\d|https?:/);
  });

  it('lets the official pages behind the routes be opened (their hosts are on the allow-list)', () => {
    const allowed = new Set(allowedExternalHosts());
    const official = [
      ...Object.values(routes).flat(),
      ...complaintRoutes.publicBodies.flatMap((b) =>
        b.facts.map((id) => content.globalFacts.find((f) => f.id === id)),
      ),
    ].flatMap((f) => f?.sources.filter((s) => s.kind === 'official') ?? []);
    for (const s of official) expect(allowed, s.url).toContain(new URL(s.url).host);
  });
});

describe('complaintRoutesFor', () => {
  it.each(providers.map((p) => [p.id, p] as const))(
    '%s: sourced routes, or one fact saying none was found',
    (_, provider) => {
      const { provider: own } = complaintRoutesFor(inJapan, provider);
      if (routes[provider.id]) {
        expect(own.every((f) => f.status === 'found' && f.value !== null && f.sources.length > 0)).toBe(true);
        return;
      }
      // Never a guessed address: no value, a note naming the provider in every language.
      expect(own).toHaveLength(1);
      expect(own[0]).toMatchObject({ status: 'not-found', value: null, sources: [] });
      for (const locale of LOCALES) {
        expect(own[0]?.note?.[locale]).toContain(provider.name[locale]);
        expect(own[0]?.label[locale]).toContain(provider.name[locale]);
        expect(own[0]?.note?.[locale]).not.toMatch(/\{provider\}|@|https?:/);
      }
    },
  );

  it('offers 188 only to someone still in Japan; the tourists’ hotline and MIC also abroad', () => {
    const softbank = providers.find((p) => p.id === 'softbank');
    if (!softbank) throw new Error('softbank missing');
    const bodies = (profile: Profile) =>
      complaintRoutesFor(profile, softbank).publicBodies.map((b) => [b.reach, b.facts.map((f) => f.id)]);
    expect(bodies(inJapan)).toEqual([
      ['anywhere', ['consumer-hotline-tourists', 'consumer-hotline-tourists-scope']],
      ['anywhere', ['mic-telecom-consultation']],
      ['in-japan', ['consumer-hotline-188']],
    ]);
    expect(bodies(abroad)).toEqual([
      ['anywhere', ['consumer-hotline-tourists', 'consumer-hotline-tourists-scope']],
      ['anywhere', ['mic-telecom-consultation']],
    ]);
    // A case made before the question was asked counts as in Japan.
    expect(bodies({ ...inJapan, whereabouts: undefined }).map(([reach]) => reach)).toContain('in-japan');
    // The tourists' hotline is for foreign visitors and residents, as in the checklist.
    expect(bodies({ ...abroad, holderType: 'japanese-national' })).toEqual([
      ['anywhere', ['mic-telecom-consultation']],
    ]);
  });

  it('says what each public body does and does not do, as its sources say', () => {
    const fact = (id: string) => content.globalFacts.find((f) => f.id === id)?.value.en ?? '';
    expect(fact('mic-telecom-consultation')).toMatch(/cannot mediate/);
    expect(fact('mic-telecom-consultation')).toMatch(
      /No official page we read gives the centre’s phone number/,
    );
    expect(fact('mic-telecom-consultation')).not.toMatch(/\d{2,}-\d/);
    expect(fact('consumer-hotline-tourists-scope')).toMatch(/during their stay in Japan/);
    expect(fact('consumer-hotline-tourists-scope')).toMatch(/in its first year, 36%/);
    expect(fact('consumer-hotline-188')).toMatch(/Japanese only/);
    expect(fact('consumer-hotline-188')).toMatch(/live, work or study/);
  });
});
