import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tracks the content width of the host element (not the viewport), so a timeline lays itself out
 * for the column it is placed in, and reports each new width to `onChange`.
 */
export class ElementWidthController implements ReactiveController {
  width = 0;
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #onChange: (width: number) => void;
  #observer: ResizeObserver | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, onChange: (width: number) => void) {
    this.#host = host;
    this.#onChange = onChange;
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer = new ResizeObserver(([entry]) => {
      const width = Math.round(entry?.contentRect.width ?? 0);
      if (width !== this.width) {
        this.width = width;
        // Re-rendering changes the host's height; doing it in the next frame rather than inside
        // this callback avoids a "ResizeObserver loop" error.
        requestAnimationFrame(() => this.#onChange(width));
      }
    });
    this.#observer.observe(this.#host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }
}
