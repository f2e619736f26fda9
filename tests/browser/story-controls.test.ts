import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/define.js';
import { ANNOUNCE_SETTLE_MS } from '../../src/components/resignation-timeline/settle.js';
import type { ResignationTimeline } from '../../src/components/resignation-timeline/resignation-timeline.js';
import type { TimelineFilterChangeEvent, TimelineSelectEvent } from '../../src/events.js';
import {
  announcement,
  centreOf,
  nextFrames,
  panel,
  parkPointer,
  quoteItems,
  renderTestStory,
  renderTimeline,
  selectedTab,
  smallStory,
  steady,
  tabFor,
  tabs,
  TEST_STORY,
  TEST_STORY_URL,
  testEvent,
  testStory,
  waitUntil,
} from './helpers.js';

const root = (el: HTMLElement) => el.shadowRoot!;
const button = (el: HTMLElement, selector: string) => root(el).querySelector<HTMLButtonElement>(selector)!;
const categoryToggle = (el: HTMLElement, label: string) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('.legend:not(.speakers) .toggle')].find(
    (toggle) => toggle.textContent!.trim() === label,
  )!;
const speakerToggle = (el: HTMLElement, name: string) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('.speakers .toggle')].find(
    (toggle) => toggle.textContent!.trim() === name,
  )!;
const position = (el: HTMLElement) => root(el).querySelector('.story-mode .position')!.textContent!.trim();
const focused = (el: HTMLElement) => root(el).activeElement;
const drawnIds = (el: HTMLElement) => tabs(el).map((tab) => tab.dataset.eventId);
const label = (id: string) => TEST_STORY.categories.find((category) => category.id === id)!.label;
const idsOf = (category: string) =>
  TEST_STORY.events.filter((event) => event.category === category).map((event) => event.id);
/** The story's events in date order (the file lists them out of it). */
const inDateOrder = [...TEST_STORY.events].sort((a, b) => a.date.localeCompare(b.date)).map((event) => event.id);

/** The view once it has stopped moving, as start and end times. */
const steadyView = (el: ResignationTimeline) =>
  steady(() => `${el.view!.start.getTime()}–${el.view!.end.getTime()}`, 'the view did not settle');

/** Every `type` event the timeline fires from now on. */
function firedFrom<T extends Event>(el: HTMLElement, type: string): T[] {
  const fired: T[] = [];
  el.addEventListener(type, (event) => fired.push(event as T));
  return fired;
}

/** A real mouse click in the middle of an element, scrolled into view first. */
async function click(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  // Clicked where it stays: a late layout (zoom's chunk arriving on a busy machine) may move it.
  const [x, y] = JSON.parse(await steady(() => JSON.stringify(centreOf(element)), 'the button kept moving', 3));
  await sendMouse({ type: 'click', position: [x, y] });
}

describe('story mode', () => {
  afterEach(parkPointer);

  it('steps through the events in date order with Previous and Next, saying where it is', async () => {
    const el = await renderTestStory();
    const selects = firedFrom<TimelineSelectEvent>(el, 'timeline-select');
    expect(position(el)).to.equal(`1 of ${TEST_STORY.events.length}`);
    expect(button(el, '.story-mode .previous').getAttribute('aria-disabled')).to.equal('true');
    button(el, '.story-mode .next').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.selected).to.equal(inDateOrder[1]);
    expect(position(el)).to.equal(`2 of ${TEST_STORY.events.length}`);
    expect(panel(el).querySelector('.event-title')!.textContent).to.equal(testEvent(inDateOrder[1]!).title);
    expect(announcement(el)).to.contain(`2 of ${TEST_STORY.events.length}: ${testEvent(inDateOrder[1]!).title}`);
    expect(focused(el) === button(el, '.story-mode .next'), 'focus stays on Next').to.equal(true);
    await click(button(el, '.story-mode .previous'));
    await el.updateComplete;
    expect(el.selected).to.equal(inDateOrder[0]);
    expect(selects.map((event) => event.detail.trigger)).to.deep.equal(['story', 'story']);
    await expect(el).to.be.accessible();
  });

  it('stops at the last event, and brings a far one into view', async () => {
    const el = await renderTestStory({ selected: inDateOrder.at(-2) });
    await click(button(el, '.story-mode .next'));
    await el.updateComplete;
    expect(el.selected).to.equal('repairs-due');
    await waitUntil(() => tabFor(el, 'repairs-due').checkVisibility(), 'the far event was not brought into view');
    expect(button(el, '.story-mode .next').getAttribute('aria-disabled')).to.equal('true');
    await click(button(el, '.story-mode .next'));
    await el.updateComplete;
    expect(el.selected).to.equal('repairs-due');
  });

  it('offers next(), previous() and select(id) to the page, which fire no event', async () => {
    const el = await renderTestStory();
    const selects = firedFrom(el, 'timeline-select');
    expect(el.next()).to.equal(true);
    await el.updateComplete;
    expect(el.selected).to.equal(inDateOrder[1]);
    expect(el.previous()).to.equal(true);
    expect(el.previous()).to.equal(false);
    expect(el.select('repairs-due')).to.equal(true);
    expect(el.next()).to.equal(false);
    expect(el.select('no-such-event')).to.equal(false);
    await el.updateComplete;
    expect(selectedTab(el).dataset.eventId).to.equal('repairs-due');
    expect(selects.length).to.equal(0);
  });
});

