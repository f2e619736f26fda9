import type { Story } from '../story/types.js';
import { erasOn } from './eras.js';
import { placeTicks, tickInterval } from './ticks.js';
import { eventsInView } from './time-index.js';
import { layoutTimeline, orientationFor } from './timeline.js';
import type { LayoutOptions, MarkerLayout, TimelineLayout } from './types.js';
import { clampView, eventTime, spanOf, timeScale } from './view.js';

/**
 * During a gesture: the settled layout carried to another view of the same story. Markers and
 * cluster marks move with their times but keep their lanes and labels, so nothing jumps under the
 * reader's finger, and nothing is measured or placed again (a frame costs what is drawn). Events
 * that come into view are drawn, and everything is re-placed, when the gesture ends. Only the
 * ticks and the counts beyond the edges are new.
 */
export function followView(settled: TimelineLayout, story: Story, options: LayoutOptions): TimelineLayout {
  const rtl = options.rtl ?? false;
  const { metrics } = settled;
  if (
    settled.orientation !== 'horizontal' ||
    settled.width !== options.width ||
    (options.metrics !== undefined && options.metrics !== metrics) ||
    orientationFor(options.width, metrics) !== 'horizontal'
  ) {
    return layoutTimeline(story, options);
  }
  const shown = clampView(options.view ?? settled.extent, settled.extent);
  const scale = timeScale(shown, settled.range);
  const { beforeView, afterView, offscreen } = eventsInView(story, scale, rtl);
  // (A mark that slides out of view is counted on the edge button instead.)
  const inView = (at: number) => !beforeView(at) && !afterView(at);
  const ticks = placeTicks(
    scale,
    options.measureTickText ?? options.measureText,
    options.locale,
    [0, settled.width],
    metrics.minTickGap,
  );
  const common = {
    ticks,
    eras: erasOn(story, scale, settled.width, options.measureTickText ?? options.measureText, metrics),
    view: shown,
    offscreen,
  };
  const settledSpan = settled.view[1] - settled.view[0];
  if (Math.abs(shown[1] - shown[0] - settledSpan) <= settledSpan * 1e-9) {
    // A pan: everything moves by the same distance, drawn as one shift rather than a new place
    // for every marker (the browser then restyles one element, not each marker).
    const shift = scale(settled.view[0]) - settled.range[0];
    const markers = settled.markers.map((marker) => {
      const visible = marker.visible && inView(marker.at + shift);
      return visible === marker.visible ? marker : { ...marker, visible };
    });
    const clusters = settled.clusters.filter((cluster) => inView(cluster.at + shift));
    return { ...settled, ...common, markers, clusters, shift };
  }
  const timeOf = (id: string) => eventTime(story.eventById.get(id)!);
  const shortestPeriod = tickInterval(ticks, scale) * 1.5;
  const markers = settled.markers.map((marker): MarkerLayout => {
    const event = story.eventById.get(marker.eventId)!;
    const at = scale(eventTime(event));
    const shift = at - marker.at;
    const visible = marker.visible && inView(at);
    return {
      ...marker,
      at,
      span: spanOf(event, scale, shortestPeriod),
      left: marker.left + shift,
      shapeX: marker.shapeX + shift,
      visible,
    };
  });
  return {
    ...settled,
    ...common,
    markers,
    clusters: settled.clusters
      .map((cluster) => ({ ...cluster, at: scale(timeOf(cluster.eventIds[0]!)) }))
      .filter((cluster) => inView(cluster.at)),
    shift: 0,
  };
}
