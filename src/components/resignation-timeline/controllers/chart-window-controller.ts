import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A stretch of the chart, in pixels from its top. */
export interface ChartWindow {
  top: number;
  bottom: number;
}

/**
 * Which part of an element (a tall vertical chart) lies near the viewport, as the page scrolls in
 * its own way: what the viewport shows of it and a viewport's height more above and below, in
 * steps of half a viewport, so that most scrolling changes nothing and the rest draws rows a
 * viewport before they come into view. Measured at most once a frame; a change asks the host
 * to update. Scrolling of any element (captured at the window), a resize of the viewport, and a
 * change of the page's height (content above loading) are each a reason to look again.
 */
export class ChartWindowController implements ReactiveController {
  /** Before the element is measured: the top of it, as far as two viewports reach. */
  window: ChartWindow = { top: 0, bottom: 2 * (globalThis.innerHeight || 800) };
  readonly #host: ReactiveControllerHost;
  #target: HTMLElement | undefined;
  #frame = 0;
  #pageObserver: ResizeObserver | undefined;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('scroll', this.#schedule, { capture: true, passive: true });
    addEventListener('resize', this.#schedule, { passive: true });
    this.#pageObserver = new ResizeObserver(this.#schedule);
    this.#pageObserver.observe(document.documentElement);
  }

  hostDisconnected(): void {
    removeEventListener('scroll', this.#schedule, { capture: true });
    removeEventListener('resize', this.#schedule);
    this.#pageObserver?.disconnect();
    this.#pageObserver = undefined;
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#target = undefined;
  }

  /** Follows `target` (after each render: what lies above it may have changed); none: stops. */
  follow(target: HTMLElement | undefined): void {
    this.#target = target;
    if (target) this.#schedule();
  }

  readonly #schedule = () => {
    if (!this.#target || this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#measure();
    });
  };

  #measure(): void {
    const target = this.#target;
    if (!target?.isConnected) return;
    const viewport = Math.max(innerHeight, 100);
    const { top } = target.getBoundingClientRect();
    const step = viewport / 2;
    const window = {
      top: Math.floor((-top - viewport) / step) * step,
      bottom: Math.ceil((viewport - top + viewport) / step) * step,
    };
    if (window.top === this.window.top && window.bottom === this.window.bottom) return;
    this.window = window;
    this.#host.requestUpdate();
  }
}
