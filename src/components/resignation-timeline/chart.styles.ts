import { css } from 'lit';

/** The zoom controls and the chart: axis, stems, markers and cluster marks. */
export const chartStyles = css`
  /*
   * The text measured for the layout is the text drawn: each probe (see text-metrics-controller)
   * in one rule with what it stands for. Sizes in em of the timeline's text and line heights as
   * numbers, so that a reader's larger text or wider spacing reaches the probes too. Marker
   * labels, and headings between vertical rows:
   */
  .marker .line,
  .note.period,
  .label-probe {
    font-size: 0.875em;
    font-weight: 600;
    line-height: 1.4;
  }
  /* The small text: tick labels, vertical rows' dates, breaks and era names (on the horizontal axis in the text's
     colour, not bold, so that they are measured as drawn and shortened to fit their band). */
  .marker .date,
  .note.gap,
  .note.era,
  .axis text,
  .tick-probe {
    font-size: 0.75em;
    font-weight: 400;
    line-height: 1.4;
  }
  .zoom-controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    margin: 0 0 1rem;
  }
  .zoom-buttons {
    display: inline-flex;
    gap: 0.25rem;
    margin-inline: auto;
  }
  .zoom-controls [data-linked] {
    background: var(--_linked);
    color: var(--_on-linked);
    text-decoration: underline wavy var(--_accent);
    text-underline-offset: 4px;
  }
  .story-controls [aria-pressed='true'] {
    border-width: 2px;
    font-weight: 600;
  }
  .story-controls [aria-pressed='false'] {
    border-style: dashed;
    color: var(--_muted);
    text-decoration: line-through;
  }
  .zoom-controls [aria-disabled='true'],
  .story-controls [aria-disabled='true'] {
    color: var(--_muted);
    border-style: dashed;
    cursor: default;
  }
  .zoom-controls [hidden] {
    display: none;
  }
  .offscreen.after {
    order: 3;
  }
  .chart {
    position: relative;
    width: 100%;
    /* clip, unlike hidden, cannot be scrolled by focus(): markers move only by zoom and pan. */
    overflow: clip;
    margin: 0.5rem 0 1rem;
  }
  /* The fallback in a rule of its own: a minifier drops a first "overflow: hidden" as unused. */
  @supports not (overflow: clip) {
    .chart {
      overflow: hidden;
    }
  }
  /* Below the chart (after the events in the tab order), the zoom controls hold the space. */
  .horizontal .chart {
    margin-bottom: 0.5rem;
  }
  /* One-finger vertical swipes scroll the page, from the first paint; the rest is zoom and pan. */
  .horizontal .chart {
    touch-action: pan-y;
  }
  /* Set once zoom and pan, which load after the first render, are bound to the chart. */
  .chart[data-zoomable] {
    cursor: grab;
  }
  .axis,
  .stems {
    position: absolute;
    inset: 0;
    display: block;
  }
  /* Moved as one during a pan: a range's bar may reach past the box it was drawn in. */
  .stems {
    overflow: visible;
  }
  .axis text {
    fill: var(--_muted);
  }
  .axis-line,
  .tick line {
    stroke: var(--_border);
    stroke-width: 1;
  }
  .era rect {
    fill: var(--_surface);
  }
  .era-edge {
    fill: none;
    stroke: var(--_border);
    stroke-dasharray: 4 3;
  }
  .era text {
    fill: var(--_text);
  }
  .stem path {
    fill: none;
    stroke: var(--_category);
    stroke-width: 1.5;
  }
  .stem .on-axis {
    fill: var(--_category);
  }
  .stem .span {
    fill: var(--_category);
  }

  /* Layers the size of the chart (moved as one while the reader pans), and the vertical notes between the rows. */
  .layer,
  .markers,
  .clusters,
  .notes {
    position: absolute;
    inset: 0;
    pointer-events: none;
  }
  .marker,
  .cluster {
    pointer-events: auto;
  }
  .marker {
    position: absolute;
    display: flex;
    align-items: center;
    height: var(--_marker-height);
    margin: 0;
    padding: 0 var(--_label-padding) 0 var(--_label-inset);
    border: var(--_border-width) solid var(--_border);
    border-radius: calc(var(--_marker-height) / 2);
    background: var(--_background);
    color: inherit;
    font: inherit;
    white-space: nowrap;
    text-align: start;
    cursor: pointer;
  }
  .marker.label-start {
    padding: 0 var(--_label-inset) 0 var(--_label-padding);
    justify-content: flex-end;
  }
  .marker .shape {
    position: absolute;
    /* Positioned inside the border, centred on the event's place (--shape-x, --shape-y from the box's corner). */
    left: calc(var(--shape-x) - var(--_marker-size) / 2 - var(--_border-width));
    top: calc(var(--shape-y) - var(--_marker-size) / 2 - var(--_border-width));
  }
  .cluster {
    position: absolute;
    min-width: var(--_cluster-min-width);
    height: var(--_cluster-height);
    padding: 0 var(--_cluster-padding);
    transform: translateX(-50%);
    border: var(--_border-width) solid var(--_border);
    border-radius: calc(var(--_cluster-height) / 2);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-size: 0.8125rem;
    font-weight: 600;
    cursor: zoom-in;
  }
  /* The selected event out of view keeps its tab stop but is not drawn in the gutter. */
  .marker.offscreen-marker {
    opacity: 0;
    pointer-events: none;
  }
  .marker .label {
    overflow: hidden;
  }
  .marker .line,
  .marker .date {
    display: block;
  }
  .marker .date {
    color: var(--_muted);
  }
  .marker:hover .date,
  .marker:focus-visible .date,
  .marker[data-linked] .date {
    color: inherit;
  }

  /* Vertical: rows stand one below the next, joined by a rail through their shapes. */
  .vertical .marker {
    border-radius: min(calc(var(--_marker-height) / 2), 0.75em);
  }
  .rail {
    bottom: auto;
  }
  .rail .axis-line {
    stroke-width: 2;
  }
  .rail .axis-line.break {
    stroke-dasharray: 3 4;
  }
  .note {
    position: absolute;
    display: flex;
    flex-direction: column;
    justify-content: center;
    overflow: hidden;
    white-space: nowrap;
  }
  .note.gap,
  .note.era {
    color: var(--_muted);
  }
  .marker.approximate {
    border-style: dashed;
  }
  /* Under the pointer or keyboard focus, or linked to the quote under the pointer: lit up alike. */
  .zoom-controls button:hover,
  .zoom-controls button:focus-visible,
  .story-controls button:hover,
  .story-controls button:focus-visible,
  .cluster:hover,
  .cluster:focus-visible,
  .marker:hover,
  .marker:focus-visible,
  .marker[data-linked] {
    background: var(--_linked);
    color: var(--_on-linked);
  }
  /* Linked to the quote under the pointer: a bar under the label, not colour alone. */
  .marker[data-linked] .label {
    text-decoration: underline wavy var(--_accent);
    text-underline-offset: 4px;
  }
  .marker[aria-selected='true'] {
    border-color: var(--_accent);
    box-shadow: 0 0 0 1px var(--_accent);
    background: var(--_surface);
    text-decoration: underline;
    text-underline-offset: 3px;
  }
`;
