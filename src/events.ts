import type { TimelineFilter } from './layout/filter.js';
import type { StoryProblem } from './story/types.js';

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

export const TIMELINE_FILTER_CHANGE = 'timeline-filter-change';

export function timelineFilterChangeEvent(detail: TimelineFilter): TimelineFilterChangeEvent {
  return new CustomEvent(TIMELINE_FILTER_CHANGE, { detail, bubbles: true, composed: true });
}

/**
 * A button's click as a pointer's or the keyboard's. A pointer's click names its pointer type
 * (where the browser makes clicks PointerEvents) or counts its clicks; Enter and Space do neither.
 */
export function clickTrigger(click: MouseEvent): 'pointer' | 'keyboard' {
  return (click as Partial<PointerEvent>).pointerType || click.detail > 0 ? 'pointer' : 'keyboard';
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

/**
 * Fired after a render that changed the event a timeline shows as selected (`selectedEvent`),
 * whatever changed it: the reader, the page, a filter that hid it, a new story, or the timeline's
 * first layout. No detail; does not bubble. `<timeline-quote>` cards follow it.
 */
export const TIMELINE_SHOWN = 'timeline-shown';

export function timelineShownEvent(): Event {
  return new Event(TIMELINE_SHOWN);
}

declare global {
  interface HTMLElementEventMap {
    'timeline-select': TimelineSelectEvent;
    'timeline-filter-change': TimelineFilterChangeEvent;
    'timeline-load': TimelineLoadEvent;
    'timeline-hover': TimelineHoverEvent;
    'timeline-error': TimelineErrorEvent;
    'timeline-shown': Event;
  }
}
