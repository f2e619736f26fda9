import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import type { ReactiveControllerHost } from 'lit';
import type { TimeSpan, timeScale } from '../../../layout/layout.js';

const ZOOM_STEP = 2;
const TRANSITION_MS = 300;

interface Frame {
  surface: HTMLElement;
  extent: TimeSpan;
  /** Pixels along the axis; reversed (right to left) in right-to-left text. */
  range: TimeSpan;
  initial: TimeSpan;
}

/** Wheel, mouse or touch: the input a zoom gesture comes from. */
const inputKind = (event: Event) => event.type.replace(/^(mouse|touch).*/, '$1');

const sameSpan = (a: TimeSpan | undefined, b: TimeSpan | undefined, tolerance = 0) =>
  !!a && !!b && Math.abs(a[0] - b[0]) <= tolerance && Math.abs(a[1] - b[1]) <= tolerance;

/**
 * What the zoom takes from the timeline instead of importing it: loaded as a chunk of its own, it
 * imports nothing of the script that loads it (a bundle loaded through a redirect or with a
 * ?query would otherwise run twice).
 */
export interface TimeAxis {
  /** The time scale the layout draws with: time to pixels along the axis. */
  timeScale: typeof timeScale;
  /** The shortest span of time the reader may zoom in to. */
  minViewSpan: number;
}

/**
 * Zoom and pan of the time axis with d3-zoom, bound to one element (the chart): the part of
 * `TimeZoomController` that loads after the first render. The view (the span of time shown) is
 * what the host lays out; d3-zoom keeps the transform behind it. Plain wheel scrolling is left to
 * the page: the wheel zooms only with Ctrl or ⌘ held, which is also what a trackpad pinch sends.
 */
export class D3TimeZoom {
  /** The span of time shown, once the reader or the page has zoomed; else undefined. */
  view: TimeSpan | undefined;
  /** True while the reader is dragging, pinching or wheeling. */
  get gesturing(): boolean {
    return this.#gesturesUnderWay.size > 0;
  }

  readonly #host: ReactiveControllerHost;
  readonly #axis: TimeAxis;
  readonly #behavior: ZoomBehavior<HTMLElement, unknown>;
  #frame: Frame | undefined;
  /** The first view of the story that `view` belongs to; kept while detached. */
  #viewInitial: TimeSpan | undefined;
  #selection: Selection<HTMLElement, unknown, null, undefined> | undefined;
  readonly #reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
  readonly #gesturesUnderWay = new Set<string>();
  /** Where a programmatic zoom is heading, so that quick repeated steps add up. */
  #target: ZoomTransform | undefined;

