import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { timelineHoverEvent } from '../../../events.js';

/**
 * What the reader's pointer is on: an event's marker (told as `timeline-hover` once drawn) or a
 * quote card (whose events light up). A marker that zoom took away under the pointer never sees
 * the pointer leave: once a render no longer draws it (`isDrawn`), it is no longer hovered.
 */
export class HoverController implements ReactiveController {
  /** The event whose marker the pointer is on. */
  eventId: string | undefined;
  /** The quote whose card the pointer is on, or the page's `highlightQuote`. */
  quoteId: string | undefined;
  /** The event last told in `timeline-hover`. */
  #toldEventId: string | undefined;
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #isDrawn: (eventId: string) => boolean;

  constructor(host: ReactiveControllerHost & HTMLElement, isDrawn: (eventId: string) => boolean) {
    this.#host = host;
    this.#isDrawn = isDrawn;
    host.addController(this);
  }

  readonly hoverEvent = (eventId: string | undefined): void => {
    if (eventId === this.eventId) return;
    this.eventId = eventId;
    this.#host.requestUpdate();
  };

  readonly hoverQuote = (quoteId: string | undefined): void => {
    if (quoteId === this.quoteId) return;
    this.quoteId = quoteId;
    this.#host.requestUpdate();
  };

  hostUpdated(): void {
    const hovered = this.eventId;
    if (hovered !== this.#toldEventId) {
      this.#toldEventId = hovered;
      this.#host.dispatchEvent(timelineHoverEvent({ eventId: hovered }));
    }
    if (hovered && !this.#isDrawn(hovered)) this.hoverEvent(undefined);
  }
}
