// How sure a shown fact is: how many pages back it, and how long ago they were last checked.
// Pure: today's date is passed in, so the same content gives the same answer in tests and in the app.
import type { ResolvedFact } from './types';

/** Rules change: a fact whose newest check is older than this is shown with a "confirm" warning. */
export const STALE_AFTER_DAYS = 180;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Days from one YYYY-MM-DD date to another, counted on the calendar (no time zone involved). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The latest date any of the fact's sources was checked, or null when it has none. */
export function newestCheck(fact: Pick<ResolvedFact, 'sources'>): string | null {
  return fact.sources.reduce<string | null>(
    (max, s) => (max === null || s.checked > max ? s.checked : max),
    null,
  );
}

/** A fact that rests on one page only: worth saying so next to it. */
export function isSingleSource(fact: Pick<ResolvedFact, 'sources'>): boolean {
  return fact.sources.length === 1;
}

/**
 * For a step's facts: the oldest "newest check" among the facts last checked more than
 * STALE_AFTER_DAYS before `today` (YYYY-MM-DD), or null when every fact was checked recently enough.
 */
export function staleSince(facts: readonly Pick<ResolvedFact, 'sources'>[], today: string): string | null {
  let oldest: string | null = null;
  for (const fact of facts) {
    const checked = newestCheck(fact);
    if (checked === null || daysBetween(checked, today) <= STALE_AFTER_DAYS) continue;
    if (oldest === null || checked < oldest) oldest = checked;
  }
  return oldest;
}