describe('filters', () => {
  afterEach(parkPointer);

  it('hides a category with its legend toggle, counts what is shown, says so, and tells the page', async () => {
    const el = await renderTestStory();
    const changes = firedFrom<TimelineFilterChangeEvent>(el, 'timeline-filter-change');
    const toggle = categoryToggle(el, label('council'));
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    await click(toggle);
    await el.updateComplete;
    const shown = TEST_STORY.events.length - idsOf('council').length;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    expect(drawnIds(el).some((id) => idsOf('council').includes(id!))).to.equal(false);
    expect(tabs(el).every((tab) => tab.getAttribute('aria-setsize') === String(shown))).to.equal(true);
    expect(position(el)).to.equal(`1 of ${shown}`);
    expect(el.filter).to.deep.equal({
      categories: TEST_STORY.categories.map((c) => c.id).filter((id) => id !== 'council'),
    });
    expect(changes.map((change) => change.detail)).to.deep.equal([el.filter]);
    // Said once the filters rest, politely.
    await waitUntil(
      () => announcement(el) === `${shown} of ${TEST_STORY.events.length} events shown`,
      'what is shown was not said',
    );
    expect(root(el).querySelector('[role="status"]')!.getAttribute('aria-live')).to.equal('polite');
    await expect(el).to.be.accessible();
    await click(toggle);
    await el.updateComplete;
    expect(el.filter).to.deep.equal({});
    expect(tabs(el).length).to.be.greaterThan(shown - 1);
  });

  it('leaves the view where the reader took it as a filter hides events and shows them again', async () => {
    const el = await renderTestStory({ width: 900 });
    const last = inDateOrder.at(-1)!;
    selectedTab(el).focus();
    await sendKeys({ press: 'End' });
    await waitUntil(() => el.selected === last, 'End did not select the last event');
    const view = await steadyView(el);
    const other = TEST_STORY.categories.find((category) => category.id !== testEvent(last).category)!;
    await click(categoryToggle(el, other.label));
    await el.updateComplete;
    expect(await steadyView(el), 'after hiding').to.deep.equal(view);
    await click(categoryToggle(el, other.label));
    await el.updateComplete;
    expect(await steadyView(el), 'after showing again').to.deep.equal(view);
    expect(selectedTab(el).dataset.eventId).to.equal(last);
    expect(selectedTab(el).classList.contains('offscreen-marker'), 'the selected event is in the chart').to.equal(
      false,
    );
  });

  it('says a burst of changes once', async () => {
    const el = await renderTestStory();
    const said: string[] = [];
    new MutationObserver(() => said.push(announcement(el))).observe(root(el).querySelector('[role="status"]')!, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    for (const id of ['council', 'closure', 'transport']) categoryToggle(el, label(id)).click();
    await waitUntil(() => said.length > 0, 'nothing was said');
    await new Promise((resolve) => setTimeout(resolve, ANNOUNCE_SETTLE_MS * 1.5));
    const shown =
      TEST_STORY.events.length - idsOf('council').length - idsOf('closure').length - idsOf('transport').length;
    expect(said).to.deep.equal([`${shown} of ${TEST_STORY.events.length} events shown`]);
  });

  it('moves a hidden selection to the nearest shown event, keeping focus on the toggle', async () => {
    const el = await renderTestStory({ selected: 'mayor-posts' });
    const selects = firedFrom<TimelineSelectEvent>(el, 'timeline-select');
    const toggle = categoryToggle(el, label('council'));
    await click(toggle);
    await el.updateComplete;
    // Mayor's post: 9 March; the ferries were laid on the same day.
    expect(el.selected).to.equal('ferries-added');
    expect(selects.map((event) => event.detail)).to.deep.equal([{ eventId: 'ferries-added', trigger: 'filter' }]);
    expect(focused(el) === toggle, 'focus stays on the toggle').to.equal(true);
  });

  it('takes a filter from the page without an event, keeping focus in the timeline', async () => {
    const el = await renderTestStory({ selected: 'council-silent' });
    const selects = firedFrom(el, 'timeline-select');
    const changes = firedFrom(el, 'timeline-filter-change');
    selectedTab(el).focus();
    el.filter = { categories: ['inspection', 'resignation'] };
    await el.updateComplete;
    expect(drawnIds(el).sort()).to.deep.equal([...idsOf('inspection'), ...idsOf('resignation')].sort());
    expect(selectedTab(el).dataset.eventId).to.equal('cracks-found');
    expect(focused(el) === selectedTab(el), 'focus went to the selected event').to.equal(true);
    expect(selects.length + changes.length).to.equal(0);
    expect(categoryToggle(el, label('council')).getAttribute('aria-pressed')).to.equal('false');
  });

  it('narrows the quotes to the speakers shown, keeping every event', async () => {
    const el = await renderTestStory();
    const calder = TEST_STORY.people.find((person) => person.id === 'calder')!.name;
    await click(speakerToggle(el, calder));
    await el.updateComplete;
    expect(el.filter).to.deep.equal({
      speakers: ['ito', 'brannock', 'okafor'].sort(
        (a, b) =>
          el.story!.quotes.findIndex((q) => q.speakerId === a) - el.story!.quotes.findIndex((q) => q.speakerId === b),
      ),
    });
    expect(quoteItems(el).map((item) => item.dataset.quoteId)).not.to.include('engineer-letter');
    expect(quoteItems(el).length).to.equal(TEST_STORY.quotes.length - 1);
    expect(tabs(el).every((tab) => tab.getAttribute('aria-setsize') === String(TEST_STORY.events.length))).to.equal(
      true,
    );
  });

  it('says plainly when every category is hidden, and shows all again', async () => {
    const el = await renderTestStory();
    const changes = firedFrom<TimelineFilterChangeEvent>(el, 'timeline-filter-change');
    el.filter = { categories: [] };
    await el.updateComplete;
    expect(tabs(el).length).to.equal(0);
    expect(root(el).querySelector('.nothing-shown')!.textContent).to.contain('No event is shown');
    expect(root(el).querySelector('.story-mode')).to.equal(null);
    await waitUntil(
      () => announcement(el) === `0 of ${TEST_STORY.events.length} events shown`,
      'the empty state was not said',
    );
    await expect(el).to.be.accessible();
    await click(button(el, '.show-all'));
    await el.updateComplete;
    expect(tabs(el).length).to.be.greaterThan(0);
    await waitUntil(() => focused(el) === selectedTab(el), 'focus did not go to the selected event');
    expect(changes.map((change) => change.detail)).to.deep.equal([{}]);
  });
});

describe('the table view', () => {
  afterEach(parkPointer);

  const rows = (el: HTMLElement) => [...root(el).querySelectorAll<HTMLTableRowElement>('.event-table tbody tr')];
  const openTable = async (el: ResignationTimeline) => {
    await click(button(el, '.table-toggle'));
    await waitUntil(() => root(el).querySelector('.event-table'), 'the table did not come');
  };

  it(
    'replaces the chart with a table of every shown event in date order, and goes back keeping the ' + 'selection',
    async () => {
      const el = await renderTestStory({ selected: 'bridge-closed' });
      el.filter = { categories: ['council', 'closure'] };
      await openTable(el);
      const table = root(el).querySelector('table')!;
      expect(root(el).querySelector('.chart')).to.equal(null);
      expect(root(el).querySelector('#keyboard-help'), "no help for the chart's keys").to.equal(null);
      expect(table.caption!.textContent).to.equal('Every event');
      expect([...table.querySelectorAll('thead th')].every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
      const shown = inDateOrder.filter((id) => ['council', 'closure'].includes(testEvent(id).category));
      expect(rows(el).map((row) => row.dataset.eventId)).to.deep.equal(shown);
      expect(rows(el).find((row) => row.getAttribute('aria-current') === 'true')!.dataset.eventId).to.equal(
        'bridge-closed',
      );
      const repairs = rows(el).find((row) => row.dataset.eventId === 'repairs-due')!;
      expect(repairs.querySelector('th[scope="row"]')!.textContent).to.contain(testEvent('repairs-due').title);
      expect(repairs.textContent).to.contain(testEvent('repairs-due').summary);
      expect(repairs.querySelector('blockquote')).not.to.equal(null);
      expect(repairs.querySelector('a.source, span.source')).not.to.equal(null);
      expect(button(el, '.table-toggle').textContent!.trim()).to.equal('Show as a chart');
      await expect(el).to.be.accessible();

      const dateHeading = table.querySelector('thead th')!;
      expect(dateHeading.getAttribute('aria-sort')).to.equal('ascending');
      await click(dateHeading.querySelector('button')!);
      await el.updateComplete;
      expect(dateHeading.getAttribute('aria-sort')).to.equal('descending');
      expect(rows(el).map((row) => row.dataset.eventId)).to.deep.equal([...shown].reverse());

      const selects = firedFrom<TimelineSelectEvent>(el, 'timeline-select');
      await click(
        rows(el)
          .find((row) => row.dataset.eventId === 'repairs-due')!
          .querySelector('button')!,
      );
      await el.updateComplete;
      expect(selects.map((event) => event.detail)).to.deep.equal([{ eventId: 'repairs-due', trigger: 'table' }]);

      await click(button(el, '.table-toggle'));
      await el.updateComplete;
      expect(root(el).querySelector('.event-table')).to.equal(null);
      expect(root(el).querySelector('#keyboard-help')!.textContent).to.match(/^Use the Left and Right arrow keys/);
      expect(selectedTab(el).dataset.eventId).to.equal('repairs-due');
      expect(focused(el) === button(el, '.table-toggle'), 'focus stays on the toggle').to.equal(true);
    },
  );

  it('is what the page prints', async () => {
    const el = await renderTestStory();
    await openTable(el); // the table's code is there
    await click(button(el, '.table-toggle'));
    await el.updateComplete;
    expect(rows(el).length).to.equal(0);
    window.dispatchEvent(new Event('beforeprint'));
    // At once: the browser lays out the printed page right after.
    expect(rows(el).length).to.equal(TEST_STORY.events.length);
    expect(root(el).querySelector('.table-scroll')!.classList.contains('print-only')).to.equal(true);
  });

  it('fits a 320 px column: the table scrolls within it, the page does not', async () => {
    const el = await renderTestStory({ width: 320 });
    await openTable(el);
    expect(el.scrollWidth).to.be.at.most(320);
    expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
    await expect(el).to.be.accessible();
  });

  it('keeps every word whole in a 320 px column: the columns are as wide as their longest word', async () => {
    const el = await renderTestStory({ width: 320 });
    await openTable(el);
    const texts = document.createTreeWalker(root(el).querySelector('.event-table tbody')!, NodeFilter.SHOW_TEXT);
    const broken: string[] = [];
    let words = 0;
    for (let node = texts.nextNode(); node; node = texts.nextNode()) {
      for (const word of node.textContent!.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word[0].length);
        const lines = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => rect.top));
        words++;
        if (lines.size > 1) broken.push(word[0]);
      }
    }
    expect(words).to.be.above(100);
    expect(broken, 'words split across lines').to.deep.equal([]);
  });
});

