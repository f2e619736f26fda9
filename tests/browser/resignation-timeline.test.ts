import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import '../../src/define.js';
import type { ResignationTimeline } from '../../src/components/resignation-timeline/resignation-timeline.js';
import type { TimelineSelectEvent } from '../../src/events.js';
import { spacing } from './zoom-helpers.js';
import { centreOf, linkedQuoteIds, panel, quoteItems, renderTimeline, selectedTab, smallStory, tabs } from './helpers.js';

describe('<resignation-timeline> with no attributes', () => {
  afterEach(async () => {
    // Park the pointer away from the next fixture, so no test starts with an event hovered.
    await sendMouse({ type: 'move', position: [0, 0] });
    await resetMouse();
  });

  it('tells the default story: a marker per event, a card per quote, a time axis', async () => {
    const el = await renderTimeline(html`<resignation-timeline></resignation-timeline>`);
    const root = el.shadowRoot!;
    expect(root.querySelector('h2')!.textContent).to.contain('the ambassador who resigned');
    // Events in view are drawn as markers; the rest are counted on the edge buttons.
    const later = root.querySelector<HTMLButtonElement>('.offscreen.after')!;
    expect(tabs(el).length).to.equal(8);
    expect(later.textContent).to.contain('1 later event');
    for (const tab of tabs(el)) expect(tab.getAttribute('aria-setsize')).to.equal('9');
    expect(quoteItems(el).length).to.equal(4);
    expect(root.querySelectorAll('.quote-item blockquote').length).to.equal(4);
    const ticks = [...root.querySelectorAll('.tick text')].map((text) => text.textContent);
    expect(ticks.length).to.be.greaterThan(1);
    expect(root.querySelector('svg.axis')!.getAttribute('aria-hidden')).to.equal('true');
    expect(tabs(el)[0]!.textContent).to.contain('Confidential cables leak');
  });

  it('puts the markers in date order, each named with its date and category', async () => {
    const el = await renderTimeline(html`<resignation-timeline></resignation-timeline>`);
    const names = tabs(el).map((tab) => tab.textContent!.replace(/\s+/g, ' ').trim());
    expect(names[0]).to.match(/^Confidential cables leak .*Confidential cables leak, 6\s?–\s?7 July 2019, The leak, 1 quote$/);
    const lefts = tabs(el).map((tab) => tab.querySelector('.shape')!.getBoundingClientRect().left);
    expect(lefts).to.deep.equal([...lefts].sort((a, b) => a - b));
    el.selected = 'posting-end';
    await el.updateComplete;
    expect(selectedTab(el).textContent!.replace(/\s+/g, ' ')).to.contain('Scheduled End of 2019');
    expect(selectedTab(el).getAttribute('aria-posinset')).to.equal('9');
  });

  it('has one tab stop: the selected marker', async () => {
    const el = await renderTimeline(html`<resignation-timeline></resignation-timeline>`);
    const stops = tabs(el).filter((tab) => tab.tabIndex === 0);
    expect(stops.length).to.equal(1);
    expect(stops[0] === selectedTab(el), 'focus or stop on the expected element').to.equal(true);
    expect(selectedTab(el).dataset.eventId).to.equal('cables-leak');
  });

  it('selects an event on click, shows its summary and quotes, and tells the page', async () => {
    const el = await renderTimeline(html`<resignation-timeline></resignation-timeline>`);
    const target = tabs(el).find((tab) => tab.dataset.eventId === 'wacky-tweets')!;
    const fired = oneEvent(el, 'timeline-select') as Promise<TimelineSelectEvent>;
    await sendMouse({ type: 'click', position: centreOf(target) });
    const event = await fired;
    expect(event.detail).to.deep.equal({ eventId: 'wacky-tweets', trigger: 'pointer' });
    await el.updateComplete;
    expect(target.getAttribute('aria-selected')).to.equal('true');
    expect(el.selected).to.equal('wacky-tweets');
    expect(panel(el).getAttribute('aria-labelledby')).to.equal(target.id);
    expect(panel(el).textContent).to.contain('insults the ambassador by name');
    expect(panel(el).querySelector('blockquote')!.textContent).to.contain('‘wacky’ and ‘very stupid guy’');
  });

  it('moves through events in date order with the arrow keys, Home and End', async () => {
    const el = await renderTimeline(html`<resignation-timeline></resignation-timeline>`);
    selectedTab(el).focus();
    const order: string[] = [];
    for (const key of ['ArrowRight', 'ArrowRight', 'End', 'ArrowRight', 'ArrowLeft', 'Home']) {
      await sendKeys({ press: key });
      await el.updateComplete;
      order.push(selectedTab(el).dataset.eventId!);
      expect(el.shadowRoot!.activeElement === selectedTab(el), 'focus or stop on the expected element').to.equal(true);
    }
    expect(order).to.deep.equal(['not-served-well', 'no-longer-deal', 'posting-end', 'cables-leak', 'posting-end', 'cables-leak']);
    expect(tabs(el).filter((tab) => tab.tabIndex === 0).length).to.equal(1);
  });

  it('selects with Enter and Space, as a click would', async () => {
    const el = await renderTimeline(html`<resignation-timeline selected="itv-debate"></resignation-timeline>`);
    const resignation = tabs(el).find((tab) => tab.dataset.eventId === 'resignation-letter')!;
    resignation.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.selected).to.equal('resignation-letter');
    const accepted = tabs(el).find((tab) => tab.dataset.eventId === 'resignation-accepted')!;
    accepted.focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(el.selected).to.equal('resignation-accepted');
  });

  it('leaves the page keys alone: Tab moves out of the markers', async () => {
    const el = await renderTimeline(html`<resignation-timeline></resignation-timeline>`);
    selectedTab(el).focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement === panel(el), 'focus or stop on the expected element').to.equal(true);
    expect(el.selected).to.equal(undefined);
  });

  it('highlights the quotes of the selected event in the list of all quotes', async () => {
    const el = await renderTimeline(html`<resignation-timeline></resignation-timeline>`);
    expect(linkedQuoteIds(el)).to.deep.equal(['inept-insecure-incompetent']);
    el.selected = 'posting-end';
    await el.updateComplete;
    expect(linkedQuoteIds(el)).to.deep.equal(['resignation-letter-text']);
    el.selected = 'not-served-well';
    await el.updateComplete;
    expect(linkedQuoteIds(el)).to.deep.equal([]);
    expect(panel(el).textContent).to.contain('quotes no one');
  });

  it('highlights a quote when the pointer is on its event, and the events when it is on a quote', async () => {
    const el = await renderTimeline(html`<resignation-timeline></resignation-timeline>`);
    const linkedEventIds = () =>
      tabs(el)
        .filter((tab) => tab.hasAttribute('data-linked'))
        .map((tab) => tab.dataset.eventId);
    const accepted = tabs(el).find((tab) => tab.dataset.eventId === 'resignation-accepted')!;
    await sendMouse({ type: 'move', position: centreOf(accepted) });
    // Pointer events can arrive a frame after the input command returns (Firefox).
    await waitUntil(() => linkedQuoteIds(el).includes('resignation-accepted-text'), 'no quote lit up');
    expect(linkedQuoteIds(el)).to.deep.equal(['resignation-accepted-text']);

    const letter = quoteItems(el).find((item) => item.dataset.quoteId === 'resignation-letter-text')!;
    letter.scrollIntoView({ block: 'center' });
    await sendMouse({ type: 'move', position: centreOf(letter) });
    await waitUntil(() => linkedEventIds().length > 0, 'no event lit up');
    // The letter is also linked to the end of the posting, out of view: its edge button lights up.
    expect(linkedEventIds()).to.deep.equal(['resignation-letter']);
    expect(el.shadowRoot!.querySelector('.offscreen.after')!.hasAttribute('data-linked')).to.equal(true);
  });

  it("takes a reader from a quote back to its earliest event, and focus with them", async () => {
    const el = await renderTimeline(html`<resignation-timeline></resignation-timeline>`);
    const letter = quoteItems(el).find((item) => item.dataset.quoteId === 'resignation-letter-text')!;
    const button = letter.querySelector<HTMLButtonElement>('.show-event')!;
    expect(button.textContent).to.contain('Show event: Ambassador resigns');
    const fired = oneEvent(el, 'timeline-select') as Promise<TimelineSelectEvent>;
    button.focus();
    await sendKeys({ press: 'Enter' });
    expect((await fired).detail).to.deep.equal({ eventId: 'resignation-letter', trigger: 'quote' });
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement === selectedTab(el), 'focus or stop on the expected element').to.equal(true);
    expect(selectedTab(el).dataset.eventId).to.equal('resignation-letter');
  });

  it('does not fire timeline-select when the page sets `selected`', async () => {
    const el = await renderTimeline(html`<resignation-timeline></resignation-timeline>`);
    let fired = 0;
    el.addEventListener('timeline-select', () => fired++);
    el.selected = 'itv-debate';
    await el.updateComplete;
    expect(selectedTab(el).dataset.eventId).to.equal('itv-debate');
    expect(fired).to.equal(0);
  });

  it('shows the verbatim letter as paragraphs with its speaker', async () => {
    const el = await renderTimeline(html`<resignation-timeline selected="resignation-letter"></resignation-timeline>`);
    const card = panel(el).querySelector('.quote-card')!;
    expect(card.querySelectorAll('blockquote p').length).to.equal(5);
    expect(card.querySelector('figcaption')!.textContent).to.match(/Sir Kim Darroch.*letter/s);
    const links = [...panel(el).querySelectorAll('a')].map((a) => a.href);
    expect(links).to.deep.equal([]);
    el.selected = 'itv-debate';
    await el.updateComplete;
    expect([...panel(el).querySelectorAll('a')].map((a) => a.href)).to.deep.equal([
      'https://www.itv.com/news/2019-07-12/boris-johnson-jeremy-hunt-conservative-leadership-bbc-interview-andrew-neil-tories-kim-darroch-brexit-eu-october-31',
    ]);
  });

  it('names each cited report by its publisher and title, and the article as the article', async () => {
    const el = await renderTimeline(html`<resignation-timeline selected="cables-leak"></resignation-timeline>`);
    const sources = panel(el).querySelector('.sources')!;
    expect(sources.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      "Sources: The Boston Globe, “Leak: ambassador calls Trump administration 'inept' and 'clumsy'”, the article",
    );
    const links = [...sources.querySelectorAll('a')];
    expect(links.map((a) => a.textContent)).to.deep.equal(["The Boston Globe, “Leak: ambassador calls Trump administration 'inept' and 'clumsy'”"]);
    expect(links[0]!.href).to.match(/^https:\/\/www\.bostonglobe\.com\//);
    el.selected = 'no-longer-deal';
    await el.updateComplete;
    expect([...panel(el).querySelectorAll('.sources a')].map((a) => a.textContent)).to.deep.equal([
      'The Independent, “Trump instantly disinvites UK ambassador from dinner after memo leak”',
    ]);
  });

  it('is accessible with the first event selected', async () => {
    const el = await renderTimeline(html`<resignation-timeline></resignation-timeline>`);
    await expect(el).to.be.accessible();
  });

  it('is accessible with a quoted event selected and a quote highlighted', async () => {
    const el = await renderTimeline(html`<resignation-timeline selected="resignation-letter"></resignation-timeline>`);
    await expect(el).to.be.accessible();
  });
});

