import { html } from 'lit';
import type { TimelineLayout } from '../../../layout/types.js';
import type { TimelineStrings } from '../../../strings.js';

export interface ZoomControlsModel {
  offscreen: TimelineLayout['offscreen'];
  /** Time runs from right to left (the axis's range is reversed). */
  reversed: boolean;
  /** Events linked to the quote under the pointer: an edge button hiding one lights up. */
  linkedIds: readonly string[];
  strings: TimelineStrings;
  /** At a limit, a zoom button says so and is marked aria-disabled, but keeps its place in the tab order. */
  limits: { closest: boolean; whole: boolean };
  /** Brings in the nearest event beyond an edge. */
  onEdge: (eventId: string, click: MouseEvent) => void;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onReset: () => void;
}

/** Zoom buttons between two edge buttons that count, and bring in, the events out of view. */
export function renderZoomControls({
  offscreen,
  reversed,
  linkedIds,
  strings,
  limits,
  onEdge,
  onZoomIn,
  onZoomOut,
  onReset,
}: ZoomControlsModel) {
  // Arrows point the way time runs: earlier is to the left, or to the right in right-to-left text.
  const [earlierArrow, laterArrow] = reversed ? ['›', '‹'] : ['‹', '›'];
  const edgeButton = (side: 'before' | 'after', ids: readonly string[]) => {
    const text = side === 'before' ? strings.earlierEvents(ids.length) : strings.laterEvents(ids.length);
    const arrow = html`<span aria-hidden="true">${side === 'before' ? earlierArrow : laterArrow}</span>`;
    return html`<button
      type="button"
      class=${`offscreen ${side}`}
      ?hidden=${ids.length === 0}
      ?data-linked=${linkedIds.some((id) => ids.includes(id))}
      @click=${(click: MouseEvent) => ids[0] !== undefined && onEdge(ids[0], click)}
    >
      ${side === 'before' ? html`${arrow} ${text}` : html`${text} ${arrow}`}
    </button>`;
  };
  return html`<div class="zoom-controls" part="zoom-controls" role="group" aria-label=${strings.zoomControlsLabel}>
    ${edgeButton('before', offscreen.before)}
    <span class="zoom-buttons">
      <button type="button" class="zoom-out" aria-disabled=${limits.whole ? 'true' : 'false'} @click=${onZoomOut}>
        <span aria-hidden="true">−</span><span class="visually-hidden">${
          limits.whole ? `${strings.labelled(strings.zoomOut)} ${strings.zoomOutLimit}` : strings.zoomOut
        }</span>
      </button>
      <button type="button" class="zoom-in" aria-disabled=${limits.closest ? 'true' : 'false'} @click=${onZoomIn}>
        <span aria-hidden="true">+</span><span class="visually-hidden">${
          limits.closest ? `${strings.labelled(strings.zoomIn)} ${strings.zoomInLimit}` : strings.zoomIn
        }</span>
      </button>
      <button type="button" class="zoom-reset" @click=${onReset}>${strings.resetZoom}</button>
    </span>
    ${edgeButton('after', offscreen.after)}
  </div>`;
}
