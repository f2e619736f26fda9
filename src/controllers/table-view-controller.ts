import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { renderEventTable } from '../components/resignation-timeline/parts/event-table.js';
import type { TimelineState } from '../components/resignation-timeline/timeline-state.js';
import { quoteCard } from '../components/quote-card/quote-card.js';
import { sourceLink } from '../components/source-link.js';
import type { StoryEvent } from '../story/types.js';

/**
 * The table view's code, loaded as a chunk of its own (parts/event-table.js) once the timeline is
 * first drawn, so that it is there when the reader asks for the table or prints the page.
 */
export class TableViewController implements ReactiveController {
  #render: typeof renderEventTable | undefined;
  /** Shown instead of the chart; latest first. */
  shown = false;
  descending = false;
  readonly #host: ReactiveControllerHost;
  #loading: Promise<void> | undefined;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.#loading) return;
    this.#loading = import('../components/resignation-timeline/parts/event-table.js').then(
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
  render({ story, strings, dateOf, selected, quoteOptions }: TimelineState, printOnly: boolean, onSelect: (event: StoryEvent) => void) {
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
