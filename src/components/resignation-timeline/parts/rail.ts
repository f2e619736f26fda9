import { html, svg } from 'lit';
import type { TimelineLayout } from '../../../layout/types.js';
import { changedStyles } from '../../changed-styles.js';
import type { ChartWindowContents } from '../timeline-state.js';

export interface RailModel {
  layout: TimelineLayout;
  /** What lies near the reader's view: only that is drawn, however long the story. */
  window: ChartWindowContents;
}

/**
 * Vertical: the line that joins the rows' shapes (dashed across a break in time) and the bands of
 * eras, hidden from assistive technology (each row's name says its date; eras are said in text).
 * The drawing covers the window only, placed and framed (viewBox) in the chart's coordinates.
 */
export function renderRail({ layout, window }: RailModel) {
  const { width, axis } = layout;
  const top = Math.max(window.top, 0);
  const height = Math.max(Math.min(window.bottom, layout.height) - top, 0);
  return html`<svg
    class="axis rail"
    aria-hidden="true"
    width=${width}
    height=${height}
    viewBox=${`0 ${top} ${width} ${height}`}
    style=${changedStyles({ top: `${top}px`, height: `${height}px` })}
  >
    ${window.eras.map(
      (era) => svg`<g class="era">
        <rect x="0" y=${era.from} width=${width} height=${Math.max(era.to - era.from, 1)}></rect>
        <line class="era-edge" x1="0" x2=${width} y1=${era.from} y2=${era.from}></line>
        <line class="era-edge" x1="0" x2=${width} y1=${era.to} y2=${era.to}></line>
      </g>`,
    )}
    ${window.rail.map(
      (part) =>
        svg`<line
          class=${part.dashed ? 'axis-line break' : 'axis-line'}
          x1=${axis}
          x2=${axis}
          y1=${part.from}
          y2=${part.to}
        ></line>`,
    )}
  </svg>`;
}