describe('<resignation-timeline> given another story', () => {
  it('takes a story from the data property, as an object or as JSON text', async () => {
    const el = await renderTimeline(html`<resignation-timeline .data=${smallStory('From data')}></resignation-timeline>`);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('From data');
    expect(tabs(el).length).to.equal(2);
    el.data = JSON.stringify(smallStory('From JSON text'));
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('From JSON text');
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
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('From inline JSON');
    expect(quoteItems(el).length).to.equal(1);
  });

  it('runs in a time zone far from the stories, so a date that shifted would show', () => {
    expect(new Date(Date.UTC(2019, 6, 10)).getTimezoneOffset()).to.equal(-14 * 60);
  });

  it('takes a story from a src URL', async () => {
    const el = await renderTimeline(html`<resignation-timeline src="/tests/fixtures/apollo-11.json"></resignation-timeline>`);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.contain('Apollo 11');
    expect(tabs(el).length).to.equal(4);
    // Times show in the story's zone (UTC here), not the machine's (in 1969 Kiritimati was UTC-10:40).
    expect(tabs(el)[0]!.textContent).to.match(/16 July 1969.*13:32/);
  });

  it("shows times of day in another zone when asked, or in the reader's", async () => {
    const el = await renderTimeline(html`<resignation-timeline src="/tests/fixtures/apollo-11.json" time-zone="America/New_York"></resignation-timeline>`);
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
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('<img src=x onerror="window.__xss = true">');
    expect(el.shadowRoot!.querySelector('img, script') === null).to.equal(true);
    expect((window as { __xss?: boolean }).__xss).to.equal(undefined);
  });

  it('lists every problem with its JSON path and keeps the last good story', async () => {
    const el = await renderTimeline(html`<resignation-timeline .data=${smallStory('Good story')}></resignation-timeline>`);
    const bad = smallStory('Bad story') as Record<string, any>;
    bad.events[0].date = '2019-13-45';
    bad.quotes[0].events = ['nowhere'];
    el.data = bad;
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('events[0].date');
    expect(alert.textContent).to.contain('"2019-13-45" is not a valid date');
    expect(alert.textContent).to.contain('quotes[0].events[0]');
    expect(el.problems).to.have.length(2);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Good story');
    await expect(el).to.be.accessible();
  });

  it('reports a story that cannot be fetched', async () => {
    const el = await renderTimeline(html`<resignation-timeline src="/tests/fixtures/missing.json"></resignation-timeline>`);
    expect(el.problems[0]!.message).to.contain('HTTP 404');
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
  });
});

