/**
 * The single-file bundle, as a newsroom embeds it: one module script, one bare tag. Built by
 * `npm run build` (which `npm test` runs first). Nothing here imports src/ at run time: the
 * bundle alone defines the element.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import defaultStoryFile from '../../data/ambassador-resignation-2019.json' with { type: 'json' };
import { assertLabelsClearOfShapes, heading, quoteItems, tabs, testStory } from './helpers.js';

const BUNDLE = '/dist/resignation-timeline.bundle.js';

/** When the bundle was asked for: the test's own imports (the data file among them) came before. */
let bundleAskedAt = NaN;

describe('the standalone bundle', () => {
  before(async () => {
    bundleAskedAt = performance.now();
    await import(/* no bundler here: the browser loads the built file */ BUNDLE);
  });

  it('defines the tag and tells the default story with no attributes', async () => {
    expect(customElements.get('resignation-timeline')).to.exist;
    const el = await fixture<HTMLElement>(html`<resignation-timeline></resignation-timeline>`);
    const events = String(defaultStoryFile.events.length);
    await waitUntil(() => tabs(el)[0]?.getAttribute('aria-setsize') === events, 'the story did not render');
    expect(heading(el)).to.equal(defaultStoryFile.story.title);
    expect(quoteItems(el).length).to.equal(defaultStoryFile.quotes.length);
    await expect(el).to.be.accessible();
  });

  it('lays labels out as the development build does: clear of their shapes, on either side', async () => {
    // The bundle's CSS is compacted: a lost space once turned "padding: 0 28px 0 10px" into an
    // invalid value, and labels placed before their shape ran into it.
    const el = await fixture<HTMLElement>(html`<resignation-timeline .data=${testStory()} style="width: 1100px"></resignation-timeline>`);
    await waitUntil(() => el.shadowRoot?.querySelector('svg.axis')?.getAttribute('width') === '1100', 'not laid out');
    const markers = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.marker:not(.offscreen-marker)')];
    expect(markers.some((marker) => marker.classList.contains('label-start'))).to.equal(true);
    assertLabelsClearOfShapes(el);
  });

  it('does not fetch anything else: the default story is inside the bundle', async () => {
    const loaded = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime >= bundleAskedAt)
      .map((entry) => new URL(entry.name).pathname);
    expect(loaded.filter((path) => path.startsWith('/dist/') || path.startsWith('/data/'))).to.deep.equal([BUNDLE]);
  });
});
