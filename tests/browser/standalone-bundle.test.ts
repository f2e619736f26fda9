/**
 * The single-file bundle, as a newsroom embeds it: one module script, one bare tag. Built by
 * `npm run build` (which `npm test` runs first).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';

const BUNDLE = '/dist/resignation-timeline.bundle.js';

describe('the standalone bundle', () => {
  before(async () => {
    await import(/* no bundler here: the browser loads the built file */ BUNDLE);
  });

  it('defines the tag and tells the default story with no attributes', async () => {
    expect(customElements.get('resignation-timeline')).to.exist;
    const el = await fixture<HTMLElement>(html`<resignation-timeline></resignation-timeline>`);
    await waitUntil(() => el.shadowRoot?.querySelector('[role="tab"]')?.getAttribute('aria-setsize') === '9', 'the story did not render');
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.contain('the ambassador who resigned');
    expect(el.shadowRoot!.querySelectorAll('.quote-item').length).to.equal(4);
    await expect(el).to.be.accessible();
  });

  it('does not fetch anything else: the default story is inside the bundle', async () => {
    const loaded = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(loaded.filter((path) => path.startsWith('/dist/') || path.startsWith('/data/'))).to.deep.equal([BUNDLE]);
  });
});
