/**
 * The single-file bundle, as a newsroom embeds it: one module script, one bare tag. Built by
 * `npm run build` (which `npm test` runs first).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { styles as sourceStyles } from '../../src/components/resignation-timeline/resignation-timeline.styles.js';
import { styleRules } from './style-rules.js';

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

  it('lays labels out as the development build does: clear of their shapes, on either side', async () => {
    // The bundle's CSS is compacted: a lost space once turned "padding: 0 28px 0 10px" into an
    // invalid value, and labels placed before their shape ran into it.
    const el = await fixture<HTMLElement>(html`<resignation-timeline style="width: 1100px"></resignation-timeline>`);
    await waitUntil(() => el.shadowRoot?.querySelector('svg.axis')?.getAttribute('width') === '1100', 'not laid out');
    const markers = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.marker:not(.offscreen-marker)')];
    expect(markers.some((marker) => marker.classList.contains('label-start'))).to.equal(true);
    for (const marker of markers) {
      const label = marker.querySelector('.label')!.getBoundingClientRect();
      const shape = marker.querySelector('.shape')!.getBoundingClientRect();
      const clear = label.right <= shape.left || shape.right <= label.left;
      expect(clear, `"${marker.querySelector('.label')!.textContent}" runs into its shape`).to.equal(true);
    }
  });

  it('has the styles of the source, rule for rule, after minifying', async () => {
    // The browser reads both: the minified sheets the bundle's element adopted, and the source's.
    // A damaged selector (a descendant combinator lost, ".panel :focus-visible" turned into
    // ".panel:focus-visible") or value shows up as a rule missing on one side.
    const el = await fixture<HTMLElement>(html`<resignation-timeline></resignation-timeline>`);
    const built = styleRules(el.shadowRoot!.adoptedStyleSheets);
    const source = styleRules(
      sourceStyles.map((style) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(style.cssText);
        return sheet;
      }),
    );
    expect(source.length).to.be.greaterThan(300);
    expect(source.some((rule) => rule.startsWith('.zoom-controls button:focus-visible {'))).to.equal(true);
    expect(built).to.deep.equal(source);
  });

  it('does not fetch anything else: the default story is inside the bundle', async () => {
    const loaded = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(loaded.filter((path) => path.startsWith('/dist/') || path.startsWith('/data/'))).to.deep.equal([BUNDLE]);
  });
});
