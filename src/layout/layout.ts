/**
 * Pure layout: a story, a width and a view of time in; positioned marks out. No DOM: text is
 * measured through the `measureText` function passed in (canvas in the browser, a fixed-width
 * stub in unit tests).
 *
 * Wide: time runs left to right along an axis at the top; each marker's box (shape and label) goes
 * in the first lane down where it overlaps nothing. Narrow: time runs down an axis on the left;
 * each event gets its own row, pushed down where the one before needs the room, with a stem to
 * its true place on the axis.
 */
import { scaleLinear } from 'd3-scale';
import { utcTicks } from 'd3-time';
import type { Story, StoryEvent } from '../story/types.js';
import { tickLabel } from './ticks.js';

export type MeasureText = (text: string) => number;
export type Orientation = 'horizontal' | 'vertical';
/** A span of the story's wall-clock time, in UTC milliseconds (see story/dates.ts). */
export type TimeSpan = readonly [number, number];

export interface LayoutOptions {
  width: number;
  measureText: MeasureText;
  locale?: string | undefined;
  /** The time to show (horizontal only); all of the story when absent. */
  view?: TimeSpan | undefined;
  /** Chosen from the width when absent. */
  orientation?: Orientation | undefined;
  /** Measures tick labels, which are smaller than marker labels; `measureText` when absent. */
  measureTickText?: MeasureText | undefined;
  /** Right-to-left text: time runs from right to left (horizontal only). */
  rtl?: boolean | undefined;
  /** The selected event: placed before all others, so it is never lost in a cluster. */
  selectedId?: string | undefined;
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
  tickLabelHeight: 16,
  bottom: 16,
  /** Below this width the timeline turns vertical. */
  verticalBelow: 560,
  /** Horizontal: the most lanes of labels before further events are counted in clusters. */
  maxLanes: 8,
  /** Clustered events closer than this on the axis share one mark. */
  clusterGap: 48,
  /** A cluster mark: its least width, and its padding and borders around the count. */
  clusterMinWidth: 32,
  clusterChrome: 6 + 6 + 2,
  /** Vertical: x of the axis line, leaving room for tick labels on its left. */
  verticalAxisX: 72,
  verticalTop: 16,
  rowGap: 8,
  lineHeight: 20,
} as const;

export interface MarkerLayout {
  eventId: string;
  /** Position of the event's time on the axis (x when horizontal, y when vertical). */
  at: number;
  /** The event's extent along the axis, where it is a range. */
  span?: { from: number; to: number } | undefined;
  /** False for the selected event out of view (or one that came into view mid-gesture): not drawn. */
  visible: boolean;
  lane: number;
  /** The marker's box (shape and label together). */
  left: number;
  top: number;
  width: number;
  /** Centre of the marker's shape. */
  shapeX: number;
  shapeY: number;
  /** Which side of the shape the label sits on. */
  labelSide: 'end' | 'start';
  /** Height of the marker's box: one line of label, or two when vertical and needed. */
  height: number;
  /** The label as shown, line by line: the title, shortened with an ellipsis where it cannot fit. */
  lines: string[];
  truncated: boolean;
}

export interface TickLayout {
  /** Position on the axis. */
  at: number;
  label: string;
  /** Size of the label along the axis. */
  size: number;
}

/** Events there was no room to label, counted in one mark on the axis that zooms in on them. */
export interface ClusterLayout {
  /** Where the mark sits on the axis, and the top of its row (below the lanes). */
  at: number;
  top: number;
  /** The mark's width, centred on `at`. */
  width: number;
  eventIds: string[];
  /** The span of time the events cover. */
  from: number;
  to: number;
}

export interface EraLayout {
  eraId: string;
  label: string;
  from: number;
  to: number;
}

