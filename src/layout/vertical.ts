/**
 * Narrow: time runs down an axis on the left; each event gets its own row, pushed down where the
 * one before needs the room, with a stem to its true place on the axis.
 */
import type { Story } from '../story/types.js';
import { erasOn } from './eras.js';
import { METRICS } from './metrics.js';
import { wrapLabel } from './text-fit.js';
import { placeTicks } from './ticks.js';
import type { LayoutOptions, MarkerLayout, TimelineLayout } from './types.js';
import { eventTime, spanOf, storyExtent, timeScale, type TimeSpan } from './view.js';

export function layoutVertical(story: Story, { width, measureText, measureTickText, locale, metrics = METRICS }: LayoutOptions): TimelineLayout {
  const { padding, markerSize, markerHeight, labelChrome, rowGap, verticalAxisX, verticalTop, lineHeight } = metrics;
  const rowHeight = markerHeight + rowGap;
  const extent = storyExtent(story);
  // Tall enough that rows rarely need pushing where events are evenly spread.
  const length = Math.max(story.events.length * rowHeight * 1.5, 15 * metrics.fontSize);
  const range: TimeSpan = [verticalTop + markerHeight / 2, verticalTop + markerHeight / 2 + length];
  const scale = timeScale(extent, range);
  // Tick labels sit left of the axis, one line each.
  const ticks = placeTicks(scale, measureTickText ?? measureText, locale, [0, range[1] + rowHeight], metrics.minTickGap, {
    size: metrics.tickLabelHeight,
    maxWidth: verticalAxisX - metrics.tickSize - metrics.tickPadding,
  });

  const boxLeft = verticalAxisX + metrics.verticalBoxGap;
  const room = Math.min(metrics.maxLabelWidth * 2, width - padding - boxLeft - markerSize - labelChrome);
  let nextFreeTop = verticalTop;
  const markers = story.events.map((event): MarkerLayout => {
    const at = scale(eventTime(event));
    const { lines, width: labelWidth, truncated } = wrapLabel(event.title, Math.max(room, 0), 2, measureText);
    const height = markerHeight + (lines.length - 1) * lineHeight;
    const top = Math.max(at - markerHeight / 2, nextFreeTop);
    nextFreeTop = top + height + rowGap;
    return {
      eventId: event.id,
      at,
      span: spanOf(event, scale),
      visible: true,
      lane: 0,
      left: boxLeft,
      top,
      width: Math.ceil(markerSize + labelChrome + labelWidth),
      shapeX: boxLeft + metrics.markerInset + markerSize / 2,
      shapeY: top + markerHeight / 2,
      labelSide: 'end',
      height,
      lines,
      truncated,
    };
  });

  return {
    orientation: 'vertical',
    width,
    height: Math.max(nextFreeTop, range[1] + metrics.tickLabelHeight) + metrics.bottom,
    metrics,
    axis: verticalAxisX,
    range,
    ticks,
    markers,
    clusters: [],
    eras: erasOn(story, scale),
    extent,
    view: extent,
    offscreen: { before: [], after: [] },
    shift: 0,
  };
}
