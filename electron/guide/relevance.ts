// Which interview answers can change a checklist: the interview skips the others, fills them with
// the one answer that fits, and the summary says why. The engine test proves a skipped answer
// cannot change the checklist.
import type { Profile, ProviderSummary } from './types';

export type SkippableField =
  | 'holderType'
  | 'cardKind'
  | 'contractKind'
  | 'numberPlan'
  | 'newProviderId'
  | 'channel'
  | 'phone'
  | 'instalments'
  | 'billClosingDay';

/** travel-esim: a data eSIM has no number to keep, no contract to end by a channel, no handset plan
 * and no ID check; esim-only: the provider sells nothing else; number-ends: no new carrier to name;
 * closing-fixed: the provider closes every customer's bill on the same day; line-kept: the line is kept
 * while away, so nothing is cancelled, ported or handed back. */
export type SkipReason = 'travel-esim' | 'esim-only' | 'number-ends' | 'closing-fixed' | 'line-kept';

export type SkippedAnswers = {
  [F in SkippableField]?: { value: NonNullable<Profile[F]> | null; reason: SkipReason };
};

const TRAVEL: SkippedAnswers = {
  holderType: { value: 'visitor', reason: 'travel-esim' },
  cardKind: { value: 'esim', reason: 'esim-only' },
  contractKind: { value: 'travel-esim', reason: 'travel-esim' },
  numberPlan: { value: 'end', reason: 'travel-esim' },
  newProviderId: { value: null, reason: 'travel-esim' },
  channel: { value: 'unsure', reason: 'travel-esim' },
  phone: { value: 'keep', reason: 'travel-esim' },
  instalments: { value: 'no', reason: 'travel-esim' },
  billClosingDay: { value: null, reason: 'travel-esim' },
};

/** Kept while away: no new carrier, no way to cancel, no closing day to cancel by, no phone to hand back. */
const KEPT: SkippedAnswers = {
  newProviderId: { value: null, reason: 'line-kept' },
  channel: { value: 'unsure', reason: 'line-kept' },
  billClosingDay: { value: null, reason: 'line-kept' },
  phone: { value: 'keep', reason: 'line-kept' },
};

/** The questions not worth asking for this provider (and, once answered, this number plan). The bill's
 * closing day is asked only where it depends on the customer (SoftBank's 10th, 20th or month-end). */
export function skippedAnswers(
  provider: Pick<ProviderSummary, 'kind' | 'asksClosingDay'> | undefined,
  numberPlan: Profile['numberPlan'] | undefined,
): SkippedAnswers {
  if (provider?.kind === 'travel-esim') return TRAVEL;
  if (numberPlan === 'hold') return KEPT;
  const closing: SkippedAnswers = provider?.asksClosingDay
    ? {}
    : { billClosingDay: { value: null, reason: 'closing-fixed' } };
  return numberPlan === 'keep'
    ? closing
    : { ...closing, newProviderId: { value: null, reason: 'number-ends' } };
}

/** The providers a number can move to: not travel eSIMs (no numbers) nor the "other" entries. */
export function isPortTarget(p: Pick<ProviderSummary, 'kind'>): boolean {
  return p.kind !== 'travel-esim' && p.kind !== 'generic';
}

/** The person has already left Japan: shops, counters and the airport are out of reach, and the
 * Japanese number may no longer receive SMS. */
export function isAbroad(profile: Pick<Profile, 'whereabouts'>): boolean {
  return profile.whereabouts === 'abroad';
}
