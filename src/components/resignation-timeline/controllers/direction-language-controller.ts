import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface DirectionAndLanguage {
  /** True when the host's text runs right to left. */
  rtl: boolean;
  /** The host's own `lang` attribute. */
  ownLang: string;
  /** The page's language where the host is: the nearest `lang` above it, across shadow roots. */
  pageLang: string;
}

/** The `lang` of the nearest element above `node` that has one, across shadow roots. */
export function nearestLang(node: Node): string {
  for (let at: Node | null = node.parentNode; at; at = at.parentNode ?? (at as ShadowRoot).host ?? null) {
    if (at instanceof Element && at.hasAttribute('lang')) return at.getAttribute('lang')!;
  }
  return '';
}

/**
 * The host's text direction and language, and the page's language around it, reported to
 * `onChange` when a page changes them after load (a site switching language mirrors the timeline
 * at once): any `dir` or `lang` attribute in the page.
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
    const host = this.#host;
    this.#onChange({ rtl: getComputedStyle(host).direction === 'rtl', ownLang: host.getAttribute('lang') ?? '', pageLang: nearestLang(host) });
  }
}
