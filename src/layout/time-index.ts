/**
 * Which events are in view, found by binary search over the story's times, so that a frame costs
 * what is in view, not the whole story.
 */
import type { Story } from '../story/types.js';
import { eventTime, type TimeScale } from './view.js';

/** The story's events in the order of their places on the axis, and those places (per story). */
const timeIndexes = new WeakMap<Story, { order: number[]; times: Float64Array }>();

export function timeIndexOf(story: Story): { order: number[]; times: Float64Array } {
  let index = timeIndexes.get(story);
  if (!index) {
    const at = story.events.map(eventTime);
    const order = at.map((_, i) => i).sort((a, b) => at[a]! - at[b]! || a - b);
    index = { order, times: Float64Array.from(order, (i) => at[i]!) };
    timeIndexes.set(story, index);
  }
  return index;
}

/** The first of 0 to n - 1 for which `test` holds, where it holds from some point on; else n. */
export function firstWhere(n: number, test: (i: number) => boolean): number {
  let low = 0;
  let high = n;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (test(mid)) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** How far past the axis's ends a shape may sit (rounding) and still count as in view. */
const IN_VIEW_TOLERANCE = 0.5;

/**
 * The events in view: `order` (story indexes by time) from `first` to before `last`. An event in
 * view has its shape on the axis range, so its box starts inside the chart. `offscreen` holds the
 * ids beyond either end, nearest first.
 */
export function eventsInView(story: Story, scale: TimeScale, rtl: boolean) {
  const range = scale.range() as [number, number];
  const [rangeLeft, rangeRight] = [Math.min(...range), Math.max(...range)];
  const beforeView = (at: number) => (rtl ? at > rangeRight + IN_VIEW_TOLERANCE : at < rangeLeft - IN_VIEW_TOLERANCE);
  const afterView = (at: number) => (rtl ? at < rangeLeft - IN_VIEW_TOLERANCE : at > rangeRight + IN_VIEW_TOLERANCE);
  const { order, times } = timeIndexOf(story);
  const first = firstWhere(order.length, (k) => !beforeView(scale(times[k]!)));
  const last = firstWhere(order.length, (k) => afterView(scale(times[k]!)));
  const idsOf = (indexes: number[]) => indexes.map((i) => story.events[i]!.id);
  const offscreen = { before: idsOf(order.slice(0, first).reverse()), after: idsOf(order.slice(last)) };
  return { order, first, last, beforeView, afterView, offscreen };
}
