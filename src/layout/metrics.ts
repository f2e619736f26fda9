/**
 * The one table of the chart's sizes. The layout places marks by these numbers and the styles
 * draw them by the same numbers (as CSS custom properties, see `metricsStyle`), so a box is
 * exactly as wide as the layout reserved for it.
 *
 * Lengths are in em of the timeline's text, so that a reader's larger text makes larger marks
 * and lanes: `metricsAt(fontSize)` turns them into CSS pixels.
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
  /** The line height of marker labels (two-line labels when vertical). */
  lineHeight: 1.25,
  minTickGap: 0.75,
  tickLabelHeight: 1,
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
  /** Vertical: x of the axis line, leaving room for tick labels on its left. */
  verticalAxisX: 4.5,
  /** Vertical: from the axis to the markers' boxes. */
  verticalBoxGap: 0.75,
  verticalTop: 1,
  rowGap: 0.5,
  /** The bar of an event that spans a range, and the dot where a stem meets the axis. */
  spanThickness: 0.375,
  axisDotRadius: 0.1875,
  /** Era labels: from the band's edge, and from the top. */
  eraLabelInset: 0.25,
  eraLabelBaseline: 0.875,
  /** Vertical: a stem leaves the axis straight for this long, then slants to its marker. */
  stemElbow: 0.375,
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
  /** Horizontal: the most lanes of labels before further events are counted in clusters. */
  maxLanes: 8,
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

const cache = new Map<number, Metrics>();

/** The sizes for text of `fontSize` CSS pixels. */
export function metricsAt(fontSize: number = BASE_FONT_SIZE): Metrics {
  const size = fontSize > 0 && Number.isFinite(fontSize) ? fontSize : BASE_FONT_SIZE;
  let metrics = cache.get(size);
  if (!metrics) {
    const lengths = Object.fromEntries(Object.entries(LENGTHS_EM).map(([name, em]) => [name, em * size])) as {
      [K in keyof typeof LENGTHS_EM]: number;
    };
    metrics = {
      ...lengths,
      ...FIXED,
      fontSize: size,
      labelChrome: lengths.markerInset + lengths.shapeGap + lengths.labelPadding + 2 * FIXED.border + FIXED.labelSlack,
      clusterChrome: 2 * lengths.clusterPadding + 2 * FIXED.border,
    };
    cache.set(size, metrics);
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
    '--_line-height': px(metrics.lineHeight),
    '--_border-width': px(metrics.border),
    '--_cluster-height': px(metrics.clusterHeight),
    '--_cluster-min-width': px(metrics.clusterMinWidth),
    '--_cluster-padding': px(metrics.clusterPadding),
  };
}
