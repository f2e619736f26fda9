import type { StoryProblem } from './story/types.js';

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

export interface TimelineErrorDetail {
  /** What was wrong with the story, each with its JSON path (`(story)` for the whole of it). */
  problems: readonly StoryProblem[];
}

/**
 * Fired when a story given to the timeline (by `data`, `src`, inline JSON) fails to load or has
 * problems; the last good story stays on screen. Bubbles and crosses shadow roots.
 */
export type TimelineErrorEvent = CustomEvent<TimelineErrorDetail>;

export const TIMELINE_ERROR = 'timeline-error';

export function timelineErrorEvent(detail: TimelineErrorDetail): TimelineErrorEvent {
  return new CustomEvent(TIMELINE_ERROR, { detail, bubbles: true, composed: true });
}

declare global {
  interface HTMLElementEventMap {
    'timeline-select': TimelineSelectEvent;
    'timeline-error': TimelineErrorEvent;
  }
}