export interface TimelineLayout {
  orientation: Orientation;
  width: number;
  height: number;
  /** The axis line: its y when horizontal, its x when vertical. */
  axis: number;
  /** Where the axis starts and ends, in pixels along it (start > end when right to left). */
  range: TimeSpan;
  ticks: TickLayout[];
  /**
   * In time order: when horizontal, the events drawn in view and the selected event wherever it
   * is (events in view without room are counted in `clusters`); when vertical, every event.
   */
  markers: MarkerLayout[];
  clusters: ClusterLayout[];
  eras: EraLayout[];
  /** All of the story's time, padded. */
  extent: TimeSpan;
  /** The time shown. */
  view: TimeSpan;
  /** Ids of events before and after the view, nearest first. */
  offscreen: { before: string[]; after: string[] };
  /**
   * Mid-pan (see `followView`): markers, their stems and cluster marks are drawn this many pixels
   * along the axis from where they are laid out. Else 0.
   */
  shift: number;
}

export function orientationFor(width: number): Orientation {
  return width < METRICS.verticalBelow ? 'vertical' : 'horizontal';
}

export function layoutTimeline(story: Story, options: LayoutOptions): TimelineLayout {
  const orientation = options.orientation ?? orientationFor(options.width);
  return orientation === 'vertical' ? layoutVertical(story, options) : layoutHorizontal(story, options);
}

/** Where the horizontal axis starts and ends in pixels for a given width. */
function horizontalRange(width: number, rtl: boolean): TimeSpan {
  const { padding, markerSize } = METRICS;
  const range: TimeSpan = [padding + markerSize, Math.max(width - padding - markerSize, padding + markerSize + 1)];
  return rtl ? [range[1], range[0]] : range;
}

