/**
 * Lazy start: a timeline far below the fold lays out only once it comes near the reader's view,
 * holding its place meanwhile; a deep link or printing lays it out at once.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { ResignationTimeline } from '../../src/components/resignation-timeline/resignation-timeline.js';
import '../../src/define.js';
import { nextFrames, tabs, testStory, waitUntil } from './helpers.js';

/** A page whose timeline lies three screens down, its story loaded. */
async function farBelowTheFold(): Promise<{ el: ResignationTimeline; after: HTMLElement }> {
  const page = await fixture<HTMLDivElement>(html`<div>
    <div style="height: 300vh"></div>
    <resignation-timeline .data=${testStory()}></resignation-timeline>
    <p>The article goes on.</p>
  </div>`);
  const el = page.querySelector('resignation-timeline')!;
  await waitUntil(() => el.story, 'the story did not load');
  await nextFrames();
  return { el, after: page.querySelector('p')! };
}

describe('a timeline far below the fold', () => {
  afterEach(() => window.scrollTo(0, 0));

  it('waits to lay out until it comes near the view, holding a screen of space meanwhile', async () => {
    const { el } = await farBelowTheFold();
    expect(tabs(el)).to.have.length(0);
    expect(el.getBoundingClientRect().height).to.be.at.least(window.innerHeight - 1);
    window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - window.innerHeight * 1.5);
    await waitUntil(() => tabs(el).length > 0, 'the timeline was not drawn as it came near the view');
    await expect(el).to.be.accessible();
  });

  it('lays out at once for a deep link to one of its events', async () => {
    const { el } = await farBelowTheFold();
    expect(tabs(el)).to.have.length(0);
    const event = testStory().events[3]!;
    el.selected = event.id;
    await el.updateComplete;
    expect(tabs(el).find((tab) => tab.getAttribute('aria-selected') === 'true')?.dataset.eventId).to.equal(event.id);
  });

  it('lays out at once when the page is printed', async () => {
    const { el } = await farBelowTheFold();
    expect(tabs(el)).to.have.length(0);
    // The table view's chunk, asked for when the story arrived (the same module, so loaded once).
    await import('../../src/components/resignation-timeline/parts/event-table.js');
    await el.updateComplete;
    window.dispatchEvent(new Event('beforeprint'));
    expect(el.shadowRoot!.querySelector('.table-scroll.print-only'), 'every event, for print, in the same task').to
      .exist;
  });
});
