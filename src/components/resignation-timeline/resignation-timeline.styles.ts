import { css, unsafeCSS } from 'lit';
import { METRICS } from '../../layout/layout.js';

/**
 * Sizes shared with the pure layout, which places markers by them, as custom properties in a
 * sheet of their own: the stylesheet below then holds no interpolation and is plain CSS for the
 * build's minifier. Numbers from METRICS, never story data.
 */
const metrics = unsafeCSS(
  `:host{--_marker-height:${METRICS.markerHeight}px;--_marker-size:${METRICS.markerSize}px;` +
    `--_label-inset:${METRICS.markerInset + METRICS.markerSize + 6}px}`,
);

const sheet = css`
  /*
   * Colours follow the page's color-scheme: a light article keeps a light timeline, a page that
   * opts in with color-scheme: light dark gets the dark one when the reader prefers it, and the
   * theme attribute forces either. Every pair here is at least 4.5:1 for text, 3:1 for marks.
   */
  :host {
    --_text: var(--rt-text, light-dark(#1d1d1f, #eceef1));
    --_muted: var(--rt-muted, light-dark(#555b62, #b4bac2));
    --_background: var(--rt-background, light-dark(#ffffff, #16181c));
    --_surface: var(--rt-surface, light-dark(#f3f4f6, #23262b));
    --_border: var(--rt-border, light-dark(#767d86, #8f98a3));
    --_accent: var(--rt-accent, light-dark(#1a5fb4, #8ab4f8));
    --_linked: var(--rt-linked, light-dark(#fff4c2, #433a12));
    --_on-linked: var(--rt-on-linked, light-dark(#1d1d1f, #f5f0d8));
    --_alert: light-dark(#b3261e, #ff8a80);
    --_alert-background: light-dark(#fdecea, #3b1a18);
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    background: var(--_background);
    font-family: var(--rt-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif);
    font-size: 1rem;
    line-height: 1.5;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .category-0 { --_category: var(--rt-category-0, light-dark(#1f5fa8, #6ea8fe)); }
  .category-1 { --_category: var(--rt-category-1, light-dark(#b02a1e, #ff8a7a)); }
  .category-2 { --_category: var(--rt-category-2, light-dark(#6c3a99, #c39bff)); }
  .category-3 { --_category: var(--rt-category-3, light-dark(#1b6e3c, #5fd38d)); }
  .category-4 { --_category: var(--rt-category-4, light-dark(#94510c, #f0a45d)); }
  .category-5 { --_category: var(--rt-category-5, light-dark(#4c5661, #aab4be)); }
  .category-6 { --_category: var(--rt-category-6, light-dark(#0e6e73, #4fd1d9)); }
  .category-7 { --_category: var(--rt-category-7, light-dark(#a3306b, #f48fc4)); }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .label-probe,
  .tick-probe {
    position: absolute;
    visibility: hidden;
    font-size: 0.875rem;
    font-weight: 600;
  }
  .tick-probe,
  .axis text {
    font-size: 12px;
    font-weight: 400;
  }

  h2 {
    margin: 0 0 0.25rem;
    font-size: 1.375rem;
    line-height: 1.25;
  }
  h3 {
    margin: 0 0 0.5rem;
    font-size: 1.125rem;
    line-height: 1.3;
  }
  h4 {
    margin: 1rem 0 0.5rem;
    font-size: 1rem;
  }
  p {
    margin: 0 0 0.5rem;
  }
  .summary {
    max-width: 65ch;
  }
  .help {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0.5rem 0;
    padding: 0;
    list-style: none;
    font-size: 0.875rem;
  }
  .legend li,
  .category {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
  }
  .shape {
    flex: none;
    width: var(--_marker-size);
    height: var(--_marker-size);
    fill: var(--_category);
    stroke: var(--_background);
    stroke-width: 1;
  }

  .eras {
    margin: 0 0 0.5rem;
    padding: 0;
    list-style: none;
    font-size: 0.875rem;
  }
  .era-key {
    display: inline-block;
    width: 1em;
    height: 0.75em;
    margin-inline-end: 0.375rem;
    border: 1px solid var(--_border);
    background: var(--_surface);
  }
  .zoom-controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    margin: 0.5rem 0 0;
  }
  .zoom-buttons {
    display: inline-flex;
    gap: 0.25rem;
    margin-inline: auto;
  }
  .zoom-controls button,
  .show-event {
    min-width: 32px;
    min-height: 32px;
    padding: 0.25rem 0.625rem;
    border: 1px solid var(--_border);
    border-radius: 4px;
    background: var(--_background);
    color: var(--_text);
    font: inherit;
    font-size: 0.875rem;
    cursor: pointer;
  }
  .zoom-controls button:hover,
  .zoom-controls button:focus-visible {
    background: var(--_linked);
    color: var(--_on-linked);
  }
  .zoom-controls [data-linked] {
    background: var(--_linked);
    color: var(--_on-linked);
    text-decoration: underline wavy var(--_accent);
    text-underline-offset: 4px;
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
    stroke: var(--_border);
    stroke-dasharray: 4 3;
  }
  .era text {
    font-weight: 600;
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

  /* Layers the size of the chart, moved as one while the reader pans. */
  .layer,
  .markers,
  .clusters {
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
    padding: 0 10px 0 var(--_label-inset);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_marker-height) / 2);
    background: var(--_background);
    color: inherit;
    font: inherit;
    font-size: 0.875rem;
    font-weight: 600;
    white-space: nowrap;
    text-align: start;
    cursor: pointer;
  }
  .marker.label-start {
    padding: 0 var(--_label-inset) 0 10px;
    justify-content: flex-end;
  }
  .marker .shape {
    position: absolute;
    left: calc(var(--shape-x) - var(--_marker-size) / 2);
    top: calc((var(--_marker-height) - var(--_marker-size)) / 2 - 1px);
  }
  .cluster {
    position: absolute;
    min-width: 32px;
    height: 28px;
    padding: 0 6px;
    transform: translateX(-50%);
    border: 1px solid var(--_border);
    border-radius: 14px;
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-size: 0.8125rem;
    font-weight: 600;
    cursor: zoom-in;
  }
  .cluster:hover,
  .cluster:focus-visible {
    background: var(--_linked);
    color: var(--_on-linked);
  }
  /* The selected event out of view keeps its tab stop but is not drawn in the gutter. */
  .marker.offscreen-marker {
    opacity: 0;
    pointer-events: none;
  }
  .marker .label {
    overflow: hidden;
    line-height: 20px;
  }
  .marker .line {
    display: block;
  }
  .marker.approximate {
    border-style: dashed;
  }
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
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }

  .panel {
    padding: 1rem;
    border: 1px solid var(--_border);
    border-radius: 8px;
    background: var(--_surface);
  }
  .event-meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .status {
    color: var(--_text);
  }
  .field-label {
    font-weight: 600;
  }
  .sources {
    margin-top: 1rem;
  }
  .event-image {
    margin: 0 0 0.5rem;
  }
  .event-image img {
    max-width: 100%;
    height: auto;
  }
  .panel-quotes,
  .quote-list {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.75rem;
  }

  .quote-card {
    margin: 0;
  }
  blockquote {
    margin: 0 0 0.5rem;
    padding-inline-start: 0.75rem;
    border-inline-start: 4px solid var(--_border);
    font-family: var(--rt-quote-font-family, Georgia, 'DejaVu Serif', serif);
  }
  blockquote p:last-child {
    margin-bottom: 0;
  }
  figcaption {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .speaker {
    color: var(--_text);
    font-weight: 600;
  }
  a {
    color: var(--_accent);
  }

  .all-quotes {
    margin-top: 1.5rem;
  }
  .quote-item {
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: 8px;
  }
  .quote-item[data-linked] {
    border: 2px solid var(--_accent);
    background: var(--_linked);
    color: var(--_on-linked);
  }
  .quote-item[data-linked] figcaption,
  .quote-item[data-linked] .speaker {
    color: var(--_on-linked);
  }
  .show-event {
    margin-top: 0.5rem;
    border-color: var(--_accent);
    color: var(--_accent);
  }
  .show-event:hover,
  .show-event:focus-visible {
    background: var(--_accent);
    color: var(--_background);
  }

  .problems {
    margin: 0 0 1rem;
    padding: 0.75rem 1rem;
    border: 2px solid var(--_alert);
    border-radius: 8px;
    background: var(--_alert-background);
    color: var(--_text);
  }
  .problems ul {
    margin: 0 0 0.5rem;
    padding-inline-start: 1.25rem;
  }
  .problems code {
    overflow-wrap: anywhere;
  }

  @media (forced-colors: active) {
    .shape {
      fill: CanvasText;
      stroke: Canvas;
    }
    .stem path,
    .axis-line,
    .tick line,
    .era-edge {
      stroke: CanvasText;
    }
    .stem .span,
    .stem .on-axis {
      fill: CanvasText;
    }
    .axis text {
      fill: CanvasText;
    }
    .marker[aria-selected='true'] {
      border: 3px solid Highlight;
    }
  }

  .print-only {
    display: none;
  }
  @media print {
    .zoom-controls,
    .chart,
    .help,
    .show-event,
    .panel {
      display: none;
    }
    .print-only {
      display: block;
    }
    .quote-item,
    .event-list li {
      break-inside: avoid;
    }
  }
`;

/** The element's styles: the shared sizes first, then the sheet that uses them. */
export const styles = [metrics, sheet];
