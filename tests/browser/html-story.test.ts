/**
 * Stories written as HTML inside the element: read when no other story is given, the same story
 * as the JSON they were rendered from, problems that point into the markup, and the HTML shown
 * until the timeline is drawn.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { ResignationTimeline } from '../../src/components/resignation-timeline/resignation-timeline.js';
import '../../src/define.js';
import { readStoryHtml } from '../../src/html-story/read.js';
import { renderStoryHtml } from '../../src/html-story/render.js';
import { parseStory } from '../../src/story/parse.js';
import type { Story } from '../../src/story/types.js';
import defaultStory from '../../data/ambassador-resignation-2019.json' with { type: 'json' };
import apollo from '../fixtures/apollo-11.json' with { type: 'json' };
import everyField from '../fixtures/every-field.json' with { type: 'json' };
import womenInComputing from '../fixtures/women-in-computing.json' with { type: 'json' };
import { nextFrames, smallStory, TEST_STORY, TEST_STORY_URL, untilFrame, waitUntil } from './helpers.js';

/** A timeline whose children are `markup`, parsed as a page's HTML is (never from story data in the product). */
async function timelineHolding(markup: string, attributes: Record<string, string> = {}): Promise<ResignationTimeline> {
  const page = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
  const el = document.createElement('resignation-timeline');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.append(...new DOMParser().parseFromString(`<body>${markup}</body>`, 'text/html').body.childNodes);
  page.append(el);
  return el;
}

/**
 * Waits for the story (or its problems) and, for a story, for its drawing. A timeline is drawn once
 * it is near the window, and a story in another language once its pack has arrived.
 */
async function loaded(el: ResignationTimeline): Promise<ResignationTimeline> {
  await waitUntil(() => el.story !== undefined || el.problems.length > 0, 'no story and no problems', {
    timeout: 5000,
  });
  el.scrollIntoView();
  if (el.story)
    await untilFrame(() => el.shadowRoot!.querySelector('[role="tab"]') !== null, 'the story was not drawn', 5000);
  await nextFrames();
  return el;
}

const parsed = (input: unknown): Story => {
  const result = parseStory(input);
  if (!result.ok) throw new Error(result.problems.map((problem) => `${problem.path}: ${problem.message}`).join('\n'));
  return result.story;
};

/** Drawn: rendered as part of the page (the light-DOM HTML is not, once the timeline replaces it). */
const isShown = (element: Element) => element.getClientRects().length > 0;
const handWritten = () => fetch('/tests/fixtures/hand-written-story.html').then((response) => response.text());

