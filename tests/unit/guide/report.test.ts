// `npm run guide:report -- --json`: the sourcing figures a maintainer tracks, from the real script.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { content } from '../../../data/index';
import { planRules } from '../../../data/plan-rules';
import type { FactKey, ProviderFacts, SourceData } from '../../../data/schema';
import { isBacked, providerFactNumbers } from '../../../electron/guide/backing';
import { allProfiles } from '../../fixtures/all-profiles';

const ROOT = path.resolve(import.meta.dirname, '../../..');

describe('guide report', () => {
  it('counts facts citing an official page, single-source facts and the profiles the engine test walks', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/guide-report.ts', '--json'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const report = JSON.parse(out) as Record<string, unknown>;
    const facts: { sources: SourceData[] }[] = [
      ...content.providers.flatMap((p) => Object.values(p.facts)),
      ...content.globalFacts,
    ];
    expect(report).toMatchObject({
      facts: facts.length,
      facts_official: facts.filter((f) => f.sources.some((s) => s.kind === 'official')).length,
      facts_single_source: facts.filter((f) => f.sources.length === 1).length,
      profiles_checked: [...allProfiles()].length,
    });

    // Issue 21: the facts that state a number a person acts on, backed (official, or two owners) or
    // shown as resting on one source — every one of them either.
    const numeric = [
      ...content.providers.flatMap((p) =>
        (Object.entries(p.facts as ProviderFacts) as [FactKey, NonNullable<ProviderFacts[FactKey]>][])
          .filter(([key, fact]) => providerFactNumbers(key, fact) !== null)
          .map(([, fact]) => isBacked(fact.sources, fact.disputed === true)),
      ),
      ...content.globalFacts.filter((f) => f.numbers).map((f) => isBacked(f.sources)),
    ];
    expect(report).toMatchObject({
      facts_numbers: numeric.length,
      facts_numbers_backed: numeric.filter(Boolean).length,
      facts_numbers_flagged: numeric.filter((b) => !b).length,
      plan_rules: planRules.length,
    });
    expect(report.facts_numbers).toBeGreaterThan(40);
    expect(report.plan_rules_backed).toBeLessThanOrEqual(planRules.length);
  }, 60_000);
});
