import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { timelineFilterChangeEvent } from '../../../events.js';
import { filterStory, shownSelection, speakersOf, toggled, type TimelineFilter } from '../../../layout/filter.js';
import { ANNOUNCE_SETTLE_MS } from '../settle.js';
import type { TimelineState } from '../timeline-state.js';
import type { Story } from '../../../story/types.js';
import type { TimelineSelection } from '../timeline-selection.js';

export interface FilterHost extends ReactiveControllerHost, HTMLElement {
  filter: TimelineFilter | undefined;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly story: Story | undefined;
}

/**
 * The reader's filters: a category or speaker toggled, or all shown again. Each change is reported
 * (`timeline-filter-change`); where it hides the selected event, the nearest shown one is selected
 * instead (trigger `filter`). Any change of filter, the page's too, is announced once the filters rest.
 */
export class FilterController implements ReactiveController {
  readonly #host: FilterHost;
  readonly #state: () => TimelineState | undefined;
  readonly #selection: TimelineSelection;
  /** Says a text politely. */
  readonly #announce: (text: string) => void;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    host: FilterHost,
    state: () => TimelineState | undefined,
    selection: TimelineSelection,
    announce: (text: string) => void,
  ) {
    this.#host = host;
    this.#state = state;
    this.#selection = selection;
    this.#announce = announce;
    host.addController(this);
  }

  toggleCategory(id: string): void {
    const story = this.#host.story;
    if (story)
      this.#set({
        ...this.#host.filter,
        categories: toggled(
          this.#host.filter?.categories,
          id,
          story.categories.map((category) => category.id),
        ),
      });
  }

  toggleSpeaker(id: string): void {
    const story = this.#host.story;
    if (story)
      this.#set({ ...this.#host.filter, speakers: toggled(this.#host.filter?.speakers, id, speakersOf(story)) });
  }

  /**
   * Shows again, as the reader's own change, the category of an event the filter hides (a quote
   * card asked for it). True where the filter changed.
   */
  reveal(eventId: string): boolean {
    const event = this.#host.story?.eventById.get(eventId);
    const categories = this.#host.filter?.categories;
    if (!event || !categories || categories.includes(event.categoryId)) return false;
    this.#set({ ...this.#host.filter, categories: [...categories, event.categoryId] });
    return true;
  }

  /** The "Show all" button goes with the empty state: focus goes to the selected event. */
  showAll(): void {
    this.#set({});
    void this.#host.updateComplete.then(() =>
      this.#host.renderRoot.querySelector<HTMLElement>('[role="tab"][tabindex="0"]')?.focus(),
    );
  }

  /** The filter changed (the page's or the reader's): what it shows is said once the changes rest. */
  changed(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      const state = this.#state();
      if (state)
        this.#announce(
          state.strings.eventsShown(state.empty ? 0 : state.story.events.length, state.unfiltered.events.length),
        );
    }, ANNOUNCE_SETTLE_MS);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  #set(filter: TimelineFilter): void {
    const selected = this.#state()?.selected;
    const shown: TimelineFilter = {};
    if (filter.categories) shown.categories = filter.categories;
    if (filter.speakers) shown.speakers = filter.speakers;
    this.#host.filter = shown;
    this.#host.dispatchEvent(timelineFilterChangeEvent(shown));
    const story = this.#host.story;
    if (!story || !selected) return;
    const nearest = shownSelection(filterStory(story, shown), selected);
    if (nearest && nearest.id !== selected.id) this.#selection.selectAsReader(nearest, 'filter');
  }
}
