/**
 * Pure layout: a story and a width in, positioned marks out. No DOM; text is measured through the
 * `measureText` function passed in (canvas in the browser, a fixed-width stub in unit tests).
 */
import { scaleUtc } from 'd3-scale';
import type { Story } from '../story/types.js';
import { tickFormatFor } from './ticks.js';

export type MeasureText = (text: string) => number;

export interface LayoutOptions {
  width: number;
  measureText: MeasureText;
  locale?: string | undefined;
}

/** Sizes in CSS pixels, shared with the element's styles. */
export const METRICS = {
  padding: 12,
  axisY: 44,
  laneTop: 64,
  laneHeight: 40,
  markerHeight: 32,
  markerSize: 16,
  /** Space between the box edge and the shape. */
  markerInset: 6,
  /** The box around the label: inset, gap between shape and label, padding after it, borders. */
  labelChrome: 6 + 6 + 10 + 4,
  labelGap: 8,
  maxLabelWidth: 240,
  minTickGap: 12,
  bottom: 16,
} as const;

export interface MarkerLayout {
  eventId: string;
  /** Centre of the marker shape on the time axis. */
  x: number;
  /** The event's extent as a span on the axis, where it is a range. */
  span?: { x1: number; x2: number };
  lane: number;
  /** Top-left of the marker's box (shape and label together). */
  left: number;
  top: number;
  width: number;
  /** Which side of the shape the label sits on. */
  labelSide: 'end' | 'start';
  /** The label as shown: the title, shortened with an ellipsis where it cannot fit. */
  label: string;
  truncated: boolean;
}

export interface TickLayout {
  x: number;
  label: string;
  width: number;
}

export interface EraLayout {
  eraId: string;
  label: string;
  x1: number;
  x2: number;
}

export interface TimelineLayout {
  width: number;
  height: number;
  axisY: number;
  ticks: TickLayout[];
  markers: MarkerLayout[];
  eras: EraLayout[];
  lanes: number;
}

export function layoutTimeline(story: Story, { width, measureText, locale }: LayoutOptions): TimelineLayout {
  const { padding, markerSize, labelChrome, labelGap } = METRICS;
  const innerLeft = padding;
  const innerRight = Math.max(width - padding, innerLeft + 1);

  const [domainStart, domainEnd] = paddedDomain(story);
  const scale = scaleUtc().domain([domainStart, domainEnd]).range([innerLeft + markerSize, innerRight - markerSize]);

  const ticks = placeTicks(scale, measureText, locale, innerLeft, innerRight);

  const laneEnds: number[] = [];
  const markers = story.events.map((event): MarkerLayout => {
    const x = scale(midpoint(event.start.wall, event.start.wallEnd));
    const span = event.end ? { x1: scale(event.start.wall), x2: scale(event.end.wallEnd) } : undefined;
    // The label goes after the shape where it fits, else before it, else on the roomier side, shortened.
    const edge = markerSize / 2 + METRICS.markerInset;
    const roomAfter = innerRight - (x - edge) - markerSize - labelChrome;
    const roomBefore = x + edge - innerLeft - markerSize - labelChrome;
    const naturalWidth = Math.min(measureText(event.title), METRICS.maxLabelWidth);
    const labelSide = naturalWidth <= roomAfter || roomAfter >= roomBefore ? 'end' : 'start';
    const room = Math.min(METRICS.maxLabelWidth, labelSide === 'end' ? roomAfter : roomBefore);
    const { label, width: labelWidth, truncated } = fitLabel(event.title, Math.max(room, 0), measureText);
    const boxWidth = Math.ceil(markerSize + labelChrome + labelWidth);
    const left = labelSide === 'end' ? x - edge : x + edge - boxWidth;
    let lane = laneEnds.findIndex((end) => end + labelGap <= left);
    if (lane === -1) lane = laneEnds.push(0) - 1;
    laneEnds[lane] = left + boxWidth;
    return {
      eventId: event.id,
      x,
      span,
      lane,
      left,
      top: METRICS.laneTop + lane * METRICS.laneHeight,
      width: boxWidth,
      labelSide,
      label,
      truncated,
    };
  });

  const eras = story.eras.map((era) => ({
    eraId: era.id,
    label: era.label,
    x1: scale(era.start.wall),
    x2: scale(era.end.wallEnd),
  }));

  const lanes = Math.max(1, laneEnds.length);
  return {
    width,
    height: METRICS.laneTop + lanes * METRICS.laneHeight + METRICS.bottom,
    axisY: METRICS.axisY,
    ticks,
    markers,
    eras,
    lanes,
  };
}

const DAY = 86_400_000;

function paddedDomain(story: Story): [Date, Date] {
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
  const margin = Math.max((end - start) * 0.02, DAY / 2);
  return [new Date(start - margin), new Date(end + margin)];
}

function midpoint(a: number, b: number): number {
  return a + (b - a) / 2;
}

/** The title as it fits in `maxWidth`, cut at a word or character with an ellipsis if needed. */
export function fitLabel(
  title: string,
  maxWidth: number,
  measureText: MeasureText,
): { label: string; width: number; truncated: boolean } {
  const full = measureText(title);
  if (full <= maxWidth) return { label: title, width: full, truncated: false };
  let low = 0;
  let high = title.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measureText(`${title.slice(0, mid).trimEnd()}…`) <= maxWidth) low = mid;
    else high = mid - 1;
  }
  const label = `${title.slice(0, low).trimEnd()}…`;
  return { label, width: measureText(label), truncated: true };
}

type TimeScale = ReturnType<typeof scaleUtc<number, number>>;

/** As many ticks as fit with their labels side by side and inside the chart. */
function placeTicks(
  scale: TimeScale,
  measureText: MeasureText,
  locale: string | undefined,
  innerLeft: number,
  innerRight: number,
): TickLayout[] {
  for (let count = Math.max(2, Math.floor((innerRight - innerLeft) / 70)); count >= 1; count--) {
    const dates = scale.ticks(count);
    const format = tickFormatFor(dates, locale);
    const ticks = dates.map((date) => {
      const label = format(date);
      return { x: scale(date), label, width: measureText(label) };
    });
    const fits = ticks.every((tick, i) => {
      const previous = ticks[i - 1];
      const inside = tick.x - tick.width / 2 >= 0 && tick.x + tick.width / 2 <= innerRight + METRICS.padding;
      return inside && (!previous || previous.x + previous.width / 2 + METRICS.minTickGap <= tick.x - tick.width / 2);
    });
    if (fits) return ticks;
  }
  return [];
}
