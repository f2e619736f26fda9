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
  label: () => Label;
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
  const { markerSize, labelChrome, maxLabelWidth } = metrics;
  const edge = shapeOffset(metrics);
  const roomRight = innerRight - (at - edge) - markerSize - labelChrome;
  const roomLeft = at + edge - innerLeft - markerSize - labelChrome;
  const [roomAfter, roomBefore] = rtl ? [roomLeft, roomRight] : [roomRight, roomLeft];
  let measured: Label | undefined;
  const measure = (room: number): Label => {
    const { lines, width: labelWidth, truncated } = wrapLabel(event.title, Math.max(room, 0), 1, measureText);
    return { lines, truncated, width: Math.ceil(markerSize + labelChrome + labelWidth) };
  };
  const natural = roomAfter >= maxLabelWidth ? 0 : lineWidth(event.title, measureText);
  const after = roomAfter >= maxLabelWidth || Math.min(natural, maxLabelWidth) <= roomAfter || roomAfter >= roomBefore;
  const labelSide: MarkerLayout['labelSide'] = after !== rtl ? 'end' : 'start';
  const room = Math.min(maxLabelWidth, after ? roomAfter : roomBefore);
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
  const narrowest = measured
    ? measured.width
    : markerSize + labelChrome + (shortened ? Math.max(room - measureText('W…'), 0) : 0);
  return {
    ...common,
    get left() {
      return end - label().width;
    },
    sortLeft: end - (measured ? measured.width : widest),
    maxLeft: end - narrowest,
  };
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
