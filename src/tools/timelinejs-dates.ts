/**
 * Dates both ways between TimelineJS3 (year, month, day, hour... fields) and our story dates
 * (see timelinejs.ts), eras' ends included.
 */
import { dateProblem, isStoryDate, type StoryDate } from '../story/dates.js';
import { field, type TimelineJSDate } from './timelinejs-format.js';

/** A TimelineJS3 date as our date text, or the reason it cannot be one. */
export function storyDateText(date: TimelineJSDate): { text: string; precision?: 'hour' } | { problem: string } {
  const year = field(date.year);
  if (!/^[+-]?\d+$/.test(year)) return { problem: `${JSON.stringify(year)} is not a year` };
  const sign = year.startsWith('-') ? '-' : '';
  const digits = year.replace(/^[+-]/, '').replace(/^0+(?=\d)/, '');
  if (sign || Number(digits) < 1 || digits.length > 4) return { problem: dateProblem(`${sign}${digits}`) };
  let text = digits.padStart(4, '0');
  const two = (value: string) => value.padStart(2, '0');
  const [month, day, hour, minute, second] = [date.month, date.day, date.hour, date.minute, date.second].map(field);
  let precision: 'hour' | undefined;
  if (month) {
    text += `-${two(month)}`;
    if (day) {
      text += `-${two(day)}`;
      if (hour) {
        text += `T${two(hour)}:${two(minute || '0')}`;
        if (!minute) precision = 'hour';
        if (second) text += `:${two(second)}`;
      }
    }
  }
  return isStoryDate(text) ? { text, precision } : { problem: dateProblem(text) };
}

/** The era's end as our format means it: TimelineJS3 ends an era when its end date begins. */
export function periodBefore(text: string): string {
  const [year, month, day] = text.split(/[-T]/).map(Number) as [number, number?, number?];
  if (text.includes('T')) return text;
  if (day !== undefined) {
    const date = new Date(0);
    date.setUTCFullYear(year, month! - 1, day - 1); // not Date.UTC, which reads years 0 to 99 as 1900 to 1999
    return date.toISOString().slice(0, 10);
  }
  if (month !== undefined)
    return month > 1
      ? `${String(year).padStart(4, '0')}-${String(month - 1).padStart(2, '0')}`
      : `${String(year - 1).padStart(4, '0')}-12`;
  return String(year - 1).padStart(4, '0');
}

/** The inverse of `periodBefore`. */
export function periodAfter(date: StoryDate): string {
  if (date.kind === 'instant') return date.text;
  const next = new Date(date.wallEnd);
  const year = String(next.getUTCFullYear()).padStart(4, '0');
  if (date.precision === 'year') return year;
  const month = `${year}-${String(next.getUTCMonth() + 1).padStart(2, '0')}`;
  return date.precision === 'month' ? month : `${month}-${String(next.getUTCDate()).padStart(2, '0')}`;
}

/** A story date as TimelineJS3 date fields. */
export function timelineDate(date: StoryDate): TimelineJSDate {
  const fields = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?)?)?$/.exec(date.text);
  const number = (text: string | undefined) => (text === undefined ? undefined : String(Number(text)));
  if (fields) {
    const [, year, month, day, hour, minute, second] = fields;
    const out: TimelineJSDate = { year: number(year) };
    if (month) out.month = number(month);
    if (day) out.day = number(day);
    if (hour) out.hour = number(hour);
    if (minute && date.precision === 'minute') out.minute = number(minute);
    if (second && date.precision === 'minute') out.second = number(second);
    return out;
  }
  // A time with an offset: written as the story's wall clock, which TimelineJS3 shows as it is.
  const wall = new Date(date.wall);
  return {
    year: String(wall.getUTCFullYear()),
    month: String(wall.getUTCMonth() + 1),
    day: String(wall.getUTCDate()),
    hour: String(wall.getUTCHours()),
    ...(date.precision === 'minute' ? { minute: String(wall.getUTCMinutes()) } : {}),
  };
}
