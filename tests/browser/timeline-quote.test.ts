/**
 * `<timeline-quote>`: a quote card placed in the article, linked both ways to its timeline.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { ResignationTimeline } from '../../src/components/resignation-timeline/resignation-timeline.js';
import type { TimelineQuote } from '../../src/components/timeline-quote/timeline-quote.js';
import type { TimelineLoadEvent, TimelineSelectEvent } from '../../src/events.js';
import {
  centreOf,
  heldStory,
  linkedEventIds,
  nextFrames,
  parkPointer,
  selectedTab,
  tabFor,
  TEST_STORY,
  TEST_STORY_URL,
  testQuote,
  testStory,
  waitUntil,
} from './helpers.js';

const cardRoot = (card: TimelineQuote) => card.shadowRoot!;
const words = (card: TimelineQuote) => [...cardRoot(card).querySelectorAll('blockquote p')].map((p) => p.textContent);
const visibleWords = (card: TimelineQuote) =>
  [...cardRoot(card).querySelectorAll<HTMLElement>('blockquote p')]
    .filter((p) => p.getBoundingClientRect().height > 0)
    .map((p) => p.textContent);
const showButton = (card: TimelineQuote) => cardRoot(card).querySelector<HTMLButtonElement>('.show-event')!;
const readMore = (card: TimelineQuote) => cardRoot(card).querySelector<HTMLButtonElement>('.read-more');
const note = (card: TimelineQuote) => cardRoot(card).querySelector('.note')?.textContent ?? '';
const frame = (card: TimelineQuote) => cardRoot(card).querySelector<HTMLElement>('.quote-item');
const shown = (card: TimelineQuote) => frame(card) !== null;
const litUp = (card: TimelineQuote) => frame(card)?.hasAttribute('data-linked') ?? false;
const timelineIn = (root: ParentNode, id: string) => root.querySelector<ResignationTimeline>(`#${id}`)!;
const cardIn = (root: ParentNode, quoteId: string) =>
  root.querySelector<TimelineQuote>(`timeline-quote[quote="${quoteId}"]`)!;
/** What a screen reader is told beside the button's name: the text its aria-describedby points to. */
const buttonDescription = (card: TimelineQuote) => {
  const ids = showButton(card).getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => cardRoot(card).getElementById(id)?.textContent?.trim()).join(' ');
};

async function loaded(...timelines: ResignationTimeline[]): Promise<void> {
  await waitUntil(() => timelines.every((timeline) => timeline.story !== undefined), 'a timeline did not load', {
    timeout: 5000,
  });
  await nextFrames();
}

/** Counts console warnings until `restore()` is called. */
function watchWarnings(): { messages: string[]; restore: () => void } {
  const messages: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console.warn = original) };
}

/** An article: two timelines of the test story (ids "first" and "second") and cards between paragraphs. */
async function renderArticle(cards: { for: string; quote: string }[]): Promise<HTMLElement> {
  const article = await fixture<HTMLElement>(html`<article>
    <resignation-timeline id="first" .data=${testStory()}></resignation-timeline>
    <p>Paragraphs of the article.</p>
    ${cards.map((card) => html`<timeline-quote for=${card.for} quote=${card.quote}></timeline-quote>`)}
    <resignation-timeline id="second" .data=${testStory()}></resignation-timeline>
  </article>`);
  await loaded(timelineIn(article, 'first'), timelineIn(article, 'second'));
  for (const card of article.querySelectorAll<TimelineQuote>('timeline-quote')) {
    await waitUntil(() => shown(card), `the card of "${card.quote}" did not show its quote`);
  }
  return article;
}

