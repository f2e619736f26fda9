/** Ticks along the axis: as many as fit with their labels apart and inside the chart. */
import { utcTicks } from 'd3-time';
import { tickLabel } from '../format/tick-label.js';
import type { MeasureText } from './text-fit.js';
import type { TimeScale, TimeSpan } from './view.js';

export interface TickLayout {
  /** Position on the axis. */
  at: number;
  label: string;
  /** Size of the label along the axis. */
  size: number;
}

/** As many ticks as fit with their labels (as wide as measured) `minGap` apart and inside `bounds`. */
export function placeTicks(
  scale: TimeScale,
  measureText: MeasureText,
  locale: string | undefined,
  [min, max]: TimeSpan,
  minGap: number,
): TickLayout[] {
  const [r0, r1] = scale.range() as [number, number];
  const [d0, d1] = scale.domain() as [number, number];
  // Fewer ticks each time, by at most a third: d3's tick intervals are at least twice apart, so
  // none is skipped, and a long axis takes tens of tries, not thousands. Each try stops at its
  // first tick that does not fit.
  const pixelsPerTick = 70;
  for (
    let count = Math.max(2, Math.floor(Math.abs(r1 - r0) / pixelsPerTick));
    count >= 1;
    count = Math.min(count - 1, Math.floor(count * 0.8))
  ) {
    const dates = utcTicks(new Date(d0), new Date(d1), count);
    const ticks: TickLayout[] = [];
    for (const [i, date] of dates.entries()) {
      const at = scale(date.getTime());
      const previous = ticks[i - 1];
      const label = tickLabel(date, i === 0, locale);
      const tick = { at, label, size: measureText(label) };
      const inside = at - tick.size / 2 >= min && at + tick.size / 2 <= max;
      const apart = !previous || Math.abs(at - previous.at) >= (previous.size + tick.size) / 2 + minGap;
      if (!inside || !apart) break;
      ticks.push(tick);
    }
    if (ticks.length === dates.length) return ticks;
  }
  return [];
}

/**
 * The time between ticks, or Infinity with fewer than two. A date whose period is longer than
 * this (a month on an axis ticked by day) is drawn as that period.
 */
export function tickInterval(ticks: readonly TickLayout[], scale: TimeScale): number {
  return ticks.length < 2 ? Infinity : Math.abs(scale.invert(ticks[1]!.at) - scale.invert(ticks[0]!.at));
}
