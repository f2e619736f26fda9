/**
 * Story dates.
 *
 * A date known to the year, month or day names a calendar period and never shifts with a time
 * zone. Only hour and minute precision are instants; without an explicit offset they are read as
 * wall-clock time in the story's time zone.
 *
 * Every date gets two numbers:
 * - `wall`: the story's own wall clock, written as if it were UTC. The time axis works in this
 *   coordinate, so its ticks fall on the story's own midnights whatever the reader's time zone.
 * - `utc`: the real instant (for calendar dates, the UTC midnight that starts the period).
 */

export const PRECISIONS = ['year', 'month', 'day', 'hour', 'minute'] as const;
export type Precision = (typeof PRECISIONS)[number];

export interface StoryDate {
  /** The text as written in the story file. */
  readonly text: string;
  readonly precision: Precision;
  /** `calendar` for year, month and day precision; `instant` for hour and minute. */
  readonly kind: 'calendar' | 'instant';
  /** Start of the period on the story's wall clock, as UTC milliseconds. */
  readonly wall: number;
  /** End of the period (exclusive) on the story's wall clock. */
  readonly wallEnd: number;
  /** The real instant that starts the period (UTC midnight for calendar dates). */
  readonly utc: number;
}

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

/** The source of `DATE_PATTERN`, for the JSON Schema `pattern` that editors check against. */
export const DATE_PATTERN_SOURCE = DATE_PATTERN.source;

/**
 * Years 1 to 9999 of the common era. Year 0 (1 BC) is left out because dates are shown without
 * an era: it would read as year 1. Earlier years, and cosmological or geological time, need a
 * scale of their own (millions of years) that this format does not have.
 */
export const MIN_YEAR = 1;
export const MAX_YEAR = 9999;

/**
 * What is wrong with a date that is not a story date: out of the supported range (a year with a
 * sign, more than four digits or zero), a year short of four digits, or anything else.
 */
export function dateProblem(text: string): string {
  const quoted = JSON.stringify(text);
  const year = /^([+-]?)(\d+)(?=-|$)/.exec(text);
  if (year) {
    const [, sign, digits] = year as unknown as [string, string, string];
    const value = Number(digits);
    if (sign === '-' || value > MAX_YEAR || value < MIN_YEAR) {
      return (
        `${quoted} is outside the dates a story can hold: years ${MIN_YEAR} to ${MAX_YEAR} of the common era, ` +
        'written as 0001 to 9999'
      );
    }
    if (!sign && digits.length < 4) {
      return `${quoted} is not a valid date: write the year with four digits (${digits.padStart(4, '0')})`;
    }
  }
  return `${quoted} is not a valid date`;
}

interface DateFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  offsetMinutes: number | undefined;
  precision: Precision;
}

function readFields(text: string): DateFields | undefined {
  const match = DATE_PATTERN.exec(text);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, zone] = match;
  const fields: DateFields = {
    year: Number(y),
    month: mo === undefined ? 1 : Number(mo),
    day: d === undefined ? 1 : Number(d),
    hour: h === undefined ? 0 : Number(h),
    minute: mi === undefined ? 0 : Number(mi),
    second: s === undefined ? 0 : Number(s),
    offsetMinutes: zone === undefined ? undefined : parseOffset(zone),
    precision: h !== undefined ? 'minute' : d !== undefined ? 'day' : mo !== undefined ? 'month' : 'year',
  };
  const valid =
    fields.year >= MIN_YEAR &&
    fields.month >= 1 &&
    fields.month <= 12 &&
    fields.day >= 1 &&
    fields.day <= daysInMonth(fields.year, fields.month) &&
    fields.hour <= 23 &&
    fields.minute <= 59 &&
    fields.second <= 59 &&
    (fields.offsetMinutes === undefined || Math.abs(fields.offsetMinutes) <= 18 * 60);
  return valid ? fields : undefined;
}

/** Days in `month` (1 to 12) of `year`, in the proleptic Gregorian calendar that Date uses. */
function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

