/**
 * The standalone bundle, as a newsroom embeds it: one module script, one bare tag. It draws the
 * timeline by itself; the default story and zoom load as chunks from dist/chunks/. Built by
 * `npm run build` (which `npm test` runs first). The test server holds the zoom chunk back until
 * the first test lets it through (see tests/runner/request-holds.mjs), as a slow
 * network would.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { bareTimelineWithDefaultStory, defaultStoryFile } from './default-story.js';
import { executeServerCommand, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { ResignationTimeline } from '../../src/components/resignation-timeline/resignation-timeline.js';
import { buttonStyles } from '../../src/components/button.styles.js';
import { chartStyles } from '../../src/components/resignation-timeline/chart.styles.js';
import { mediaStyles } from '../../src/components/resignation-timeline/media.styles.js';
import { panelStyles } from '../../src/components/resignation-timeline/panel.styles.js';
import { quoteCardStyles } from '../../src/components/quote-card/quote-card.styles.js';
import { baseStyles } from '../../src/components/resignation-timeline/resignation-timeline.styles.js';
import { nextFrames, selectedTab, waitUntil } from './helpers.js';
import { button, chartOf, inChart, pointInChart, settled, spacing, zoomable } from './zoom-helpers.js';
import { styleRules } from './style-rules.js';

const BUNDLE = '/dist/resignation-timeline.bundle.js';
const STORY_CHUNK = /^\/dist\/chunks\/default-story-[\w-]+\.js$/;
const ZOOM_CHUNK = /^\/dist\/chunks\/d3-time-zoom-[\w-]+\.js$/;

const loadedFromPackage = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/dist/')); // (the test's own import of the story file is not the package's)

describe('the standalone bundle', () => {
  before(async () => {
    await executeServerCommand('hold-requests', { match: '/d3-time-zoom-' });
    await import(/* no bundler here: the browser loads the built file */ BUNDLE);
  });

  after(async () => {
    await executeServerCommand('release-requests');
    await sendMouse({ type: 'move', position: [0, 0] });
    await resetMouse();
  });

  it(
    'draws the default story from a bare tag before zoom arrives, and takes the steps asked for meanwhile once ' +
      'it does',
    async () => {
      expect(customElements.get('resignation-timeline')).to.exist;
      const el = await bareTimelineWithDefaultStory();
      expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal(defaultStoryFile.story.title);
      expect(el.shadowRoot!.querySelectorAll('.quote-item').length).to.equal(defaultStoryFile.quotes.length);
      // Minifying keeps the words apart: a person's role follows the name after a space.
      const person = defaultStoryFile.people.find((someone: { role?: string }) => someone.role)!;
      expect(el.shadowRoot!.querySelector('.panel')!.textContent!.replace(/\s+/g, ' ')).to.contain(
        `${person.name} (${person.role})`,
      );
      // Asked for right after the first render, without any reader input; held by the test server.
      await waitUntil(async () => (await executeServerCommand('held-requests')) === 1, 'zoom was not asked for', {
        timeout: 5000,
      });
      chartOf(el).scrollIntoView({ block: 'start' });
      await nextFrames();
      expect(zoomable(el)).to.equal(false);
      const start = spacing(el);

      // Ctrl + wheel over the chart: the page must not zoom instead.
      const wheels: WheelEvent[] = [];
      const recordWheel = (event: WheelEvent) => wheels.push(event);
      window.addEventListener('wheel', recordWheel);
      const pixelRatio = window.devicePixelRatio;
      await executeServerCommand('wheel', { ...pointInChart(el), deltaY: -200, ctrlKey: true });
      await waitUntil(() => wheels.length > 0, 'no wheel event');
      window.removeEventListener('wheel', recordWheel);
      expect(
        wheels.every((wheel) => wheel.ctrlKey && wheel.defaultPrevented),
        'a Ctrl + wheel turn was left to zoom the page',
      ).to.equal(true);
      expect(window.devicePixelRatio).to.equal(pixelRatio);

      // A zoom button and the + key, then the page selects the last event: nothing moves yet.
      button(el, '.zoom-in').click();
      selectedTab(el).focus();
      await sendKeys({ press: '+' });
      el.selected = 'posting-end';
      await el.updateComplete;
      await nextFrames();
      expect(spacing(el)).to.equal(start);
      expect(inChart(el, 'posting-end')).to.equal(false);

      await executeServerCommand('release-requests');
      await waitUntil(() => zoomable(el), 'zoom did not arrive', { timeout: 5000 });
      // Both steps taken (twice as close, twice), and the latest reveal: the selected event in view.
      expect(await settled(el, start)).to.be.closeTo(start * 4, start * 0.2);
      await waitUntil(() => inChart(el, 'posting-end'), 'the event selected meanwhile was left out of view', {
        timeout: 3000,
      });
      await expect(el).to.be.accessible();
    },
  );

  it('lays labels out as the development build does: clear of their shapes, on either side', async () => {
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
      [baseStyles, buttonStyles, chartStyles, panelStyles, quoteCardStyles, mediaStyles].map((style) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(style.cssText);
        return sheet;
      }),
    );
    expect(source.length).to.be.greaterThan(300);
    expect(source.some((rule) => rule.startsWith('.zoom-controls button:focus-visible {'))).to.equal(true);
    expect(built).to.deep.equal(source);
  });

  it('fetches only its own chunks, each once: the default story and zoom among them', async () => {
    const loaded = loadedFromPackage();
    expect(loaded.filter((path) => path === BUNDLE).length, 'the bundle').to.equal(1);
    expect(loaded.filter((path) => STORY_CHUNK.test(path)).length, 'the story').to.equal(1);
    expect(loaded.filter((path) => ZOOM_CHUNK.test(path)).length, 'zoom').to.equal(1);
    const others = loaded.filter((path) => path !== BUNDLE);
    expect(
      others.every((path) => path.startsWith('/dist/chunks/')),
      others.join(', '),
    ).to.equal(true);
    expect(new Set(loaded).size, 'each once').to.equal(loaded.length);
  });

  it(
    'writes the interface in another language from that language’s chunk alone, fetched once for every ' + 'timeline',
    async () => {
      const els = await Promise.all(
        ['de', 'de-AT'].map((locale) =>
          fixture<ResignationTimeline>(
            html`<resignation-timeline locale=${locale} style="width: 700px"></resignation-timeline>`,
          ),
        ),
      );
      for (const el of els) {
        await waitUntil(
          () => /Pfeiltasten/.test(el.shadowRoot?.querySelector('#keyboard-help')?.textContent ?? ''),
          'not in German',
          { timeout: 5000 },
        );
      }
      const packs = loadedFromPackage().filter((path) => path.includes('/chunks/i18n-'));
      expect(packs).to.have.length(1);
      expect(packs[0]).to.match(/^\/dist\/chunks\/i18n-de-[\w-]+\.js$/);
    },
  );

  it('asks for the default story as soon as the parser has passed a bare tag, while the page still loads', async () => {
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe title="A page still loading" style="width: 760px; height: 400px"></iframe>`,
    );
    const page = frame.contentDocument!;
    page.open();
    page.write(
      `<!doctype html><html lang="en"><head><script type="module" async src="${BUNDLE}"></script></head><body>`,
    );
    await waitUntil(
      () => frame.contentWindow!.customElements.get('resignation-timeline'),
      'the bundle did not load in the frame',
    );
    // An inline story may follow the start tag: nothing is shown or asked for until it can.
    page.write('<resignation-timeline>');
    const el = page.querySelector<ResignationTimeline>('resignation-timeline')!;
    await nextFrames();
    expect(el.story).to.equal(undefined);
    expect(el.problems).to.deep.equal([]);
    page.write('<script type="application/json">{"version":1,"story":{"title":"Told inline","timeZone":"UTC"},');
    page.write(
      '"sources":[{"id":"s","kind":"public-record","url":"https://example.org/"}],' +
        '"categories":[{"id":"c","label":"C"}],',
    );
    page.write(
      '"events":[{"id":"e","date":"2020-01-01","category":"c","title":"E","summary":"S","sources":["s"]}]}</script>',
    );
    page.write('</resignation-timeline><p>The article goes on.</p>');
    await waitUntil(() => el.story, 'the inline story waited for the page to finish loading', { timeout: 5000 });
    expect(el.story!.title).to.equal('Told inline');
    // Never the default story first: a story replacing another would have been announced.
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim()).to.equal('');
    // A bare tag: its story is asked for once the parser is past it, not when the page is done.
    page.write('<resignation-timeline id="bare"></resignation-timeline><p>More of the article.</p>');
    const bare = page.querySelector<ResignationTimeline>('#bare')!;
    await waitUntil(() => bare.story, 'the default story waited for the page to finish loading', { timeout: 5000 });
    expect(bare.story!.title).to.equal(defaultStoryFile.story.title);
    expect(page.readyState).to.equal('loading');
    page.write('</body></html>');
    page.close();
  });
  it(
    'defines <timeline-quote> too: a card before its timeline shows the letter and takes the reader to ' + 'it',
    async () => {
      expect(customElements.get('timeline-quote')).to.exist;
      const letter = defaultStoryFile.quotes.find((quote) => quote.id === 'resignation-letter-text')!;
      const article = await fixture<HTMLElement>(html`<article>
      <timeline-quote for="bundled" quote=${letter.id}></timeline-quote>
      <resignation-timeline id="bundled"></resignation-timeline>
    </article>`);
      const card = article.querySelector('timeline-quote')!;
      const timeline = article.querySelector('resignation-timeline')!;
      await waitUntil(() => card.shadowRoot!.querySelector('.show-event') !== null, 'the card did not show its quote', {
        timeout: 5000,
      });
      expect([...card.shadowRoot!.querySelectorAll('blockquote p')].map((p) => p.textContent)).to.deep.equal(
        letter.text,
      );
      expect(card.shadowRoot!.querySelector('.read-more')!.getAttribute('aria-expanded')).to.equal('false');
      card.shadowRoot!.querySelector<HTMLButtonElement>('.show-event')!.click();
      await waitUntil(
        () => timeline.shadowRoot!.activeElement === selectedTab(timeline),
        'focus did not move to the event',
      );
      expect(selectedTab(timeline).dataset.eventId).to.equal(letter.events[0]);
      await waitUntil(() => card.active, 'the card did not say its event is selected');
    },
  );
});
