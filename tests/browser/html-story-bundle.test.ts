/**
 * The HTML reader in the standalone bundle: a chunk of its own, loaded only by a timeline that has
 * a story written in HTML, and standing alone (it imports nothing back). Built by `npm run build`.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { ResignationTimeline } from '../../src/components/resignation-timeline/resignation-timeline.js';
import { renderStoryHtml } from '../../src/html-story/render.js';
import { TEST_STORY, waitUntil } from './helpers.js';

const BUNDLE = '/dist/resignation-timeline.bundle.js';
const READER_CHUNK = /^\/dist\/chunks\/html-reader-[\w-]+\.js$/;
const loadedChunks = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/dist/chunks/'));

describe('the HTML reader in the standalone bundle', () => {
  before(async () => {
    await import(/* no bundler here: the browser loads the built file */ BUNDLE);
  });

  it('is not loaded for a timeline without HTML content, and is loaded, alone, for one with it', async () => {
    // Vertical (drawn down the page, without zoom): the zoom chunk is left for the standalone bundle's own test to
    // hold back.
    const bare = await fixture<ResignationTimeline>(
      html`<resignation-timeline style="width: 360px"></resignation-timeline>`,
    );
    await waitUntil(() => bare.story, 'the default story did not load', { timeout: 5000 });
    expect(loadedChunks().filter((path) => READER_CHUNK.test(path))).to.deep.equal([]);

    const page = await fixture<HTMLDivElement>(html`<div style="width: 360px"></div>`);
    const el = document.createElement('resignation-timeline') as ResignationTimeline;
    el.append(
      ...new DOMParser().parseFromString(`<body>${renderStoryHtml(TEST_STORY)}</body>`, 'text/html').body.childNodes,
    );
    page.append(el);
    await waitUntil(() => el.story, 'the HTML story did not load', { timeout: 5000 });
    expect(el.story!.title).to.equal(TEST_STORY.story.title);
    const reader = loadedChunks().filter((path) => READER_CHUNK.test(path));
    expect(reader).to.have.length(1);
    const code = await (await fetch(reader[0]!)).text();
    expect(code).not.to.match(/\bimport\s*[({"'*]|\bfrom\s*["']/);
  });
});
