import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The media players the reader asked to load, by address: nothing from a third party loads
 * before the reader presses a medium's button, and once pressed, its player stays loaded (here
 * and wherever the same address appears) until the page is left. Focus moves to the player the
 * reader asked for, so that a keyboard or screen reader user lands on what they loaded.
 */
export class MediaController implements ReactiveController {
  /** A new set on each change, so that the parts given it draw again. */
  loaded: ReadonlySet<string> = new Set();
  #focus: string | undefined;
  readonly #host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

  constructor(host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment }) {
    this.#host = host;
    host.addController(this);
  }

  /** Loads the player of `link`, shown in the figure of `slot` ("story" or "event"), and focuses it. */
  readonly load = (link: string, slot: string): void => {
    this.loaded = new Set([...this.loaded, link]);
    this.#focus = slot;
    this.#host.requestUpdate();
  };

  hostUpdated(): void {
    const slot = this.#focus;
    if (slot === undefined) return;
    this.#focus = undefined;
    this.#host.renderRoot.querySelector<HTMLElement>(`figure[data-media="${slot}"] :is(iframe, video, audio)`)?.focus();
  }
}