describe('a story written in HTML', () => {
  const stories = {
    'the default story': defaultStory,
    'the test story': TEST_STORY,
    'every field of the format': everyField,
    'Apollo 11': apollo,
    'women in computing': womenInComputing,
  };
  for (const [name, file] of Object.entries(stories)) {
    it(`tells the same story as the JSON it was rendered from: ${name}`, async () => {
      const el = await loaded(await timelineHolding(renderStoryHtml(file)));
      expect(el.problems.map((problem) => `${problem.path}: ${problem.message}`)).to.deep.equal([]);
      expect(el.story).to.deep.equal(parsed(file));
    });
  }

  it('reads a hand-written story: quotes belong to the event they sit in, or to the events they name', async () => {
    const el = await loaded(await timelineHolding(await handWritten()));
    expect(el.problems).to.deep.equal([]);
    const story = el.story!;
    expect(story.title).to.equal('Five days in July: the ambassador who resigned');
    expect(story.summary).to.equal(
      "Britain's ambassador in Washington stepped down after his private judgements of the Trump administration " +
        'leaked.',
    );
    expect(story.events.map((event) => event.id)).to.deep.equal(['cables-leak', 'resigns', 'posting-end']);
    expect(story.events[0]!.end?.text).to.equal('2019-07-07');
    expect(story.events[2]).to.include({ displayDate: 'End of 2019', status: 'scheduled', approximate: true });
    expect(story.quoteById.get('inept')).to.deep.include({
      form: 'fragments',
      text: ['inept', 'insecure', 'incompetent'],
      eventIds: ['cables-leak'],
      aboutIds: ['trump'],
    });
    expect(story.quoteById.get('letter')).to.deep.include({ form: 'paragraphs', eventIds: ['resigns', 'posting-end'] });
    expect(story.quoteById.get('letter')!.date?.text).to.equal('2019-07-10');
    expect(story.people.get('trump')).to.deep.equal({
      id: 'trump',
      name: 'Donald Trump',
      role: 'President of the United States',
    });
    expect(story.eras.map((era) => [era.label, era.start.text, era.end.text])).to.deep.equal([
      ['From leak to resignation', '2019-07-06', '2019-07-10'],
    ]);
    expect(story.sources.get('article')).to.deep.include({ kind: 'article', title: 'The ambassador resigns' });
    await expect(el).to.be.accessible();
  });

  it('reads an empty or malformed lang as a language unknown, as browsers do, not as a broken story', async () => {
    for (const lang of ['', 'en_GB']) {
      const markup = (await handWritten()).replace('lang="en-GB"', `lang="${lang}"`);
      const el = await loaded(await timelineHolding(markup));
      expect(el.problems, `lang="${lang}"`).to.deep.equal([]);
      expect(el.story?.locale, `lang="${lang}"`).to.equal(undefined);
    }
  });

  it('hides the HTML once the timeline is drawn from it, so that no one meets the story twice', async () => {
    const el = await loaded(await timelineHolding(await handWritten()));
    expect(el.story).to.exist;
    expect(isShown(el.querySelector('article')!)).to.equal(false);
    expect(isShown(el.shadowRoot!.querySelector('.chart')!)).to.equal(true);
  });

  it(
    'reports problems with the path of the field and where it lies in the markup, and keeps the HTML ' + 'shown',
    async () => {
      const markup = (await handWritten())
        .replace(
          '<time datetime="2019-07-10">10 July 2019</time></p>',
          '<time datetime="2019-13-45">10 July 2019</time></p>',
        )
        .replace('<li data-id="posting-end" data-category="resignation"', '<li data-id="posting-end"')
        .replace('<h3>Confidential cables leak</h3>', '')
        .replace('data-people="darroch trump"', 'data-people="darroch trunp"')
        .replace('data-time-zone="Europe/London" ', '');
      const el = await loaded(await timelineHolding(markup));
      const root = el.querySelector('article')!;
      const problems = new Map(el.problems.map((problem) => [problem.path.split(' ')[0], problem.path]));
      expect([...problems.keys()]).to.have.members([
        'story.timeZone',
        'events[1].date',
        'events[2].category',
        'events[0].title',
        'events[0].people[1]',
      ]);
      expect(problems.get('story.timeZone')).to.equal('story.timeZone (article[data-story])');
      expect(problems.get('events[1].date')).to.equal('events[1].date (li[data-id="resigns"] > p > time[datetime])');
      expect(problems.get('events[2].category')).to.equal('events[2].category (li[data-id="posting-end"])');
      expect(problems.get('events[0].people[1]')).to.equal(
        'events[0].people[1] (li[data-id="cables-leak"][data-people])',
      );
      // Each pointer is a selector that finds the markup it names.
      const at = (path: string) => root.querySelector(problems.get(path)!.replace(/^\S+ \((.*)\)$/, '$1'));
      expect(at('events[1].date')!.getAttribute('datetime')).to.equal('2019-13-45');
      expect(at('events[0].title')!.getAttribute('data-id')).to.equal('cables-leak');
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain(
        'events[1].date (li[data-id="resigns"] > p > time[datetime])',
      );
      expect(isShown(root), 'a reader still has the story as the page wrote it').to.equal(true);
      await expect(el).to.be.accessible();
    },
  );

  it('points at the second of two events given the same id, not at both', async () => {
    const markup = (await handWritten()).replace('<li data-id="posting-end"', '<li data-id="resigns"');
    const el = await loaded(await timelineHolding(markup));
    const duplicate = el.problems.find((problem) => problem.message.includes('is already the id'));
    expect(duplicate, JSON.stringify(el.problems)).to.exist;
    const selector = duplicate!.path.replace(/^\S+ \((.*)\)$/, '$1');
    const found = el.querySelector('article')!.querySelectorAll(selector);
    expect(found.length, selector).to.equal(1);
    expect(found[0]).to.equal(el.querySelectorAll('li[data-id="resigns"]')[1]);
  });

  it('is read only when no other story is given: data, src and inline JSON come first', async () => {
    const markup = renderStoryHtml(everyField);
    const withJson = await loaded(
      await timelineHolding(
        `${markup}<script type="application/json">${JSON.stringify(smallStory('Inline'))}</script>`,
      ),
    );
    expect(withJson.story!.title).to.equal('Inline');
    const withSrc = await loaded(await timelineHolding(markup, { src: TEST_STORY_URL }));
    expect(withSrc.story!.title).to.equal(TEST_STORY.story.title);
    const withData = await timelineHolding(markup);
    withData.data = smallStory('Data');
    await loaded(withData);
    expect(withData.story!.title).to.equal('Data');
    // Content that is not a story (no list of events): the default story, the content left as it is.
    const notAStory = await loaded(await timelineHolding('<p>An interactive timeline of the resignation.</p>'));
    expect(notAStory.story!.title).to.equal(defaultStory.story.title);
  });

  it(
    'shows the HTML, and no loading line, while a story from src is on its way, and the timeline once it ' + 'arrives',
    async () => {
      const match = 'hold=html-fallback';
      await executeServerCommand('hold-requests', { match });
      const el = await timelineHolding(renderStoryHtml(defaultStory), { src: `${TEST_STORY_URL}?${match}` });
      await executeServerCommand('await-held-request', { match });
      await nextFrames();
      const article = el.querySelector('article')!;
      expect(isShown(article)).to.equal(true);
      expect(el.shadowRoot!.querySelector('.loading')).to.equal(null);
      await executeServerCommand('release-requests', { match });
      await loaded(el);
      expect(el.story!.title).to.equal(TEST_STORY.story.title);
      expect(isShown(article)).to.equal(false);
    },
  );

  it('reads back, from the markup alone, the input it was rendered from', async () => {
    const host = await timelineHolding(renderStoryHtml(everyField));
    const read = readStoryHtml(host);
    expect(parseStory(read.input)).to.deep.equal(parseStory(everyField));
  });
});

describe('the static render, without our script', () => {
  it('is accessible, with every event and quote in the page', async () => {
    const page = await fixture<HTMLDivElement>(html`<main></main>`);
    page.append(
      ...new DOMParser().parseFromString(`<body>${renderStoryHtml(defaultStory)}</body>`, 'text/html').body.childNodes,
    );
    expect(page.querySelectorAll('ol > li').length).to.equal(defaultStory.events.length);
    expect(page.querySelectorAll('blockquote').length).to.equal(defaultStory.quotes.length);
    expect(page.querySelector('ol > li time')!.textContent).to.equal('6 July 2019');
    await expect(page).to.be.accessible();
  });
});