describe('deep links', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('selects the event the address names, on load and on hashchange, without an event', async () => {
    history.replaceState(null, '', '#event-bridge-closed');
    const el = await renderTimeline(html`<resignation-timeline hash .data=${testStory()}></resignation-timeline>`);
    const selects = firedFrom(el, 'timeline-select');
    expect(selectedTab(el).dataset.eventId).to.equal('bridge-closed');
    location.hash = '#event-mayor-criticised';
    await waitUntil(() => el.selected === 'mayor-criticised', 'hashchange was not followed');
    await el.updateComplete;
    expect(selectedTab(el).dataset.eventId).to.equal('mayor-criticised');
    expect(selects.length).to.equal(0);
  });

  it('brings the event a link names into view, as a link to a place in a page does', async () => {
    history.replaceState(null, '', '#event-mayor-criticised');
    for (const width of [900, 360]) {
      const page = await fixture<HTMLElement>(html`<div>
        <div style="height: 300vh"></div>
        <resignation-timeline hash style=${`width: ${width}px`} .data=${testStory()}></resignation-timeline>
      </div>`);
      const el = page.querySelector('resignation-timeline')!;
      await waitUntil(() => selectedTab(el)?.dataset.eventId === 'mayor-criticised', `${width} px: not selected`);
      await nextFrames();
      const box = selectedTab(el).getBoundingClientRect();
      expect(box.top >= 0 && box.bottom <= innerHeight, `${width} px: the event is in view`).to.equal(true);
      window.scrollTo(0, 0);
    }
  });

  it('follows the reader with replaceState: no history entry, no scroll of the page', async () => {
    const el = await renderTimeline(
      html`<resignation-timeline hash="story" .data=${testStory()}></resignation-timeline>`,
    );
    const entries = history.length;
    tabFor(el, 'cracks-found').focus();
    const scrolled = window.scrollY; // once focus has brought the marker into view
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(location.hash).to.equal(`#story-${inDateOrder[1]}`);
    el.selected = 'repairs-due'; // the page's choice is not the reader's
    await el.updateComplete;
    expect(location.hash).to.equal(`#story-${inDateOrder[1]}`);
    expect(history.length).to.equal(entries);
    expect(window.scrollY).to.equal(scrolled);
  });

  it('keeps two timelines on one page to their own prefixes', async () => {
    history.replaceState(null, '', '#b-ferries-added');
    const container = await fixture<HTMLElement>(html`<div>
      <resignation-timeline hash="a" .data=${testStory()}></resignation-timeline>
      <resignation-timeline hash="b" .data=${testStory()}></resignation-timeline>
    </div>`);
    const [a, b] = [...container.querySelectorAll<ResignationTimeline>('resignation-timeline')] as [
      ResignationTimeline,
      ResignationTimeline,
    ];
    await waitUntil(() => a.story && b.story, 'the stories did not load');
    await a.updateComplete;
    await b.updateComplete;
    expect(selectedTab(b).dataset.eventId).to.equal('ferries-added');
    expect(selectedTab(a).dataset.eventId).to.equal('cracks-found');
    location.hash = '#a-repairs-due';
    await waitUntil(() => a.selected === 'repairs-due', 'a did not follow its link');
    expect(b.selected).to.equal('ferries-added');
  });

  it("leaves the selection be for a fragment that names none of its events: another's, or a heading", async () => {
    const container = await fixture<HTMLElement>(html`<div>
      <resignation-timeline hash="tl" .data=${testStory()}></resignation-timeline>
      <resignation-timeline hash="tl-2" .data=${testStory()}></resignation-timeline>
      <h2 id="tl-details">Details</h2>
    </div>`);
    const [a, b] = [...container.querySelectorAll<ResignationTimeline>('resignation-timeline')] as [
      ResignationTimeline,
      ResignationTimeline,
    ];
    a.selected = 'bridge-closed';
    await a.updateComplete;
    location.hash = '#tl-2-ferries-added';
    await waitUntil(() => b.selected === 'ferries-added', 'the second did not follow its link');
    const changed = new Promise((resolve) => addEventListener('hashchange', resolve, { once: true }));
    location.hash = '#tl-details';
    await changed; // heard after the timelines, which listened first
    await a.updateComplete;
    expect(a.selected).to.equal('bridge-closed');
    expect(selectedTab(a).dataset.eventId).to.equal('bridge-closed');
  });

  it("checks a link against a story that comes later (src): its event selected, a heading's id left be", async () => {
    history.replaceState(null, '', '#event-details');
    const headed = await renderTimeline(
      html`<resignation-timeline hash src=${TEST_STORY_URL} selected="repairs-due"></resignation-timeline>`,
    );
    expect(headed.selected).to.equal('repairs-due');
    expect(selectedTab(headed).dataset.eventId).to.equal('repairs-due');

    history.replaceState(null, '', '#event-bridge-closed');
    const linked = await renderTimeline(html`<resignation-timeline hash src=${TEST_STORY_URL}></resignation-timeline>`);
    expect(selectedTab(linked).dataset.eventId).to.equal('bridge-closed');
  });

  it('leaves the address alone without the hash attribute', async () => {
    history.replaceState(null, '', '#event-bridge-closed');
    const el = await renderTestStory();
    expect(selectedTab(el).dataset.eventId).to.equal('cracks-found');
    tabFor(el, 'cracks-found').focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(location.hash).to.equal('#event-bridge-closed');
  });
});

