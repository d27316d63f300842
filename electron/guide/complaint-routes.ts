// Where a complaint can go, for one case (issue 19): the provider's written routes from data/complaints.ts,
// or one fact saying no page we read names any; then the public bodies that serve this person — those
// that help once abroad always, 188 only while they are still in Japan (isAbroad).
import { complaintRoutes } from '../../data/complaints';
import type { GlobalFactData } from '../../data/schema';
import { content } from '../../data/index';
import { L } from '../../data/text';
import { resolveGlobalFact } from './engine';
import { fillText } from './format';
import { isAbroad } from './relevance';
import type { HolderType, Profile, ProviderSummary, ResolvedFact } from './types';

export interface ComplaintRoutes {
  /** The provider's written routes, or one not-found fact that says so and what to do instead. */
  provider: ResolvedFact[];
  /** Each body's facts, in order; `reach` says whom it serves. */
  publicBodies: { reach: 'anywhere' | 'in-japan'; facts: ResolvedFact[] }[];
}

const globalFacts = new Map(content.globalFacts.map((f) => [f.id, f]));
const routes: Readonly<Record<string, GlobalFactData[]>> = complaintRoutes.providers;

export function complaintRoutesFor(
  profile: Pick<Profile, 'whereabouts' | 'holderType'>,
  provider: Pick<ProviderSummary, 'id' | 'name'>,
): ComplaintRoutes {
  const own = routes[provider.id];
  const holderType = profile.holderType ?? 'foreign-resident';
  return {
    provider: own
      ? own.map(resolveGlobalFact)
      : [
          {
            id: 'complaint-route',
            label: fillText(L('Write to {provider}'), { provider: provider.name }),
            value: null,
            status: 'not-found',
            note: fillText(complaintRoutes.noneFound, { provider: provider.name }),
            sources: [],
          },
        ],
    publicBodies: complaintRoutes.publicBodies
      .filter((body) => body.reach === 'anywhere' || !isAbroad(profile))
      .map((body) => ({
        reach: body.reach,
        facts: body.facts.flatMap((id) => {
          const fact = globalFacts.get(id);
          if (!fact) throw new Error(`data/complaints.ts names unknown global fact ${id}`);
          const holders: readonly HolderType[] | undefined = fact.holderType;
          return !holders || holders.includes(holderType) ? [resolveGlobalFact(fact)] : [];
        }),
      }))
      .filter((body) => body.facts.length > 0),
  };
}
