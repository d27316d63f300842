// Whether a number a person acts on can be relied on (issue 21). A fact that states one — a fee, a count
// of days, a deadline, a closing day, a phone number, opening hours, an address — is backed when it cites
// the provider's or a government's own page, or two pages whose owners differ (one company's hosts count
// once; community Q&A on a provider's domain stays a user's word). Otherwise it is flagged: shown, on
// screen and in the report, as resting on one source, with that source. Pure: today is passed in.
import { ownerOf } from '../../data/domains';
import type { FactKey, Numbers, ProviderFacts } from '../../data/schema';
import type { Source } from './types';

export type NumberKind = Exclude<Numbers, false>;

/** A fee or deadline whose newest dated source is older than this is shown with its age. */
export const AGED_AFTER_YEARS = 2;

type AnyProviderFact = NonNullable<ProviderFacts[FactKey]>;

/**
 * The numbers a provider fact states that a person acts on, from its kind and value (a fee list, a
 * support line, a cut-off day or time, a SIM-return address or deadline), else from its own marker
 * (texts and notes: data/schema.ts NumbersSchema). A fact without a value states none: the step says
 * to ask instead.
 */
export function providerFactNumbers(key: FactKey, fact: AnyProviderFact): NumberKind | null {
  if (fact.value === null) return null;
  const derived = derivedNumbers(key, fact);
  if (derived) return derived;
  return fact.numbers === false || fact.numbers === undefined ? null : fact.numbers;
}

function derivedNumbers(key: FactKey, fact: AnyProviderFact): NumberKind | null {
  switch (key) {
    case 'fees':
      return 'fee';
    case 'support':
    case 'supportAbroad':
      return 'contact';
    case 'hold': {
      // A fee where one is given; else the days or months it lasts; else what its note is marked with.
      const hold = fact.value as NonNullable<ProviderFacts['hold']>['value'];
      if (hold?.kind === 'top-up') return 'deadline';
      if (hold?.kind !== 'suspension') return null;
      if (hold.fees.some((fee) => fee.amountYen !== null)) return 'fee';
      return hold.maxMonths !== null ? 'deadline' : null;
    }
    case 'cutoff': {
      const cutoff = fact.value as NonNullable<ProviderFacts['cutoff']>['value'];
      return cutoff && (cutoff.deadlineDay !== null || cutoff.afterHoursFrom !== null) ? 'deadline' : null;
    }
    case 'billClosing':
    case 'earlyCancel':
    case 'mnpMinDaysLeft':
      return 'deadline';
    case 'simReturn': {
      const sim = fact.value as NonNullable<ProviderFacts['simReturn']>['value'];
      if (sim?.deadline) return 'deadline';
      return sim?.address ? 'contact' : null;
    }
    default:
      return null;
  }
}

/** Official (the provider's, or a government's), or pages of at least two different owners that agree
 * (`disputed`: they give different numbers, and the safer is shown). */
export function isBacked(sources: readonly Pick<Source, 'url' | 'kind'>[], disputed = false): boolean {
  if (sources.some((s) => s.kind === 'official')) return true;
  return !disputed && new Set(sources.map((s) => ownerOf(s.url))).size >= 2;
}

/** The newest page date among the sources, when every source shows one (an undated page may be
 * recent, so the age is then unknown); null otherwise. */
export function newestPageDate(sources: readonly Pick<Source, 'pageDate'>[]): string | null {
  let newest: string | null = null;
  for (const s of sources) {
    if (!s.pageDate || s.pageDate === 'n.d.') return null;
    if (newest === null || s.pageDate > newest) newest = s.pageDate;
  }
  return newest;
}

/** The year a fee or deadline was last confirmed, when that is more than AGED_AFTER_YEARS before today
 * (YYYY-MM-DD); null when it is recent, unknown, or the fact states no fee or deadline. */
export function agedSince(
  numbers: NumberKind | undefined | null,
  sources: readonly Pick<Source, 'pageDate'>[],
  today: string,
): string | null {
  if (numbers !== 'fee' && numbers !== 'deadline') return null;
  const newest = newestPageDate(sources);
  if (newest === null) return null;
  // A page dated by its month or year only is read at that period's end: the most recent it can be.
  const newestDay = newest.length === 4 ? `${newest}-12-31` : newest.length === 7 ? `${newest}-31` : newest;
  const limit = `${Number(today.slice(0, 4)) - AGED_AFTER_YEARS}${today.slice(4)}`;
  return newestDay < limit ? newest.slice(0, 4) : null;
}

/** What the screen and the report say of a fact that states numbers. */
export interface FactCheck {
  /** Rests on one source (one owner, none official), or its sources disagree on the number shown:
   * "one source — confirm with …" with that source, or "sources disagree — confirm with …". */
  flagged: boolean;
  /** Flagged because its sources give different numbers (the safer one is shown). */
  disputed: boolean;
  /** The one source it rests on, when flagged and not disputed. */
  source: Source | null;
  /** A fee or deadline last confirmed long ago: the year. */
  aged: string | null;
}

export function checkFact(
  fact: { numbers?: NumberKind; sources: readonly Source[]; disputed?: true },
  today: string,
): FactCheck | null {
  if (!fact.numbers) return null;
  const disputed = fact.disputed === true;
  const flagged = !isBacked(fact.sources, disputed);
  return {
    flagged,
    disputed: flagged && disputed,
    source: flagged && !disputed ? (fact.sources[0] ?? null) : null,
    aged: agedSince(fact.numbers, fact.sources, today),
  };
}
