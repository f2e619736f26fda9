import { fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { ResignationTimeline } from '../../src/components/resignation-timeline/resignation-timeline.js';

/** Renders a timeline and waits until its story (or its problems) are on screen. */
export async function renderTimeline(template: TemplateResult): Promise<ResignationTimeline> {
  const el = await fixture<ResignationTimeline>(template);
  await waitUntil(() => el.story !== undefined || el.problems.length > 0, 'the story did not load', { timeout: 5000 });
  await nextFrames();
  await el.updateComplete;
  return el;
}

export const tabs = (el: ResignationTimeline) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
export const selectedTab = (el: ResignationTimeline) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>('[role="tab"][aria-selected="true"]')!;
export const panel = (el: ResignationTimeline) => el.shadowRoot!.querySelector<HTMLElement>('[role="tabpanel"]')!;
export const quoteItems = (el: ResignationTimeline) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.quote-item')];
export const linkedQuoteIds = (el: ResignationTimeline) =>
  quoteItems(el)
    .filter((item) => item.hasAttribute('data-linked'))
    .map((item) => item.dataset.quoteId);

/** Waits for two animation frames: renders that a resize or zoom set off have happened. */
export async function nextFrames(): Promise<void> {
  for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** The centre of an element in page coordinates, for real mouse and touch input. */
export function centreOf(element: Element): [number, number] {
  const box = element.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
}

/** A minimal valid story, different from the default one. */
export function smallStory(title = 'A small story') {
  return {
    version: 1,
    story: { title, timeZone: 'UTC' },
    sources: [{ id: 'src', kind: 'public-record', url: 'https://example.org/record' }],
    categories: [{ id: 'one', label: 'One' }],
    people: [{ id: 'p', name: 'Pat Example' }],
    events: [
      { id: 'first', date: '2020-01-01', category: 'one', title: 'First thing', summary: 'It began.', sources: ['src'] },
      { id: 'second', date: '2020-03', category: 'one', title: 'Second thing', summary: 'It went on.', sources: ['src'] },
    ],
    quotes: [
      { id: 'q', speaker: 'p', form: 'paragraphs', text: ['Said once.'], events: ['second'], medium: 'statement', source: 'src' },
    ],
  };
}
