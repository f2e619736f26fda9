/**
 * Chromium only: reduced motion is emulated through the DevTools protocol (emulateMedia), which
 * Firefox's WebDriver BiDi does not offer.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { ResignationTimeline } from '../../../src/components/resignation-timeline/resignation-timeline.js';
import type { TimelineQuote } from '../../../src/components/timeline-quote/timeline-quote.js';
import { nextFrames, tabFor, testStory, waitUntil } from '../helpers.js';

/** A card far below its timeline, scrolled to, so that the timeline is out of view. */
async function cardBelowTimeline(): Promise<{ timeline: ResignationTimeline; card: TimelineQuote }> {
  const article = await fixture<HTMLElement>(html`<article>
    <resignation-timeline id="t" .data=${testStory()}></resignation-timeline>
    <timeline-quote for="t" quote="acceptance" style="margin-top: 200vh"></timeline-quote>
  </article>`);
  const timeline = article.querySelector('resignation-timeline')!;
  const card = article.querySelector('timeline-quote')!;
  await waitUntil(() => card.shadowRoot!.querySelector('.show-event') !== null, 'the card did not show its quote', {
    timeout: 5000,
  });
  card.scrollIntoView();
  await nextFrames();
  expect(timeline.getBoundingClientRect().bottom).to.be.lessThan(0);
  return { timeline, card };
}

const markerInView = (timeline: ResignationTimeline) => {
  const { top, bottom } = tabFor(timeline, 'resignation-accepted').getBoundingClientRect();
  return top >= 0 && bottom <= innerHeight;
};

describe('<timeline-quote> and motion', () => {
  let behaviours: (ScrollBehavior | undefined)[] = [];
  const scrollIntoView = Element.prototype.scrollIntoView;
  beforeEach(() => {
    behaviours = [];
    Element.prototype.scrollIntoView = function (options?: boolean | ScrollIntoViewOptions) {
      if (typeof options === 'object') behaviours.push(options.behavior);
      return scrollIntoView.call(this, options);
    };
  });
  afterEach(async () => {
    Element.prototype.scrollIntoView = scrollIntoView;
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('brings the timeline into view at once where the reader prefers reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const { timeline, card } = await cardBelowTimeline();
    behaviours = [];
    card.shadowRoot!.querySelector<HTMLButtonElement>('.show-event')!.click();
    await timeline.updateComplete;
    await nextFrames(1);
    expect(behaviours).to.deep.equal(['instant']);
    expect(markerInView(timeline), 'the marker is in view without an animation').to.equal(true);
  });

  it('scrolls smoothly to the timeline otherwise', async () => {
    const { timeline, card } = await cardBelowTimeline();
    behaviours = [];
    card.shadowRoot!.querySelector<HTMLButtonElement>('.show-event')!.click();
    await timeline.updateComplete;
    await waitUntil(() => markerInView(timeline), 'the marker never came into view');
    expect(behaviours).to.deep.equal(['smooth']);
  });
});
