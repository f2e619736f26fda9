import type { StoryDate } from '../story/dates.js';
import type { StoryEvent } from '../story/types.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One Intl.DateTimeFormat per locale and options, made once: they are slow to create. */
export function dateTimeFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, cached);
  }
  return cached;
}

const CALENDAR_OPTIONS: Record<'year' | 'month' | 'day', Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
};

function optionsFor(date: StoryDate, timeZone: string): { options: Intl.DateTimeFormatOptions; at: number } {
  if (date.kind === 'calendar') {
    // Calendar dates are written on the story's wall clock; UTC shows them unshifted.
    return {
      options: { ...CALENDAR_OPTIONS[date.precision as 'year' | 'month' | 'day'], timeZone: 'UTC' },
      at: date.wall,
    };
  }
  return {
    options: {
      ...CALENDAR_OPTIONS.day,
      hour: 'numeric',
      minute: '2-digit',
      timeZone,
      timeZoneName: 'short',
    },
    at: date.utc,
  };
}

/** A story date as readers expect it: "July 2019" for a month, "10 July 2019" for a day. */
export function formatStoryDate(date: StoryDate, locale: string | undefined, timeZone: string): string {
  const { options, at } = optionsFor(date, timeZone);
  return dateTimeFormat(locale, options).format(at);
}

export interface EventDateFormat {
  locale: string | undefined;
  /** Time zone for instants; calendar dates never shift. */
  timeZone: string;
  approximately: (date: string) => string;
}

/**
 * A span between two story dates: "6–10 July 2019" where both are known as precisely, else each
 * as precisely as it is known ("July 1943 – 1946"), joined as the locale joins a range. A span
 * that lies within one of its ends' periods is that period ("July 2019" for 6 July to July).
 */
export function formatDateRange(
  start: StoryDate,
  end: StoryDate,
  locale: string | undefined,
  timeZone: string,
): string {
  const from = optionsFor(start, timeZone);
  const to = optionsFor(end, timeZone);
  const format = dateTimeFormat(locale, from.options);
  const alike = start.kind === end.kind && (start.kind === 'instant' || start.precision === end.precision);
  if (alike) return format.formatRange(from.at, to.at);
  // One end within the other's period (6 July 2019 to July 2019): all of it is in that period.
  const within = (inner: StoryDate, outer: StoryDate) => outer.wall <= inner.wall && inner.wallEnd <= outer.wallEnd;
  if (within(end, start)) return formatStoryDate(start, locale, timeZone);
  if (within(start, end)) return formatStoryDate(end, locale, timeZone);
  // The locale's own joint, from months of different years, where nothing else is shared: " – ", "～", " تا "
  const shared = dateTimeFormat(locale, { ...CALENDAR_OPTIONS.month, timeZone: 'UTC' })
    .formatRangeToParts(0, 4e10)
    .filter((part) => part.source === 'shared');
  const joint = shared.length === 1 ? shared[0]!.value : ' – ';
  return `${format.format(from.at)}${joint}${dateTimeFormat(locale, to.options).format(to.at)}`;
}

/** The date of an event for display, honouring its display text, range and approximation. */
export function formatEventDate(event: StoryEvent, format: EventDateFormat): string {
  if (event.displayDate) return event.displayDate;
  const text = event.end
    ? formatDateRange(event.start, event.end, format.locale, format.timeZone)
    : formatStoryDate(event.start, format.locale, format.timeZone);
  return event.approximate ? format.approximately(text) : text;
}

const DAY = 86_400_000;

/**
 * A span of the story's wall-clock time as readers say it, as precise as its length asks:
 * "6 – 11 July 2019", "July – December 2019", "1815 – 1990", or with times within a day or two.
 */
export function formatViewRange([start, end]: readonly [number, number], locale: string | undefined): string {
  const span = end - start;
  const options: Intl.DateTimeFormatOptions =
    span > 3 * 365 * DAY
      ? { year: 'numeric' }
      : span > 90 * DAY
        ? { year: 'numeric', month: 'long' }
        : span > 2 * DAY
          ? { year: 'numeric', month: 'long', day: 'numeric' }
          : { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit' };
  // Wall-clock times are kept as UTC milliseconds (see story/dates.ts).
  return dateTimeFormat(locale, { ...options, timeZone: 'UTC' }).formatRange(start, end);
}

/**
 * Where an event's date starts on the clock it is shown on, written as if it were UTC (as
 * `StoryDate.wall` is): its own wall clock for a calendar date or in the story's zone; for an
 * instant shown in another zone, that zone's. Headings of the vertical timeline follow this, so a
 * row never stands under a day its own date does not show.
 */
export function displayWall(date: StoryDate, timeZone: string, storyTimeZone: string): number {
  if (date.kind === 'calendar' || timeZone === storyTimeZone) return date.wall;
  const parts = dateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    era: 'short',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(date.utc);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const year = parts.find((p) => p.type === 'era')?.value === 'BC' ? 1 - part('year') : part('year');
  const wall = new Date(0);
  wall.setUTCFullYear(year, part('month') - 1, part('day'));
  wall.setUTCHours(part('hour'), part('minute'), 0, 0);
  return wall.getTime();
}
