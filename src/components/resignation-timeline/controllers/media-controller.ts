import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MediaStates } from '../parts/media.js';

/**
 * The media players the reader asked to load, by address: nothing from a third party loads
 * before the reader presses a medium's button, and once pressed, its player stays loaded (here
 * and wherever the same address appears) until the page is left. Focus moves to the player the
 * reader asked for, so that a keyboard or screen reader user lands on what they loaded. An image
 * the browser could not load is noted too, so that its description and link stand in for it.
 */
export class MediaController implements ReactiveController {
  /** A new object on each change, so that the parts given it draw again. */
  states: MediaStates = { loaded: new Set(), failed: new Set() };
  #focus: string | undefined;
  readonly #host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

  constructor(host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment }) {
    this.#host = host;
    host.addController(this);
  }

  /** Loads the player of `link`, shown in the figure of `slot` ("story" or "event"), and focuses it. */
  readonly load = (link: string, slot: string): void => {
    this.states = { ...this.states, loaded: new Set([...this.states.loaded, link]) };
    this.#focus = slot;
    this.#host.requestUpdate();
  };

  /** The image file `file` did not load (gone, blocked, or not an image). */
  readonly failed = (file: string): void => {
    if (this.states.failed.has(file)) return;
    this.states = { ...this.states, failed: new Set([...this.states.failed, file]) };
    this.#host.requestUpdate();
  };

  hostUpdated(): void {
    const slot = this.#focus;
    if (slot === undefined) return;
    this.#focus = undefined;
    this.#host.renderRoot.querySelector<HTMLElement>(`figure[data-media="${slot}"] :is(iframe, video, audio)`)?.focus();
  }
}
