import { css, unsafeCSS } from 'lit';
import { METRICS } from '../../layout/layout.js';

// Sizes shared with the pure layout, which places markers by them (numbers, not story data).
const markerHeight = unsafeCSS(`${METRICS.markerHeight}px`);
const markerSize = unsafeCSS(`${METRICS.markerSize}px`);
const labelInset = unsafeCSS(`${METRICS.markerInset + METRICS.markerSize + 6}px`);

export const styles = css`
  :host {
    --_text: var(--rt-text, #1d1d1f);
    --_muted: var(--rt-muted, #555b62);
    --_background: var(--rt-background, #ffffff);
    --_surface: var(--rt-surface, #f3f4f6);
    --_border: var(--rt-border, #8a9099);
    --_accent: var(--rt-accent, #1a5fb4);
    --_linked: var(--rt-linked, #fff4c2);
    display: block;
    box-sizing: border-box;
    container-type: inline-size;
    color: var(--_text);
    background: var(--_background);
    font-family: var(--rt-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif);
    font-size: 1rem;
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .category-0 { --_category: var(--rt-category-0, #1f5fa8); }
  .category-1 { --_category: var(--rt-category-1, #b02a1e); }
  .category-2 { --_category: var(--rt-category-2, #6c3a99); }
  .category-3 { --_category: var(--rt-category-3, #1b6e3c); }
  .category-4 { --_category: var(--rt-category-4, #94510c); }
  .category-5 { --_category: var(--rt-category-5, #4c5661); }

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
    width: ${markerSize};
    height: ${markerSize};
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
  .zoom-controls button {
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
    color: #1d1d1f;
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
    overflow: hidden;
    /* clip, unlike hidden, cannot be scrolled by focus(): markers move only by zoom and pan. */
    overflow: clip;
    margin: 0.5rem 0 1rem;
  }
  .horizontal .chart {
    cursor: grab;
  }
  .axis {
    position: absolute;
    inset: 0;
    display: block;
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

  .marker {
    position: absolute;
    display: flex;
    align-items: center;
    height: ${markerHeight};
    margin: 0;
    padding: 0 10px 0 ${labelInset};
    border: 1px solid var(--_border);
    border-radius: calc(${markerHeight} / 2);
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
    padding: 0 ${labelInset} 0 10px;
    justify-content: flex-end;
  }
  .marker .shape {
    position: absolute;
    left: calc(var(--shape-x) - ${markerSize} / 2);
    top: calc((${markerHeight} - ${markerSize}) / 2 - 1px);
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
    color: #1d1d1f;
  }
  .quote-item[data-linked] figcaption,
  .quote-item[data-linked] .speaker {
    color: #1d1d1f;
  }
  .show-event {
    min-height: 32px;
    margin-top: 0.5rem;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_accent);
    border-radius: 4px;
    background: var(--_background);
    color: var(--_accent);
    font: inherit;
    font-size: 0.875rem;
    cursor: pointer;
  }
  .show-event:hover,
  .show-event:focus-visible {
    background: var(--_accent);
    color: var(--_background);
  }

  .problems {
    margin: 0 0 1rem;
    padding: 0.75rem 1rem;
    border: 2px solid #b3261e;
    border-radius: 8px;
    background: #fdecea;
    color: #1d1d1f;
  }
  .problems ul {
    margin: 0 0 0.5rem;
    padding-inline-start: 1.25rem;
  }
  .problems code {
    overflow-wrap: anywhere;
  }
`;