describe('<timeline-quote>', () => {
  beforeEach(parkPointer);

  it(
    'shows its quote verbatim, outside the timeline, with speaker, role, medium, date, about whom and ' + 'source',
    async () => {
      const article = await renderArticle([
        { for: 'first', quote: 'acceptance' },
        { for: 'first', quote: 'mayor-post' },
      ]);
      const acceptance = cardIn(article, 'acceptance');
      expect(words(acceptance)).to.deep.equal(testQuote('acceptance').text);
      const caption = cardRoot(acceptance).querySelector('figcaption')!.textContent!.replace(/\s+/g, ' ');
      expect(caption).to.contain('Ruth Okafor, Chief executive of the town council, statement, 10 March 2021.');
      expect(caption).to.contain('About Ines Calder.');
      expect(caption).to.contain('As printed in the article');
      expect(cardRoot(acceptance).querySelector('blockquote')).to.exist;
      expect(cardRoot(acceptance).querySelector('a'), 'the article has no address').to.equal(null);

      const post = cardIn(article, 'mayor-post');
      expect(cardRoot(post).querySelector('blockquote')!.textContent!.trim()).to.equal(
        '‘scaremongering’ and ‘a report nobody asked for’',
      );
      const harbourFm = TEST_STORY.sources.find((source) => source.id === 'harbour-fm')!;
      expect(cardRoot(post).querySelector('figcaption a')!.getAttribute('href')).to.equal(harbourFm.url);
      expect(cardRoot(post).querySelector('[part="quote-card"]'), 'the same part as in the timeline').to.exist;
    },
  );

  it('selects its event in the timeline it names, of two, and moves focus to the event', async () => {
    const article = await renderArticle([{ for: 'second', quote: 'mayor-post' }]);
    const [first, second] = [timelineIn(article, 'first'), timelineIn(article, 'second')];
    const before = selectedTab(first).dataset.eventId;
    const firstSelections: string[] = [];
    first.addEventListener('timeline-select', (event) => firstSelections.push(event.detail.eventId));
    const card = cardIn(article, 'mayor-post');
    const button = showButton(card);
    expect(button.textContent!.trim()).to.equal('Show on the timeline');
    // Named by its event, the label's words first: a list of a page's buttons tells cards apart.
    const title = testStory().events.find((event) => event.id === 'mayor-posts')!.title;
    expect(button.getAttribute('aria-label')).to.equal(`Show on the timeline: \u2068${title}\u2069`);
    const fired = oneEvent(second, 'timeline-select') as Promise<TimelineSelectEvent>;
    button.focus();
    expect(button.matches(':focus-visible'), 'focused from script, not by a pointer').to.equal(true);
    expect(getComputedStyle(button).outlineWidth, "the timeline's focus ring").to.equal('3px');
    await sendKeys({ press: 'Enter' });
    expect((await fired).detail).to.deep.equal({ eventId: 'mayor-posts', trigger: 'quote' });
    await waitUntil(
      () => document.activeElement === second && second.shadowRoot!.activeElement === selectedTab(second),
      'focus did not move to the event',
    );
    expect(selectedTab(second).dataset.eventId).to.equal('mayor-posts');
    expect(selectedTab(first).dataset.eventId, 'the other timeline').to.equal(before);
    expect(firstSelections).to.deep.equal([]);
  });

  it("shows its event when the timeline's filter hides it, showing that category again as a reader would", async () => {
    const article = await renderArticle([{ for: 'first', quote: 'mayor-post' }]);
    const timeline = timelineIn(article, 'first');
    timeline.filter = { categories: ['inspection', 'closure'] };
    await timeline.updateComplete;
    const card = cardIn(article, 'mayor-post');
    expect(words(card), 'the quote stays in the article').to.not.be.empty;
    const filters = oneEvent(timeline, 'timeline-filter-change');
    showButton(card).click();
    expect((await filters).detail).to.deep.equal({ categories: ['inspection', 'closure', 'council'] });
    await waitUntil(
      () => timeline.shadowRoot!.activeElement === selectedTab(timeline),
      'focus did not move to the event',
    );
    expect(selectedTab(timeline).dataset.eventId).to.equal('mayor-posts');
    await waitUntil(() => card.hasAttribute('active'), 'the card is not active');
  });

  it('shows its event in the table view: the row current, its title focused', async () => {
    const article = await renderArticle([{ for: 'first', quote: 'acceptance' }]);
    const timeline = timelineIn(article, 'first');
    timeline.shadowRoot!.querySelector<HTMLButtonElement>('.table-toggle')!.click();
    await waitUntil(() => timeline.shadowRoot!.querySelector('.event-table'), 'no table');
    const card = cardIn(article, 'acceptance');
    card.scrollIntoView();
    showButton(card).click();
    const row = () => timeline.shadowRoot!.querySelector<HTMLElement>('tr[data-event-id="resignation-accepted"]')!;
    await waitUntil(() => row()?.getAttribute('aria-current') === 'true', 'the row is not current');
    await waitUntil(
      () => timeline.shadowRoot!.activeElement === row().querySelector('.select-row'),
      "focus did not move to the row's title",
    );
  });

  it('is active exactly while one of its events is selected, whatever selected it', async () => {
    const article = await renderArticle([
      { for: 'first', quote: 'engineer-letter' },
      { for: 'first', quote: 'acceptance' },
    ]);
    const timeline = timelineIn(article, 'first');
    const letter = cardIn(article, 'engineer-letter');
    const acceptance = cardIn(article, 'acceptance');
    const activeIs = async (expected: boolean, why: string) => {
      await waitUntil(() => letter.hasAttribute('active') === expected, `${why}: active should be ${expected}`);
      expect(buttonDescription(letter), why).to.equal(expected ? 'Selected on the timeline' : '');
      expect(cardRoot(letter).querySelector('.on-timeline')?.textContent, why).to.equal(
        expected ? 'Selected on the timeline' : undefined,
      );
    };
    await activeIs(false, 'the first event is selected');

    timeline.selected = 'engineer-resigns';
    await activeIs(true, 'the page selected the resignation');
    expect(acceptance.hasAttribute('active')).to.equal(false);

    showButton(acceptance).click();
    await activeIs(false, 'another card selected the acceptance');
    expect(acceptance.hasAttribute('active')).to.equal(true);

    // The letter's other event, by the reader, with the keyboard: End goes to the last event.
    selectedTab(timeline).focus();
    await sendKeys({ press: 'End' });
    await activeIs(true, 'the reader selected the repairs');

    await sendKeys({ press: 'Home' });
    await activeIs(false, 'the reader went back to the first event');

    timeline.removeAttribute('selected');
    await activeIs(false, 'the page unset selected');
  });

  it('follows what its timeline shows: laid out far down the page, or its event hidden by a filter', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <timeline-quote for="far" quote="inspection-notes"></timeline-quote>
      <div style="height: 300vh"></div>
      <resignation-timeline id="far" .data=${testStory()}></resignation-timeline>
    </div>`);
    const timeline = timelineIn(page, 'far');
    const card = cardIn(page, 'inspection-notes');
    await waitUntil(() => shown(card), 'the card did not show its quote');
    expect(card.hasAttribute('active'), 'before the timeline is laid out, nothing is selected').to.equal(false);
    timeline.scrollIntoView();
    await waitUntil(() => card.hasAttribute('active'), 'laid out with its event selected, the card is not active');
    expect(timeline.selectedEvent?.id).to.equal('cracks-found');
    // The page hides the inspection: the nearest shown event takes its place, with no change to `selected`.
    timeline.filter = { categories: ['council', 'closure', 'transport', 'resignation'] };
    await waitUntil(() => !card.hasAttribute('active'), 'the card stayed active for an event no longer shown');
    expect(buttonDescription(card)).to.equal('');
    timeline.filter = {};
    await waitUntil(() => card.hasAttribute('active'), 'shown again, its event did not make the card active');
    window.scrollTo(0, 0);
  });

  it(
    'lights up its events in the timeline when hovered or focused, and lights up when its event is ' + 'hovered',
    async () => {
      const article = await renderArticle([
        { for: 'first', quote: 'acceptance' },
        { for: 'first', quote: 'mayor-post' },
      ]);
      const timeline = timelineIn(article, 'first');
      const acceptance = cardIn(article, 'acceptance');
      const post = cardIn(article, 'mayor-post');
      acceptance.scrollIntoView({ block: 'center' });
      await sendMouse({ type: 'move', position: centreOf(acceptance) });
      await waitUntil(() => linkedEventIds(timeline).length > 0, 'hovering the card lit up no event');
      expect(linkedEventIds(timeline)).to.deep.equal(['resignation-accepted']);
      await parkPointer();
      await waitUntil(() => linkedEventIds(timeline).length === 0, 'the event stayed lit once the pointer left');

      showButton(post).focus();
      await waitUntil(() => linkedEventIds(timeline).length > 0, 'focusing the card lit up no event');
      expect(linkedEventIds(timeline)).to.deep.equal(['mayor-posts']);
      showButton(post).blur();

      const marker = tabFor(timeline, 'mayor-posts');
      marker.scrollIntoView({ block: 'center' });
      const quietBorder = getComputedStyle(frame(post)!).borderTopWidth;
      await sendMouse({ type: 'move', position: centreOf(marker) });
      await waitUntil(() => litUp(post), 'hovering the event did not light up its card');
      expect(litUp(acceptance), 'a card of another event').to.equal(false);
      // Not by colour alone: the frame is thicker.
      expect(parseFloat(getComputedStyle(frame(post)!).borderTopWidth)).to.be.greaterThan(parseFloat(quietBorder));
      await parkPointer();
      await waitUntil(() => !litUp(post), 'the card stayed lit once the pointer left the event');

      // A card taken out of the page under the pointer puts its events out (the last card, so that
      // no other card moves up under the pointer).
      post.scrollIntoView({ block: 'center' });
      await sendMouse({ type: 'move', position: centreOf(post) });
      await waitUntil(() => linkedEventIds(timeline).includes('mayor-posts'), 'hovering the card lit up no event');
      post.remove();
      await waitUntil(() => linkedEventIds(timeline).length === 0, 'the event stayed lit after its card left the page');
    },
  );

  it('says quietly, and warns once, where the timeline or the quote cannot be found, and throws nothing', async () => {
    const warnings = watchWarnings();
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    try {
      const article = await fixture<HTMLElement>(html`<article>
        <resignation-timeline id="first" .data=${testStory()}></resignation-timeline>
        <timeline-quote for="nowhere" quote="acceptance"></timeline-quote>
        <timeline-quote for="first" quote="no-such-quote"></timeline-quote>
      </article>`);
      await loaded(timelineIn(article, 'first'));
      const noTimeline = article.querySelector<TimelineQuote>('[for="nowhere"]')!;
      const noQuote = article.querySelector<TimelineQuote>('[quote="no-such-quote"]')!;
      await waitUntil(() => note(noTimeline) !== '' && note(noQuote) !== '', 'no note was shown');
      await nextFrames(3);
      expect(note(noTimeline)).to.contain('“nowhere”');
      expect(note(noQuote)).to.contain('“no-such-quote”');
      expect(cardRoot(noTimeline).querySelector('[role="alert"]'), 'quiet').to.equal(null);
      expect(warnings.messages.length, warnings.messages.join('\n')).to.equal(2);
      expect(errors).to.deep.equal([]);
      await expect(noTimeline).to.be.accessible();
    } finally {
      warnings.restore();
      window.removeEventListener('error', onError);
    }
  });

  it('says so where its timeline could not have its story, rather than standing empty', async () => {
    const warnings = watchWarnings();
    try {
      const article = await fixture<HTMLElement>(html`<article>
        <timeline-quote for="failing" quote="acceptance"></timeline-quote>
        <resignation-timeline id="failing" src="/no-such-story.json"></resignation-timeline>
      </article>`);
      const timeline = timelineIn(article, 'failing');
      const card = cardIn(article, 'acceptance');
      await waitUntil(() => timeline.problems.length > 0, 'the story did not fail', { timeout: 5000 });
      await waitUntil(() => note(card) !== '', 'the card stands empty');
      expect(note(card)).to.equal("This quote is not shown: its timeline's story could not be loaded.");
      expect(warnings.messages).to.deep.equal([
        "<timeline-quote>: This quote is not shown: its timeline's story could not be loaded.",
      ]);
    } finally {
      warnings.restore();
    }
  });

  it('links up with a timeline placed after it, or that loads its story later', async () => {
    const warnings = watchWarnings();
    try {
      // Before its timeline in the page.
      const article = await fixture<HTMLElement>(html`<article>
        <timeline-quote for="later" quote="acceptance"></timeline-quote>
        <resignation-timeline id="later" .data=${testStory()}></resignation-timeline>
      </article>`);
      const card = cardIn(article, 'acceptance');
      await waitUntil(() => shown(card), 'the card did not link up with the timeline after it');
      expect(words(card)).to.deep.equal(testQuote('acceptance').text);

      // A timeline whose story is still on its way: the card waits, without a note.
      const held = await heldStory(TEST_STORY_URL);
      const waiting = await fixture<HTMLElement>(html`<article>
        <timeline-quote for="slow" quote="mayor-post"></timeline-quote>
        <resignation-timeline id="slow" src=${held.url}></resignation-timeline>
      </article>`);
      const slowCard = cardIn(waiting, 'mayor-post');
      await held.requested();
      await nextFrames(3);
      expect(shown(slowCard) || note(slowCard) !== '', 'nothing yet').to.equal(false);
      const drawn = oneEvent(document, 'timeline-load') as Promise<TimelineLoadEvent>;
      await held.release(timelineIn(waiting, 'slow'));
      expect((await drawn).detail).to.deep.equal({
        title: TEST_STORY.story.title,
        eventCount: TEST_STORY.events.length,
      });
      await waitUntil(() => shown(slowCard), 'the card did not show its quote once the story came');

      // A timeline whose tag is defined after the card looked for it: no note meanwhile.
      const late = await fixture<HTMLElement>(html`<article>
        <timeline-quote for="late" quote="mayor-post"></timeline-quote>
        <late-timeline id="late"></late-timeline>
      </article>`);
      const lateCard = cardIn(late, 'mayor-post');
      await nextFrames(3);
      expect(note(lateCard), 'a tag not yet defined may still become the timeline').to.equal('');
      const Timeline = customElements.get('resignation-timeline')!;
      customElements.define('late-timeline', class extends Timeline {});
      (late.querySelector('late-timeline') as ResignationTimeline).data = testStory();
      await waitUntil(() => shown(lateCard), 'the card did not link up with a timeline defined later');

      // A card alone, told no timeline is there; the timeline comes later, from script.
      const alone = await fixture<TimelineQuote>(
        html`<timeline-quote for="from-script" quote="acceptance"></timeline-quote>`,
      );
      await waitUntil(() => note(alone) !== '', 'no note for a missing timeline');
      const timeline = document.createElement('resignation-timeline');
      timeline.id = 'from-script';
      timeline.data = testStory();
      alone.after(timeline);
      await waitUntil(() => shown(alone), 'the card did not link up with a timeline added later');
      expect(note(alone)).to.equal('');
      expect(warnings.messages.length, 'only for the timeline missing at first').to.equal(1);
      timeline.remove();
    } finally {
      warnings.restore();
    }
  });

  it('says so once its timeline is taken out of the page or renamed, and links up again when it is back', async () => {
    const warnings = watchWarnings();
    try {
      const article = await renderArticle([
        { for: 'first', quote: 'acceptance' },
        { for: 'second', quote: 'acceptance' },
      ]);
      const [toFirst, toSecond] = article.querySelectorAll<TimelineQuote>('timeline-quote');
      const first = timelineIn(article, 'first');
      const figure = document.createElement('figure');
      article.prepend(figure);
      figure.append(first); // moved into a figure: still the card's
      await nextFrames();
      expect(shown(toFirst!), 'the card keeps the quote of its timeline, moved').to.equal(true);
      figure.remove(); // taken out with what holds it
      await waitUntil(() => note(toFirst!) !== '', 'the card kept the quote of a timeline no longer in the page');
      expect(note(toFirst!)).to.contain('“first”');
      expect(shown(toSecond!), 'the other card keeps its quote').to.equal(true);
      article.append(first);
      await waitUntil(() => shown(toFirst!), 'the card did not link up with its timeline put back');

      timelineIn(article, 'second').id = 'renamed';
      await waitUntil(() => note(toSecond!) !== '', 'the card kept the quote of a renamed timeline');
    } finally {
      warnings.restore();
    }
  });

  it('follows its timeline to a new story, and the timeline says when it has drawn one', async () => {
    const article = await renderArticle([{ for: 'first', quote: 'acceptance' }]);
    const timeline = timelineIn(article, 'first');
    const card = cardIn(article, 'acceptance');
    const story = testStory();
    story.story.title = 'A second telling';
    story.quotes.find((quote) => quote.id === 'acceptance')!.text = ['Accepted, with regret.'];
    const drawn = oneEvent(document, 'timeline-load') as Promise<TimelineLoadEvent>;
    timeline.data = story;
    const load = await drawn;
    expect(load.detail).to.deep.equal({ title: 'A second telling', eventCount: TEST_STORY.events.length });
    expect(load.target === timeline, 'fired by the timeline').to.equal(true);
    await waitUntil(() => words(card)[0] === 'Accepted, with regret.', 'the card kept the old story');

    const warnings = watchWarnings();
    try {
      const without = testStory();
      without.quotes = without.quotes.filter((quote) => quote.id !== 'acceptance');
      without.story.title = 'Without the acceptance';
      timeline.data = without;
      await waitUntil(() => note(card) !== '', 'no note once the quote left the story');
      expect(card.hasAttribute('active')).to.equal(false);
      expect(warnings.messages.length).to.equal(1);
    } finally {
      warnings.restore();
    }
  });

  it(
    'folds a long quote behind a "Read more" button, the whole text reachable, and is accessible folded and ' + 'open',
    async () => {
      const article = await renderArticle([{ for: 'first', quote: 'engineer-letter' }]);
      const card = cardIn(article, 'engineer-letter');
      const letter = testQuote('engineer-letter').text;
      const button = readMore(card)!;
      expect(button.textContent!.trim()).to.equal('Read more');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(cardRoot(card).getElementById(button.getAttribute('aria-controls')!)?.localName).to.equal('blockquote');
      expect(visibleWords(card)).to.deep.equal(letter.slice(0, 1));
      expect(words(card), 'every word is in the page').to.deep.equal(letter);
      await expect(card).to.be.accessible();

      button.focus();
      await sendKeys({ press: 'Enter' });
      await card.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(visibleWords(card)).to.deep.equal(letter);
      await expect(card).to.be.accessible();

      // Short quotes have no such button.
      const short = await renderArticle([{ for: 'first', quote: 'acceptance' }]);
      expect(readMore(cardIn(short, 'acceptance'))).to.equal(null);
    },
  );

  it('keeps its "Read less" button on screen as the quote folds up above it', async () => {
    await setViewport({ width: 360, height: 320 });
    try {
      const story = testStory();
      const letter = story.quotes.find((quote) => quote.id === 'engineer-letter')!;
      letter.text = [...letter.text, ...letter.text.slice(1), ...letter.text.slice(1)]; // folds screens of words
      const article = await fixture<HTMLElement>(html`<article>
        <resignation-timeline id="first" .data=${story}></resignation-timeline>
        <timeline-quote for="first" quote="engineer-letter"></timeline-quote>
        <p style="height: 200vh">The rest of the article.</p>
      </article>`);
      await loaded(timelineIn(article, 'first'));
      const card = cardIn(article, 'engineer-letter');
      await waitUntil(() => shown(card), 'the card did not show its quote');
      const button = readMore(card)!;
      button.click();
      await card.updateComplete;
      button.scrollIntoView({ block: 'end' });
      button.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => button.getAttribute('aria-expanded') === 'false', 'the quote did not fold');
      await nextFrames(1);
      const { top, bottom } = button.getBoundingClientRect();
      // Within a pixel: scrolled to whole pixels, the button sits at a fraction of one.
      expect(top, 'below the top of the screen').to.be.at.least(-1);
      expect(bottom, 'above its bottom').to.be.at.most(innerHeight + 1);
      expect(cardRoot(card).activeElement).to.equal(button);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it("takes its timeline's theme, forced dark on a light page and let go again", async () => {
    const article = await renderArticle([{ for: 'first', quote: 'acceptance' }]);
    const timeline = timelineIn(article, 'first');
    const card = cardIn(article, 'acceptance');
    const colours = (element: Element) => {
      const { color, backgroundColor } = getComputedStyle(element);
      return { color, backgroundColor };
    };
    const light = colours(card);
    timeline.theme = 'dark';
    await timeline.updateComplete;
    const dark = colours(timeline);
    expect(dark, 'the timeline went dark').to.not.deep.equal(light);
    await waitUntil(
      () => JSON.stringify(colours(card)) === JSON.stringify(dark),
      "the card did not take its timeline's dark colours",
    );
    await expect(card).to.be.accessible();
    timeline.theme = undefined;
    await waitUntil(() => JSON.stringify(colours(card)) === JSON.stringify(light), 'the card stayed dark');
  });

  it('is accessible while its event is selected', async () => {
    const article = await renderArticle([{ for: 'first', quote: 'acceptance' }]);
    timelineIn(article, 'first').selected = 'resignation-accepted';
    const card = cardIn(article, 'acceptance');
    await waitUntil(() => card.active, 'the card did not become active');
    await card.updateComplete;
    await expect(card).to.be.accessible();
  });
});
