import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Until the element has been measured, lay out for a common article column. */
const FALLBACK_WIDTH = 640;

/**
 * Tracks the content width of the host element (not the viewport), so a timeline lays itself out
 * for the column it is placed in, and asks the host to update when it changes.
 */
export class ElementWidthController implements ReactiveController {
  /** The width laid out for: 0 until the first report. */
  width = 0;
  /** The width last observed, which `width` takes in the next frame. */
  #observed = 0;
  readonly #host: ReactiveControllerHost & HTMLElement;
  #observer: ResizeObserver | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  /** The width to lay out for: before the first report, read once; unmeasurable, a common article column. */
  get layoutWidth(): number {
    return this.width || this.#host.clientWidth || FALLBACK_WIDTH;
  }

  hostConnected(): void {
    this.#observer = new ResizeObserver(([entry]) => {
      const width = Math.round(entry?.contentRect.width ?? 0);
      if (width !== this.#observed) {
        this.#observed = width;
        // Re-rendering changes the host's height; doing it in the next frame rather than inside
        // this callback avoids a "ResizeObserver loop" error.
        requestAnimationFrame(() => {
          if (width === this.width) return;
          this.width = width;
          this.#host.requestUpdate();
        });
      }
    });
    this.#observer.observe(this.#host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }
}
