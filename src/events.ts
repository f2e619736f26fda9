import type { TimelineFilter } from './layout/filter.js';

/**
 * How the reader chose an event: a pointer (mouse, touch, pen) or the keyboard on the chart, a
 * quote's button, story mode's Previous or Next, the table, or a filter that hid the event that
 * was selected.
 */
export type SelectTrigger = 'pointer' | 'keyboard' | 'quote' | 'story' | 'table' | 'filter';

export interface TimelineSelectDetail {
  /** The id of the event now selected. */
  eventId: string;
  trigger: SelectTrigger;
}

/**
 * Fired when the reader selects an event (never when the page sets `selected` or `filter`, calls
 * a method, or a deep link selects). Bubbles and crosses shadow roots.
 */
export type TimelineSelectEvent = CustomEvent<TimelineSelectDetail>;

export const TIMELINE_SELECT = 'timeline-select';

export function timelineSelectEvent(detail: TimelineSelectDetail): TimelineSelectEvent {
  return new CustomEvent(TIMELINE_SELECT, { detail, bubbles: true, composed: true });
}

/** Fired when the reader changes what is shown (never when the page sets `filter`); `detail` is the new filter. */
export type TimelineFilterChangeEvent = CustomEvent<TimelineFilter>;

export function timelineFilterChangeEvent(detail: TimelineFilter): TimelineFilterChangeEvent {
  return new CustomEvent('timeline-filter-change', { detail, bubbles: true, composed: true });
}

/**
 * A button's click as a pointer's or the keyboard's. A pointer's click names its pointer type
 * (where the browser makes clicks PointerEvents) or counts its clicks; Enter and Space do neither.
 */
export function clickTrigger(click: MouseEvent): 'pointer' | 'keyboard' {
  return (click as Partial<PointerEvent>).pointerType || click.detail > 0 ? 'pointer' : 'keyboard';
}

declare global {
  interface HTMLElementEventMap {
    'timeline-select': TimelineSelectEvent;
    'timeline-filter-change': TimelineFilterChangeEvent;
  }
}
