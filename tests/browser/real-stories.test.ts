import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { ResignationTimeline } from '../../src/components/resignation-timeline/resignation-timeline.js';
import { defaultStrings } from '../../src/strings.js';
import { storyWithEveryText, TEXT_FIELDS } from '../fixtures/story-text.js';
import { nextFrames, panel, renderTimeline, selectedTab, steady, tabs } from './helpers.js';

/** Our hand conversions of TimelineJS3's examples (tests/fixtures/timelinejs3/README.md). */
const FIXTURES = ['women_in_computing', 'my-own-timeline', 'eras', 'republican-timeline3', 'twain-marktwain'];

async function fixture(name: string): Promise<Record<string, any>> {
  const response = await fetch(`/tests/fixtures/timelinejs3/${name}.json`);
  return (await response.json()) as Record<string, any>;
}

/** Renders a story in the page's own column, with the viewport `width` px wide. */
async function renderAtWidth(width: number, data: unknown): Promise<ResignationTimeline> {
  await setViewport({ width, height: 800 });
  const el = await renderTimeline(html`<resignation-timeline .data=${data}></resignation-timeline>`);
  await nextFrames();
  await el.updateComplete;
  return el;
}

/** How far the page can be scrolled sideways: 0 when nothing is wider than the viewport. */
const sidewaysScroll = () => document.documentElement.scrollWidth - window.innerWidth;

/** Pairs of drawn markers whose boxes overlap, by event id. */
function overlappingMarkers(el: ResignationTimeline): string[] {
  const drawn = tabs(el)
    .filter((tab) => !tab.classList.contains('offscreen-marker'))
    .map((tab) => ({ id: tab.dataset.eventId!, box: tab.getBoundingClientRect() }));
  const overlaps: string[] = [];
  for (const [i, a] of drawn.entries()) {
    for (const b of drawn.slice(i + 1)) {
      const apart =
        a.box.right <= b.box.left ||
        b.box.right <= a.box.left ||
        a.box.bottom <= b.box.top ||
        b.box.bottom <= a.box.top;
      if (!apart) overlaps.push(`${a.id} / ${b.id}`);
    }
  }
  return overlaps;
}

/** Whether `selector` matches nothing (a boolean: chai hangs describing a Lit element it was given). */
const absent = (root: ParentNode, selector: string) => root.querySelector(selector) === null;

const select = async (el: ResignationTimeline, id: string) => {
  el.selected = id;
  await el.updateComplete;
};

for (const name of FIXTURES) {
  for (const width of [360, 1200]) {
    describe(`${name}, converted from TimelineJS3, at ${width} px`, () => {
      it('tells the whole story without overlapping markers or widening the page', async () => {
        const data = await fixture(name);
        const el = await renderAtWidth(width, data);
        expect(el.problems).to.deep.equal([]);
        const root = el.shadowRoot!;
        expect(root.querySelector('h2')!.textContent).to.equal(data.story.title);
        expect(root.querySelector('.timeline')!.classList.contains(width > 560 ? 'horizontal' : 'vertical')).to.equal(
          true,
        );
        // Every event is a tab (drawn or not), in the story's order of dates.
        expect(tabs(el).length).to.be.greaterThan(0);
        for (const tab of tabs(el)) expect(tab.getAttribute('aria-setsize')).to.equal(String(data.events.length));
        expect(overlappingMarkers(el)).to.deep.equal([]);
        expect(sidewaysScroll()).to.be.at.most(0);
        await expect(el).to.be.accessible();
      });

      if (width > 560) {
        it('opens on at least three quarters of its events, the selected one among them', async () => {
          const data = await fixture(name);
          const el = await renderAtWidth(width, data);
          await steady(() => el.view?.start.getTime(), 'the first view did not settle');
          const beyond = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.offscreen')]
            .filter((edge) => !edge.hidden)
            .map((edge) => Number(/\d+/.exec(edge.textContent!)![0]));
          const shown = data.events.length - beyond.reduce((sum, count) => sum + count, 0);
          expect(shown / data.events.length, `${shown} of ${data.events.length} in view`).to.be.at.least(0.75);
          expect(selectedTab(el).classList.contains('offscreen-marker'), 'the selected event is drawn').to.equal(false);
        });
      }

      it('shows each event it is given, whatever it lacks, without widening the page', async () => {
        const data = await fixture(name);
        const el = await renderAtWidth(width, data);
        for (const event of data.events as { id: string; summary?: string; sources?: string[] }[]) {
          await select(el, event.id);
          const shown = panel(el);
          expect(shown.querySelector('.event-title')!.textContent).to.equal(el.story!.eventById.get(event.id)!.title);
          expect(shown.querySelector('.event-summary')?.textContent ?? null).to.equal(event.summary ?? null);
          expect(shown.querySelectorAll('.sources .source').length).to.equal(event.sources?.length ?? 0);
          expect(sidewaysScroll(), `${event.id} widens the page`).to.be.at.most(0);
        }
      });
    });
  }
}

