import type { ResignationTimeline } from '../../src/components/resignation-timeline/resignation-timeline.js';
import { drawnTab, renderTestStory, shapeOf, steady, waitUntil } from './helpers.js';

/** How far the reader has zoomed in: days of the story per view (grows as the view narrows). */
export function spacing(el: ResignationTimeline): number {
  const { start, end } = el.view!;
  return 1000 * (86_400_000 / (end.getTime() - start.getTime()));
}

export const chartOf = (el: ResignationTimeline) => el.shadowRoot!.querySelector<HTMLElement>('.chart')!;
/** True when the event's marker is drawn, inside the chart (markers out of view are not drawn). */
export const inChart = (el: ResignationTimeline, id: string) => {
  const chart = chartOf(el).getBoundingClientRect();
  const tab = drawnTab(el, id);
  const shape = tab && shapeOf(tab).getBoundingClientRect();
  return !!shape && shape.left >= chart.left && shape.right <= chart.right;
};
/** A point on the chart's background, above the markers (between the era label and the axis). */
export function pointInChart(el: ResignationTimeline): { x: number; y: number } {
  const chart = chartOf(el).getBoundingClientRect();
  return { x: Math.round(chart.left + chart.width * 0.75), y: Math.round(chart.top + 24) };
}

export const button = (el: ResignationTimeline, selector: string) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>(selector)!;

/**
 * Waits until a zoom has settled, and returns its spacing. A running zoom transition moves the view
 * on every frame it runs; between a click and its first step (d3's timer starts it on the next
 * frame) at most two frames pass unchanged, fewer than `steady` waits for. Given the spacing before
 * a zoom was asked for, waits first for the zoom to begin (it may wait for the zoom chunk).
 */
export async function settled(el: ResignationTimeline, before?: number): Promise<number> {
  if (before !== undefined)
    await waitUntil(() => Math.abs(spacing(el) - before) >= 0.5, 'the zoom did not begin', { timeout: 4000 });
  return steady(() => spacing(el), 'the zoom did not settle');
}

/** d3-zoom ends a wheel gesture this long after its last turn (its wheelDelay). */
const WHEEL_GESTURE_END_MS = 150;

/**
 * Resolves once d3-zoom has ended the wheel gesture that the next wheel turns make. At each turn
 * that reaches the page, a timer as long as d3-zoom's is started once the turn's dispatch is over,
 * so after the one d3-zoom started for it: timers of equal delay fire in the order they were
 * started, so this one fires after d3-zoom's has ended the gesture.
 */
export function wheelGestureEnded(): Promise<void> {
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onWheel = () =>
      setTimeout(() => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          window.removeEventListener('wheel', onWheel, { capture: true });
          resolve();
        }, WHEEL_GESTURE_END_MS);
      });
    window.addEventListener('wheel', onWheel, { capture: true });
  });
}

/** True once zoom and pan, which load after the first render, are bound to the chart. */
export const zoomable = (el: ResignationTimeline) => chartOf(el).hasAttribute('data-zoomable');

/**
 * Wide enough to lie horizontal, narrow enough for the smallest headless window (Firefox's); and
 * zoomable, so that a drag pans.
 */
export async function renderHorizontal(): Promise<ResignationTimeline> {
  const el = await renderTestStory({ width: 700 });
  await waitUntil(
    () => chartOf(el).getBoundingClientRect().width === 700 && zoomable(el),
    'not drawn horizontal, or zoom did not arrive',
  );
  chartOf(el).scrollIntoView({ block: 'start' });
  await settled(el);
  return el;
}