/** Date.UTC without its quirk of reading years 0 to 99 as 1900 to 1999. */
function utcTime(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  if (year >= 100) return Date.UTC(year, month, day, hour, minute, second);
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

function parseOffset(zone: string): number {
  if (zone === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const [hours, minutes] = zone.slice(1).split(':').map(Number);
  return sign * ((hours ?? 0) * 60 + (minutes ?? 0));
}

/** True when `text` is a story date (`2019`, `2019-07`, `2019-07-10`, `2019-07-10T18:30`, ...). */
export function isStoryDate(text: string): boolean {
  return readFields(text) !== undefined;
}

export function isCoarserOrEqual(a: Precision, b: Precision): boolean {
  return PRECISIONS.indexOf(a) <= PRECISIONS.indexOf(b);
}

/**
 * Reads a story date. `precision` may coarsen what the text says (a time given as `18:00` but
 * known only to the hour); it may not refine it. Returns undefined for an invalid date.
 */
export function parseStoryDate(text: string, timeZone: string, precision?: Precision): StoryDate | undefined {
  const fields = readFields(text);
  if (!fields) return undefined;
  const effective = precision ?? fields.precision;
  if (!isCoarserOrEqual(effective, fields.precision)) return undefined;

  const { year, month, day } = fields;

  // A calendar period, from its fields (the slowest step of reading a story was making Dates).
  if (effective === 'year' || effective === 'month' || effective === 'day') {
    const wall = utcTime(year, effective === 'year' ? 0 : month - 1, effective === 'day' ? day : 1);
    const wallEnd =
      effective === 'year'
        ? utcTime(year + 1, 0, 1)
        : effective === 'month'
          ? utcTime(year, month, 1)
          : wall + 86_400_000;
    return { text, precision: effective, kind: 'calendar', wall, wallEnd, utc: wall };
  }

  // Truncated on the clock the time was written in (18:45+05:30 known to the hour is 18:00+05:30).
  const written = floorTo(
    utcTime(year, month - 1, day, fields.hour, fields.minute, fields.second),
    INSTANT_LENGTH[effective],
  );
  let utc: number;
  let wall: number;
  if (fields.offsetMinutes === undefined) {
    wall = written;
    utc = wallClockToUtc(wall, timeZone);
  } else {
    utc = written - fields.offsetMinutes * 60_000;
    wall = utc + zoneOffset(utc, timeZone);
  }
  return { text, precision: effective, kind: 'instant', wall, wallEnd: wall + INSTANT_LENGTH[effective], utc };
}

/** An instant's length: an hour or a minute, in milliseconds. */
const INSTANT_LENGTH = { hour: 3_600_000, minute: 60_000 } as const;

/** `ms` rounded down to a multiple of `step`, also before 1970 (where `%` is negative). */
function floorTo(ms: number, step: number): number {
  return ms - (((ms % step) + step) % step);
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** True when the runtime knows `timeZone` as an IANA zone name (or `UTC`). */
export function isTimeZone(timeZone: string): boolean {
  let known = knownTimeZones.get(timeZone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone });
      known = true;
    } catch {
      known = false;
    }
    knownTimeZones.set(timeZone, known);
  }
  return known;
}

const knownTimeZones = new Map<string, boolean>();
/** Offsets already read, per zone: Intl's formatToParts is the slowest step of reading a story. */
const offsetsRead = new Map<string, Map<number, number>>();
const MAX_OFFSETS_KEPT = 20_000;

/** Milliseconds to add to a UTC instant to get the wall clock in `timeZone` at that instant. */
export function zoneOffset(utc: number, timeZone: string): number {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return 0;
  let read = offsetsRead.get(timeZone);
  if (!read || read.size > MAX_OFFSETS_KEPT) offsetsRead.set(timeZone, (read = new Map()));
  let offset = read.get(utc);
  if (offset === undefined) read.set(utc, (offset = readZoneOffset(utc, timeZone)));
  return offset;
}

function readZoneOffset(utc: number, timeZone: string): number {
  let formatter = offsetFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    offsetFormatters.set(timeZone, formatter);
  }
  const part: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  // The wall clock of an instant early on 1 January of year 1 may still be in 1 BC: year "1" of
  // the era before, which is year 0 here.
  let beforeCommonEra = false;
  for (const { type, value } of formatter.formatToParts(new Date(utc))) {
    if (type === 'era') beforeCommonEra = value === 'BC';
    else part[type] = Number(value);
  }
  const year = part.year ?? 1970;
  const wall = utcTime(
    beforeCommonEra ? 1 - year : year,
    (part.month ?? 1) - 1,
    part.day ?? 1,
    part.hour ?? 0,
    part.minute ?? 0,
    part.second ?? 0,
  );
  return wall - (utc - (((utc % 1000) + 1000) % 1000));
}

/**
 * The instant at which the wall clock in `timeZone` reads `wall`. Where clocks go back and a
 * wall time happens twice, the later instant; where they go forward and it never happens, the
 * instant an hour on (01:30 on the morning clocks go forward reads 02:30).
 */
export function wallClockToUtc(wall: number, timeZone: string): number {
  const firstGuess = wall - zoneOffset(wall, timeZone);
  return wall - zoneOffset(firstGuess, timeZone);
}
