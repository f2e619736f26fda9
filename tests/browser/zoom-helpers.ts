import { html, waitUntil } from '@open-wc/testing';
import type { ResignationTimeline } from '../../src/components/resignation-timeline/resignation-timeline.js';
import { renderTimeline, tabs } from './helpers.js';

/** How far the reader has zoomed in: days of the story per view (grows as the view narrows). */
export function spacing(el: ResignationTimeline): number {
  const { start, end } = el.view!;
  return 1000 * (86_400_000 / (end.getTime() - start.getTime()));
}

export const chartOf = (el: ResignationTimeline) => el.shadowRoot!.querySelector<HTMLElement>('.chart')!;
/** True when the event's marker is drawn, inside the chart (markers out of view are not drawn). */
export const inChart = (el: ResignationTimeline, id: string) => {
  const chart = chartOf(el).getBoundingClientRect();
  const shape = tabs(el).find((tab) => tab.dataset.eventId === id)?.querySelector('.shape')?.getBoundingClientRect();
  return !!shape && shape.left >= chart.left && shape.right <= chart.right;
};
/** A point on the chart's background, above the markers (between the era label and the axis). */
export function pointInChart(el: ResignationTimeline): { x: number; y: number } {
  const chart = chartOf(el).getBoundingClientRect();
  return { x: Math.round(chart.left + chart.width * 0.75), y: Math.round(chart.top + 24) };
}

export const button = (el: ResignationTimeline, selector: string) => el.shadowRoot!.querySelector<HTMLButtonElement>(selector)!;

/**
 * Waits until a zoom transition has settled (the spacing stops changing). Given the spacing before
 * a zoom was asked for, waits first for the zoom to begin: a busy browser may go a while between
 * frames, which looks the same as a view at rest.
 */
export async function settled(el: ResignationTimeline, before?: number): Promise<number> {
  if (before !== undefined) await waitUntil(() => Math.abs(spacing(el) - before) >= 0.5, 'the zoom did not begin', { timeout: 4000 });
  let last = NaN;
  await waitUntil(
    async () => {
      await new Promise((resolve) => setTimeout(resolve, 60));
      const now = spacing(el);
      const still = Math.abs(now - last) < 0.5;
      last = now;
      return still;
    },
    'the zoom did not settle',
    { timeout: 4000 },
  );
  return last;
}

/** True once zoom and pan, which load after the first render, are bound to the chart. */
export const zoomable = (el: ResignationTimeline) => chartOf(el).hasAttribute('data-zoomable');

/**
 * Wide enough to lie horizontal, narrow enough for the smallest headless window (Firefox's); and
 * zoomable, so that a drag pans.
 */
export async function renderWide(): Promise<ResignationTimeline> {
  const el = await renderTimeline(html`<resignation-timeline style="width: 700px"></resignation-timeline>`);
  await waitUntil(() => chartOf(el).getBoundingClientRect().width === 700 && zoomable(el), 'not drawn wide, or zoom did not arrive');
  chartOf(el).scrollIntoView({ block: 'start' });
  await settled(el);
  return el;
}