  constructor(host: ReactiveControllerHost, axis: TimeAxis) {
    this.#host = host;
    this.#axis = axis;
    this.#behavior = zoom<HTMLElement, unknown>()
      // A click that wobbles a few pixels is still a click on a marker, not a pan.
      .clickDistance(4)
      .filter((event: Event) =>
        event.type === 'wheel'
          ? (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey
          : !(event as MouseEvent).button,
      )
      // A wheel gesture ends 150 ms after its last turn, possibly while a drag that began in the
      // meantime goes on: each kind of input is tracked apart. One flag per kind, not a count, so
      // that an end d3-zoom never sends (a finger lifted off the chart) is mended by the next
      // gesture of that kind.
      .on('start', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        if (!event.sourceEvent) return;
        this.#gesturesUnderWay.add(inputKind(event.sourceEvent as Event));
        this.#target = undefined;
      })
      .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        const frame = this.#frame;
        if (!frame) return;
        const shown = this.viewFor(frame.initial);
        const view = this.#viewOf(event.transform);
        // Binding to a freshly rendered chart re-states the view it was drawn with: no new render,
        // and the very same view, so that the next render does not lay the story out again.
        this.view = sameSpan(shown, view, 1) ? shown : view;
        this.#viewInitial = frame.initial;
        if (this.view === view) this.#host.requestUpdate();
      })
      .on('end', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        if (!event.sourceEvent || !this.#gesturesUnderWay.delete(inputKind(event.sourceEvent as Event))) return;
        if (!this.gesturing) this.#host.requestUpdate(); // the last one: labels are placed again
      });
  }

  /** The view to draw for a story whose first view is `initial`. */
  viewFor(initial: TimeSpan): TimeSpan {
    return this.view && this.#viewInitial === initial ? this.view : initial;
  }

  /**
   * Binds zoom to `surface` for a story whose time runs over `extent`, drawn across `range` pixels.
   * Keeps the current view when only the size changed; starts from `initial` for a new story.
   */
  attach(surface: HTMLElement, extent: TimeSpan, range: TimeSpan, initial: TimeSpan): void {
    const previous = this.#frame;
    if (
      previous?.surface === surface &&
      previous.initial === initial &&
      sameSpan(previous.extent, extent) &&
      sameSpan(previous.range, range)
    ) {
      return;
    }
    if (previous && previous.surface !== surface) this.detach();
    this.#frame = { surface, extent, range, initial };
    const [left, right] = [Math.min(...range), Math.max(...range)];
    this.#behavior
      .extent([
        [left, 0],
        [right, 1],
      ])
      .translateExtent([
        [left, -Infinity],
        [right, Infinity],
      ])
      .scaleExtent([1, Math.max(1, (extent[1] - extent[0]) / this.#axis.minViewSpan)]);
    if (this.#selection?.node() !== surface) {
      this.#selection = select(surface);
      this.#selection.call(this.#behavior).on('dblclick.zoom', null);
      surface.toggleAttribute('data-zoomable', true); // the grab cursor: it can be dragged now
    }
    this.#selection.interrupt();
    this.#target = undefined;
    this.#behavior.transform(this.#selection, this.#transformFor(this.viewFor(initial)));
  }

  detach(): void {
    this.#selection?.interrupt().on('.zoom', null).attr('data-zoomable', null);
    this.#selection = undefined;
    this.#frame = undefined;
    this.#target = undefined;
    this.#gesturesUnderWay.clear();
  }

  zoomIn(aroundTime?: number): void {
    this.#scaleBy(ZOOM_STEP, aroundTime);
  }

  zoomOut(aroundTime?: number): void {
    this.#scaleBy(1 / ZOOM_STEP, aroundTime);
  }

  /** Back to the view the reader first saw. */
  reset(): void {
    if (this.#frame) this.#goTo(this.#transformFor(this.#frame.initial));
  }

  /** Pans, at the current zoom, so that `time` is in view (centred if it was out of view). */
  reveal(time: number): void {
    // Not while the reader drags or pinches: the view is theirs until they let go.
    if (!this.#frame || this.gesturing) return;
    // Where a zoom is still running, judge by where it is heading, not by a view half way there.
    const [start, end] = this.#target ? this.#viewOf(this.#target) : this.viewFor(this.#frame.initial);
    const margin = (end - start) * 0.05;
    if (time >= start + margin && time <= end - margin) return;
    const span = end - start;
    this.#goTo(this.#transformFor([time - span / 2, time + span / 2]));
  }

  /** Zooms to show the span from `start` to `end`, with a little room either side. */
  showSpan(start: number, end: number): void {
    if (!this.#frame) return;
    const margin = Math.max((end - start) * 0.15, this.#axis.minViewSpan / 2);
    this.#goTo(this.#transformFor([start - margin, end + margin]));
  }

  #scaleBy(factor: number, aroundTime?: number): void {
    if (!this.#frame) return;
    const from = this.#target ?? zoomTransform(this.#frame.surface);
    const [min, max] = this.#behavior.scaleExtent();
    const k = Math.min(max, Math.max(min, from.k * factor));
    const { range } = this.#frame;
    // Keep the given time (or the middle of the view) where it is on screen.
    const point = aroundTime === undefined ? (range[0] + range[1]) / 2 : from.applyX(this.#baseScale()(aroundTime));
    const anchor = Math.min(Math.max(...range), Math.max(Math.min(...range), point));
    this.#goTo(zoomIdentity.translate(anchor - ((anchor - from.x) / from.k) * k, 0).scale(k));
  }

  /** Moves to `transform` (kept inside the story), animated unless the reader prefers less motion. */
  #goTo(transform: ZoomTransform): void {
    if (!this.#frame || !this.#selection) return;
    const { range } = this.#frame;
    const bounds: [[number, number], [number, number]] = [
      [Math.min(...range), 0],
      [Math.max(...range), 1],
    ];
    const target = this.#behavior.constrain()(transform, bounds, this.#behavior.translateExtent());
    if (this.#reducedMotion.matches) {
      this.#selection.interrupt();
      this.#target = undefined;
      this.#behavior.transform(this.#selection, target);
      return;
    }
    this.#target = target;
    this.#selection
      // Unnamed, as d3-zoom's own: a wheel, drag or pinch interrupts it, and the reader's gesture
      // takes over from where the animation was.
      .transition()
      .duration(TRANSITION_MS)
      .call(this.#behavior.transform, target)
      .on('end', () => {
        if (this.#target === target) this.#target = undefined;
      });
  }

  #baseScale() {
    const { extent, range } = this.#frame!;
    return this.#axis.timeScale(extent, range);
  }

  #viewOf(transform: ZoomTransform): TimeSpan {
    const [a, b] = transform.rescaleX(this.#baseScale()).domain() as [number, number];
    return [Math.min(a, b), Math.max(a, b)];
  }

  #transformFor([start, end]: TimeSpan): ZoomTransform {
    const base = this.#baseScale();
    const { range } = this.#frame!;
    const k = (range[1] - range[0]) / (base(end) - base(start));
    return zoomIdentity.translate(range[0] - k * base(start), 0).scale(k);
  }
}
