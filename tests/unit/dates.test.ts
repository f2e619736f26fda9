import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import fc from 'fast-check';
import { isStoryDate, parseStoryDate, wallClockToUtc, zoneOffset } from '../../src/story/dates.js';
import { assertFarTimeZone } from '../time-zone.js';

describe('story dates', () => {
  // The machine runs in a time zone far from the stories', so a shift would show.
  before(assertFarTimeZone);

  it('reads the precision from the text', () => {
    assert.equal(parseStoryDate('2019', 'Europe/London')?.precision, 'year');
    assert.equal(parseStoryDate('2019-07', 'Europe/London')?.precision, 'month');
    assert.equal(parseStoryDate('2019-07-10', 'Europe/London')?.precision, 'day');
    assert.equal(parseStoryDate('2019-07-10T18:30', 'Europe/London')?.precision, 'minute');
  });

  it('keeps calendar dates on their calendar day in any time zone', () => {
    for (const zone of ['Europe/London', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      const day = parseStoryDate('2019-07-10', zone)!;
      assert.equal(day.kind, 'calendar');
      assert.equal(new Date(day.wall).toISOString(), '2019-07-10T00:00:00.000Z');
      assert.equal(day.wallEnd - day.wall, 86_400_000);
    }
  });

  it('spans a month or a year as a whole period', () => {
    const month = parseStoryDate('2019-12', 'Europe/London')!;
    assert.equal(new Date(month.wall).toISOString().slice(0, 10), '2019-12-01');
    assert.equal(new Date(month.wallEnd).toISOString().slice(0, 10), '2020-01-01');
    const year = parseStoryDate('2019', 'Europe/London')!;
    assert.equal(new Date(year.wallEnd).toISOString().slice(0, 10), '2020-01-01');
  });

  it("reads a time without an offset on the story's wall clock (British Summer Time in July)", () => {
    const evening = parseStoryDate('2019-07-09T21:00', 'Europe/London')!;
    assert.equal(evening.kind, 'instant');
    assert.equal(new Date(evening.utc).toISOString(), '2019-07-09T20:00:00.000Z');
    assert.equal(new Date(evening.wall).toISOString(), '2019-07-09T21:00:00.000Z');
  });

  it('honours an explicit offset and still places it on the story wall clock', () => {
    const washington = parseStoryDate('2019-07-09T09:00-04:00', 'Europe/London')!;
    assert.equal(new Date(washington.utc).toISOString(), '2019-07-09T13:00:00.000Z');
    assert.equal(new Date(washington.wall).toISOString(), '2019-07-09T14:00:00.000Z');
  });

  it('lets a precision coarsen a time but never refine a date', () => {
    const hour = parseStoryDate('2019-07-09T21:45', 'Europe/London', 'hour')!;
    assert.equal(hour.precision, 'hour');
    assert.equal(new Date(hour.wall).toISOString(), '2019-07-09T21:00:00.000Z');
    assert.equal(parseStoryDate('2019-07-09', 'Europe/London', 'minute'), undefined);
    assert.equal(parseStoryDate('2019-07-09T21:45', 'Europe/London', 'month')?.kind, 'calendar');
  });

  it('rejects dates that are not on the calendar', () => {
    for (const text of [
      '2019-13-45',
      '2019-02-29',
      '2019-04-31',
      '2019-00',
      '2019-07-10T24:00',
      '19-07-10',
      '2019/07/10',
      '',
      'July 2019',
    ]) {
      assert.equal(isStoryDate(text), false, text);
    }
    assert.equal(isStoryDate('2020-02-29'), true);
  });

  it('takes a day exactly when the calendar has it (Gregorian leap years), from its midnight to the next', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (year, month, day) => {
          const calendar = new Date(0); // Date's own calendar, also for years before 100
          calendar.setUTCFullYear(year, month - 1, day);
          const two = (n: number) => String(n).padStart(2, '0');
          const text = `${String(year).padStart(4, '0')}-${two(month)}-${two(day)}`;
          const read = parseStoryDate(text, 'UTC');
          assert.equal(read !== undefined, calendar.getUTCDate() === day, text);
          if (read) assert.deepEqual([read.wall, read.wallEnd], [calendar.getTime(), calendar.getTime() + 86_400_000]);
        },
      ),
      { numRuns: 2000 },
    );
    for (const text of ['1900-02-29', '2100-02-29']) assert.equal(isStoryDate(text), false, text);
    for (const text of ['2000-02-29', '0004-02-29']) assert.equal(isStoryDate(text), true, text);
  });

  it('reads years before 100 as written', () => {
    const year50 = parseStoryDate('0050-07-10', 'UTC')!;
    assert.equal(new Date(year50.wall).getUTCFullYear(), 50);
    assert.equal(new Date(parseStoryDate('0099', 'UTC')!.wallEnd).getUTCFullYear(), 100);
  });

  it('truncates a time with an offset on its own clock', () => {
    const known = parseStoryDate('2019-07-09T18:45+05:30', 'Europe/London', 'hour')!;
    assert.equal(new Date(known.utc).toISOString(), '2019-07-09T12:30:00.000Z');
  });

  it('resolves the hour that happens twice, and the hour that never happens, when clocks change', () => {
    // 27 October 2019: 01:30 in London happened at 00:30Z (BST) and again at 01:30Z (GMT).
    assert.equal(
      new Date(wallClockToUtc(Date.UTC(2019, 9, 27, 1, 30), 'Europe/London')).toISOString(),
      '2019-10-27T01:30:00.000Z',
    );
    // 31 March 2019: clocks jumped from 01:00 to 02:00, so 01:30 is read as 02:30 BST.
    assert.equal(
      new Date(wallClockToUtc(Date.UTC(2019, 2, 31, 1, 30), 'Europe/London')).toISOString(),
      '2019-03-31T01:30:00.000Z',
    );
  });

  it('reads the wall clock of the first hours of year 1, which west of Greenwich is still 1 BC', () => {
    // 02:00Z on 1 January 0001 is 21:03:58 on 31 December 1 BC in New York (local mean time, -4:56:02).
    const instant = parseStoryDate('0001-01-01T02:00Z', 'America/New_York')!;
    assert.equal(new Date(instant.utc).toISOString(), '0001-01-01T02:00:00.000Z');
    assert.equal(zoneOffset(instant.utc, 'America/New_York'), -(4 * 3600 + 56 * 60 + 2) * 1000);
    const later = parseStoryDate('0001-01-02T02:00Z', 'America/New_York')!;
    assert.ok(instant.wall < later.wall, 'it comes before the next day, not a year later');
    assert.equal(later.wall - instant.wall, 86_400_000);
  });

  it('converts wall clock to UTC across daylight-saving changes', () => {
    assert.equal(zoneOffset(Date.UTC(2019, 0, 15), 'Europe/London'), 0);
    assert.equal(zoneOffset(Date.UTC(2019, 6, 15), 'Europe/London'), 3_600_000);
    assert.equal(
      new Date(wallClockToUtc(Date.UTC(2019, 9, 27, 12), 'Europe/London')).toISOString(),
      '2019-10-27T12:00:00.000Z',
    );
    assert.equal(
      new Date(wallClockToUtc(Date.UTC(2019, 2, 30, 12), 'Europe/London')).toISOString(),
      '2019-03-30T12:00:00.000Z',
    );
    assert.equal(
      new Date(wallClockToUtc(Date.UTC(2019, 2, 31, 12), 'Europe/London')).toISOString(),
      '2019-03-31T11:00:00.000Z',
    );
  });
});
