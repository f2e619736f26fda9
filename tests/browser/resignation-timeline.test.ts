import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/define.js';
import type { ResignationTimeline } from '../../src/components/resignation-timeline/resignation-timeline.js';
import type { TimelineSelectEvent } from '../../src/events.js';
import { assertFarTimeZone } from '../time-zone.js';
import { spacing } from './zoom-helpers.js';
import {
  alertsShown,
  announcement,
  assertLabelsClearOfShapes,
  assertNoOverlaps,
  centreOf,
  heading,
  heldStory,
  linkedEventIds,
  linkedQuoteIds,
  nextFrames,
  panel,
  parkPointer,
  quoteItem,
  quoteItems,
  renderTestStory,
  renderTimeline,
  selectedTab,
  shapeOf,
  smallStory,
  tabByTitle,
  tabFor,
  tabs,
  TEST_STORY,
  TEST_STORY_URL,
  testEvent,
  testQuote,
  waitUntil,
} from './helpers.js';

const isFocused = (el: ResignationTimeline, element: Element) => el.shadowRoot!.activeElement === element;

describe('<resignation-timeline> telling a story', () => {
  afterEach(parkPointer);

  it('draws a marker per event in view, counts the far one at the edge, a card per quote, a time axis', async () => {
    const el = await renderTestStory();
    const root = el.shadowRoot!;
    expect(heading(el)).to.equal(TEST_STORY.story.title);
    // The crowded week is drawn; the far-off event is counted on the edge button instead.
    const crowdedWeek = TEST_STORY.events.filter((event) => event.id !== 'repairs-due').map((event) => event.id);
    expect(
      tabs(el)
        .map((tab) => tab.dataset.eventId)
        .sort(),
    ).to.deep.equal(crowdedWeek.sort());
    expect(root.querySelector('.offscreen.after')!.textContent).to.contain('1 later event');
    for (const tab of tabs(el)) expect(tab.getAttribute('aria-setsize')).to.equal(String(TEST_STORY.events.length));
    expect(quoteItems(el).length).to.equal(TEST_STORY.quotes.length);
    expect(root.querySelectorAll('.quote-item blockquote').length).to.equal(TEST_STORY.quotes.length);
    const ticks = [...root.querySelectorAll('.tick text')].map((text) => text.textContent);
    expect(ticks.length).to.be.greaterThan(1);
    expect(root.querySelector('svg.axis')!.getAttribute('aria-hidden')).to.equal('true');
    expect(tabs(el)[0]!.textContent).to.contain(testEvent('cracks-found').title);
  });

  it('puts the markers in date order, each named with its date and category', async () => {
    const el = await renderTestStory();
    const names = tabs(el).map((tab) => tab.textContent!.replace(/\s+/g, ' ').trim());
    // The file lists the events out of date order; the markers are in it.
    const title = testEvent('cracks-found').title;
    expect(names[0]).to.match(new RegExp(`^${title} .*${title}, 6\\s?–\\s?7 March 2021, The inspection, 1 quote$`));
    const lefts = tabs(el).map((tab) => shapeOf(tab).getBoundingClientRect().left);
    expect(lefts).to.deep.equal([...lefts].sort((a, b) => a - b));
    expect(
      tabs(el)
        .map((tab) => tab.dataset.eventId)
        .indexOf('bridge-closed'),
    ).to.be.lessThan(
      tabs(el)
        .map((tab) => tab.dataset.eventId)
        .indexOf('mayor-posts'),
    );
    el.selected = 'repairs-due';
    await el.updateComplete;
    expect(selectedTab(el).textContent!.replace(/\s+/g, ' ')).to.contain('Scheduled Late summer 2021');
    expect(selectedTab(el).getAttribute('aria-posinset')).to.equal(String(TEST_STORY.events.length));
  });

  it('has one tab stop: the selected marker', async () => {
    const el = await renderTestStory();
    const stops = tabs(el).filter((tab) => tab.tabIndex === 0);
    expect(stops.length).to.equal(1);
    expect(stops[0] === selectedTab(el), 'focus or stop on the expected element').to.equal(true);
    expect(selectedTab(el).dataset.eventId).to.equal('cracks-found');
  });

  it('selects an event on click, shows its summary and quotes, and tells the page', async () => {
    const el = await renderTestStory();
    const target = tabFor(el, 'mayor-posts');
    const fired = oneEvent(el, 'timeline-select') as Promise<TimelineSelectEvent>;
    await sendMouse({ type: 'click', position: centreOf(target) });
    const event = await fired;
    expect(event.detail).to.deep.equal({ eventId: 'mayor-posts', trigger: 'pointer' });
    await el.updateComplete;
    expect(target.getAttribute('aria-selected')).to.equal('true');
    expect(el.selected).to.equal('mayor-posts');
    expect(panel(el).getAttribute('aria-labelledby')).to.equal(target.id);
    expect(panel(el).textContent).to.contain(testEvent('mayor-posts').summary);
    // Fragments are quoted one by one.
    const words = panel(el).querySelector('blockquote')!.textContent!;
    for (const fragment of testQuote('mayor-post').text) expect(words).to.contain(`‘${fragment}’`);
  });

  it('moves through events in date order with the arrow keys, Home and End', async () => {
    const el = await renderTestStory();
    selectedTab(el).focus();
    const order: string[] = [];
    for (const key of ['ArrowRight', 'ArrowRight', 'End', 'ArrowRight', 'ArrowLeft', 'Home']) {
      await sendKeys({ press: key });
      await el.updateComplete;
      order.push(selectedTab(el).dataset.eventId!);
      expect(isFocused(el, selectedTab(el)), 'focus or stop on the expected element').to.equal(true);
    }
    expect(order).to.deep.equal([
      'council-silent',
      'bridge-closed',
      'repairs-due',
      'cracks-found',
      'repairs-due',
      'cracks-found',
    ]);
    expect(tabs(el).filter((tab) => tab.tabIndex === 0).length).to.equal(1);
  });

  it('selects with Enter and Space, as a click would', async () => {
    const el = await renderTestStory({ selected: 'ferries-added' });
    tabFor(el, 'engineer-resigns').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.selected).to.equal('engineer-resigns');
    tabFor(el, 'resignation-accepted').focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(el.selected).to.equal('resignation-accepted');
  });

  it('leaves the page keys alone: Tab moves out of the markers, to the controls after them', async () => {
    const el = await renderTestStory();
    selectedTab(el).focus();
    await sendKeys({ press: 'Tab' });
    const zoomOut = el.shadowRoot!.querySelector<HTMLElement>('.zoom-out')!;
    expect(isFocused(el, zoomOut), 'focus or stop on the expected element').to.equal(true);
    expect(el.selected).to.equal(undefined);
  });

  it('highlights the quotes of the selected event in the list of all quotes', async () => {
    const el = await renderTestStory();
    expect(linkedQuoteIds(el)).to.deep.equal(['inspection-notes']);
    el.selected = 'repairs-due';
    await el.updateComplete;
    expect(linkedQuoteIds(el)).to.deep.equal(['engineer-letter']);
    el.selected = 'council-silent';
    await el.updateComplete;
    expect(linkedQuoteIds(el)).to.deep.equal([]);
    expect(panel(el).textContent).to.contain('quotes no one');
  });

  it('highlights a quote when the pointer is on its event, and the events when it is on a quote', async () => {
    const el = await renderTestStory();
    await sendMouse({ type: 'move', position: centreOf(tabFor(el, 'resignation-accepted')) });
    // Pointer events can arrive a frame after the input command returns (Firefox).
    await waitUntil(() => linkedQuoteIds(el).includes('acceptance'), 'no quote lit up');
    expect(linkedQuoteIds(el)).to.deep.equal(['acceptance']);

    const letter = quoteItem(el, 'engineer-letter');
    letter.scrollIntoView({ block: 'center' });
    await sendMouse({ type: 'move', position: centreOf(letter) });
    await waitUntil(() => linkedEventIds(el).length > 0, 'no event lit up');
    // The letter is also linked to the repairs, out of view: its edge button lights up.
    expect(linkedEventIds(el)).to.deep.equal(['engineer-resigns']);
    expect(el.shadowRoot!.querySelector('.offscreen.after')!.hasAttribute('data-linked')).to.equal(true);
  });

  it('takes a reader from a quote back to its earliest event, and focus with them', async () => {
    const el = await renderTestStory();
    // The file links the letter to the repairs first, then to the resignation, which came earlier.
    const button = quoteItem(el, 'engineer-letter').querySelector<HTMLButtonElement>('.show-event')!;
    expect(button.textContent).to.contain(`Show event: ${testEvent('engineer-resigns').title}`);
    const fired = oneEvent(el, 'timeline-select') as Promise<TimelineSelectEvent>;
    button.focus();
    await sendKeys({ press: 'Enter' });
    expect((await fired).detail).to.deep.equal({ eventId: 'engineer-resigns', trigger: 'quote' });
    await waitUntil(() => isFocused(el, selectedTab(el)), 'focus did not follow the reader to the event');
    expect(selectedTab(el).dataset.eventId).to.equal('engineer-resigns');
  });

  it('does not fire timeline-select when the page sets `selected`', async () => {
    const el = await renderTestStory();
    let fired = 0;
    el.addEventListener('timeline-select', () => fired++);
    el.selected = 'ferries-added';
    await el.updateComplete;
    expect(selectedTab(el).dataset.eventId).to.equal('ferries-added');
    expect(fired).to.equal(0);
  });

  it('shows a quote of paragraphs as paragraphs, and links the sources that have an address', async () => {
    const el = await renderTestStory({ selected: 'engineer-resigns' });
    const card = panel(el).querySelector('.quote-card')!;
    expect([...card.querySelectorAll('blockquote p')].map((p) => p.textContent)).to.deep.equal(
      testQuote('engineer-letter').text,
    );
    expect(card.querySelector('figcaption')!.textContent).to.match(/Ines Calder.*letter/s);
    // Its only source is the article, which has no address.
    expect([...panel(el).querySelectorAll('a')].map((a) => a.href)).to.deep.equal([]);
    el.selected = 'ferries-added';
    await el.updateComplete;
    const ferryCompany = TEST_STORY.sources.find((source) => source.id === 'ferry-company')!;
    expect([...panel(el).querySelectorAll('a')].map((a) => a.href)).to.deep.equal([ferryCompany.url]);
  });

  it('names the source of every quote: the article, or the publisher with a link', async () => {
    const el = await renderTestStory();
    expect(quoteItems(el).length).to.equal(TEST_STORY.quotes.length);
    for (const item of quoteItems(el)) {
      const source = TEST_STORY.sources.find((candidate) => candidate.id === testQuote(item.dataset.quoteId!).source)!;
      const cite = item.querySelector('figcaption cite')!;
      expect(cite.textContent!.trim()).to.equal(source.kind === 'article' ? 'the article' : source.publisher);
      expect(cite.querySelector('a')?.href).to.equal(source.url);
    }
  });

  it('is accessible with the first event selected', async () => {
    const el = await renderTestStory();
    await expect(el).to.be.accessible();
  });

  it('is accessible with a quoted event selected and a quote highlighted', async () => {
    const el = await renderTestStory({ selected: 'engineer-resigns' });
    expect(linkedQuoteIds(el)).to.deep.equal(['engineer-letter']);
    await expect(el).to.be.accessible();
  });
});