describe('triggers', () => {
  afterEach(parkPointer);

  it('reports a mouse click on an edge button as pointer, and Enter on it as keyboard', async () => {
    const triggers: string[] = [];
    for (const press of [
      click,
      async (edge: Element) => ((edge as HTMLElement).focus(), sendKeys({ press: 'Enter' })),
    ]) {
      await fixtureCleanup(); // one timeline at a time, at the top of the page, laid out at once
      const el = await renderTestStory({ width: 900 });
      el.addEventListener('timeline-select', (event) => triggers.push(event.detail.trigger));
      await press(button(el, '.offscreen.after'));
      await waitUntil(() => el.selected === 'repairs-due', 'the edge button selected nothing', { timeout: 3000 });
    }
    expect(triggers).to.deep.equal(['pointer', 'keyboard']);
  });
});

/** A small story of `count` events on 1 January 2020, then the `later` ids on 1 March. */
function crowdedStory(count: number, later: string[] = []) {
  const story = smallStory();
  story.quotes = [];
  story.events = [...Array.from({ length: count }, (_, i) => `e${i}`), ...later].map((id, i) => ({
    id,
    date: later.includes(id) ? '2020-03-01' : '2020-01-01',
    category: 'one',
    title: `Event number ${i} on the first of January`,
    summary: 'It happened.',
    sources: ['src'],
  }));
  return story;
}

