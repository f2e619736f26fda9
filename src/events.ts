/** How the reader chose an event. */
export type SelectTrigger = 'pointer' | 'keyboard' | 'quote';

export interface TimelineSelectDetail {
  /** The id of the event now selected. */
  eventId: string;
  trigger: SelectTrigger;
}

/**
 * Fired when the reader selects an event (never when the page sets `selected`). Bubbles and
 * crosses shadow roots.
 */
export type TimelineSelectEvent = CustomEvent<TimelineSelectDetail>;

export const TIMELINE_SELECT = 'timeline-select';

export function timelineSelectEvent(detail: TimelineSelectDetail): TimelineSelectEvent {
  return new CustomEvent(TIMELINE_SELECT, { detail, bubbles: true, composed: true });
}

export interface TimelineLoadDetail {
  /** The story's title. */
  title: string;
  /** How many events it has. */
  eventCount: number;
}

/**
 * Fired whenever a timeline has drawn a story: the first, and each one given after it (never for
 * a story that failed to load). Bubbles and crosses shadow roots, so a page or a
 * `<timeline-quote>` can hear it at the document.
 */
export type TimelineLoadEvent = CustomEvent<TimelineLoadDetail>;

export const TIMELINE_LOAD = 'timeline-load';

export function timelineLoadEvent(detail: TimelineLoadDetail): TimelineLoadEvent {
  return new CustomEvent(TIMELINE_LOAD, { detail, bubbles: true, composed: true });
}

export interface TimelineHoverDetail {
  /** The id of the event under the reader's pointer; undefined once it has left every event. */
  eventId: string | undefined;
}

/** Fired when the reader's pointer comes onto an event's marker or leaves it. Bubbles and is composed. */
export type TimelineHoverEvent = CustomEvent<TimelineHoverDetail>;

export const TIMELINE_HOVER = 'timeline-hover';

export function timelineHoverEvent(detail: TimelineHoverDetail): TimelineHoverEvent {
  return new CustomEvent(TIMELINE_HOVER, { detail, bubbles: true, composed: true });
}

declare global {
  interface HTMLElementEventMap {
    'timeline-select': TimelineSelectEvent;
    'timeline-load': TimelineLoadEvent;
    'timeline-hover': TimelineHoverEvent;
  }
}
