import type { ReactiveControllerHost } from 'lit';
import { focusInView } from '../focus-in-view.js';
import { timelineSelectEvent, type SelectTrigger } from '../../events.js';
import type { TimelineStrings } from '../../strings.js';
import type { Story, StoryEvent } from '../../story/types.js';

export interface SelectionHost extends ReactiveControllerHost, HTMLElement {
  selected: string | undefined;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** What the selection is read from: the story as shown (filtered), and the event selected in it. */
export interface ShownSelection {
  story: Story;
  selected: StoryEvent;
  empty: boolean;
  strings: TimelineStrings;
  dateOf: (event: StoryEvent) => string;
}

export interface SelectionOptions {
  /** The timeline's derived state, if a story is shown. */
  shown: () => ShownSelection | undefined;
  /** Brings an event into view (for one selected again, whose render would not). */
  reveal: (event: StoryEvent) => void;
  /** The reader selected an event (deep links follow). */
  selectedByReader: (event: StoryEvent) => void;
}

/**
 * Selection, by the reader and by the page. The reader's selection of another event fires
 * `timeline-select` with its trigger; the page's (`selected`, `select()`, `next()`, `previous()`)
 * fires nothing. Steps go through the shown events in date order and stop at either end.
 */
export class TimelineSelection {
  readonly #host: SelectionHost;
  readonly #options: SelectionOptions;

  constructor(host: SelectionHost, options: SelectionOptions) {
    this.#host = host;
    this.#options = options;
  }

  /**
   * The reader selected `event`; with `moveFocus`, focus goes to its marker once drawn, and with
   * 'scroll' the marker is first scrolled into the reader's view (see focusInView).
   */
  selectAsReader(event: StoryEvent, trigger: SelectTrigger, moveFocus: boolean | 'scroll' = false): void {
    const host = this.#host;
    const changed = event.id !== this.#options.shown()?.selected.id;
    // A new selection is revealed once rendered; one brought back by a button, already selected, here.
    if (moveFocus && host.selected === event.id) this.#options.reveal(event);
    host.selected = event.id;
    if (moveFocus)
      void host.updateComplete.then(() =>
        focusInView(
          // The event's marker, or in the table view its row's title.
          host.renderRoot.querySelector<HTMLElement>(
            `#tab-${event.index}, tr[data-event-id="${CSS.escape(event.id)}"] .select-row`,
          ),
          moveFocus === 'scroll',
        ),
      );
    if (!changed) return;
    this.#options.selectedByReader(event);
    host.dispatchEvent(timelineSelectEvent({ eventId: event.id, trigger }));
  }

  /** Selects a shown event as a reader would, scrolled into view and focused; waits for a first layout. */
  show(eventId: string, trigger: SelectTrigger): void {
    const show = () => {
      const event = this.#options.shown()?.story.eventById.get(eventId); // the shown story: a filter renumbers
      if (event) this.selectAsReader(event, trigger, 'scroll');
    };
    if (this.#options.shown()) show();
    else void this.#host.updateComplete.then(show);
  }

  /** The page selects a shown event by id; false where none has it. */
  select(eventId: string): boolean {
    const shown = this.#options.shown();
    if (!shown || shown.empty || !shown.story.eventById.has(eventId)) return false;
    this.#host.selected = eventId;
    return true;
  }

  /**
   * The shown event `step` away from the selection, selected (by the reader when a `trigger` is
   * given); undefined past either end.
   */
  step(step: 1 | -1, trigger?: SelectTrigger): StoryEvent | undefined {
    const shown = this.#options.shown();
    if (!shown || shown.empty) return undefined;
    // From the selection asked for, which a render may not have shown yet.
    const asked = this.#host.selected;
    const current = (asked !== undefined && shown.story.eventById.get(asked)) || shown.selected;
    const target = shown.story.events[current.index + step];
    if (target && trigger) this.selectAsReader(target, trigger);
    else if (target) this.#host.selected = target.id;
    return target;
  }

  /**
   * Story mode's Previous or Next: the step, by the reader, and what to say of it (focus stays on
   * the button, so the event's place, title and date are said politely); undefined past an end.
   */
  storyStep(step: 1 | -1): string | undefined {
    const target = this.step(step, 'story');
    const shown = this.#options.shown();
    return (
      target &&
      shown &&
      shown.strings.storyStep(target.index + 1, shown.story.events.length, target.title, shown.dateOf(target))
    );
  }
}
