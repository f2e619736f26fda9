/**
 * Vertical: how time is told between rows that stand evenly down the page. Rows are grouped under
 * headings of the finest calendar period that most rows share with another (a day, a month or a
 * year), and a jump in time much longer than that is marked as a break ("5 months later"), so
 * that even spacing never passes for even time.
 */
import type { Precision } from '../story/dates.js';

export type PeriodUnit = 'day' | 'month' | 'year';
export type DurationUnit = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const DURATIONS: readonly (readonly [DurationUnit, number])[] = [
  ['year', 365.2425 * DAY],
  ['month', 30.436875 * DAY],
  ['week', 7 * DAY],
  ['day', DAY],
  ['hour', HOUR],
  ['minute', MINUTE],
];
const UNIT_LENGTH: Record<PeriodUnit, number> = { day: DAY, month: 30.436875 * DAY, year: 365.2425 * DAY };
const COARSER: readonly PeriodUnit[] = ['year', 'month', 'day'];

/** The period of `unit` that a wall-clock time falls in, as a number that orders periods. */
export function periodKey(wall: number, unit: PeriodUnit): number {
  if (unit === 'day') return Math.floor(wall / DAY);
  const date = new Date(wall);
  return unit === 'month' ? date.getUTCFullYear() * 12 + date.getUTCMonth() : date.getUTCFullYear();
}

/**
 * The unit of the headings: the finest of day, month and year under which rows share a heading
 * two to one on average; none where even years hold one row each (a heading per row says no more
 * than the rows' own dates).
 */
export function headingUnit(walls: readonly number[]): PeriodUnit | undefined {
  for (const unit of ['day', 'month', 'year'] as const) {
    let periods = 0;
    let last = NaN;
    for (const wall of walls) {
      const key = periodKey(wall, unit);
      if (key !== last) periods++;
      last = key;
    }
    if (walls.length >= 2 * periods) return unit;
  }
  return undefined;
}

/**
 * The heading's period for a date of `precision`: never finer than the date is known (a date
 * known to the month stands under its month even among day headings).
 */
export function headingPeriod(unit: PeriodUnit, precision: Precision): PeriodUnit {
  const known = precision === 'year' || precision === 'month' ? precision : 'day';
  return COARSER.indexOf(known) < COARSER.indexOf(unit) ? known : unit;
}

/**
 * True where the time from one row to the next (`gap`, from the latest end so far to the next
 * start) is a break: two heading periods or more, or without headings, five times the story's
 * typical step (`typicalGap`) or more.
 */
export function isBreak(gap: number, unit: PeriodUnit | undefined, typicalGap: number): boolean {
  if (!(gap > 0)) return false;
  return unit ? gap >= 2 * UNIT_LENGTH[unit] : typicalGap > 0 && gap >= 5 * typicalGap;
}

/** The median of the positive steps between consecutive times: the story's typical step. */
export function typicalGap(starts: readonly number[], ends: readonly number[]): number {
  const gaps: number[] = [];
  let reach = -Infinity;
  for (const [i, start] of starts.entries()) {
    if (start - reach > 0 && i > 0) gaps.push(start - reach);
    reach = Math.max(reach, ends[i]!);
  }
  if (gaps.length === 0) return 0;
  gaps.sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)]!;
}

/** A span of time in the largest whole unit it reaches, rounded ("5 months", not "4.7 months"). */
export function gapDuration(gap: number): { count: number; unit: DurationUnit } {
  const found = DURATIONS.findIndex(([, length]) => gap >= length);
  const at = found === -1 ? DURATIONS.length - 1 : found;
  const [unit, length] = DURATIONS[at]!;
  const count = Math.max(1, Math.round(gap / length));
  // Rounded up to the next unit (twelve months), it is one of that unit.
  const larger = DURATIONS[at - 1];
  if (larger && count * length >= larger[1]) return { count: 1, unit: larger[0] };
  return { count, unit };
}
