import { html, nothing, svg } from 'lit';
import type { TimelineLayout } from '../../../layout/types.js';

export interface AxisModel {
  layout: TimelineLayout;
  rtl: boolean;
}

/**
 * Horizontal: the time axis with its ticks and era bands, hidden from assistive technology (the eras
 * are said in text). SVG text follows the page's direction (so mixed scripts read right), and so
 * do its anchors: in right-to-left text "start" is the right end. An era's label starts at the
 * band's edge where reading starts. (Vertical timelines draw a rail instead: see rail.ts.)
 */
export function renderAxis({ layout, rtl }: AxisModel) {
  const { axis, metrics, width, height } = layout;
  const tickLabelOffset = metrics.tickSize + metrics.tickPadding;
  // An era's edge stops short of the tick labels' line, so that it strikes through no date.
  const labelsBaseline = axis - tickLabelOffset;
  const [gapTop, gapBottom] = [labelsBaseline - metrics.smallLineHeight, labelsBaseline + metrics.smallLineHeight / 4];
  const edge = (x: number) => `M${x} 0V${gapTop}M${x} ${gapBottom}V${height}`;
  return html`<svg class="axis" aria-hidden="true" width=${width} height=${height}>
    ${layout.eras.map((era, i) => {
      // Cut to a little past the chart: browsers do not draw shapes millions of pixels wide.
      const [low, high] = [
        Math.max(Math.min(era.from, era.to), -width),
        Math.min(Math.max(era.from, era.to), 2 * width),
      ];
      const size = Math.max(high - low, 1);
      const labelled = high > 0 && low < width && era.axisLabel;
      // The label starts where the band's visible part starts, shortened to end before the band does.
      const labelX = rtl ? Math.min(high, width) - metrics.eraLabelInset : Math.max(low, 0) + metrics.eraLabelInset;
      return svg`<g class="era">
        <rect x=${low} y="0" width=${size} height=${height}></rect>
        <path class="era-edge" d=${edge(low)}></path>
        <path class="era-edge" d=${edge(high)}></path>
        ${
          labelled
            ? svg`<clipPath id=${`era-${i}`}><rect x=${low} y="0" width=${size} height=${height}></rect></clipPath>
              <text x=${labelX} y=${metrics.eraLabelBaseline} clip-path=${`url(#era-${i})`}>${era.axisLabel}</text>`
            : nothing
        }
      </g>`;
    })}
    <line class="axis-line" x1="0" y1=${axis} x2=${width} y2=${axis}></line>
    ${layout.ticks.map(
      (tick) => svg`<g class="tick" transform=${`translate(${tick.at},${axis})`}>
        <line x1="0" x2="0" y1=${-metrics.tickSize} y2=${metrics.tickSize}></line>
        <text y=${-tickLabelOffset} text-anchor="middle">${tick.label}</text>
      </g>`,
    )}
  </svg>`;
}
