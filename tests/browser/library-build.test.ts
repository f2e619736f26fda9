/**
 * The library build (dist/*.js, one module per source file, Lit and D3 left to the page's
 * bundler; here the test server resolves them), as `import 'resignation-timeline/define.js'`
 * gives it: zoom comes by import() of its own module once the chart is drawn. Built by
 * `npm run build`.
 */
import { expect } from '@open-wc/testing';
import { bareTimelineWithDefaultStory } from './default-story.js';
import { button, chartOf, settled, zoomable } from './zoom-helpers.js';
import { waitUntil } from './helpers.js';

const DEFINE = '/dist/define.js';

describe('the library build', () => {
  before(async () => {
    await import(/* the built modules, not the source */ DEFINE);
  });

  it('tells the default story and zooms, with zoom loaded from its own module', async () => {
    const el = await bareTimelineWithDefaultStory();
    await waitUntil(() => zoomable(el), 'zoom was not bound');
    chartOf(el).scrollIntoView({ block: 'start' });
    const start = await settled(el);
    button(el, '.zoom-in').click();
    expect(await settled(el, start)).to.be.closeTo(start * 2, start * 0.1);
    const loaded = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(loaded).to.include('/dist/components/resignation-timeline/controllers/d3-time-zoom.js');
    expect(
      loaded.some((path) => path.startsWith('/src/')),
      'the source was loaded',
    ).to.equal(false);
  });
});
