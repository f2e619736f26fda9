/**
 * Horizontal: each marker's box (shape and label) in the first lane, from the top, where it
 * overlaps nothing. Labels are fitted only when their box gets a lane: most events of a crowd end
 * in clusters, and measuring is what costs.
 */
import type { StoryEvent } from '../story/types.js';
import type { Metrics } from './metrics.js';
import { lineWidth, wrapLabel, type MeasureText } from './text-fit.js';
import type { MarkerLayout } from './types.js';

export interface Label {
  lines: string[];
  truncated: boolean;
  /** The whole box's width, label included. */
  width: number;
}

/**
 * A marker's box before it has a lane. `left` may need the label fitted; `sortLeft` (near it)
 * and `maxLeft` (at least it) do not, so that a box without a free lane is turned away unmeasured.
 */
export interface Box {
  event: StoryEvent;
  /** The event's place on the axis. */
  at: number;
  labelSide: MarkerLayout['labelSide'];
  readonly left: number;
  sortLeft: number;
  maxLeft: number;
  /** At least the box's width. */
  widest: number;
  lane: number;
  visible: boolean;
  label(): Label;
  /** Fits a shortened label again in `room`, the label's width its lane leaves free. */
  widen(room: number): void;
}

export interface BoxContext {
  metrics: Metrics;
  measureText: MeasureText;
  rtl: boolean;
  /** The chart's inner edges, in pixels. */
  innerLeft: number;
  innerRight: number;
}

/** From a box's edge to the centre of its shape. */
export const shapeOffset = (metrics: Metrics) => metrics.markerSize / 2 + metrics.markerInset;

/**
 * The box of `event` at `at` on the axis. The label follows the shape in reading order where it
 * fits, else goes before it, else on the roomier side, shortened.
 */
export function boxFor(
  event: StoryEvent,
  at: number,
  { metrics, measureText, rtl, innerLeft, innerRight }: BoxContext,
): Box {
  const { maxLabelWidth } = metrics;
  const chrome = metrics.markerSize + metrics.labelChrome; // the box but its label
  const edge = shapeOffset(metrics);
  const roomRight = innerRight - (at - edge) - chrome;
  const roomLeft = at + edge - innerLeft - chrome;
  const [roomAfter, roomBefore] = rtl ? [roomLeft, roomRight] : [roomRight, roomLeft];
  const natural = roomAfter >= maxLabelWidth ? 0 : lineWidth(event.title, measureText);
  const after = roomAfter >= maxLabelWidth || Math.min(natural, maxLabelWidth) <= roomAfter || roomAfter >= roomBefore;
  const room = Math.min(maxLabelWidth, after ? roomAfter : roomBefore);
  // (A label shortened to nothing still shows its ellipsis, even where that overflows the room.)
  const widest = Math.ceil(chrome + Math.max(room, measureText('…')));
  // The box starts at the shape whatever its width, or, with the label before the shape, ends there.
  const box = new MarkerBox(event, at, after !== rtl ? 'end' : 'start', widest, room, chrome, measureText);
  if (box.labelSide === 'end') return box.startingAt(at - edge);
  const end = at + edge;
  if (!rtl && natural <= room) return box.endingAt(end, box.label().width); // whole, as already measured
  // Shortened, a label still fills its room but for one letter and the ellipsis.
  const shortened = !rtl && natural > room;
  return box.endingAt(end, chrome + (shortened ? Math.max(room - measureText('W…'), 0) : 0));
}

/** A box as `boxFor` makes it: one object per event in view, its label fitted when first asked for. */
class MarkerBox implements Box {
  lane = 0;
  visible = true;
  sortLeft = 0;
  maxLeft = 0;
  /** Where the box starts (label after the shape), or where it ends (label before it). */
  #anchor = 0;
  #measured: Label | undefined;
  #room: number;
  /** The box's width but its label's. */
  readonly #chrome: number;
  readonly #measureText: MeasureText;

  constructor(
    readonly event: StoryEvent,
    readonly at: number,
    readonly labelSide: MarkerLayout['labelSide'],
    readonly widest: number,
    room: number,
    chrome: number,
    measureText: MeasureText,
  ) {
    this.#room = room;
    this.#chrome = chrome;
    this.#measureText = measureText;
  }