describe('triggers on a crowded day', () => {
  afterEach(parkPointer);

  it('reports a mouse click on a "+N" mark as pointer', async () => {
    const el = await renderTimeline(
      html`<resignation-timeline style="width: 900px" .data=${crowdedStory(14)}></resignation-timeline>`,
    );
    const selects = firedFrom<TimelineSelectEvent>(el, 'timeline-select');
    await click(button(el, '.cluster'));
    await waitUntil(() => selects.length === 1, 'no event');
    expect(selects[0]!.detail.trigger).to.equal('pointer');
  });
});

describe('a crowded moment', () => {
  afterEach(parkPointer);

  it('names a "+N" mark of a day and times on that day by the day alone', async () => {
    const story = crowdedStory(14, ['after']);
    for (const event of story.events.slice(4, 14)) event.date = '2020-01-01T10:00';
    const el = await renderTimeline(
      html`<resignation-timeline style="width: 900px" .data=${story}></resignation-timeline>`,
    );
    const mark = root(el).querySelector<HTMLButtonElement>('.cluster')!;
    expect(mark.getAttribute('aria-label')).to.match(/^\d+ more events, \u2068January 1, 2020\u2069: zoom in/);
  });

  it('shows each event of a "+N" mark that zooming cannot part, one press at a time', async () => {
    const story = crowdedStory(14, ['after']);
    const sameDay = story.events.filter((event) => event.date === '2020-01-01').map((event) => event.id);
    const el = await renderTimeline(
      html`<resignation-timeline style="width: 900px" .data=${story}></resignation-timeline>`,
    );
    const mark = () => root(el).querySelector<HTMLButtonElement>('.cluster');
    expect(mark()!.getAttribute('aria-label')).to.match(/zoom in to show them$/);
    await click(mark()!);
    // Zoom's chunk arrives, then a 300 ms zoom.
    await waitUntil(() => button(el, '.zoom-in').getAttribute('aria-disabled') === 'true', 'not zoomed in fully', {
      timeout: 5000,
    });
    await nextFrames();
    // Zoomed in as far as it goes, the day's events still outnumber the lanes.
    expect(mark()!.getAttribute('aria-label')).to.match(
      /^\d+ more events, \u2068January 1, 2020\u2069: show the next one$/,
    );
    await expect(el).to.be.accessible();
    const seen = new Set(tabs(el).map((tab) => tab.dataset.eventId));
    for (let press = 0; press < sameDay.length && mark(); press++) {
      await click(mark()!);
      await el.updateComplete;
      await nextFrames();
      expect(root(el).activeElement, 'focus on the event shown').to.equal(selectedTab(el));
      for (const tab of tabs(el)) seen.add(tab.dataset.eventId);
    }
    expect(
      sameDay.filter((id) => !seen.has(id)),
      'events of the day never shown',
    ).to.deep.equal([]);
  });
});