describe('a story without quotes, or an event without them', () => {
  it('has no quotes heading, no line about quotes and no list of quotes when the story has none', async () => {
    const el = await renderAtWidth(1200, await fixture('twain-marktwain'));
    for (const id of ['vanity-fair', 'get-started']) {
      await select(el, id);
      expect(absent(panel(el), 'h4'), id).to.equal(true);
      expect(absent(panel(el), '.no-quotes'), id).to.equal(true);
      expect(panel(el).textContent).not.to.match(/quote|article|said/i);
    }
    expect(absent(el.shadowRoot!, '.all-quotes')).to.equal(true);
  });

  it('says the story quotes no one on an event, naming no article, where the story has quotes', async () => {
    const el = await renderAtWidth(1200, await fixture('women_in_computing'));
    await select(el, 'first-computer');
    expect(panel(el).querySelector('h4')!.textContent).to.equal(defaultStrings.quotesInEvent);
    const line = panel(el).querySelector('.no-quotes')!.textContent!;
    expect(line).to.equal(defaultStrings.noQuotesInEvent);
    expect(line).not.to.contain('article');
    await select(el, 'edith-clarke');
    expect(absent(panel(el), '.no-quotes')).to.equal(true);
    expect(panel(el).querySelector('blockquote')!.textContent).to.contain('There is no demand for women engineers');
    // Edith Clarke's event has a title and a quote, nothing else: no empty summary, no "Sources:".
    expect(absent(panel(el), '.event-summary')).to.equal(true);
    expect(absent(panel(el), '.sources')).to.equal(true);
    expect(panel(el).textContent).not.to.contain(`${defaultStrings.sourcesLabel}:`);
    await expect(el).to.be.accessible();
  });
});

// 110 characters with nowhere a line may break (no hyphen, no slash after the host): as a tracking link comes.
const LONG_URL =
  'https://news.example.org/?story_id=0123456789abcdef0123456789abcdef0123456789&utm_source=newsletter_2019_07_10';
const LONG_WORD = 'Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaft'.repeat(2);

describe('long words and addresses in story text', () => {
  for (const [path, , set] of TEXT_FIELDS) {
    it(`wraps a long address in ${path} instead of widening a 390 px page`, async () => {
      const story = storyWithEveryText();
      set(story, `See ${LONG_URL} for more.`);
      const el = await renderAtWidth(390, story);
      expect(el.problems).to.deep.equal([]);
      expect(el.shadowRoot!.textContent).to.contain(LONG_URL);
      expect(sidewaysScroll()).to.be.at.most(0);
      expect(el.getBoundingClientRect().right).to.be.at.most(window.innerWidth);
    });
  }

  it('wraps a word wider than a 1000 px page in the story title and the quotes', async () => {
    const story = storyWithEveryText();
    story.story.title = LONG_WORD;
    story.quotes[0].text = [LONG_WORD];
    const el = await renderAtWidth(1000, story);
    const title = el.shadowRoot!.querySelector('h2')!;
    expect(title.textContent).to.equal(LONG_WORD);
    expect(title.getBoundingClientRect().height).to.be.greaterThan(2 * parseFloat(getComputedStyle(title).lineHeight));
    expect(sidewaysScroll()).to.be.at.most(0);
    await expect(el).to.be.accessible();
  });

  it('wraps a long address in a problem, and shows it with its path', async () => {
    const story = storyWithEveryText();
    story.sources[0].url = `ftp://${LONG_URL.slice(8)}`;
    const el = await renderAtWidth(390, story);
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('sources[0].url');
    expect(sidewaysScroll()).to.be.at.most(0);
  });
});

