/**
 * The one table of the chart's sizes. The layout places marks by these numbers and the styles
 * draw them by the same numbers (as CSS custom properties, see `metricsStyle`), so a box is
 * exactly as wide as the layout reserved for it.
 *
 * Lengths are in em of the timeline's text, so that a reader's larger text makes larger marks
 * and lanes: `metricsAt(textSize)` turns them into CSS pixels, and grows boxes to the line
 * heights the text was measured with.
 */
const LENGTHS_EM = {
  /** Room at each end of the horizontal axis. */
  padding: 0.75,
  axisY: 2.75,
  laneTop: 4,
  laneHeight: 2.5,
  markerHeight: 2,
  /** A category's shape. */
  markerSize: 1,
  /** From the box's edge to the shape. */
  markerInset: 0.375,
  /** Between the shape and its label. */
  shapeGap: 0.375,
  /** From the label to the far edge of the box. */
  labelPadding: 0.625,
  /** Between two boxes in one lane, and between cluster marks. */
  labelGap: 0.5,
  maxLabelWidth: 15,
  /**
   * Line heights of marker labels and of the small text (dates, ticks, notes between rows). The
   * text's own, as measured, where known (see `metricsAt`); these where not.
   */
  lineHeight: 1.225,
  smallLineHeight: 1.05,
  minTickGap: 0.75,
  /** Tick marks reach this far either side of the axis, and their labels sit this far from it. */
  tickSize: 0.25,
  tickPadding: 0.375,
  bottom: 1,
  /** Below this width the timeline turns vertical. */
  verticalBelow: 35,
  /** Clustered events closer than this on the axis share one mark. */
  clusterGap: 3,
  /** A cluster mark: its height, least width and padding either side of the count. */
  clusterHeight: 1.75,
  clusterMinWidth: 2,
  clusterPadding: 0.375,
  /**
   * Vertical: from the chart's sides to the rows and notes: little, for the labels' sake in
   * 320 px with large text, but never less than `focusRing`.
   */
  verticalInset: 0.375,
  /** Vertical: above the first row, and between rows. */
  verticalTop: 1,
  rowGap: 0.5,
  /** Vertical: inside a row's box, above and below its date and title. */
  rowPadding: 0.3125,
  /** Vertical: above and below a note between rows (a heading, a break, an era's name). */
  notePadding: 0.25,
  /** Vertical: more above and below a break in time, so that the dashed rail shows a jump. */
  breakPadding: 0.5,
  /** The bar of an event that spans a range, and the dot where a stem meets the axis. */
  spanThickness: 0.375,
  axisDotRadius: 0.1875,
  /** Era labels: from the band's edge, and from the top. */
  eraLabelInset: 0.25,
  eraLabelBaseline: 0.875,
} as const;

/** Sizes that are not lengths. */
const FIXED = {
  /** Borders of a marker's or cluster's box, in CSS pixels: hairlines do not grow with text. */
  border: 1,
  /**
   * Canvas and DOM text widths may differ by a fraction of a pixel: a label gets this much more
   * room than it measured, so it is never cut.
   */
  labelSlack: 2,
  /** Room for the focus ring (3 px, 2 px from its box) inside the chart, which clips. */
  focusRing: 6,
  /** Horizontal: the most lanes of labels before further events are counted in clusters. */
  maxLanes: 8,
  /**
   * Vertical: the most lines of a row's title and of a note between rows. A row's date takes all
   * the lines it needs: a date shortened by an ellipsis ("27, 1…") reads as another date.
   */
  maxTitleLines: 3,
  maxNoteLines: 2,
} as const;

export type Metrics = { readonly [K in keyof typeof LENGTHS_EM]: number } & typeof FIXED & {
    /** The font size the lengths were scaled by. */
    readonly fontSize: number;
    /** A marker's box around its label: shape, insets, padding and borders. */
    readonly labelChrome: number;
    /** A cluster mark around its count. */
    readonly clusterChrome: number;
  };

/** The text size of a timeline that the page leaves alone. */
export const BASE_FONT_SIZE = 16;

/** What the text measured: its size and line heights, in CSS pixels (see TextMetricsController). */
export interface TextSize {
  fontSize: number;
  /** Line height of marker labels; of the small text (dates, ticks, notes). */
  lineHeight?: number | undefined;
  smallLineHeight?: number | undefined;
}

const cache = new Map<string, Metrics>();
const positive = (value: number | undefined, fallback: number) =>
  value !== undefined && value > 0 && Number.isFinite(value) ? value : fallback;

/**
 * The sizes for text of `fontSize` CSS pixels: the lengths of the table scaled by it, with the
 * line heights the text was measured with (a reader's style may widen them, as WCAG 1.4.12
 * asks for), and boxes grown to hold them.
 */
export function metricsAt(text: number | TextSize = BASE_FONT_SIZE): Metrics {
  const given = typeof text === 'number' ? { fontSize: text } : text;
  const size = positive(given.fontSize, BASE_FONT_SIZE);
  const lineHeight = positive(given.lineHeight, LENGTHS_EM.lineHeight * size);
  const smallLineHeight = positive(given.smallLineHeight, LENGTHS_EM.smallLineHeight * size);
  const key = `${size} ${lineHeight} ${smallLineHeight}`;
  let metrics = cache.get(key);
  if (!metrics) {
    const lengths = Object.fromEntries(Object.entries(LENGTHS_EM).map(([name, em]) => [name, em * size])) as {
      [K in keyof typeof LENGTHS_EM]: number;
    };
    // A label's line with a little room above and below stays inside its box and its lane.
    const markerHeight = Math.max(
      lengths.markerHeight,
      Math.ceil(lineHeight + 2 * lengths.notePadding + 2 * FIXED.border),
    );
    metrics = {
      ...lengths,
      ...FIXED,
      fontSize: size,
      lineHeight,
      smallLineHeight,
      markerHeight,
      laneHeight: lengths.laneHeight + (markerHeight - lengths.markerHeight),
      labelChrome: lengths.markerInset + lengths.shapeGap + lengths.labelPadding + 2 * FIXED.border + FIXED.labelSlack,
      clusterChrome: 2 * lengths.clusterPadding + 2 * FIXED.border,
    };
    cache.set(key, metrics);
  }
  return metrics;
}

/** The sizes at the base text size, for code that needs no particular text size. */
export const METRICS = metricsAt();

const px = (value: number) => `${value}px`;

/** The sizes the styles draw with, as CSS custom properties (see the element's styles). */
export function metricsStyle(metrics: Metrics): Record<string, string> {
  return {
    '--_marker-height': px(metrics.markerHeight),
    '--_marker-size': px(metrics.markerSize),
    '--_label-inset': px(metrics.markerInset + metrics.markerSize + metrics.shapeGap),
    '--_label-padding': px(metrics.labelPadding),
    '--_border-width': px(metrics.border),
    '--_cluster-height': px(metrics.clusterHeight),
    '--_cluster-min-width': px(metrics.clusterMinWidth),
    '--_cluster-padding': px(metrics.clusterPadding),
  };
}
