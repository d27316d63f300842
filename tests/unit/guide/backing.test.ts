// The rule of issue 21: a number a person acts on is backed (the provider's or a government's own page,
// or two owners' pages) or shown as resting on one source — and no fact states one unmarked.
import { describe, expect, it } from 'vitest';
import { content } from '../../../data/index';
import type { FactKey, LocalizedTextData, ProviderFacts } from '../../../data/schema';
import { ownerOf, isGovernmentUrl } from '../../../data/domains';
import { agedSince, checkFact, isBacked, providerFactNumbers } from '../../../electron/guide/backing';
import { buildChecklist } from '../../../electron/guide/engine';
import type { Profile } from '../../../electron/guide/types';
import { DOCOMO_ESIM_ONLINE } from '../../fixtures/profiles';
import { statesNumber } from './texts';

/** The English a fact shows: its value's texts, labels, deadline and penalty, and its note. */
function englishOf(value: unknown, note: LocalizedTextData | undefined): string[] {
  const out: string[] = note ? [note.en] : [];
  const walk = (v: unknown): void => {
    if (v === null || typeof v !== 'object') return;
    if ('en' in v && typeof (v as { en: unknown }).en === 'string') {
      out.push((v as LocalizedTextData).en);
      return;
    }
    for (const inner of Array.isArray(v) ? v : Object.values(v)) walk(inner);
  };
  walk(value);
  return out;
}

describe('numbers a person acts on', () => {
  it('every fact whose text states a number is known to state one (derived, or marked)', () => {
    const unmarked: string[] = [];
    for (const p of content.providers)
      for (const [key, fact] of Object.entries(p.facts as ProviderFacts) as [
        FactKey,
        NonNullable<ProviderFacts[FactKey]>,
      ][]) {
        // A fact without a value states none: the screen says the sources disagree or say nothing.
        const texts = fact.value === null ? [] : englishOf(fact.value, fact.note).filter(statesNumber);
        if (texts.length === 0) continue;
        const derived = providerFactNumbers(key, { ...fact, numbers: undefined });
        if (derived === null && fact.numbers === undefined) unmarked.push(`${p.id}.${key}: ${texts[0]}`);
      }
    for (const f of content.globalFacts) {
      const texts = [f.value.en].filter(statesNumber);
      if (texts.length > 0 && f.numbers === undefined) unmarked.push(`global ${f.id}: ${texts[0]}`);
    }
    expect(unmarked).toEqual([]);
  });

  it('catches the numbers it is meant to catch, and leaves plain words alone', () => {
    for (const text of [
      'costs ¥1,100',
      'open 9:00–20:00',
      'within 8 days',
      'valid 15 days',
      'apply by the 25th',
      'from 2025-03-01',
      'more than 100 MB',
      'call 0120-800-000',
      '1–2 (sometimes 3) months',
    ])
      expect(statesNumber(text), text).toBe(true);
    for (const text of ['Log in with your au ID.', 'povo2.0 アプリ', 'No phone cancellation.'])
      expect(statesNumber(text), text).toBe(false);
  });

  it('every fact that states one is backed or flagged: the checklist carries its kind, so the screen checks it', () => {
    const missing: string[] = [];
    const profiles: Profile[] = content.providers.flatMap((p) =>
      (['keep', 'end'] as const).flatMap((numberPlan) =>
        (['physical', 'esim'] as const).map((cardKind) => ({
          ...DOCOMO_ESIM_ONLINE,
          providerId: p.id,
          numberPlan,
          cardKind,
          leavingDate: '2027-01-20',
          instalments: 'yes',
        })),
      ),
    );
    for (const profile of profiles) {
      const provider = content.providers.find((p) => p.id === profile.providerId)?.facts as
        ProviderFacts | undefined;
      for (const step of buildChecklist(profile).phases.flatMap((ph) => ph.steps))
        for (const fact of step.facts) {
          const data = provider?.[fact.id as FactKey];
          const expected = data
            ? providerFactNumbers(fact.id as FactKey, data)
            : (content.globalFacts.find((g) => g.id === fact.id)?.numbers ?? null);
          if ((expected || undefined) !== fact.numbers)
            missing.push(`${profile.providerId} ${step.id} ${fact.id}`);
          if (fact.numbers && checkFact(fact, '2026-12-07') === null) missing.push(`${fact.id}: not checked`);
        }
    }
    expect([...new Set(missing)]).toEqual([]);
  });
});

