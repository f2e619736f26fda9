import type { StoryEvent } from '../story/types.js';
import type { Metrics } from './metrics.js';
import type { MeasureText } from './text-fit.js';
import type { TickLayout } from './ticks.js';
import type { TimeSpan } from './view.js';

export type Orientation = 'horizontal' | 'vertical';

export interface LayoutOptions {
  width: number;
  measureText: MeasureText;
  locale?: string | undefined;
  /** All the time there is to show (horizontal only); the story's own span, padded, when absent. */
  extent?: TimeSpan | undefined;
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
  /** The sizes of marks, for the text size they are drawn at; the base text size when absent. */
  metrics?: Metrics | undefined;
  /** Vertical: the date a row shows; the event's date on the story's clock, in English, when absent. */
  dateOf?: ((event: StoryEvent) => string) | undefined;
  /** Vertical: the words of a break in time, given its length ("5 months"); English when absent. */
  later?: ((duration: string) => string) | undefined;
  /**
   * Vertical: where the event's date starts on the clock it is shown on (see `displayWall` in
   * format/dates.ts), which the headings follow; the story's wall clock when absent.
   */
  displayWall?: ((event: StoryEvent) => number) | undefined;
}

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
  /** Vertical: the event's date as its row shows it, line by line, above the title. */
  dateLines?: string[] | undefined;
  truncated: boolean;
}

/**
 * Vertical: a note between rows: the heading of a period ("July 2019"), a break in time ("5 months
 * later") or the name of an era whose band starts there, on a line or two, shortened where it must be.
 */
export interface NoteLayout {
  kind: 'period' | 'gap' | 'era';
  lines: string[];
  top: number;
  height: number;
  left: number;
  width: number;
}

/** Vertical: a stretch of the line that joins the rows' shapes, dashed across a break in time. */
export interface RailLayout {
  from: number;
  to: number;
  dashed: boolean;
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
  /** Horizontal: the label as it fits the band's part in view; empty where nothing fits. */
  axisLabel?: string;
  from: number;
  to: number;
}

export interface TimelineLayout {
  orientation: Orientation;
  width: number;
  height: number;
  /** The sizes the layout was made with, which the marks are drawn with too. */
  metrics: Metrics;
  /** The axis line: its y when horizontal, its x when vertical. */
  axis: number;
  /** Where the axis starts and ends, in pixels along it (start > end when right to left). */
  range: TimeSpan;
  ticks: TickLayout[];
  /**
   * In time order: when horizontal, the events drawn in view and the selected event wherever it
   * is (events in view without room are counted in `clusters`); when vertical, a row for every
   * event, in the story's order, each with its own date.
   */
  markers: MarkerLayout[];
  clusters: ClusterLayout[];
  /** Along the axis: bands across the chart (vertical: from an era's name to its last row). */
  eras: EraLayout[];
  /** Vertical: headings, breaks and era names between the rows, from the top; empty when horizontal. */
  notes: NoteLayout[];
  /** Vertical: the line through the rows' shapes, from the top; empty when horizontal. */
  rail: RailLayout[];
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
