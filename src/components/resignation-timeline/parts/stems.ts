import { html, nothing, svg } from 'lit';
import type { MarkerLayout, TimelineLayout } from '../../../layout/types.js';
import type { Story, StoryEvent } from '../../../story/types.js';
import { categoryClass } from '../../category-shape.js';

export interface MarkerToDraw {
  event: StoryEvent;
  marker: MarkerLayout;
}

export interface StemsModel {
  story: Story;
  layout: TimelineLayout;
  markersToDraw: readonly MarkerToDraw[];
}

/**
 * Horizontal: the line from each drawn marker to its place on the axis, and the bar of a range. (Vertical
 * rows have no stems: each shows its own date, see layout/vertical.ts.)
 */
export function renderStems({ story, layout, markersToDraw }: StemsModel) {
  const { axis, metrics } = layout;
  const thickness = metrics.spanThickness;
  return html`<svg class="stems" aria-hidden="true" width=${layout.width} height=${layout.height}>
    ${markersToDraw.map(({ event, marker }) => {
      if (!marker.visible) return nothing;
      const category = story.categoryById.get(event.categoryId)!;
      let span: unknown = nothing;
      if (marker.span) {
        // Cut to within a chart's width either side (a pan shifts this layer): browsers do not draw
        // shapes millions of pixels wide.
        const reach = layout.width;
        const x = Math.max(Math.min(marker.span.from, marker.span.to), -reach);
        const end = Math.min(Math.max(marker.span.from, marker.span.to), 2 * reach);
        const length = Math.max(end - x, 2 * metrics.border);
        span = svg`<rect
          class="span"
          x=${x}
          y=${axis - thickness / 2}
          width=${length}
          height=${thickness}
          rx=${thickness / 2}
        ></rect>`;
      }
      return svg`<g class=${`stem ${categoryClass(category.index)}`}>
        ${span}<path d=${`M${marker.at} ${axis}V${marker.shapeY}`}></path><circle
          class="on-axis"
          cx=${marker.at}
          cy=${axis}
          r=${metrics.axisDotRadius}
        ></circle>
      </g>`;
    })}
  </svg>`;
}
