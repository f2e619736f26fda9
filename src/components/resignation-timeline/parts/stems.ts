import { html, nothing, svg } from 'lit';
import type { MarkerLayout, TimelineLayout } from '../../../layout/types.js';
import type { Story, StoryEvent } from '../../../story/types.js';
import { categoryClass } from '../../category-shape.js';
import { pointOnAxis } from './point-on-axis.js';

export interface DrawnMarker {
  event: StoryEvent;
  marker: MarkerLayout;
}

export interface StemsModel {
  story: Story;
  layout: TimelineLayout;
  drawn: readonly DrawnMarker[];
}

/** The line from each drawn marker to its place on the axis, and the bar of a range. */
export function renderStems({ story, layout, drawn }: StemsModel) {
  const { axis, metrics } = layout;
  const horizontal = layout.orientation === 'horizontal';
  const point = pointOnAxis(horizontal);
  const thickness = metrics.spanThickness;
  return html`<svg class="stems" aria-hidden="true" width=${layout.width} height=${layout.height}>
    ${drawn.map(({ event, marker }) => {
      if (!marker.visible) return nothing;
      const category = story.categoryById.get(event.categoryId)!;
      const onAxis = point(marker.at, axis);
      let span: unknown = nothing;
      if (marker.span) {
        const length = Math.max(Math.abs(marker.span.to - marker.span.from), 2 * metrics.border);
        const at = point(Math.min(marker.span.from, marker.span.to), axis - thickness / 2);
        span = svg`<rect class="span" x=${at.x} y=${at.y} width=${horizontal ? length : thickness} height=${horizontal ? thickness : length} rx=${thickness / 2}></rect>`;
      }
      const stem = horizontal
        ? `M${onAxis.x} ${onAxis.y}V${marker.shapeY}`
        : `M${onAxis.x} ${onAxis.y}H${onAxis.x + metrics.stemElbow}L${marker.left - 2 * metrics.border} ${marker.shapeY}H${marker.shapeX}`;
      return svg`<g class=${`stem ${categoryClass(category.index)}`}>
        ${span}<path d=${stem}></path><circle class="on-axis" cx=${onAxis.x} cy=${onAxis.y} r=${metrics.axisDotRadius}></circle>
      </g>`;
    })}
  </svg>`;
}
