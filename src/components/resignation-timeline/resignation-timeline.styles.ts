import { css } from 'lit';

/**
 * The timeline's colours, text and header. Sizes that the layout also uses come from its one
 * table (layout/metrics.ts), set as custom properties (--_marker-size, ...) on the timeline.
 */
export const baseStyles = css`
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
    /*
     * What the timeline sets for itself holds against a page's global resets (* { all: revert })
     * and !important rules: an !important declaration of the shadow tree wins over the page's.
     * The page themes it through the --rt-* properties instead.
     */
    display: block !important;
    box-sizing: border-box !important;
    color: var(--_text) !important;
    background: var(--_background) !important;
    font-family: var(--rt-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif)
      !important;
    font-size: 1rem !important;
    line-height: 1.5 !important;
    /* A word longer than a narrow column (large text, 320 px) breaks rather than overflow. */
    overflow-wrap: break-word;
  }
  :host([theme='light']) {
    color-scheme: light !important;
  }
  :host([theme='dark']) {
    color-scheme: dark !important;
  }
  :host([hidden]) {
    display: none !important;
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

  /* (No negative margin: in right-to-left text it put the pixel past the page's edge, a sideways scroll.) */
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    /* Up by its own height: last in the element, it would hang a pixel below it (an iframe would scroll). */
    margin: -1px 0 0;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  /*
   * While a story loads and the element has no content of its own to show, it holds a screen's
   * height: a story drawn taller than what is left of the screen then moves nothing in view.
   */
  .loading {
    min-height: 100vh;
    margin: 0;
  }
  /* Text is measured in these, styled as the marker labels and the small text are (see chart.styles.ts). */
  .probe {
    position: absolute;
    display: inline-block;
    visibility: hidden;
    white-space: pre;
    pointer-events: none;
  }

  /*
   * Story text may hold a long URL or word: it wraps anywhere rather than widen the page
   * (anywhere, unlike break-word, also lets the boxes around it shrink to the column).
   */
  header,
  .eras,
  .panel,
  .quote-card,
  .all-quotes,
  .problems,
  .story-controls {
    overflow-wrap: anywhere;
  }
  .table-scroll {
    overflow-x: auto;
  }
  .event-table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.875rem;
    overflow-wrap: break-word;
  }
  .event-table :is(th, td) {
    padding: 0.375rem;
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  /*
   * A column is never narrower than its longest word (quote cards elsewhere may break anywhere),
   * and the long texts keep a readable measure: in a narrow column the table scrolls sideways
   * rather than stacking a word's letters.
   */
  .event-table .quote-card {
    overflow-wrap: break-word;
  }
  .event-table td:nth-child(n + 4) {
    min-width: 12em;
  }
  .event-table caption {
    text-align: start;
    font-weight: 600;
  }
  .event-table [aria-current='true'] {
    background: var(--_linked);
    color: var(--_on-linked);
  }
  .event-table button {
    padding: 0;
    border: 0;
    background-color: transparent;
    color: inherit;
    font: inherit;
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
  }
  .nothing-shown {
    margin: 1rem 0;
    padding: 1rem;
    border: 1px dashed var(--_border);
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
  .story-controls,
  .legend,
  .story-mode {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin: 1rem 0;
  }
  .story-controls > * {
    margin: 0;
  }
  .toggle {
    min-width: 0;
    text-align: start;
  }
  .toggle,
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
`;
