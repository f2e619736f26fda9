import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How near the viewport a timeline starts laying out: within a screen's height above or below it. */
const NEAR = 1;

/**
 * Defers a timeline's first layout while it lies far below (or above) the reader's view, until it
 * comes within a screen of it (IntersectionObserver), so that a page with a timeline near its end
 * does not pay for it up front. A timeline in or near the view when its story arrives starts at
 * once, in the same task (no frame is drawn without it); `start()` starts one at once whatever
 * its place, for what needs it drawn now (a deep link; printing).
 */
export class LazyStartController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  #started = false;
  #observer: IntersectionObserver | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  /** True once the timeline may lay out; it never goes back. */
  get started(): boolean {
    return this.#started;
  }

  start(): void {
    if (this.#started) return;
    this.#started = true;
    this.hostDisconnected();
    this.#host.requestUpdate();
  }

  /** A story has arrived: starts now where the timeline is near the view (or its place cannot be told). */
  storyArrived(): void {
    if (this.#started) return;
    const { top, bottom } = this.#host.getBoundingClientRect();
    const screen = window.innerHeight;
    if (top < screen * (1 + NEAR) && bottom > -screen * NEAR) this.start();
  }

  hostConnected(): void {
    if (this.#started) return;
    if (typeof IntersectionObserver === 'undefined') return this.start();
    this.#observer = new IntersectionObserver(
      (entries) => entries.some((entry) => entry.isIntersecting) && this.start(),
      {
        rootMargin: `${NEAR * 100}% 0px`,
      },
    );
    this.#observer.observe(this.#host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }
}
