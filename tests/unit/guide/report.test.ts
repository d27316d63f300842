// `npm run guide:report -- --json`: the sourcing figures a maintainer tracks, from the real script.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { content } from '../../../data/index';
import type { SourceData } from '../../../data/schema';
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
  }, 60_000);
});
