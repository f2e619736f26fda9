/**
 * The standalone bundle in a page of its own, given its story as data: the story is checked and
 * drawn from the one script, before the next frame, with nothing else fetched first. Built by
 * `npm run build` (which `npm test` runs first).
 */
import { expect } from '@open-wc/testing';
import { defaultStoryFile } from './default-story.js';

const BUNDLE = '/dist/resignation-timeline.bundle.js';

describe('the standalone bundle, given a story as data', () => {
  it('draws it before the next frame: no frame shows it loading, and nothing else is fetched for it', async () => {
    await import(/* no bundler here: the browser loads the built file */ BUNDLE);
    const el = document.createElement('resignation-timeline');
    el.data = defaultStoryFile;
    document.body.append(el);
    try {
      await new Promise(requestAnimationFrame); // runs before the next frame is drawn
      expect(el.shadowRoot!.querySelector('h2')?.textContent).to.equal(defaultStoryFile.story.title);
      expect(el.shadowRoot!.querySelector('.loading')).to.equal(null);
      const fetched = performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => path.startsWith('/dist/'));
      expect(fetched).to.deep.equal([BUNDLE]);
    } finally {
      el.remove();
    }
  });
});