describe('story mode and filters in a narrow column', () => {
  afterEach(parkPointer);

  it('steps through the shown rows and counts them', async () => {
    const el = await renderTestStory({ width: 360 });
    el.filter = { categories: ['council'] };
    await el.updateComplete;
    const council = inDateOrder.filter((id) => testEvent(id).category === 'council');
    expect(drawnIds(el)).to.deep.equal(council);
    expect(position(el)).to.equal(`1 of ${council.length}`);
    await click(button(el, '.story-mode .next'));
    await el.updateComplete;
    expect(selectedTab(el).dataset.eventId).to.equal(council[1]);
    expect(selectedTab(el).getAttribute('aria-posinset')).to.equal('2');
    await expect(el).to.be.accessible();
  });
});

describe('a control pressed by keyboard stays in view', () => {
  afterEach(parkPointer);

  /** Whether an element lies wholly within the window (to the pixel: scrolled to an edge, it may end mid-pixel). */
  const inWindow = (element: Element) => {
    const { top, bottom } = element.getBoundingClientRect();
    return top >= -1 && bottom <= innerHeight + 1;
  };

  it('keeps Next in view as the panel above it grows and shrinks from event to event', async () => {
    const el = await renderTimeline(html`<resignation-timeline style="width: 360px"></resignation-timeline>`);
    const next = button(el, '.story-mode .next');
    next.scrollIntoView({ block: 'end' });
    next.focus();
    const out: string[] = [];
    for (let step = 1; step < 6; step++) {
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await nextFrames(3);
      expect(focused(el) === next, 'focus stays on Next').to.equal(true);
      if (!inWindow(next)) out.push(position(el));
    }
    expect(out, 'Next out of view at').to.deep.equal([]);
  });
});

