import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { renderEventTable } from '../parts/event-table.js';
import type { TimelineState } from '../timeline-state.js';
import { quoteCard } from '../../quote-card/quote-card.js';
import { sourceLink } from '../../source-link.js';
import type { StoryEvent } from '../../../story/types.js';

/**
 * The table view's code, loaded as a chunk of its own (parts/event-table.js) once a story has
 * arrived, so that it is there when the reader asks for the table or prints the page. Asked for
 * in a task after the update that drew the story, not before: until then its request and its
 * script would compete with the first drawing. Where the table is wanted at once (shown, or
 * `needed`: printing), it is asked for at once.
 */
export class TableViewController implements ReactiveController {
  #render: typeof renderEventTable | undefined;
  /** Shown instead of the chart; latest first. */
  shown = false;
  descending = false;
  readonly #host: ReactiveControllerHost;
  readonly #storyArrived: () => boolean;
  readonly #needed: () => boolean;
  #loading: Promise<void> | undefined;
  #queued = false;

  /** `storyArrived`: the host has a story to draw; `needed`: the table is wanted now (printing). */
  constructor(host: ReactiveControllerHost, storyArrived: () => boolean, needed: () => boolean) {
    this.#host = host;
    this.#storyArrived = storyArrived;
    this.#needed = needed;
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.#loading) return;
    if (this.shown || this.#needed()) return this.#load();
    if (this.#queued || !this.#storyArrived()) return;
    this.#queued = true;
    setTimeout(() => {
      this.#queued = false;
      this.#load();
    });
  }

  #load(): void {
    if (this.#loading) return;
    this.#loading = import('../parts/event-table.js').then(
      ({ renderEventTable }) => {
        this.#render = renderEventTable;
        this.#host.requestUpdate();
      },
      // Offline, say: the next render tries again.
      () => (this.#loading = undefined),
    );
  }

  /**
   * The table of the shown events, once its code is there; `printOnly` where the chart is on
   * screen. A row's title selects its event (`onSelect`).
   */
  render(
    { story, strings, dateOf, selected, quoteOptions }: TimelineState,
    printOnly: boolean,
    onSelect: (event: StoryEvent) => void,
  ) {
    return this.#render?.({
      html,
      story,
      strings,
      dateOf,
      selectedId: selected.id,
      descending: this.descending,
      printOnly,
      quote: (quote) => quoteCard(quote, quoteOptions),
      source: (source) => sourceLink(source, strings),
      onSort: () => this.sort(),
      onSelect,
    });
  }

  toggle(): void {
    this.shown = !this.shown;
    this.#host.requestUpdate();
  }

  sort(): void {
    this.descending = !this.descending;
    this.#host.requestUpdate();
  }
}
