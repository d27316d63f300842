// How old a step's facts are, and how many pages back each: what the checklist warns about.
import { describe, expect, it } from 'vitest';
import { buildChecklist } from '../../../electron/guide/engine';
import {
  daysBetween,
  isSingleSource,
  newestCheck,
  STALE_AFTER_DAYS,
  staleSince,
} from '../../../electron/guide/freshness';
import type { Source } from '../../../electron/guide/types';
import { DOCOMO_ESIM_ONLINE } from '../../fixtures/profiles';

const source = (checked: string): Source => ({
  url: `https://example.jp/${checked}`,
  checked,
  kind: 'third-party',
});

describe('fact freshness', () => {
  it('counts calendar days across months and leap years', () => {
    expect(daysBetween('2026-11-25', '2026-11-30')).toBe(5);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-11-30', '2026-11-25')).toBe(-5);
  });

  it('dates a fact by its most recently checked source', () => {
    expect(newestCheck({ sources: [source('2026-01-10'), source('2026-11-25'), source('2025-05-01')] })).toBe(
      '2026-11-25',
    );
    expect(newestCheck({ sources: [] })).toBeNull();
  });

  it(`warns only once the newest check is more than ${STALE_AFTER_DAYS} days old`, () => {
    const fact = { sources: [source('2026-01-01')] };
    expect(staleSince([fact], '2026-06-30')).toBeNull(); // 180 days
    expect(staleSince([fact], '2026-07-01')).toBe('2026-01-01'); // 181 days
  });

  it('does not warn when an old page has been backed by a recent one', () => {
    expect(staleSince([{ sources: [source('2024-01-01'), source('2026-11-25')] }], '2026-12-31')).toBeNull();
  });

  it('names the oldest of the stale facts, so the warning is not rosier than the worst one', () => {
    const facts = [
      { sources: [source('2025-06-01')] },
      { sources: [source('2025-02-01')] },
      { sources: [source('2026-11-25')] },
    ];
    expect(staleSince(facts, '2026-11-30')).toBe('2025-02-01');
  });

  it('marks a fact resting on one page', () => {
    expect(isSingleSource({ sources: [source('2026-11-25')] })).toBe(true);
    expect(isSingleSource({ sources: [source('2026-11-25'), source('2026-11-30')] })).toBe(false);
  });

  it('keeps today’s guide fresh, and warns on every step with facts once they age', () => {
    const steps = buildChecklist(DOCOMO_ESIM_ONLINE).phases.flatMap((p) => p.steps);
    const withFacts = steps.filter((s) => s.facts.some((f) => f.sources.length > 0));
    expect(withFacts.length).toBeGreaterThan(0);
    expect(withFacts.filter((s) => staleSince(s.facts, '2026-11-30') !== null).map((s) => s.id)).toEqual([]);
    expect(withFacts.filter((s) => staleSince(s.facts, '2027-11-30') === null).map((s) => s.id)).toEqual([]);
  });
});
