// Calendar days for the plan and the bills: YYYY-MM-DD strings in Japan's calendar (the carrier's month
// and cut-offs are Japan time), their arithmetic, and the texts whose {placeholders} take them (in
// words, through the app's one day formatter). Pure: no clock of its own.
import { Temporal } from 'temporal-polyfill';
import { formatDay, formatMonth } from '../shared/format';
import { LOCALES, type LocalizedText } from './types';

export const JAPAN_ZONE = 'Asia/Tokyo';
/** Due today or within this many days after it counts as due soon. */
export const DUE_SOON_DAYS = 3;

// Calendar days are YYYY-MM-DD strings; their arithmetic runs on UTC midnights, which has no zone
// (and Date.UTC knows month lengths and leap years). Only turning a day and a time into an instant,
// or an instant into a day, depends on the zone: that goes through Temporal (the app's one zone library).
export const DAY_MS = 86_400_000;
export const utcMidnight = (iso: string): number =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
export const isoOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
export const plusDays = (iso: string, days: number): string => isoOf(utcMidnight(iso) + days * DAY_MS);
/** The last day of the month `months` after the one `iso` falls in. */
export const monthEnd = (iso: string, months = 0): string =>
  isoOf(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) + months, 0));
/** Day `dayOfMonth` of the month `months` after `iso`'s, clamped to that month's length. */
export const dayOfMonth = (iso: string, dayOfMonth: number, months = 0): string => {
  const last = monthEnd(iso, months);
  return `${last.slice(0, 8)}${String(Math.min(dayOfMonth, Number(last.slice(8)))).padStart(2, '0')}`;
};
export const daysBetween = (from: string, to: string): number =>
  Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);

/** Japan's UTC offset in minutes at an instant, memoised per hour (the library's lookup is costly). */
const offsets = new Map<number, number>();
function japanOffset(ms: number): number {
  const hour = Math.floor(ms / 3_600_000);
  let offset = offsets.get(hour);
  if (offset === undefined) {
    offset =
      Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(JAPAN_ZONE).offsetNanoseconds / 60e9;
    offsets.set(hour, offset);
  }
  return offset;
}

/** The instant (ISO, UTC) of a wall-clock time on a day in Japan. */
const instants = new Map<string, string>();
export function at(iso: string, hhmm: string): string {
  const key = `${iso}T${hhmm}`;
  const memo = instants.get(key);
  if (memo) return memo;
  const wall = utcMidnight(iso) + (Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))) * 60_000;
  const instant = new Date(wall - japanOffset(wall) * 60_000).toISOString();
  instants.set(key, instant);
  return instant;
}

/** A date-time written in Japan's own offset (as records made in Japan are): its day is the one written. */
const JAPAN_OFFSET_TIME = /^\d{4}-\d{2}-\d{2}T[^Z]*\+09:00$/;

/** The calendar day in Japan at an instant. */
export function japanDay(instant: Date | string): string {
  // Read as written where it can be: parsing a string into a date costs more than all the rest here.
  if (typeof instant === 'string' && JAPAN_OFFSET_TIME.test(instant)) return instant.slice(0, 10);
  const ms = new Date(instant).getTime();
  return isoOf(ms + japanOffset(ms) * 60_000);
}

/** Fills a text's {placeholders}: `YYYY-MM-DD` values become dates in words, `month:YYYY-MM-DD` a month,
 * a text in every language its own language's words. `id` names the text for the memo (the same few
 * texts and dates recur across steps, cases and re-renders). */
export type Param = string | LocalizedText;
const filled = new Map<string, LocalizedText>();
export function fillText(id: string, text: LocalizedText, params: Record<string, Param>): LocalizedText {
  // Built in one pass, without a mapped array and a join: every text the plan and the bills fill asks.
  let memoKey = `${id}|`;
  let first = true;
  for (const [name, value] of Object.entries(params)) {
    memoKey += `${first ? '' : '|'}${name}=${typeof value === 'string' ? value : value.en}`;
    first = false;
  }
  const memo = filled.get(memoKey);
  if (memo) return memo;
  const out = {} as LocalizedText;
  for (const locale of LOCALES)
    out[locale] = text[locale].replace(/\{(\w+)\}/g, (whole, name: string) => {
      const param = params[name];
      if (param === undefined) return whole;
      if (typeof param !== 'string') return param[locale];
      if (/^\d{4}-\d{2}-\d{2}$/.test(param)) return formatDay(param, locale);
      if (param.startsWith('month:')) return formatMonth(param.slice(6), locale);
      return param;
    });
  filled.set(memoKey, out);
  return out;
}
