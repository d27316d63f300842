// A time the user types is stored with the offset their clock had then, and shown back as they wrote it,
// also on the days daylight saving starts and ends.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatInstant, localDate, systemTimeZone } from '../../../electron/shared/format';
import {
  isInFuture,
  skippedTo,
  toIsoWithOffset,
  toLocalInput,
} from '../../../renderer/src/features/records/time';

describe('entering a time (local wall clock + zone → ISO with offset)', () => {
  it.each([
    // Berlin: clocks go 02:00 → 03:00 on 2026-03-29 and 03:00 → 02:00 on 2026-10-25.
    ['2026-03-29T01:30', 'Europe/Berlin', '2026-03-29T01:30:00+01:00'],
    ['2026-03-29T03:30', 'Europe/Berlin', '2026-03-29T03:30:00+02:00'],
    ['2026-10-25T01:30', 'Europe/Berlin', '2026-10-25T01:30:00+02:00'],
    ['2026-10-25T03:30', 'Europe/Berlin', '2026-10-25T03:30:00+01:00'],
    // Los Angeles: 02:00 → 03:00 on 2026-03-08, 02:00 → 01:00 on 2026-11-01.
    ['2026-03-08T01:30', 'America/Los_Angeles', '2026-03-08T01:30:00-08:00'],
    ['2026-03-08T05:00', 'America/Los_Angeles', '2026-03-08T05:00:00-07:00'],
    ['2026-11-01T00:30', 'America/Los_Angeles', '2026-11-01T00:30:00-07:00'],
    ['2026-11-01T05:00', 'America/Los_Angeles', '2026-11-01T05:00:00-08:00'],
    // Tokyo keeps +09:00 all year.
    ['2026-03-29T01:30', 'Asia/Tokyo', '2026-03-29T01:30:00+09:00'],
    ['2026-11-24T15:30', 'Asia/Tokyo', '2026-11-24T15:30:00+09:00'],
  ])('%s in %s is %s', (local, zone, iso) => {
    expect(toIsoWithOffset(local, zone)).toBe(iso);
    expect(toLocalInput(iso, zone)).toBe(local);
  });

  it('a time the clocks skipped moves forward by the gap; one they showed twice takes the first', () => {
    expect(toIsoWithOffset('2026-03-29T02:30', 'Europe/Berlin')).toBe('2026-03-29T03:30:00+02:00');
    expect(toIsoWithOffset('2026-11-01T01:30', 'America/Los_Angeles')).toBe('2026-11-01T01:30:00-07:00');
  });

  it('gives the same instant whatever zone the computer itself is set to (the repeated hour too)', () => {
    // @date-fns/tz, the plan's zone library until issue 19, read Berlin's repeated 02:30 as +01:00 on a
    // computer set to UTC and as +02:00 on one set to Tokyo: the app now uses Temporal everywhere.
    const before = process.env['TZ'];
    try {
      for (const computer of ['UTC', 'Asia/Tokyo', 'America/Los_Angeles', 'Europe/Berlin']) {
        process.env['TZ'] = computer;
        expect(toIsoWithOffset('2026-10-25T02:30', 'Europe/Berlin'), computer).toBe(
          '2026-10-25T02:30:00+02:00',
        );
        expect(toIsoWithOffset('2026-11-01T01:30', 'America/Los_Angeles'), computer).toBe(
          '2026-11-01T01:30:00-07:00',
        );
      }
    } finally {
      if (before === undefined) delete process.env['TZ'];
      else process.env['TZ'] = before;
    }
  });

  it('a stored UTC instant is shown in the zone it was entered in', () => {
    expect(toLocalInput('2026-11-24T06:30:00Z', 'Asia/Tokyo')).toBe('2026-11-24T15:30');
  });

  it('refuses a zone that does not exist', () => {
    expect(() => toIsoWithOffset('2026-11-24T15:30', 'Mars/Olympus')).toThrow(RangeError);
  });
});

describe('a record dated in the future', () => {
  const now = new Date('2026-12-07T03:00:00Z'); // 12:00 in Tokyo
  it('is told apart by its own zone: two weeks ahead is future, an hour ago is not', () => {
    expect(isInFuture('2026-12-21T10:00', 'Asia/Tokyo', now)).toBe(true);
    expect(isInFuture('2026-12-07T11:00', 'Asia/Tokyo', now)).toBe(false);
    // 05:00 in Berlin is 13:00 in Tokyo: an hour ahead.
    expect(isInFuture('2026-12-07T05:00', 'Europe/Berlin', now)).toBe(true);
    expect(isInFuture('2026-12-07T03:00', 'Europe/Berlin', now)).toBe(false);
  });
  it('says nothing while the time or the zone cannot be read', () => {
    expect(isInFuture('', 'Asia/Tokyo', now)).toBe(false);
    expect(isInFuture('2026-12-21T10:00', 'Mars/Olympus', now)).toBe(false);
  });
});

