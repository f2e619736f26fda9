import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { MIN_VIEW_SPAN, timeScale, type TimeSpan } from '../../../layout/layout.js';
import type { TimelineLayout } from '../../../layout/types.js';
import { eventTime } from '../../../layout/view.js';
import type { StoryEvent } from '../../../story/types.js';
import type { D3TimeZoom } from './d3-time-zoom.js';

type Call = (zoom: D3TimeZoom) => void;

/** What zoom reads of the timeline as drawn. */
export interface ZoomedState {
  layout: Pick<TimelineLayout, 'orientation' | 'extent' | 'range'>;
  /** The shown story's first view. */
  firstView: TimeSpan;
  selected: StoryEvent;
}

/**
 * Zoom and pan of the time axis, bound to one element (the chart). d3-zoom and what it pulls in
 * are a third of the script, and the timeline is drawn without them: they load as a chunk of
 * their own (./d3-time-zoom.js) once the chart is first drawn, in the task after. Until they
 * arrive, the zoom steps asked for (buttons, keys) wait in order and are taken when they do, with
 * the latest reveal and the latest chart; Ctrl or ⌘ with the wheel over the chart is kept from
 * zooming the page instead. A drag or pinch begun before then does nothing. One-finger vertical
 * swipes scroll the page (touch-action: pan-y in the element's styles).
 */
export class TimeZoomController implements ReactiveController {
  /** The span of time shown, once the reader or the page has zoomed; else undefined. */
  get view(): TimeSpan | undefined {
    return this.#zoom?.view;
  }

  /** True while the reader is dragging, pinching or wheeling. */
  get gesturing(): boolean {
    return this.#zoom?.gesturing ?? false;
  }

  readonly #host: ReactiveControllerHost;
  #zoom: D3TimeZoom | undefined;
  #loading: Promise<void> | undefined;
  /** Until d3-zoom arrives: the chart to bind it to, and the calls made meanwhile, in order. */
  #pending: { attach: Parameters<D3TimeZoom['attach']> | undefined; calls: Call[]; reveal: Call | undefined } = {
    attach: undefined,
    calls: [],
    reveal: undefined,
  };
  /** The story of the last render: a new one brings the selected event into view. */
  #story: unknown;
  /** The chart whose Ctrl or ⌘ wheel turns are held back until d3-zoom takes them. */
  #guarded: HTMLElement | undefined;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#host.requestUpdate(); // re-binds zoom to the chart after the element was moved
  }

  hostDisconnected(): void {
    this.detach();
  }

  /** The view to draw for a story whose first view is `initial`. */
  viewFor(initial: TimeSpan): TimeSpan {
    return this.#zoom ? this.#zoom.viewFor(initial) : initial;
  }

  /**
   * Binds zoom to `surface` for a story whose time runs over `extent`, drawn across `range` pixels.
   * Keeps the current view when only the size changed; starts from `initial` for a new story.
   */
  attach(surface: HTMLElement, extent: TimeSpan, range: TimeSpan, initial: TimeSpan): void {
    if (this.#zoom) return this.#zoom.attach(surface, extent, range, initial);
    this.#pending.attach = [surface, extent, range, initial];
    this.#guard(surface);
    if (this.#loading) return;
    // Asked for in a task after the one that drew the chart: asking is not free (a cold first
    // render's profile found about a tenth of its time in this import() call), and the first
    // frame does not need zoom. Wheel turns meanwhile are held (#guard), steps queued.
    this.#loading = new Promise((next) => setTimeout(next))
      .then(() => import('./d3-time-zoom.js'))
      .then(
        ({ D3TimeZoom }) => this.#arrived(new D3TimeZoom(this.#host, { timeScale, minViewSpan: MIN_VIEW_SPAN })),
        // Offline, say: the timeline stays as drawn, and the next render tries again.
        () => (this.#loading = undefined),
      );
  }

  /**
   * After each render: binds zoom to `chart` where the timeline is horizontal (else lets go, as
   * where the element left the page), and keeps the selected event in view however it was
   * selected (`selectedChanged`), and when a new `story` arrived.
   */
  follow(
    chart: HTMLElement | undefined,
    state: ZoomedState | undefined,
    story: unknown,
    selectedChanged: boolean,
  ): void {
    const storyChanged = story !== this.#story;
    this.#story = story;
    if (!chart || !state || state.layout.orientation !== 'horizontal') return this.detach();
    const { layout, firstView, selected } = state;
    this.attach(chart, layout.extent, layout.range, firstView);
    if (selectedChanged || storyChanged) this.reveal(eventTime(selected));
  }

  detach(): void {
    this.#zoom?.detach();
    this.#pending = { attach: undefined, calls: [], reveal: undefined };
    this.#guard(undefined);
  }

  zoomIn(aroundTime?: number): void {
    this.#call((zoom) => zoom.zoomIn(aroundTime));
  }

  zoomOut(aroundTime?: number): void {
    this.#call((zoom) => zoom.zoomOut(aroundTime));
  }

  /** Back to the view the reader first saw. */
  reset(): void {
    this.#call((zoom) => zoom.reset());
  }

  /** Pans, at the current zoom, so that `time` is in view (centred if it was out of view). */
  reveal(time: number): void {
    this.#call((zoom) => zoom.reveal(time), true);
  }

  /** Zooms to show the span from `start` to `end`, with a little room either side. */
  showSpan(start: number, end: number): void {
    this.#call((zoom) => zoom.showSpan(start, end), true);
  }

  /**
   * Calls d3-zoom, or queues the call until it arrives. Of the calls that move the view to a
   * place (reveal, showSpan) only the latest is kept; steps (in, out, reset) all count. Without a
   * chart to bind to there is nothing to zoom, as with d3-zoom.
   */
  #call(call: Call, moveTo = false): void {
    if (this.#zoom) return call(this.#zoom);
    if (!this.#pending.attach) return;
    if (moveTo) {
      this.#pending.calls = this.#pending.calls.filter((queued) => queued !== this.#pending.reveal);
      this.#pending.reveal = call;
    }
    this.#pending.calls.push(call);
  }

  #arrived(zoom: D3TimeZoom): void {
    const { attach, calls } = this.#pending;
    this.detach(); // clears what was pending and the wheel guard: d3-zoom takes the wheel now
    this.#zoom = zoom;
    if (!attach) return; // the chart went meanwhile (a vertical or a removed timeline)
    zoom.attach(...attach);
    for (const call of calls) call(zoom);
  }

  /** Keeps Ctrl or ⌘ + wheel over the chart from zooming the page until d3-zoom takes it. */
  #guard(surface: HTMLElement | undefined): void {
    if (this.#guarded === surface) return;
    this.#guarded?.removeEventListener('wheel', this.#holdPageZoom);
    surface?.addEventListener('wheel', this.#holdPageZoom, { passive: false });
    this.#guarded = surface;
  }

  readonly #holdPageZoom = (event: WheelEvent) => {
    if (event.ctrlKey || event.metaKey) event.preventDefault();
  };
}
