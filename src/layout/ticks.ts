/**
 * Tick labels at the granularity the ticks fall on: years, months, days or times of day. Ticks
 * are on the story's wall clock (see story/dates.ts), so they are formatted in UTC.
 */
const isMidnight = (d: Date) => d.getUTCHours() === 0 && d.getUTCMinutes() === 0;
const isMonthStart = (d: Date) => isMidnight(d) && d.getUTCDate() === 1;
const isYearStart = (d: Date) => isMonthStart(d) && d.getUTCMonth() === 0;

export function tickFormatFor(ticks: readonly Date[], locale: string | undefined): (date: Date) => string {
  const spansYears = new Set(ticks.map((d) => d.getUTCFullYear())).size > 1;
  let options: Intl.DateTimeFormatOptions;
  if (ticks.every(isYearStart)) options = { year: 'numeric' };
  else if (ticks.every(isMonthStart)) options = spansYears ? { month: 'short', year: 'numeric' } : { month: 'short' };
  else if (ticks.every(isMidnight)) options = { day: 'numeric', month: 'short' };
  else options = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
  const format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
  return (date) => format.format(date);
}
