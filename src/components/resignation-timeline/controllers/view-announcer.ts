import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ANNOUNCE_SETTLE_MS } from '../settle.js';
import type { TimeSpan } from '../../../layout/view.js';

/**
 * Announces the view once the reader has changed it on purpose (zoom buttons or keys, the edge
 * and cluster buttons, the end of a drag or pinch) and it has come to rest: politely, once per
 * burst of changes, never for the arrow keys' reveals.
 */
export class ViewAnnouncer implements ReactiveController {
  #wanted = false;
  #last: { key: unknown; view: TimeSpan; gesturing: boolean } | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #say: (text: string) => void;
  readonly #describe: () => string | undefined;

  /** `describe` says what the view is now; `say` tells it (politely). */
  constructor(host: ReactiveControllerHost, say: (text: string) => void, describe: () => string | undefined) {
    this.#say = say;
    this.#describe = describe;
    host.addController(this);
  }

  /** The reader is changing the view: say where it ends up. */
  expectChange(): void {
    this.#wanted = true;
    this.viewMoved();
  }

  /** The view moved (call on every render in which it did): waits for it to rest. */
  viewMoved(): void {
    if (!this.#wanted) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#wanted = false;
      const text = this.#describe();
      if (text) this.#say(text);
    }, ANNOUNCE_SETTLE_MS);
  }

  /**
   * Follows the view from render to render (of one story, `key`): a drag or pinch let go asks for
   * an announcement; a view that moved waits for rest.
   */
  follow(key: unknown, view: TimeSpan, gesturing: boolean): void {
    const last = this.#last;
    this.#last = { key, view, gesturing };
    if (!last || last.key !== key) return;
    if (last.gesturing && !gesturing) this.expectChange();
    if (last.view[0] !== view[0] || last.view[1] !== view[1]) this.viewMoved();
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#wanted = false;
  }
}
