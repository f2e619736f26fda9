import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Gives focus back to the element that held it when a render moved it. Lit's keyed `repeat`
 * moves a node to keep the list in order, and a browser drops focus from a node that is moved:
 * a marker keeps its place in time, but while the view slides, the markers around it come and
 * go, and the reader's focus would fall to the page.
 */
export class FocusKeeper implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #keyOf: (element: Element) => string | undefined;
  readonly #find: (key: string) => HTMLElement | null | undefined;
  #focused: string | undefined;

  /** `keyOf` names a focused element (undefined: not kept); `find` finds it again after a render. */
  constructor(
    host: ReactiveControllerHost & HTMLElement,
    keyOf: (element: Element) => string | undefined,
    find: (key: string) => HTMLElement | null | undefined,
  ) {
    this.#host = host;
    this.#keyOf = keyOf;
    this.#find = find;
    host.addController(this);
  }

  hostUpdate(): void {
    const active = this.#host.shadowRoot?.activeElement;
    this.#focused = active ? this.#keyOf(active) : undefined;
  }

  hostUpdated(): void {
    const key = this.#focused;
    this.#focused = undefined;
    // Only where focus was lost: never taken from wherever the reader has moved it.
    if (key !== undefined && !this.#host.shadowRoot?.activeElement) this.#find(key)?.focus({ preventScroll: true });
  }
}

/**
 * Keeps focus on a timeline's event markers through re-renders: a marker re-drawn keeps it, and
 * one a filter took away hands it to the selected marker or, with nothing shown, to "Show all".
 */
export class MarkerFocusController extends FocusKeeper {
  constructor(host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment }) {
    super(
      host,
      (element) => (element.getAttribute('role') === 'tab' ? (element as HTMLElement).dataset.eventId : undefined),
      (eventId) =>
        [...host.renderRoot.querySelectorAll<HTMLElement>('[role="tab"]')].find(
          (tab) => tab.dataset.eventId === eventId,
        ) ?? host.renderRoot.querySelector<HTMLElement>('[role="tab"][tabindex="0"], .show-all'),
    );
  }
}
