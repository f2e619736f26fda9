import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Opt-in deep links: the page's fragment `#<prefix>-<eventId>` selects an event, on load and on
 * every `hashchange`, and the reader's selection is written back with `history.replaceState` (no
 * history entry, no scroll of the page). A timeline reads only fragments with its own prefix, so
 * several on one page keep their own.
 */
export class DeepLinkController implements ReactiveController {
  readonly #prefix: () => string | undefined;
  readonly #select: (eventId: string) => void;

  /** `prefix` is the `hash` attribute (undefined: off); `select` selects without an event. */
  constructor(host: ReactiveControllerHost, prefix: () => string | undefined, select: (eventId: string) => void) {
    this.#prefix = prefix;
    this.#select = select;
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
      try {
        this.#select(decodeURIComponent(fragment.slice(start.length)));
      } catch {
        // A malformed escape in someone else's link: not ours to read.
      }
    }
  };

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
