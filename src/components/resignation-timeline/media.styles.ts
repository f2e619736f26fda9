import { css } from 'lit';

/** Forced colours and print. Last, so that they win over the rules above. */
export const mediaStyles = css`
  /*
   * Forced colours, light or dark: SVG paint is not forced, so every band, mark and label of the
   * chart is given a system colour here (bands the page's own colour, marks and text its text's).
   */
  @media (forced-colors: active) {
    .shape {
      fill: CanvasText;
      stroke: Canvas;
    }
    .era rect {
      fill: Canvas;
    }
    .era-key {
      background: Canvas;
      border-color: CanvasText;
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
    .story-controls,
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
    .event-table tr {
      break-inside: avoid;
    }
  }
`;
