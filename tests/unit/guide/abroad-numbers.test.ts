// Phone numbers shown to someone who has already left Japan must be dialable from abroad: a number
// written the domestic way (03-…, 0120-…, 0570-…) or a short code (151, 157, 188) cannot be, so a text
// that gives one must also give the international form (+81 …) the sources allow.
import { describe, expect, it } from 'vitest';
import { services } from '../../../data/services';
import { complaintRoutesFor } from '../../../electron/guide/complaint-routes';
import { buildChecklist, listProviders } from '../../../electron/guide/engine';
import { isAbroad } from '../../../electron/guide/relevance';
import type { Checklist, LocalizedText, Profile, ResolvedFact } from '../../../electron/guide/types';
import { allProfiles } from '../../fixtures/all-profiles';

/** Every service chosen: each one's "once the number is gone" facts are shown. */
const ALL_SERVICES = { chosen: services.map((s) => s.id), custom: [] };

/** A Japanese number as dialled inside Japan: a leading 0, digits in groups. */
const DOMESTIC = /(?<![\d+])0(\d{1,4})-(\d{1,4})-(\d{3,4})(?!\d)/g;
/** Free-dial and navi-dial numbers: no international form exists, another number must be beside them. */
const NON_GEOGRAPHIC = /^(120|800|570)$/;
/** A short code dialled in Japan (docomo's 151, au's 157, the consumer hotline 188). */
const SHORT_CODE = /\b(dial|call|calling)\s+1\d\d\b/i;

/** What is wrong with one text for someone abroad, or null. */
function domesticNumberProblem(text: string): string | null {
  for (const m of text.matchAll(DOMESTIC)) {
    const [whole, area, middle, last] = m;
    if (NON_GEOGRAPHIC.test(area ?? '')) {
      if (!text.includes('+81'))
        return `${whole} cannot be dialled from abroad and no +81 number is beside it`;
    } else if (!text.replace(/\s/g, '-').includes(`+81-${area}-${middle}-${last}`)) {
      return `${whole} without its international form +81-${area}-${middle}-${last}`;
    }
  }
  if (SHORT_CODE.test(text)) return `a short code only dialable in Japan: ${text.match(SHORT_CODE)?.[0]}`;
  return null;
}

const texts = (t: LocalizedText | null | undefined) => Object.values(t ?? {});
const factTexts = (f: ResolvedFact) => [...texts(f.value), ...texts(f.note)];

/** Everything someone abroad reads in a checklist: steps, their facts, documents and phrases. */
function* checklistTexts(c: Checklist): Generator<[string, string]> {
  for (const s of c.phases.flatMap((p) => p.steps)) {
    for (const x of [...texts(s.title), ...texts(s.why), ...texts(s.how)]) yield [s.id, x];
    for (const f of s.facts) for (const x of factTexts(f)) yield [`${s.id} fact ${f.id}`, x];
  }
  for (const d of c.documents) for (const x of [...texts(d.title), ...texts(d.why)]) yield [d.id, x];
  for (const p of c.phrases) for (const x of [...texts(p.meaning), ...texts(p.context)]) yield [p.id, x];
}

describe('numbers shown to someone already abroad', () => {
  it('knows a domestic number from one dialable abroad', () => {
    expect(domesticNumberProblem('call 03-5796-7112 (weekdays)')).toMatch(/\+81-3-5796-7112/);
    expect(domesticNumberProblem('call +81-3-5796-7112 (weekdays)')).toBeNull();
    expect(domesticNumberProblem('03-5449-0906 (from abroad +81-3-5449-0906)')).toBeNull();
    expect(domesticNumberProblem('the hotline, 0120-95-0178')).toMatch(/cannot be dialled/);
    expect(domesticNumberProblem('0120-95-0178; from abroad +81-3-6734-0170')).toBeNull();
    expect(domesticNumberProblem('Dial 188 in Japan')).toMatch(/short code/);
    expect(domesticNumberProblem('from 2020-10-21, 14 days')).toBeNull();
  });

  it('gives every provider’s checklist, services and complaint routes abroad only numbers dialable there', () => {
    const problems = new Map<string, string>();
    const seen = new Set<string>();
    const check = (where: string, text: string) => {
      if (seen.has(text)) return;
      seen.add(text);
      const problem = domesticNumberProblem(text);
      if (problem) problems.set(`${where}: ${problem}`, text.slice(0, 120));
    };
    const providers = listProviders();
    for (const profile of allProfiles()) {
      if (!isAbroad(profile) || profile.phone !== 'keep' || profile.instalments !== 'no') continue;
      for (const [where, text] of checklistTexts(buildChecklist(profile, ALL_SERVICES))) check(where, text);
      const provider = providers.find((p) => p.id === profile.providerId);
      if (!provider) throw new Error(`unknown provider ${profile.providerId}`);
      const routes = complaintRoutesFor(profile as Pick<Profile, 'whereabouts' | 'holderType'>, provider);
      for (const f of [...routes.provider, ...routes.publicBodies.flatMap((b) => b.facts)])
        for (const x of factTexts(f)) check(`complaint ${f.id}`, x);
    }
    expect(Object.fromEntries(problems)).toEqual({});
  });
});
