import { html, nothing, svg } from 'lit';
import type { TimelineLayout } from '../../../layout/types.js';
import { pointOnAxis } from './point-on-axis.js';

export interface AxisModel {
  layout: TimelineLayout;
  rtl: boolean;
}

/**
 * The time axis with its ticks and era bands, hidden from assistive technology (the eras are said
 * in text). SVG text follows the page's direction (so mixed scripts read right), and so do its
 * anchors: in right-to-left text "start" is the right end. An era's label starts at the band's
 * edge where reading starts; tick labels of the vertical axis end just left of it.
 */
export function renderAxis({ layout, rtl }: AxisModel) {
  const { axis, metrics, width, height } = layout;
  const horizontal = layout.orientation === 'horizontal';
  const point = pointOnAxis(horizontal);
  const axisEnd = point(horizontal ? width : height, axis);
  const axisStart = point(0, axis);
  const tickLabelOffset = metrics.tickSize + metrics.tickPadding;
  return html`<svg class="axis" aria-hidden="true" width=${width} height=${height}>
    ${layout.eras.map((era, i) => {
      const [low, high] = [Math.min(era.from, era.to), Math.max(era.from, era.to)];
      const from = point(low, 0);
      const size = Math.max(high - low, 1);
      const inView = high > 0 && low < width;
      // The label starts where the band's visible part starts, and is cut where the band ends.
      const labelX = rtl ? Math.min(high, width) - metrics.eraLabelInset : Math.max(low, 0) + metrics.eraLabelInset;
      return svg`<g class="era">
        <rect x=${from.x} y=${from.y} width=${horizontal ? size : width} height=${horizontal ? height : size}></rect>
        ${horizontal
          ? svg`<line class="era-edge" x1=${low} x2=${low} y1="0" y2=${height}></line>
              <line class="era-edge" x1=${high} x2=${high} y1="0" y2=${height}></line>
              ${inView
                ? svg`<clipPath id=${`era-${i}`}><rect x=${low} y="0" width=${size} height=${height}></rect></clipPath>
                    <text x=${labelX} y=${metrics.eraLabelBaseline} clip-path=${`url(#era-${i})`}>${era.label}</text>`
                : nothing}`
          : nothing}
      </g>`;
    })}
    <line class="axis-line" x1=${axisStart.x} y1=${axisStart.y} x2=${axisEnd.x} y2=${axisEnd.y}></line>
    ${layout.ticks.map((tick) => {
      const at = point(tick.at, axis);
      const mark = point(0, metrics.tickSize);
      // Labels above a horizontal axis; left of a vertical one, centred on the tick (d3-axis's 0.32em).
      return svg`<g class="tick" transform=${`translate(${at.x},${at.y})`}>
        <line x1=${-mark.x} x2=${mark.x} y1=${-mark.y} y2=${mark.y}></line>
        ${horizontal
          ? svg`<text y=${-tickLabelOffset} text-anchor="middle">${tick.label}</text>`
          : svg`<text x=${-tickLabelOffset} dy="0.32em" text-anchor=${rtl ? 'start' : 'end'}>${tick.label}</text>`}
      </g>`;
    })}
  </svg>`;
}
