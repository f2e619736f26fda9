/**
 * Horizontal: time runs left to right (right to left in RTL text) along an axis at the top; markers in
 * lanes below it, the events without room counted in cluster marks under the lanes.
 */
import type { Story } from '../story/types.js';
import { clusterMarks } from './clusters.js';
import { erasOn } from './eras.js';
import { assignLanes, boxFor, shapeOffset, widenShortenedLabels, type Box } from './lanes.js';
import { METRICS, type Metrics } from './metrics.js';
import { placeTicks, tickInterval } from './ticks.js';
import { eventsInView } from './time-index.js';
import type { LayoutOptions, MarkerLayout, TimelineLayout } from './types.js';
import { clampView, eventTime, spanOf, storyExtent, timeScale, type TimeSpan } from './view.js';

/** Where the horizontal axis starts and ends in pixels for a given width. */
function horizontalRange(width: number, rtl: boolean, metrics: Metrics = METRICS): TimeSpan {
  const { padding, markerSize } = metrics;
  const range: TimeSpan = [padding + markerSize, Math.max(width - padding - markerSize, padding + markerSize + 1)];
  return rtl ? [range[1], range[0]] : range;
}

export function layoutHorizontal(
  story: Story,
  {
    width,
    measureText,
    measureTickText,
    locale,
    extent = storyExtent(story),
    view,
    rtl = false,
    selectedId,
    metrics = METRICS,
  }: LayoutOptions,
): TimelineLayout {
  const innerLeft = metrics.padding;
  const innerRight = Math.max(width - metrics.padding, innerLeft + 1);
  const shown = clampView(view ?? extent, extent);
  const range = horizontalRange(width, rtl, metrics);
  const scale = timeScale(shown, range);
  const ticks = placeTicks(scale, measureTickText ?? measureText, locale, [0, width], metrics.minTickGap);
  const shortestPeriod = tickInterval(ticks, scale) * 1.5;

  const { order, first, last, beforeView, offscreen } = eventsInView(story, scale, rtl);
  const context = { metrics, measureText, rtl, innerLeft, innerRight };
  const boxes = order.slice(first, last).map((i) => {
    const event = story.events[i]!;
    return boxFor(event, scale(eventTime(event)), context);
  });
  const selected = boxes.find((box) => box.event.id === selectedId);
  const { lanes, clustered } = assignLanes(boxes, selected, metrics);
  widenShortenedLabels(boxes, context);
  const clusters = clusterMarks(clustered, measureText, metrics, locale);
  const clusterTop = metrics.laneTop + lanes * metrics.laneHeight;
  for (const cluster of clusters) cluster.top = clusterTop;

  const toMarker = (
    box: Pick<Box, 'event' | 'at' | 'visible' | 'labelSide' | 'left' | 'lane' | 'label'>,
  ): MarkerLayout => {
    const { event, at, visible, labelSide, left, lane } = box;
    const top = metrics.laneTop + lane * metrics.laneHeight;
    const { lines, truncated, width: boxWidth } = box.label();
    return {
      eventId: event.id,
      at,
      span: spanOf(event, scale, shortestPeriod),
      visible,
      lane,
      left,
      top,
      width: boxWidth,
      shapeX: at,
      shapeY: top + metrics.markerHeight / 2,
      labelSide,
      height: metrics.markerHeight,
      lines,
      truncated,
    };
  };
  const markers = boxes.filter((box) => box.visible).map(toMarker);
  // The selected event out of view still has a marker, which holds the tab stop, but is not drawn.
  const selectedOutside = !selected && selectedId !== undefined ? story.eventById.get(selectedId) : undefined;
  if (selectedOutside) {
    const at = scale(eventTime(selectedOutside));
    const chromeWidth = metrics.markerSize + metrics.labelChrome;
    const edge = shapeOffset(metrics);
    const outside = toMarker({
      event: selectedOutside,
      at,
      labelSide: rtl ? 'start' : 'end',
      left: rtl ? at + edge - chromeWidth : at - edge,
      lane: 0,
      visible: false,
      label: () => ({ lines: [selectedOutside.title], truncated: false, width: chromeWidth }),
    });
    if (beforeView(at)) markers.unshift(outside);
    else markers.push(outside);
  }

  const rows = Math.max(1, lanes) + (clusters.length > 0 ? 1 : 0);
  return {
    orientation: 'horizontal',
    width,
    height: metrics.laneTop + rows * metrics.laneHeight + metrics.bottom,
    metrics,
    axis: metrics.axisY,
    range,
    ticks,
    markers,
    clusters,
    eras: erasOn(story, scale, width, measureTickText ?? measureText, metrics),
    notes: [],
    rail: [],
    extent,
    view: shown,
    offscreen,
    shift: 0,
  };
}
