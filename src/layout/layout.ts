/**
 * Pure layout: a story, a width and a view of time in; positioned marks out. No DOM: text is
 * measured through the `measureText` function passed in (canvas in the browser, a fixed-width
 * stub in unit tests). Each part has its own module; this one gathers them.
 */
export { layoutTimeline, orientationFor } from './timeline.js';
export { followView } from './follow-view.js';
export { METRICS, metricsAt, metricsStyle, type Metrics, type TextSize } from './metrics.js';
export { breakPieces, fitLabel, graphemes, wrapLabel, type MeasureText } from './text-fit.js';
export { inWindow } from './vertical.js';
export type { TickLayout } from './ticks.js';
export type {
  ClusterLayout,
  EraLayout,
  LayoutOptions,
  MarkerLayout,
  NoteLayout,
  Orientation,
  RailLayout,
  TimelineLayout,
} from './types.js';
export { eventTime, initialView, MIN_VIEW_SPAN, storyExtent, timeScale, type TimeSpan } from './view.js';