describe('showing a time (one formatter for screens and report)', () => {
  const tokyo = { timeZone: 'Asia/Tokyo' } as const;

  it('an instant saved at 15:30 in Tokyo reads 15:30 to a reader in Tokyo, in each language', () => {
    const saved = '2026-11-30T06:30:00.000Z';
    expect(formatInstant(saved, { ...tokyo, locale: 'en' })).toBe('November 30, 2026, 3:30 PM');
    expect(formatInstant(saved, { ...tokyo, locale: 'zh-CN' })).toBe('2026年11月30日 15:30');
    expect(formatInstant(saved, { ...tokyo, locale: 'ja' })).toBe('2026年11月30日 15:30');
  });

  it('across the Berlin and Los Angeles transitions the shown hour follows the local clock', () => {
    const berlin = { locale: 'en', timeZone: 'Europe/Berlin' } as const;
    expect(formatInstant('2026-03-29T00:30:00Z', berlin)).toBe('March 29, 2026, 1:30 AM');
    expect(formatInstant('2026-03-29T01:30:00Z', berlin)).toBe('March 29, 2026, 3:30 AM');
    const la = { locale: 'en', timeZone: 'America/Los_Angeles' } as const;
    expect(formatInstant('2026-03-08T09:30:00Z', la)).toBe('March 8, 2026, 1:30 AM');
    expect(formatInstant('2026-03-08T10:30:00Z', la)).toBe('March 8, 2026, 3:30 AM');
    expect(formatInstant('2026-11-01T08:30:00Z', la)).toBe('November 1, 2026, 1:30 AM');
    expect(formatInstant('2026-11-01T09:30:00Z', la)).toBe('November 1, 2026, 1:30 AM');
  });

  it("an event in Japan, read in Berlin, keeps Japan's time and names the zone", () => {
    const visit = toIsoWithOffset('2026-11-24T15:30', 'Asia/Tokyo');
    expect(formatInstant(visit, { locale: 'en', timeZone: 'Europe/Berlin' }, 'Asia/Tokyo')).toBe(
      'November 24, 2026, 3:30 PM (Japan Standard Time)',
    );
    expect(formatInstant(visit, { locale: 'zh-CN', timeZone: 'Europe/Berlin' }, 'Asia/Tokyo')).toBe(
      '2026年11月24日 15:30（日本标准时间）',
    );
    expect(formatInstant(visit, { locale: 'ja', ...tokyo }, 'Asia/Tokyo')).toBe('2026年11月24日 15:30');
  });

  it('file names carry the local date, not the UTC one', () => {
    // 00:30 on 1 December in Tokyo is still 30 November in UTC.
    expect(localDate('2026-11-30T15:30:00Z', 'Asia/Tokyo')).toBe('2026-12-01');
    expect(localDate('2026-11-30T15:30:00Z', 'America/Los_Angeles')).toBe('2026-11-30');
  });
});

describe('a time the clocks skipped (issue 25: said when entered, not silently moved)', () => {
  it.each([
    ['2026-03-08T02:30', 'America/Los_Angeles', '2026-03-08T03:30'],
    ['2026-03-08T02:00', 'America/Los_Angeles', '2026-03-08T03:00'],
    ['2026-03-29T02:30', 'Europe/Berlin', '2026-03-29T03:30'],
  ])('%s in %s did not exist: it would be saved as %s', (local, zone, saved) => {
    expect(skippedTo(local, zone)).toBe(saved);
    expect(toLocalInput(toIsoWithOffset(local, zone), zone)).toBe(saved);
  });

  it.each([
    ['2026-03-08T01:59', 'America/Los_Angeles'],
    ['2026-03-08T03:00', 'America/Los_Angeles'],
    // Shown twice, so it exists (the earlier is taken).
    ['2026-11-01T01:30', 'America/Los_Angeles'],
    ['2026-03-08T02:30', 'Asia/Tokyo'],
    ['', 'America/Los_Angeles'],
    ['2026-03-08T02:30', 'Mars/Olympus'],
  ])('%s in %s is not said to be skipped', (local, zone) => {
    expect(skippedTo(local, zone)).toBeNull();
  });
});

describe("the computer's zone", () => {
  const saved = process.env['TZ'];
  afterEach(() => {
    process.env['TZ'] = saved;
    vi.useRealTimers();
  });

  it('follows a zone changed while the app runs (a traveller lands), within a second', () => {
    vi.useFakeTimers({ now: new Date('2026-12-07T00:00:00Z'), toFake: ['Date'] });
    process.env['TZ'] = 'Asia/Tokyo';
    vi.setSystemTime(new Date('2026-12-07T00:00:05Z'));
    expect(systemTimeZone()).toBe('Asia/Tokyo');
    process.env['TZ'] = 'Europe/Berlin';
    vi.setSystemTime(new Date('2026-12-07T00:00:06.5Z'));
    expect(systemTimeZone()).toBe('Europe/Berlin');
  });
});