function layoutHorizontal(
  story: Story,
  { width, measureText, measureTickText, locale, view, rtl = false, selectedId }: LayoutOptions,
): TimelineLayout {
  const { padding, markerSize, labelChrome, labelGap } = METRICS;
  const innerLeft = padding;
  const innerRight = Math.max(width - padding, innerLeft + 1);
  const extent = storyExtent(story);
  const shown = clampView(view ?? extent, extent);
  const range = horizontalRange(width, rtl);
  const scale = timeScale(shown, range);

  const ticks = placeTicks(scale, measureTickText ?? measureText, locale, [0, width]);

  const edge = markerSize / 2 + METRICS.markerInset;
  const { order, first, last, beforeView, offscreen } = eventsInView(story, scale, rtl);

  type Label = { lines: string[]; truncated: boolean; width: number };
  /**
   * `left` may need the label fitted; `sortLeft` (near it) and `maxLeft` (at least it) do not, so
   * that a box without a free lane is turned away unmeasured.
   */
  type Box = {
    event: StoryEvent;
    at: number;
    labelSide: MarkerLayout['labelSide'];
    readonly left: number;
    sortLeft: number;
    maxLeft: number;
    /** At least the box's width. */
    widest: number;
    lane: number;
    visible: boolean;
    label: () => Label;
  };
  const boxFor = (event: StoryEvent): Box => {
    const at = scale(eventTime(event));
    // The label follows the shape in reading order where it fits, else goes before it, else on
    // the roomier side, shortened.
    const roomRight = innerRight - (at - edge) - markerSize - labelChrome;
    const roomLeft = at + edge - innerLeft - markerSize - labelChrome;
    const [roomAfter, roomBefore] = rtl ? [roomLeft, roomRight] : [roomRight, roomLeft];
    let measured: Label | undefined;
    const measure = (room: number) => {
      const { lines, width: labelWidth, truncated } = wrapLabel(event.title, Math.max(room, 0), 1, measureText);
      return { lines, truncated, width: Math.ceil(markerSize + labelChrome + labelWidth) };
    };
    const natural = roomAfter >= METRICS.maxLabelWidth ? 0 : measureText(event.title);
    const after = roomAfter >= METRICS.maxLabelWidth || Math.min(natural, METRICS.maxLabelWidth) <= roomAfter || roomAfter >= roomBefore;
    const labelSide: MarkerLayout['labelSide'] = after !== rtl ? 'end' : 'start';
    const room = Math.min(METRICS.maxLabelWidth, after ? roomAfter : roomBefore);
    // A label is fitted (and shortened, measuring again and again) only if its box gets a lane:
    // most events of a crowd end in clusters.
    const label = () => (measured ??= measure(room));
    // (A label shortened to nothing still shows its ellipsis, even where that overflows the room.)
    const widest = Math.ceil(markerSize + labelChrome + Math.max(room, measureText('…')));
    const common = { event, at, labelSide, lane: 0, visible: true, label, widest };
    if (labelSide === 'end') {
      const left = at - edge; // the box starts at the shape, whatever its width
      return { ...common, left, sortLeft: left, maxLeft: left };
    }
    // The box ends at the shape: where it starts depends on the label's width. Shortened, a label
    // still fills its room but for one letter and the ellipsis.
    const end = at + edge;
    if (!rtl && natural <= room) label(); // whole, as already measured
    const shortened = !rtl && natural > room;
    const narrowest = measured ? measured.width : markerSize + labelChrome + (shortened ? Math.max(room - measureText('W…'), 0) : 0);
    return {
      ...common,
      get left() {
        return end - label().width;
      },
      sortLeft: end - (measured ? measured.width : widest),
      maxLeft: end - narrowest,
    };
  };
  const boxes = order.slice(first, last).map((i) => boxFor(story.events[i]!));

  // Each box in view goes in the first lane, from the top, where it overlaps nothing, taking the
  // boxes from left to right. Where every lane is taken, the event joins a cluster instead.
  const laneEnds: number[] = [];
  const clustered: Box[] = [];
  const selected = boxes.find((box) => box.event.id === selectedId);
  if (selected) laneEnds.push(-Infinity); // lane 0 holds the selected event wherever it is
  const selectedSpan = selected && { left: selected.left, right: selected.left + selected.label().width };
  const clearOfSelected = (box: Box) =>
    !selectedSpan ||
    box.left >= selectedSpan.right + labelGap ||
    box.left + box.widest + labelGap <= selectedSpan.left ||
    box.left + box.label().width + labelGap <= selectedSpan.left;
  for (const box of boxes.filter((b) => b !== selected).sort((a, b) => a.sortLeft - b.sortLeft)) {
    let lane = laneEnds.findIndex((end, i) => end + labelGap <= box.maxLeft && end + labelGap <= box.left && (i !== 0 || clearOfSelected(box)));
    if (lane === -1 && laneEnds.length < METRICS.maxLanes) lane = laneEnds.push(-Infinity) - 1;
    if (lane === -1) {
      box.visible = false;
      clustered.push(box);
      continue;
    }
    laneEnds[lane] = box.left + box.label().width;
    box.lane = lane;
  }
  const clusters: ClusterLayout[] = [];
  const clusterWidth = (count: number) => Math.ceil(Math.max(METRICS.clusterMinWidth, measureText(`+${count}`) + METRICS.clusterChrome));
  const overlapping = (a: ClusterLayout, b: ClusterLayout) => Math.abs(a.at - b.at) < (a.width + b.width) / 2 + labelGap;
  for (const box of clustered.sort((a, b) => eventTime(a.event) - eventTime(b.event))) {
    const time = eventTime(box.event);
    const last = clusters.at(-1);
    if (last && Math.abs(box.at - last.at) <= METRICS.clusterGap) {
      last.eventIds.push(box.event.id);
      last.from = Math.min(last.from, time);
      last.to = Math.max(last.to, time);
      last.width = clusterWidth(last.eventIds.length);
    } else {
      clusters.push({ at: box.at, top: 0, width: clusterWidth(1), eventIds: [box.event.id], from: time, to: time });
    }
    // A count grown wider than the room between marks joins the mark before it.
    while (clusters.length > 1 && overlapping(clusters.at(-2)!, clusters.at(-1)!)) {
      const joined = clusters.pop()!;
      const before = clusters.at(-1)!;
      before.eventIds.push(...joined.eventIds);
      before.from = Math.min(before.from, joined.from);
      before.to = Math.max(before.to, joined.to);
      before.width = clusterWidth(before.eventIds.length);
    }
  }
  const toMarker = ({ event, at, visible, labelSide, left, lane, label }: Omit<Box, 'sortLeft' | 'maxLeft'>): MarkerLayout => {
    const top = METRICS.laneTop + lane * METRICS.laneHeight;
    const { lines, truncated, width: boxWidth } = label();
    const span = event.end ? { from: scale(event.start.wall), to: scale(event.end.wallEnd) } : undefined;
    return { eventId: event.id, at, span, visible, lane, left, top, width: boxWidth, shapeX: at, shapeY: top + METRICS.markerHeight / 2, labelSide, height: METRICS.markerHeight, lines, truncated };
  };
  const markers = boxes.filter((box) => box.visible).map(toMarker);
  // The selected event out of view still has a marker, which holds the tab stop, but is not drawn.
  const selectedOutside = !selected && selectedId !== undefined ? story.eventById.get(selectedId) : undefined;
  if (selectedOutside) {
    const at = scale(eventTime(selectedOutside));
    const outside = toMarker({
      event: selectedOutside,
      at,
      labelSide: rtl ? 'start' : 'end',
      left: rtl ? at + edge - markerSize - labelChrome : at - edge,
      lane: 0,
      visible: false,
      label: () => ({ lines: [selectedOutside.title], truncated: false, width: markerSize + labelChrome }),
      widest: markerSize + labelChrome,
    });
    if (beforeView(at)) markers.unshift(outside);
    else markers.push(outside);
  }

  for (const cluster of clusters) cluster.top = METRICS.laneTop + laneEnds.length * METRICS.laneHeight;
  const lanes = Math.max(1, laneEnds.length) + (clusters.length > 0 ? 1 : 0);
  return {
    orientation: 'horizontal',
    width,
    height: METRICS.laneTop + lanes * METRICS.laneHeight + METRICS.bottom,
    axis: METRICS.axisY,
    range,
    ticks,
    markers,
    clusters,
    eras: erasOn(story, scale),
    extent,
    view: shown,
    offscreen,
    shift: 0,
  };
}

