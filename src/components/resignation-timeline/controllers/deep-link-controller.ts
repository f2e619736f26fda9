import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Story } from '../../../story/types.js';

/**
 * Opt-in deep links: the page's fragment `#<prefix>-<eventId>` selects an event, on load and on
 * every `hashchange`, and the reader's selection is written back with `history.replaceState` (no
 * history entry, no scroll of the page). A timeline reads only fragments with its own prefix that
 * name one of its events, so several on one page keep their own ("tl" and "tl-2"), and a link to
 * a heading ("#event-details") leaves the selection be.
 */
export class DeepLinkController implements ReactiveController {
  readonly #prefix: () => string | undefined;
  readonly #select: (eventId: string) => void;
  readonly #story: () => Story | undefined;

  /**
   * `prefix` is the `hash` attribute (undefined: off); `select` selects without an event; `story`
   * is the story whose events a fragment may name (none yet: kept, and checked by `settle` once
   * it arrives).
   */
  constructor(
    host: ReactiveControllerHost,
    prefix: () => string | undefined,
    select: (eventId: string) => void,
    story: () => Story | undefined,
  ) {
    this.#prefix = prefix;
    this.#select = select;
    this.#story = story;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.read);
    this.read();
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.read);
  }

  /** Selects the event the fragment names for this timeline, if it names one. */
  readonly read = () => {
    const start = this.#start();
    const fragment = location.hash.slice(1);
    if (start && fragment.startsWith(start) && fragment.length > start.length) {
      let eventId: string;
      try {
        eventId = decodeURIComponent(fragment.slice(start.length));
      } catch {
        return; // a malformed escape in someone else's link: not ours to read
      }
      this.#pending = eventId;
      this.settle();
    }
  };

  /** A fragment read before the story came: the event it names, to select once the story has it. */
  #pending: string | undefined;

  /** Selects the event a fragment named, once there is a story to look for it in (the host's willUpdate). */
  settle(): void {
    const story = this.#story();
    if (this.#pending === undefined || !story) return;
    if (story.eventById.has(this.#pending)) this.#select(this.#pending);
    this.#pending = undefined;
  }

  /** The reader selected `eventId`: the fragment follows. */
  follow(eventId: string): void {
    const start = this.#start();
    if (start) history.replaceState(history.state, '', `#${start}${encodeURIComponent(eventId)}`);
  }

  #start(): string | undefined {
    const prefix = this.#prefix();
    return prefix === undefined ? undefined : `${prefix || 'event'}-`;
  }
}
