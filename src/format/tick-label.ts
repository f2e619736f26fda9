/**
 * Tick labels that say as much as each tick's place on the calendar does, as d3's multi-scale
 * time format does: a year at the start of a year, a month at the start of a month, a day at
 * midnight, else a time of day. The first tick also names the larger unit, so the axis can be read
 * on its own ("Aug 2019", "Sept", ...). Ticks are on the story's wall clock (see story/dates.ts),
 * so they are formatted in UTC.
 */
import { dateTimeFormat } from './dates.js';

const isMidnight = (d: Date) => d.getUTCHours() === 0 && d.getUTCMinutes() === 0;
const isMonthStart = (d: Date) => isMidnight(d) && d.getUTCDate() === 1;
const isYearStart = (d: Date) => isMonthStart(d) && d.getUTCMonth() === 0;

type Level = 'year' | 'month' | 'day' | 'time';

const OPTIONS: Record<Level, { plain: Intl.DateTimeFormatOptions; first: Intl.DateTimeFormatOptions }> = {
  year: { plain: { year: 'numeric' }, first: { year: 'numeric' } },
  month: { plain: { month: 'short' }, first: { month: 'short', year: 'numeric' } },
  day: { plain: { day: 'numeric', month: 'short' }, first: { day: 'numeric', month: 'short' } },
  time: {
    plain: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
    first: { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  },
};

const levelOf = (d: Date): Level =>
  isYearStart(d) ? 'year' : isMonthStart(d) ? 'month' : isMidnight(d) ? 'day' : 'time';

/** The label of the tick at `date`; the `first` tick of an axis also names the larger unit. */
export function tickLabel(date: Date, first: boolean, locale: string | undefined): string {
  return dateTimeFormat(locale, { ...OPTIONS[levelOf(date)][first ? 'first' : 'plain'], timeZone: 'UTC' }).format(date);
}