function layoutVertical(story: Story, { width, measureText, measureTickText, locale }: LayoutOptions): TimelineLayout {
  const { padding, markerSize, labelChrome, rowGap, verticalAxisX, verticalTop } = METRICS;
  const rowHeight = METRICS.markerHeight + rowGap;
  const extent = storyExtent(story);
  // Tall enough that rows rarely need pushing where events are evenly spread.
  const length = Math.max(story.events.length * rowHeight * 1.5, 240);
  const range: TimeSpan = [verticalTop + METRICS.markerHeight / 2, verticalTop + METRICS.markerHeight / 2 + length];
  const scale = timeScale(extent, range);
  // Tick labels sit left of the axis, one line each.
  const ticks = placeTicks(scale, measureTickText ?? measureText, locale, [0, range[1] + rowHeight], {
    size: METRICS.tickLabelHeight,
    maxWidth: verticalAxisX - 10,
  });

  const boxLeft = verticalAxisX + 12;
  const room = Math.min(METRICS.maxLabelWidth * 2, width - padding - boxLeft - markerSize - labelChrome);
  let nextFreeTop = verticalTop;
  const markers = story.events.map((event): MarkerLayout => {
    const at = scale(eventTime(event));
    const span = event.end ? { from: scale(event.start.wall), to: scale(event.end.wallEnd) } : undefined;
    const { lines, width: labelWidth, truncated } = wrapLabel(event.title, Math.max(room, 0), 2, measureText);
    const height = METRICS.markerHeight + (lines.length - 1) * METRICS.lineHeight;
    const top = Math.max(at - METRICS.markerHeight / 2, nextFreeTop);
    nextFreeTop = top + height + rowGap;
    return {
      eventId: event.id,
      at,
      span,
      visible: true,
      lane: 0,
      left: boxLeft,
      top,
      width: Math.ceil(markerSize + labelChrome + labelWidth),
      shapeX: boxLeft + METRICS.markerInset + markerSize / 2,
      shapeY: top + METRICS.markerHeight / 2,
      labelSide: 'end',
      height,
      lines,
      truncated,
    };
  });

  const height = Math.max(nextFreeTop, range[1] + METRICS.tickLabelHeight) + METRICS.bottom;
  return {
    orientation: 'vertical',
    width,
    height,
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

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

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
  const margin = Math.max((end - start) * 0.02, HOUR);
  return [start - margin, end + margin];
}

/** The shortest span of time a reader can zoom to. */
export const MIN_VIEW_SPAN = 6 * HOUR;

function clampView([start, end]: TimeSpan, [min, max]: TimeSpan): TimeSpan {
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
 * The events in view: `order` (story indexes by time) from `first` to before `last`. An event in
 * view has its shape on the axis range, so its box starts inside the chart. Found by binary
 * search, so that a frame costs what is in view, not the whole story.
 */
function eventsInView(story: Story, scale: TimeScale, rtl: boolean) {
  const range = scale.range() as [number, number];
  const [rangeLeft, rangeRight] = [Math.min(...range), Math.max(...range)];
  const beforeView = (at: number) => (rtl ? at > rangeRight + 0.5 : at < rangeLeft - 0.5);
  const afterView = (at: number) => (rtl ? at < rangeLeft - 0.5 : at > rangeRight + 0.5);
  const { order, times } = timeIndexOf(story);
  const first = firstWhere(order.length, (k) => !beforeView(scale(times[k]!)));
  const last = firstWhere(order.length, (k) => afterView(scale(times[k]!)));
  const idsOf = (indexes: number[]) => indexes.map((i) => story.events[i]!.id);
  // Nearest first on either side.
  const offscreen = { before: idsOf(order.slice(0, first).reverse()), after: idsOf(order.slice(last)) };
  return { order, first, last, beforeView, afterView, offscreen };
}

function erasOn(story: Story, scale: TimeScale): EraLayout[] {
  return story.eras.map((era) => ({ eraId: era.id, label: era.label, from: scale(era.start.wall), to: scale(era.end.wallEnd) }));
}

/** The story's events in the order of their places on the axis, and those places (per story). */
const timeIndexes = new WeakMap<Story, { order: number[]; times: Float64Array }>();
function timeIndexOf(story: Story): { order: number[]; times: Float64Array } {
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
function firstWhere(n: number, test: (i: number) => boolean): number {
  let low = 0;
  let high = n;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (test(mid)) high = mid;
    else low = mid + 1;
  }
  return low;
}

function midpoint(a: number, b: number): number {
  return a + (b - a) / 2;
}

/** The time an event's marker stands for: the middle of its start date's period. */
export function eventTime(event: StoryEvent): number {
  return midpoint(event.start.wall, event.start.wallEnd);
}

/**
 * During a gesture: the settled layout carried to another view of the same story. Markers and
 * cluster marks move with their times but keep their lanes and labels, so nothing jumps under the
 * reader's finger, and nothing is measured or placed again (a frame costs what is drawn). Events
 * that come into view are drawn, and everything is re-placed, when the gesture ends. Only the
 * ticks and the counts beyond the edges are new.
 */
export function followView(settled: TimelineLayout, story: Story, options: LayoutOptions): TimelineLayout {
  const rtl = options.rtl ?? false;
  if (settled.orientation !== 'horizontal' || settled.width !== options.width || orientationFor(options.width) !== 'horizontal') {
    return layoutTimeline(story, options);
  }
  const shown = clampView(options.view ?? settled.extent, settled.extent);
  const scale = timeScale(shown, settled.range);
  const { beforeView, afterView, offscreen } = eventsInView(story, scale, rtl);
  // (A mark that slides out of view is counted on the edge button instead.)
  const inView = (at: number) => !beforeView(at) && !afterView(at);
  const common = {
    ticks: placeTicks(scale, options.measureTickText ?? options.measureText, options.locale, [0, settled.width]),
    eras: erasOn(story, scale),
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
  const markers = settled.markers.map((marker): MarkerLayout => {
    const event = story.eventById.get(marker.eventId)!;
    const at = scale(eventTime(event));
    const shift = at - marker.at;
    const span = event.end ? { from: scale(event.start.wall), to: scale(event.end.wallEnd) } : undefined;
    const visible = marker.visible && inView(at);
    return { ...marker, at, span, left: marker.left + shift, shapeX: marker.shapeX + shift, visible };
  });
  return {
    ...settled,
    ...common,
    markers,
    clusters: settled.clusters.map((cluster) => ({ ...cluster, at: scale(timeOf(cluster.eventIds[0]!)) })).filter((cluster) => inView(cluster.at)),
    shift: 0,
  };
}

/**
 * The title in at most `maxLines` lines of `maxWidth`, broken between words, the last line cut
 * with an ellipsis if the rest does not fit. `width` is the widest line.
 */
export function wrapLabel(
  title: string,
  maxWidth: number,
  maxLines: number,
  measureText: MeasureText,
): { lines: string[]; width: number; truncated: boolean } {
  const lines: string[] = [];
  let rest = title.trim();
  while (rest && lines.length < maxLines - 1 && measureText(rest) > maxWidth) {
    const words = rest.split(/\s+/);
    let taken = 0;
    while (taken < words.length && measureText(words.slice(0, taken + 1).join(' ')) <= maxWidth) taken++;
    if (taken === 0) break; // a single word wider than the line: cut it below instead
    lines.push(words.slice(0, taken).join(' '));
    rest = words.slice(taken).join(' ');
  }
  const last = fitLabel(rest, maxWidth, measureText);
  lines.push(last.label);
  return { lines, width: Math.max(...lines.map(measureText)), truncated: last.truncated };
}

/** The title as it fits in `maxWidth`, cut with an ellipsis if needed. */
export function fitLabel(
  title: string,
  maxWidth: number,
  measureText: MeasureText,
): { label: string; width: number; truncated: boolean } {
  const full = measureText(title);
  if (full <= maxWidth) return { label: title, width: full, truncated: false };
  const fits = (length: number) => measureText(`${title.slice(0, length).trimEnd()}…`) <= maxWidth;
  // The longest start that fits with the ellipsis: from a guess in proportion to the widths, a
  // step or two either way (a binary search measured six or seven times; labels are many).
  let low = Math.max(0, Math.min(title.length - 1, Math.floor((title.length * maxWidth) / full) || 0));
  if (fits(low)) {
    while (low + 1 < title.length && fits(low + 1)) low++;
  } else {
    while (low > 0 && !fits(low)) low--;
  }
  const label = `${title.slice(0, low).trimEnd()}…`;
  return { label, width: measureText(label), truncated: true };
}

/**
 * A linear scale from story time (wall-clock milliseconds) to pixels. D3's scaleUtc would do the
 * same, but it also brings d3-time-format (about 5 KB gzip) for tick formats we take from Intl;
 * its ticks come from d3-time's utcTicks, used directly here.
 */
export function timeScale(domain: TimeSpan, range: TimeSpan) {
  return scaleLinear().domain(domain).range(range);
}

type TimeScale = ReturnType<typeof timeScale>;

/**
 * As many ticks as fit with their labels apart and inside `bounds` along the axis. Along a
 * horizontal axis a label takes its measured width; along a vertical one, one line (`across.size`),
 * and it must fit in `across.maxWidth` beside the axis.
 */
function placeTicks(
  scale: TimeScale,
  measureText: MeasureText,
  locale: string | undefined,
  [min, max]: TimeSpan,
  across?: { size: number; maxWidth: number },
): TickLayout[] {
  const [r0, r1] = scale.range() as [number, number];
  const [d0, d1] = scale.domain() as [number, number];
  // Fewer ticks each time, by at most a third: d3's tick intervals are at least twice apart, so
  // none is skipped, and a tall vertical axis (thousands of events) takes tens of tries, not
  // thousands. Each try stops at its first tick that does not fit.
  for (let count = Math.max(2, Math.floor(Math.abs(r1 - r0) / 70)); count >= 1; count = Math.min(count - 1, Math.floor(count * 0.8))) {
    const dates = utcTicks(new Date(d0), new Date(d1), count);
    const ticks: TickLayout[] = [];
    for (const [i, date] of dates.entries()) {
      const at = scale(date.getTime());
      const previous = ticks[i - 1];
      // Along a vertical axis every label takes one line: spacing is known before formatting.
      if (across && previous && Math.abs(at - previous.at) < across.size + METRICS.minTickGap) break;
      const label = tickLabel(date, i === 0, locale);
      const width = measureText(label);
      const tick = { at, label, size: across ? across.size : width };
      const inside = at - tick.size / 2 >= min && at + tick.size / 2 <= max;
      const apart = !previous || Math.abs(at - previous.at) >= (previous.size + tick.size) / 2 + METRICS.minTickGap;
      if (!inside || !apart || (across && width > across.maxWidth)) break;
      ticks.push(tick);
    }
    if (ticks.length === dates.length) return ticks;
  }
  return [];
}
