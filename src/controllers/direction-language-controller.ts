import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface DirectionAndLanguage {
  /** True when the host's text runs right to left. */
  rtl: boolean;
  /** The page's language (`lang` of the root element). */
  pageLang: string;
}

/**
 * The host's text direction and the page's language, reported to `onChange` when a page changes
 * them after load (a site switching language mirrors the timeline at once): any `dir` attribute
 * in the page, or the root's `lang`.
 */
export class DirectionLanguageController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #onChange: (value: DirectionAndLanguage) => void;
  #observer: MutationObserver | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, onChange: (value: DirectionAndLanguage) => void) {
    this.#host = host;
    this.#onChange = onChange;
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer = new MutationObserver(() => this.#report());
    this.#observer.observe(document.documentElement, { attributes: true, attributeFilter: ['dir', 'lang'], subtree: true });
    this.#report();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  #report(): void {
    this.#onChange({ rtl: getComputedStyle(this.#host).direction === 'rtl', pageLang: document.documentElement.lang });
  }
}
