import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Knows once the page is about to print (`beforeprint`, or print media), so that what only print
 * shows is built then and not on every page view. The host must update at once (`updateNow`: its
 * `performUpdate`): the browser lays the page out for print as soon as `beforeprint` returns.
 */
export class PrintController implements ReactiveController {
  /** True from the first print on. */
  printing = false;
  readonly #host: ReactiveControllerHost;
  readonly #updateNow: () => void;
  #printMedia: MediaQueryList | undefined;

  constructor(host: ReactiveControllerHost, updateNow: () => void) {
    this.#host = host;
    this.#updateNow = updateNow;
    host.addController(this);
  }

  hostConnected(): void {
    this.#printMedia = matchMedia('print');
    this.#printMedia.addEventListener('change', this.#beforePrint);
    window.addEventListener('beforeprint', this.#beforePrint);
    if (this.#printMedia.matches) this.#beforePrint();
  }

  hostDisconnected(): void {
    this.#printMedia?.removeEventListener('change', this.#beforePrint);
    window.removeEventListener('beforeprint', this.#beforePrint);
  }

  readonly #beforePrint = () => {
    if (this.printing) return;
    this.printing = true;
    this.#host.requestUpdate();
    this.#updateNow();
  };
}
