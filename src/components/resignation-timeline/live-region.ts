import type { ReactiveControllerHost } from 'lit';

/**
 * What a screen reader is told politely: a change of story, view, filter or story-mode step. Only
 * a new text asks the host to update; the live region keeps the last one. (No lifecycle: not a
 * controller.)
 */
export class LiveRegion {
  text = '';
  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  /** Says `text` (none: says nothing). */
  readonly say = (text: string | undefined): void => {
    if (text === undefined || text === this.text) return;
    this.text = text;
    this.#host.requestUpdate();
  };
}
