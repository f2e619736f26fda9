/**
 * The all-in-one file, for pages that pin one script with a subresource-integrity hash: the same
 * element as the standalone bundle, with the default story and zoom inside, and nothing else to
 * load. Built by `npm run build`.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { bareTimelineWithDefaultStory, defaultStoryFile } from './default-story.js';
import type { ResignationTimeline } from '../../src/components/resignation-timeline/resignation-timeline.js';
import { button, chartOf, settled, zoomable } from './zoom-helpers.js';
import germanPack from '../../src/i18n/packs/de.json' with { type: 'json' };
import { waitUntil } from './helpers.js';

const ALL_IN_ONE = '/dist/resignation-timeline.all.js';

describe('the all-in-one file', () => {
  before(async () => {
    await import(/* no bundler here: the browser loads the built file */ ALL_IN_ONE);
  });

  it('tells the default story from a bare tag, zooms, and fetches nothing else', async () => {
    const el = await bareTimelineWithDefaultStory();
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal(defaultStoryFile.story.title);
    await waitUntil(() => zoomable(el), 'zoom was not bound');
    chartOf(el).scrollIntoView({ block: 'start' });
    const start = await settled(el);
    button(el, '.zoom-in').click();
    expect(await settled(el, start)).to.be.closeTo(start * 2, start * 0.1);
    const loaded = performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.startsWith('/dist/')); // (the test's own import of the story file is not the package's)
    expect(loaded).to.deep.equal([ALL_IN_ONE]);
    await expect(el).to.be.accessible();
  });

  it(
    'is in English in another language, with dates in it, and takes that language’s pack through strings, ' +
      'loading nothing',
    async () => {
      const el = await fixture<ResignationTimeline>(
        html`<resignation-timeline locale="de" style="width: 700px"></resignation-timeline>`,
      );
      const help = () => el.shadowRoot?.querySelector('#keyboard-help')?.textContent ?? '';
      await waitUntil(() => /arrow keys/.test(help()), 'not in English');
      expect(el.shadowRoot!.querySelector('[role="tab"]')!.textContent).to.match(/Juli 2019/);
      el.strings = germanPack;
      await waitUntil(() => /Pfeiltasten/.test(help()), 'the pack given as strings was not used');
      const fromPackage = performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => path.startsWith('/dist/'));
      expect(fromPackage).to.deep.equal([ALL_IN_ONE]);
    },
  );

  it('reads a story written in HTML inside the tag, with nothing else to load', async () => {
    const page = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('resignation-timeline') as ResignationTimeline;
    const markup =
      '<article data-story data-time-zone="UTC"><h2>In HTML</h2><ol><li data-id="a" data-category="c"><p><time ' +
      'datetime="2020-01-02">2 January 2020</time></p><h3>An event</h3></li></ol>' +
      '<ul data-list="categories"><li data-id="c">Things</li></ul></article>';
    el.append(...new DOMParser().parseFromString(`<body>${markup}</body>`, 'text/html').body.childNodes);
    page.append(el);
    await waitUntil(() => el.story, 'the HTML story did not load');
    expect(el.story!.title).to.equal('In HTML');
    expect(
      performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => path.startsWith('/dist/chunks/')),
    ).to.deep.equal([]);
  });
});
