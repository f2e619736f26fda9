import { html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { clickTrigger, type SelectTrigger } from '../../../events.js';
import type { TimelineLayout } from '../../../layout/types.js';
import type { TimelineStrings } from '../../../strings.js';
import type { Story, StoryEvent } from '../../../story/types.js';
import { categoryClass, categoryShape } from '../../category-shape.js';
import { changedStyles } from '../../changed-styles.js';
import { withStoryText } from '../../bidi.js';
import type { MarkerToDraw } from './stems.js';

export interface MarkersModel {
  story: Story;
  layout: TimelineLayout;
  markersToDraw: readonly MarkerToDraw[];
  selectedId: string;
  /** Events linked to the quote under the pointer. */
  linkedIds: readonly string[];
  strings: TimelineStrings;
  /** Mid-pan, the markers' layer is moved as one (see `followView`). */
  shift: string | undefined;
  dateOf: (event: StoryEvent) => string;
  onSelect: (event: StoryEvent, trigger: SelectTrigger) => void;
  /** Keyboard focus on a marker (not a press that may start a drag). */
  onFocusVisible: (event: StoryEvent) => void;
  onHover: (event: StoryEvent | undefined) => void;
  onKeydown: (key: KeyboardEvent) => void;
}

/** The event markers: one tab list (the WAI-ARIA Tabs pattern) with a roving tab stop. */
export function renderMarkers(model: MarkersModel) {
  const { layout, markersToDraw, strings, shift } = model;
  return html`<div
    class="markers"
    style=${changedStyles({ transform: shift })}
    role="tablist"
    aria-label=${strings.eventsLabel}
    aria-describedby="keyboard-help"
    aria-orientation=${layout.orientation}
    @keydown=${model.onKeydown}
  >
    ${repeat(
      markersToDraw,
      ({ event }) => event.id,
      (toDraw) => renderMarker(model, toDraw),
    )}
  </div>`;
}

function renderMarker(
  { story, selectedId, linkedIds, strings, dateOf, onSelect, onFocusVisible, onHover }: MarkersModel,
  { event, marker }: MarkerToDraw,
) {
  const category = story.categoryById.get(event.categoryId)!;
  const isSelected = event.id === selectedId;
  const status = strings.status[event.status];
  const classes = ['marker', categoryClass(category.index), `label-${marker.labelSide}`];
  if (event.approximate) classes.push('approximate');
  if (!marker.visible) classes.push('offscreen-marker');
  return html`<button
    type="button"
    role="tab"
    id=${`tab-${event.index}`}
    class=${classes.join(' ')}
    part="marker"
    aria-selected=${isSelected ? 'true' : 'false'}
    aria-posinset=${event.index + 1}
    aria-setsize=${story.events.length}
    aria-controls="event-panel"
    tabindex=${isSelected ? 0 : -1}
    ?data-linked=${linkedIds.includes(event.id)}
    data-event-id=${event.id}
    style=${changedStyles({
      left: `${marker.left}px`,
      top: `${marker.top}px`,
      width: `${marker.width}px`,
      height: `${marker.height}px`,
      '--shape-x': `${marker.shapeX - marker.left}px`,
      '--shape-y': `${marker.shapeY - marker.top}px`,
    })}
    @click=${(click: MouseEvent) => onSelect(event, clickTrigger(click))}
    @focus=${(focus: FocusEvent) => {
      if ((focus.currentTarget as HTMLElement).matches(':focus-visible')) onFocusVisible(event);
    }}
    @pointerenter=${() => onHover(event)}
    @pointerleave=${() => onHover(undefined)}
  >
    ${categoryShape(category.index)}
    <span class="label" aria-hidden="true"
      >${marker.dateLines?.map((line) => html`<span class="date">${line}</span>`)}${marker.lines.map(
        (line) => html`<span class="line">${line}</span>`,
      )}</span
    >
    <span class="visually-hidden"
      ><bdi>${event.title}</bdi>${strings.separator}${withStoryText((story) =>
        strings.tabDescription(
          [status, story(dateOf(event))].filter(Boolean).join(' '),
          story(category.label),
          event.quoteIds.length,
        ),
      )}</span
    >
  </button>`;
}