describe('invisible and right-to-left story text', () => {
  it('refuses a title made only of invisible characters, showing its path, instead of a blank marker', async () => {
    const story = storyWithEveryText();
    story.events[0].title = '\u200B\u200D\uFEFF\u00AD\u2066\u2069';
    const el = await renderAtWidth(1200, story);
    expect(el.story).to.equal(undefined);
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!.textContent!;
    expect(alert).to.contain('events[0].title');
    expect(alert).to.contain('title has no visible character');
    expect(tabs(el).length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('refuses an override that is never closed, so it cannot reverse "Show event: …"', async () => {
    const story = storyWithEveryText();
    story.events[0].title = '\u202Etneve nA';
    const el = await renderAtWidth(1200, story);
    expect(el.story).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain(
      'events[0].title: title opens a right-to-left override (U+202E) that it never closes (U+202C)',
    );
  });

  /** Left edges of each character of `text` where it first appears in `element`'s text nodes. */
  function characterLefts(element: Element, text: string): number[] {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(text);
      if (at < 0) continue;
      return [...text].map((_, i) => {
        const range = document.createRange();
        range.setStart(node, at + i);
        range.setEnd(node, at + i + 1);
        return range.getBoundingClientRect().left;
      });
    }
    throw new Error(`"${text}" is not in the element`);
  }

  it('keeps interface text in its order around right-to-left titles, names and labels', async () => {
    const story = storyWithEveryText();
    story.story.locale = 'en-GB';
    story.events[0].title = '\u05D4\u05D3\u05DC\u05E4\u05D4 \u202E!\u202C';
    story.people[0].name = '\u05E9\u05E8\u05D4';
    story.people[0].role = '\u05E2\u05D5\u05E8\u05DB\u05EA 2';
    story.eras[0].label = '\u05EA\u05E7\u05D5\u05E4\u05D4';
    const el = await renderAtWidth(1200, story);
    const root = el.shadowRoot!;

    // "Show event:" reads left to right, and the title follows it, isolated.
    const button = root.querySelector('.show-event')!;
    const lefts = characterLefts(button, 'Show event:');
    expect(lefts).to.deep.equal([...lefts].sort((a, b) => a - b));
    const title = button.querySelector('bdi')!;
    expect(title.textContent).to.equal(story.events[0].title);
    expect(title.getBoundingClientRect().left).to.be.at.least(lefts.at(-1)!);

    // An era's dates start with a number: unisolated, "2019" would jump left of the Hebrew label.
    const era = root.querySelector('.eras li')!;
    const label = era.querySelector('bdi')!.getBoundingClientRect();
    const [firstDigit] = characterLefts(era, '2019');
    expect(label.right).to.be.at.most(firstDigit!);

    // "People: <name> (<role>)": the parentheses stay around the role, after the name.
    const people = panel(el).querySelector('.people')!;
    const [name, role] = [...people.querySelectorAll('bdi')].map((bdi) => bdi.getBoundingClientRect());
    const [open] = characterLefts(people, '(');
    expect(name!.right).to.be.at.most(open!);
    expect(open!).to.be.at.most(role!.left);

    // The marker's name: title, date and category each isolated in the interface's sentence.
    const hidden = tabs(el)[0]!.querySelector('.visually-hidden')!;
    expect([...hidden.querySelectorAll('bdi')].map((bdi) => bdi.textContent)).to.deep.equal([
      story.events[0].title,
      'New Year',
      'A category',
    ]);
    await expect(el).to.be.accessible();
  });

  it('gives story text unisolated, never garbled, to a replaced string that does not pass it through', async () => {
    const story = storyWithEveryText();
    const el = await renderAtWidth(1200, story);
    el.strings = { showEvent: (title) => `Show “${title.slice(0, 5)}…”` };
    await el.updateComplete;
    const button = el.shadowRoot!.querySelector('.show-event')!;
    expect(button.textContent!.trim()).to.equal('Show “An ev…”');
    el.strings = { showEvent: (title) => `${title}: show` };
    await el.updateComplete;
    expect(button.querySelector('bdi')!.textContent).to.equal('An event');
    expect(button.textContent!.trim()).to.equal('An event: show');
  });

  it('isolates story dates inside a cluster mark\u2019s label, where no <bdi> can go', async () => {
    const story = storyWithEveryText();
    story.quotes = [];
    story.events = Array.from({ length: 14 }, (_, i) => ({
      id: `e${i}`,
      date: '2020-01-01',
      displayDate: '\u05E8\u05D0\u05E9 \u05D4\u05E9\u05E0\u05D4',
      category: 'c',
      title: `Event number ${i} on the first of January`,
    }));
    story.events.push({ id: 'later', date: '2020-02-01', category: 'c', title: 'Later' });
    const el = await renderAtWidth(1200, story);
    expect(absent(el.shadowRoot!, '.cluster'), 'no cluster mark').to.equal(false);
    expect(el.shadowRoot!.querySelector('.cluster')!.getAttribute('aria-label')).to.match(
      /^\d+ more events, \u2068\u05E8\u05D0\u05E9 \u05D4\u05E9\u05E0\u05D4\u2069/,
    );
  });
});
