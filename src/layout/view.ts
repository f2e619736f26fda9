/**
 * Time and the view of it: the story's span, the first view a reader sees, the limits of zoom,
 * and the scale from time to pixels.
 */
import { scaleLinear } from 'd3-scale';
import type { Story, StoryEvent } from '../story/types.js';

/** A span of the story's wall-clock time, in UTC milliseconds (see story/dates.ts). */
export type TimeSpan = readonly [number, number];

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The shortest span of time a reader can zoom to. */
export const MIN_VIEW_SPAN = 6 * HOUR;

export function midpoint(a: number, b: number): number {
  return a + (b - a) / 2;
}

/** The time an event's marker stands for: the middle of its start date's period. */
export function eventTime(event: StoryEvent): number {
  return midpoint(event.start.wall, event.start.wallEnd);
}

/**
 * A linear scale from story time (wall-clock milliseconds) to pixels. D3's scaleUtc would do the
 * same, but it also brings d3-time-format (about 5 KB gzip) for tick formats we take from Intl;
 * its ticks come from d3-time's utcTicks, used directly (see ticks.ts).
 */
export function timeScale(domain: TimeSpan, range: TimeSpan) {
  return scaleLinear().domain(domain).range(range);
}

export type TimeScale = ReturnType<typeof timeScale>;

/**
 * An event's extent along the axis: its range, or the period its date stands for (a month, a
 * year) where that is longer than `shortestPeriod`, so that an event known to the month is not
 * drawn as a point on an axis ticked by day.
 */
export function spanOf(
  event: StoryEvent,
  scale: TimeScale,
  shortestPeriod = Infinity,
): { from: number; to: number } | undefined {
  if (event.end) return { from: scale(event.start.wall), to: scale(event.end.wallEnd) };
  const { wall, wallEnd } = event.start;
  return wallEnd - wall > shortestPeriod ? { from: scale(wall), to: scale(wallEnd) } : undefined;
}

/** All of the story's time (events and eras), with a little room at each end. */
export function storyExtent(story: Story): TimeSpan {
  let start = Infinity;
  let end = -Infinity;
  for (const event of story.events) {
    start = Math.min(start, event.start.wall);
    end = Math.max(end, (event.end ?? event.start).wallEnd);
  }
  for (const era of story.eras) {
    start = Math.min(start, era.start.wall);
    end = Math.max(end, era.end.wallEnd);
  }
  // A story of one instant, or of a few hours, still gets a day to zoom in on, with ticks.
  if (end - start < SHORTEST_STORY) {
    const middle = midpoint(start, end);
    [start, end] = [middle - SHORTEST_STORY / 2, middle + SHORTEST_STORY / 2];
  }
  const margin = Math.max((end - start) * 0.02, HOUR);
  return [start - margin, end + margin];
}

/** The least span of time a story's axis covers. */
const SHORTEST_STORY = DAY;

/** `view` kept inside `extent`, and no shorter than the closest zoom allows. */
export function clampView([start, end]: TimeSpan, [min, max]: TimeSpan): TimeSpan {
  const span = Math.min(Math.max(end - start, Math.min(MIN_VIEW_SPAN, max - min)), max - min);
  const from = Math.min(Math.max(start, min), max - span);
  return [from, from + span];
}

/**
 * The view a reader first sees. Where most events crowd together and a few lie far away (the
 * week of the leak against the end of the year), frame the crowd; the rest are counted at the
 * edges. Otherwise, the whole story.
 */
export function initialView(story: Story): TimeSpan {
  const extent = storyExtent(story);
  const times = story.events.map((event) => midpoint(event.start.wall, (event.end ?? event.start).wallEnd));
  const total = extent[1] - extent[0];
  let group = { from: 0, to: times.length - 1 };
  // Split off the far side of a gap that takes up most of what is left, while the crowd that
  // stays holds at least three quarters of all events (and three at least).
  for (;;) {
    const span = times[group.to]! - times[group.from]!;
    let widest = { at: -1, gap: 0 };
    for (let i = group.from; i < group.to; i++) {
      const gap = times[i + 1]! - times[i]!;
      if (gap > widest.gap) widest = { at: i, gap };
    }
    if (widest.at < 0 || widest.gap <= (span * 2) / 3 || span < total / 50) break;
    const left = { from: group.from, to: widest.at };
    const right = { from: widest.at + 1, to: group.to };
    const kept = left.to - left.from >= right.to - right.from ? left : right;
    const count = kept.to - kept.from + 1;
    if (count < 3 || count < times.length * 0.75) break;
    group = kept;
  }
  if (group.from === 0 && group.to === times.length - 1) return extent;
  const events = story.events.slice(group.from, group.to + 1);
  const start = Math.min(...events.map((event) => event.start.wall));
  const end = Math.max(...events.map((event) => (event.end ?? event.start).wallEnd));
  const margin = Math.max((end - start) * 0.08, 2 * HOUR, Math.min(DAY / 2, (end - start) / 4));
  return clampView([start - margin, end + margin], extent);
}

/**
 * The event selected when the page selects none: the first in the first view, so that the
 * selection, which is always kept in view, does not pull the reader away to an outlier (a story
 * that opens with one event a century before the rest).
 */
export function firstEventInView(story: Story, [start, end]: TimeSpan): StoryEvent | undefined {
  return story.events.find((event) => eventTime(event) >= start && eventTime(event) <= end) ?? story.events[0];
}

/** Whether the view is as close as zoom goes, or already the whole story. */
export function zoomLimits([start, end]: TimeSpan, [min, max]: TimeSpan): { closest: boolean; whole: boolean } {
  const span = end - start;
  const whole = max - min;
  return { closest: span <= Math.min(MIN_VIEW_SPAN, whole) * 1.001, whole: span >= whole * 0.999 };
}