describe('<resignation-timeline> given another story', () => {
  before(assertFarTimeZone);

  it('takes a story from the data property, as an object or as JSON text', async () => {
    const el = await renderTimeline(
      html`<resignation-timeline .data=${smallStory('From data')}></resignation-timeline>`,
    );
    expect(heading(el)).to.equal('From data');
    expect(tabs(el).length).to.equal(2);
    el.data = JSON.stringify(smallStory('From JSON text'));
    await waitUntil(() => heading(el) === 'From JSON text', 'the story given as JSON text was not shown');
    expect(el.problems).to.deep.equal([]);
  });

  it('names a source by its publisher and title, else by whichever it has, else by its host', async () => {
    const story = {
      ...smallStory(),
      sources: [
        { id: 'src', kind: 'public-record', url: 'https://example.org/record' },
        { id: 'paper', kind: 'public-record', publisher: 'The Example Gazette' },
        { id: 'report', kind: 'public-record', title: 'Annual report', url: 'https://example.org/report' },
        { id: 'both', kind: 'public-record', publisher: 'Hansard', title: 'A debate', date: '2020-01-02' },
      ],
    };
    story.events[0]!.sources = ['src', 'paper', 'report', 'both'];
    const el = await renderTimeline(html`<resignation-timeline .data=${story}></resignation-timeline>`);
    expect(panel(el).querySelector('.sources')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Sources: example.org, The Example Gazette, Annual report, Hansard, “A debate”',
    );
  });

  it('takes a story from an inline JSON script, as a CMS would write it', async () => {
    const el = await renderTimeline(html`<resignation-timeline>
      <script type="application/json">
        ${JSON.stringify(smallStory('From inline JSON'))}
      </script>
    </resignation-timeline>`);
    expect(heading(el)).to.equal('From inline JSON');
    expect(quoteItems(el).length).to.equal(1);
  });

  it('takes a story from a src URL', async () => {
    const el = await renderTimeline(
      html`<resignation-timeline src="/tests/fixtures/apollo-11.json"></resignation-timeline>`,
    );
    expect(heading(el)).to.contain('Apollo 11');
    expect(tabs(el).length).to.equal(4);
    // Times show in the story's zone (UTC here), not the machine's (in 1969 Kiritimati was UTC-10:40).
    expect(tabs(el)[0]!.textContent).to.match(/16 July 1969.*13:32/);
  });

  it("shows times of day in another zone when asked, or in the reader's", async () => {
    const el = await renderTimeline(
      html`<resignation-timeline
        src="/tests/fixtures/apollo-11.json"
        time-zone="America/New_York"
      ></resignation-timeline>`,
    );
    expect(tabs(el)[0]!.textContent).to.match(/16 July 1969.*09:32/);
    el.timeZone = 'reader';
    await el.updateComplete;
    // The machine is in Pacific/Kiritimati, which in 1969 was UTC-10:40.
    expect(tabs(el)[0]!.textContent).to.match(/16 July 1969.*02:52/);
  });

  it('renders story text as text, never as HTML', async () => {
    const story = smallStory('<img src=x onerror="window.__xss = true">');
    story.events[0]!.summary = '<script>window.__xss = true</script>';
    const el = await renderTimeline(html`<resignation-timeline .data=${story}></resignation-timeline>`);
    expect(heading(el)).to.equal('<img src=x onerror="window.__xss = true">');
    expect(el.shadowRoot!.querySelector('img, script') === null).to.equal(true);
    expect((window as { __xss?: boolean }).__xss).to.equal(undefined);
  });

  it('lists every problem with its JSON path and keeps the last good story', async () => {
    const el = await renderTimeline(
      html`<resignation-timeline .data=${smallStory('Good story')}></resignation-timeline>`,
    );
    const bad = smallStory('Bad story') as Record<string, any>;
    bad.events[0].date = '2019-13-45';
    bad.quotes[0].events = ['nowhere'];
    el.data = bad;
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'the problems were not shown');
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('events[0].date');
    expect(alert.textContent).to.contain('"2019-13-45" is not a valid date');
    expect(alert.textContent).to.contain('quotes[0].events[0]');
    expect(el.problems).to.have.length(2);
    expect(heading(el)).to.equal('Good story');
    await expect(el).to.be.accessible();
  });

  it('lists the first 50 problems of a story with many, and counts the rest', async () => {
    const el = await renderTimeline(
      html`<resignation-timeline .data=${smallStory('Good story')}></resignation-timeline>`,
    );
    const bad = smallStory('Bad story') as Record<string, any>;
    bad.events = Array.from({ length: 5000 }, () => 0);
    el.data = bad;
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'the problems were not shown');
    await el.updateComplete;
    const items = [...el.shadowRoot!.querySelectorAll('[role="alert"] li')];
    expect(el.problems.length).to.be.at.least(5000);
    expect(items).to.have.length(51);
    expect(items[0]!.textContent).to.contain('events[0]');
    expect(items.at(-1)!.textContent).to.equal(`And ${(el.problems.length - 50).toLocaleString('en')} more problems`);
    expect(heading(el)).to.equal('Good story');
    await expect(el).to.be.accessible();
  });

  it('reports a story that cannot be fetched', async () => {
    const el = await renderTimeline(
      html`<resignation-timeline src="/tests/fixtures/missing.json"></resignation-timeline>`,
    );
    expect(el.problems[0]!.message).to.contain('HTTP 404');
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
  });
});

