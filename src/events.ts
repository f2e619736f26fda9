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

declare global {
  interface HTMLElementEventMap {
    'timeline-select': TimelineSelectEvent;
  }
}