describe('the keyboard alone', () => {
  it(
    'goes, in one tab order, from the events to the panel, story mode, the filters, zoom and the table ' + 'toggle',
    async () => {
      const el = await renderTestStory();
      selectedTab(el).focus();
      const stops: string[] = [];
      for (let i = 0; i < 20; i++) {
        await sendKeys({ press: 'Tab' });
        const active = focused(el) as HTMLElement | null;
        if (!active) break;
        stops.push(active.className.split(' ')[0] || active.getAttribute('role') || active.tagName);
      }
      const first = (name: string) => stops.indexOf(name);
      // The chart's own controls first (they act on what is seen with them), then the panel.
      expect(first('panel')).to.be.greaterThan(first('zoom-reset'));
      expect(first('previous')).to.be.greaterThan(first('panel'));
      expect(first('toggle')).to.be.greaterThan(first('next'));
      expect(first('table-toggle')).to.be.greaterThan(first('toggle'));
      expect(first('show-event')).to.be.greaterThan(first('table-toggle'));
    },
  );

  it('reaches and reads every event and every quote', async () => {
    const el = await renderTestStory();
    selectedTab(el).focus();
    await sendKeys({ press: 'Home' });
    const titles: string[] = [];
    const quotes = new Set<string>();
    for (let i = 0; i < TEST_STORY.events.length; i++) {
      await el.updateComplete;
      const tab = focused(el) as HTMLElement;
      expect(tab.getAttribute('aria-selected')).to.equal('true');
      titles.push(panel(el).querySelector('.event-title')!.textContent!);
      for (const card of panel(el).querySelectorAll('blockquote'))
        quotes.add(card.textContent!.replace(/\s+/g, ' ').trim());
      await sendKeys({ press: 'ArrowRight' });
    }
    expect(titles).to.deep.equal(inDateOrder.map((id) => testEvent(id).title));
    expect(quotes.size).to.equal(TEST_STORY.quotes.length);
    for (const quote of TEST_STORY.quotes) {
      expect([...quotes].some((text) => text.includes(quote.text[0]!.slice(0, 20)))).to.equal(true);
    }
  });
});
