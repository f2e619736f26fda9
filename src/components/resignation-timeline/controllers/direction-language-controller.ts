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
 * The host's text direction and language, and the page's language around it, read again when a
 * page changes them after load (a site switching language mirrors the timeline at once): any
 * `dir` or `lang` attribute in the page. A change asks the host to update.
 */
export class DirectionLanguageController implements ReactiveController, DirectionAndLanguage {
  rtl = false;
  ownLang = '';
  pageLang = '';
  readonly #host: ReactiveControllerHost & HTMLElement;
  #observer: MutationObserver | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer = new MutationObserver(() => this.#report());
    this.#observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['dir', 'lang'],
      subtree: true,
    });
    this.#report();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  #report(): void {
    const host = this.#host;
    const rtl = getComputedStyle(host).direction === 'rtl';
    const ownLang = host.getAttribute('lang') ?? '';
    const pageLang = nearestLang(host);
    if (rtl === this.rtl && ownLang === this.ownLang && pageLang === this.pageLang) return;
    Object.assign(this, { rtl, ownLang, pageLang });
    host.requestUpdate();
  }
}