function assertNoOverlaps(boxes: DOMRect[], what: string): void {
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
      expect(apart, `${what} overlap`).to.equal(true);
    }),
  );
}

for (const width of [1200, 320]) {
  describe(`<resignation-timeline> in a ${width} px column`, () => {
    async function renderAt(): Promise<ResignationTimeline> {
      const el = await renderTimeline(html`<resignation-timeline style=${`width: ${width}px`}></resignation-timeline>`);
      await waitUntil(() => el.shadowRoot!.querySelector('svg.axis')?.getAttribute('width') === String(width), 'not laid out');
      await el.updateComplete;
      return el;
    }

    it('keeps every label inside the chart, whole or shortened, without overlaps', async () => {
      const el = await renderAt();
      const chart = el.shadowRoot!.querySelector('.chart')!.getBoundingClientRect();
      const markerBoxes = tabs(el)
        .filter((tab) => !tab.classList.contains('offscreen-marker'))
        .map((tab) => tab.getBoundingClientRect());
      expect(markerBoxes.length).to.be.at.least(width > 560 ? 8 : 9);
      for (const box of markerBoxes) {
        expect(box.left).to.be.at.least(chart.left);
        expect(box.right).to.be.at.most(chart.right + 0.5);
      }
      assertNoOverlaps(markerBoxes, 'markers');
      assertNoOverlaps([...el.shadowRoot!.querySelectorAll('.tick text')].map((t) => t.getBoundingClientRect()), 'ticks');
      for (const label of el.shadowRoot!.querySelectorAll<HTMLElement>('.marker .label')) {
        expect(label.scrollWidth, `"${label.textContent}" is cut off`).to.be.at.most(label.clientWidth + 1);
        const [text, shape] = [label.getBoundingClientRect(), label.parentElement!.querySelector('.shape')!.getBoundingClientRect()];
        expect(text.right <= shape.left || shape.right <= text.left, `"${label.textContent}" runs into its shape`).to.equal(true);
      }
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
    const el = await renderTimeline(html`<resignation-timeline></resignation-timeline>`);
    const triggers: string[] = [];
    el.addEventListener('timeline-select', (event) => triggers.push(event.detail.trigger));
    tabs(el).find((tab) => tab.dataset.eventId === 'itv-debate')!.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'ArrowRight' });
    expect(triggers).to.deep.equal(['keyboard', 'keyboard']);
  });

  it('builds the printed list of every event when the page is about to print, not before', async () => {
    const el = await renderTimeline(html`<resignation-timeline></resignation-timeline>`);
    const listed = () => el.shadowRoot!.querySelectorAll('.event-list li').length;
    expect(listed()).to.equal(0);
    window.dispatchEvent(new Event('beforeprint'));
    expect(listed()).to.equal(9); // at once: the browser lays out the printed page right after
  });

  it('keeps working after it is moved elsewhere in the page', async () => {
    const el = await renderTimeline(html`<resignation-timeline style="width: 700px"></resignation-timeline>`);
    const elsewhere = document.createElement('section');
    document.body.append(elsewhere);
    elsewhere.append(el);
    await el.updateComplete;
    const before = spacing(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.zoom-in')!.click();
    await waitUntil(() => spacing(el) > before * 1.5, 'zoom stopped working');
    elsewhere.remove();
  });

  it('shows only the last of several stories asked for in quick succession', async () => {
    const el = await renderTimeline(html`<resignation-timeline src="/tests/fixtures/apollo-11.json"></resignation-timeline>`);
    el.src = '/data/ambassador-resignation-2019.json';
    el.src = '/tests/fixtures/apollo-11.json';
    await new Promise((resolve) => setTimeout(resolve, 300));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.contain('Apollo 11');
    expect(el.problems).to.deep.equal([]);
  });

  it('names the source of every quote', async () => {
    const el = await renderTimeline(html`<resignation-timeline></resignation-timeline>`);
    for (const caption of el.shadowRoot!.querySelectorAll('.quote-item figcaption')) {
      expect(caption.querySelector('cite')!.textContent).to.equal('the article');
    }
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
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(el.shadowRoot!.querySelector('img, script, svg[onload]') === null).to.equal(true);
    expect(tabs(el)[0]!.textContent).to.contain('<svg onload="window.__xss = true">');
    expect((window as { __xss?: boolean }).__xss).to.equal(undefined);
  });
});
