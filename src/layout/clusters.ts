/** Events in view that no lane could hold, counted in marks on the axis. */
import { moreCount } from '../format/count.js';
import type { StoryEvent } from '../story/types.js';
import type { Metrics } from './metrics.js';
import type { MeasureText } from './text-fit.js';
import type { ClusterLayout } from './types.js';
import { eventTime } from './view.js';

/**
 * Cluster marks for `events` (each at its place `at` on the axis): events close together share a
 * mark, and a count grown wider than the room between marks joins the mark before it. The marks'
 * `top` is set by the caller, below the lanes. Counts are written as `locale` writes numbers.
 */
export function clusterMarks(
  events: readonly { event: StoryEvent; at: number }[],
  measureText: MeasureText,
  metrics: Metrics,
  locale?: string,
): ClusterLayout[] {
  const clusters: ClusterLayout[] = [];
  const widthFor = (count: number) =>
    Math.ceil(Math.max(metrics.clusterMinWidth, measureText(moreCount(count, locale)) + metrics.clusterChrome));
  const overlapping = (a: ClusterLayout, b: ClusterLayout) =>
    Math.abs(a.at - b.at) < (a.width + b.width) / 2 + metrics.labelGap;
  const byTime = [...events].sort((a, b) => eventTime(a.event) - eventTime(b.event));
  for (const { event, at } of byTime) {
    const time = eventTime(event);
    const last = clusters.at(-1);
    if (last && Math.abs(at - last.at) <= metrics.clusterGap) {
      last.eventIds.push(event.id);
      last.from = Math.min(last.from, time);
      last.to = Math.max(last.to, time);
      last.width = widthFor(last.eventIds.length);
    } else {
      clusters.push({ at, top: 0, width: widthFor(1), eventIds: [event.id], from: time, to: time });
    }
    while (clusters.length > 1 && overlapping(clusters.at(-2)!, clusters.at(-1)!)) {
      const joined = clusters.pop()!;
      const before = clusters.at(-1)!;
      before.eventIds.push(...joined.eventIds);
      before.from = Math.min(before.from, joined.from);
      before.to = Math.max(before.to, joined.to);
      before.width = widthFor(before.eventIds.length);
    }
  }
  return clusters;
}