describe('backed or one source', () => {
  const page = (url: string, kind: 'official' | 'aggregator' | 'third-party' = 'third-party') => ({
    url,
    kind,
  });

  it('an official page backs a number alone; two pages back it only when their owners differ', () => {
    expect(isBacked([page('https://www.au.com/english/support/faq/eservice/epg00002070', 'official')])).toBe(
      true,
    );
    expect(
      isBacked([page('https://kashi-mo.com/media/14298'), page('https://www.kashi-mo.com/media/15316/')]),
    ).toBe(false);
    expect(
      isBacked([
        page('https://kaiyaku.jp/docomo-kaiyaku'),
        page('https://www.cancelatlas.com/c/ntt-docomo-jp', 'aggregator'),
      ]),
    ).toBe(true);
    // One company's hosts count once: SoftBank's own pages quoted for another provider's fact.
    expect(
      isBacked([
        page('https://ymobile.jp/store/to_beginner/necessaries/'),
        page('https://www.softbank.jp/mobile/'),
      ]),
    ).toBe(false);
    // Community answers on a provider's domain are a user's word, with the provider's domain as owner.
    expect(ownerOf('https://king.mineo.jp/question-answer/1')).toBe('mineo.jp');
  });

  it('knows owners: registrable domains, one company’s brands, hosts where anyone gets a subdomain', () => {
    expect(ownerOf('https://lifestyle.assist-all.co.jp/?p=37649')).toBe('assist-all.co.jp');
    expect(ownerOf('https://povo.jp/library/article-007')).toBe(ownerOf('https://www.au.com/support/AR1/'));
    expect(ownerOf('https://ahamo.com/')).toBe(ownerOf('https://www.docomo.ne.jp/'));
    expect(ownerOf('https://thisjls.blogspot.com/2021/10/')).toBe('thisjls.blogspot.com');
    expect(ownerOf('https://hitorinezumi.cloudfree.jp/wp/20260218-1')).not.toBe(
      ownerOf('https://other.cloudfree.jp/'),
    );
  });

  it('counts prefectures and municipalities as government', () => {
    expect(isGovernmentUrl('https://www.soumu.go.jp/menu_seisaku/')).toBe(true);
    expect(isGovernmentUrl('https://www.city.yokohama.lg.jp/kurashi/')).toBe(true);
    expect(isGovernmentUrl('https://www.pref.aichi.jp/soshiki/')).toBe(true);
    expect(isGovernmentUrl('http://www.city.kamaishi.iwate.jp/kurasu/sodan/detail/1230995_2331.html')).toBe(
      true,
    );
    expect(isGovernmentUrl('https://city-guide.jp/')).toBe(false);
    expect(isGovernmentUrl('https://www.pref-news.jp/')).toBe(false);
  });

  it('says a fee or deadline is old when every source is dated and the newest is over two years old', () => {
    const dated = (pageDate: string) => ({ pageDate });
    expect(agedSince('deadline', [dated('2023-08-25')], '2026-12-07')).toBe('2023');
    expect(agedSince('fee', [dated('2023-08-25'), dated('2025-02-18')], '2026-12-07')).toBeNull();
    // An undated page may be recent: the age is unknown, nothing is said.
    expect(agedSince('fee', [dated('2019-07-19'), dated('n.d.')], '2026-12-07')).toBeNull();
    // A phone number is not a fee or a deadline.
    expect(agedSince('contact', [dated('2018-07')], '2026-12-07')).toBeNull();
    // A year alone counts from its last day.
    expect(agedSince('deadline', [dated('2024')], '2026-12-07')).toBeNull();
  });
});