  startingAt(left: number): this {
    this.#anchor = this.sortLeft = this.maxLeft = left;
    return this;
  }

  /** `narrowest` is at most the box's width: the box starts at `end` less it, or further left. */
  endingAt(end: number, narrowest: number): this {
    this.#anchor = end;
    this.sortLeft = end - (this.#measured ? this.#measured.width : this.widest);
    this.maxLeft = end - narrowest;
    return this;
  }

  get left(): number {
    return this.labelSide === 'end' ? this.#anchor : this.#anchor - this.label().width;
  }

  label(): Label {
    if (!this.#measured) {
      const fitted = wrapLabel(this.event.title, Math.max(this.#room, 0), 1, this.#measureText);
      this.#measured = {
        lines: fitted.lines,
        truncated: fitted.truncated,
        width: Math.ceil(this.#chrome + fitted.width),
      };
    }
    return this.#measured;
  }

  widen(room: number): void {
    if (room <= this.#room || !this.label().truncated) return;
    this.#room = room;
    this.#measured = undefined;
  }
}

/**
 * A label shortened to the widest a label may be takes what its lane leaves free beside it, up
 * to the next box or the chart's edge: lanes stay as they were, and fewer titles end in "…".
 */
export function widenShortenedLabels(boxes: readonly Box[], { metrics, innerLeft, innerRight }: BoxContext): void {
  const chrome = metrics.markerSize + metrics.labelChrome;
  const lanes = new Map<number, Box[]>();
  for (const box of boxes) if (box.visible) lanes.set(box.lane, [...(lanes.get(box.lane) ?? []), box]);
  for (const lane of lanes.values()) {
    lane.sort((a, b) => a.left - b.left);
    lane.forEach((box, i) => {
      if (!box.label().truncated) return;
      const right = box.left + box.label().width;
      if (box.labelSide === 'end') {
        const next = lane[i + 1];
        box.widen((next ? next.left - metrics.labelGap : innerRight) - box.left - chrome);
      } else {
        const previous = lane[i - 1];
        box.widen(right - (previous ? previous.left + previous.label().width + metrics.labelGap : innerLeft) - chrome);
      }
    });
  }
}

/**
 * Gives each box the first lane where it overlaps nothing, taking the boxes from left to right;
 * lane 0 holds the selected event first, wherever it is. A box for which every lane is taken is
 * made invisible and returned among `clustered`. `lanes` is the number of lanes used.
 */
export function assignLanes(
  boxes: readonly Box[],
  selected: Box | undefined,
  metrics: Metrics,
): { lanes: number; clustered: Box[] } {
  const { labelGap, maxLanes } = metrics;
  const laneEnds: number[] = [];
  const clustered: Box[] = [];
  if (selected) laneEnds.push(-Infinity);
  const selectedSpan = selected && { left: selected.left, right: selected.left + selected.label().width };
  // A box that starts at or past the selected one's start overlaps it whatever its label's width:
  // measured only where the label could end in time.
  const clearOfSelected = (box: Box) =>
    !selectedSpan ||
    box.left >= selectedSpan.right + labelGap ||
    box.left + box.widest + labelGap <= selectedSpan.left ||
    (box.left + labelGap < selectedSpan.left && box.left + box.label().width + labelGap <= selectedSpan.left);
  for (const box of boxes.filter((b) => b !== selected).sort((a, b) => a.sortLeft - b.sortLeft)) {
    let lane = laneEnds.findIndex(
      (end, i) => end + labelGap <= box.maxLeft && end + labelGap <= box.left && (i !== 0 || clearOfSelected(box)),
    );
    if (lane === -1 && laneEnds.length < maxLanes) lane = laneEnds.push(-Infinity) - 1;
    if (lane === -1) {
      box.visible = false;
      clustered.push(box);
      continue;
    }
    laneEnds[lane] = box.left + box.label().width;
    box.lane = lane;
  }
  return { lanes: laneEnds.length, clustered };
}