describe('<resignation-timeline> loading one story after another', () => {
  it('tells a new story when src changes after the first one loaded, and says so politely', async () => {
    const el = await renderTimeline(
      html`<resignation-timeline src="/tests/fixtures/apollo-11.json"></resignation-timeline>`,
    );
    expect(heading(el)).to.contain('Apollo 11');
    expect(announcement(el)).to.equal('');
    el.src = TEST_STORY_URL;
    await waitUntil(() => heading(el) === TEST_STORY.story.title, 'the new story was not shown');
    await el.updateComplete;
    for (const tab of tabs(el)) expect(tab.getAttribute('aria-setsize')).to.equal(String(TEST_STORY.events.length));
    expect(
      quoteItems(el)
        .map((item) => item.dataset.quoteId)
        .sort(),
    ).to.deep.equal(TEST_STORY.quotes.map((quote) => quote.id).sort());
    expect(announcement(el)).to.equal(`Now showing: ${TEST_STORY.story.title}`);
    expect(el.problems).to.deep.equal([]);
  });

  it('shows the newer of two stories in flight, and keeps it when the older one arrives last', async () => {
    const older = await heldStory('/tests/fixtures/apollo-11.json');
    const newer = await heldStory(TEST_STORY_URL);
    const el = await fixture<ResignationTimeline>(html`<resignation-timeline src=${older.url}></resignation-timeline>`);
    const alerts = alertsShown(el);
    await older.requested();
    el.src = newer.url;
    await newer.requested(); // both loads are in flight
    await newer.release(el);
    await waitUntil(() => heading(el) === TEST_STORY.story.title, 'the newer story was not shown');
    await older.release(el);
    expect(heading(el)).to.equal(TEST_STORY.story.title);
    expect(tabs(el).every((tab) => TEST_STORY.events.some((event) => event.id === tab.dataset.eventId))).to.equal(true);
    // Nor was a problem reported on the way, not even for a moment.
    expect(el.problems).to.deep.equal([]);
    expect(alerts()).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('keeps a story given as data over a src story still loading', async () => {
    const loading = await heldStory(TEST_STORY_URL);
    const el = await fixture<ResignationTimeline>(
      html`<resignation-timeline src=${loading.url}></resignation-timeline>`,
    );
    const alerts = alertsShown(el);
    await loading.requested();
    el.data = smallStory('Given as data');
    await waitUntil(() => heading(el) === 'Given as data', 'the story given as data was not shown');
    await loading.release(el);
    expect(heading(el)).to.equal('Given as data');
    expect(tabs(el).length).to.equal(2);
    expect(el.problems).to.deep.equal([]);
    expect(alerts()).to.deep.equal([]);
  });
});

for (const width of [1200, 320]) {
  describe(`<resignation-timeline> in a ${width} px column`, () => {
    async function renderAt(): Promise<ResignationTimeline> {
      const el = await renderTestStory({ width });
      await waitUntil(
        () => el.shadowRoot!.querySelector('svg.axis')?.getAttribute('width') === String(width),
        'not laid out',
      );
      await el.updateComplete;
      return el;
    }

    it('keeps every label inside the chart, whole or shortened, without overlaps', async () => {
      const el = await renderAt();
      const chart = el.shadowRoot!.querySelector('.chart')!.getBoundingClientRect();
      const markerBoxes = tabs(el)
        .filter((tab) => !tab.classList.contains('offscreen-marker'))
        .map((tab) => tab.getBoundingClientRect());
      // Horizontal, the crowded week is drawn and the far event counted; vertical, every event is a row.
      expect(markerBoxes.length).to.be.at.least(width > 560 ? TEST_STORY.events.length - 1 : TEST_STORY.events.length);
      for (const box of markerBoxes) {
        expect(box.left).to.be.at.least(chart.left);
        expect(box.right).to.be.at.most(chart.right + 0.5);
      }
      assertNoOverlaps(markerBoxes, 'markers');
      assertNoOverlaps(
        [...el.shadowRoot!.querySelectorAll('.tick text')].map((t) => t.getBoundingClientRect()),
        'ticks',
      );
      for (const label of el.shadowRoot!.querySelectorAll<HTMLElement>('.marker .label')) {
        expect(label.scrollWidth, `"${label.textContent}" is cut off`).to.be.at.most(label.clientWidth + 1);
      }
      assertLabelsClearOfShapes(el);
      expect(el.scrollWidth).to.be.at.most(width);
    });

    it('is accessible', async () => {
      const el = await renderAt();
      await expect(el).to.be.accessible();
    });
  });
}

describe('<resignation-timeline> as a page uses it', () => {
  it('reports keyboard activation as keyboard, not pointer', async () => {
    const el = await renderTestStory();
    const triggers: string[] = [];
    el.addEventListener('timeline-select', (event) => triggers.push(event.detail.trigger));
    tabFor(el, 'ferries-added').focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'ArrowRight' });
    expect(triggers).to.deep.equal(['keyboard', 'keyboard']);
  });

  it('keeps working after it is moved elsewhere in the page', async () => {
    const el = await renderTestStory({ width: 700 });
    const elsewhere = document.createElement('section');
    document.body.append(elsewhere);
    elsewhere.append(el);
    await el.updateComplete;
    const before = spacing(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.zoom-in')!.click();
    await waitUntil(() => spacing(el) > before * 1.5, 'zoom stopped working');
    elsewhere.remove();
  });

  it('shows the problems, accessibly, when the first story given is broken', async () => {
    const el = await renderTimeline(html`<resignation-timeline .data=${{ version: 1 }}></resignation-timeline>`);
    expect(el.story).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('story: is required');
    await expect(el).to.be.accessible();
  });

  it('runs no script from story text, even once images would have failed to load', async () => {
    const story = smallStory('<img src=x onerror="window.__xss = true">');
    story.events[0]!.title = '<svg onload="window.__xss = true">';
    const el = await renderTimeline(html`<resignation-timeline .data=${story}></resignation-timeline>`);
    // Not a clock: an image of the same address, asked for after the story was drawn, has failed
    // to load, so an image the story text had made would have failed (and run its onerror) too.
    const probe = new Image();
    const failed = oneEvent(probe, 'error');
    probe.src = 'x';
    await failed;
    await nextFrames();
    expect(el.shadowRoot!.querySelector('img, script, svg[onload]') === null).to.equal(true);
    expect(tabByTitle(el, '<svg onload="window.__xss = true">').textContent).to.contain(
      '<svg onload="window.__xss = true">',
    );
    expect((window as { __xss?: boolean }).__xss).to.equal(undefined);
  });
});
