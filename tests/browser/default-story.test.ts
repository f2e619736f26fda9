/**
 * The bare tag tells the default story. Its content is read from the data file, so an editorial
 * correction (a reworded title or summary, a new source) does not break these tests; what the
 * element does with a story is tested on the tests' own story (resignation-timeline.test.ts).
 */
import { expect, html } from '@open-wc/testing';
import '../../src/define.js';
import { parseStory } from '../../src/story/parse.js';
import defaultStoryFile from '../../data/ambassador-resignation-2019.json' with { type: 'json' };
import { heading, panel, quoteItems, renderTimeline, tabByTitle, tabs } from './helpers.js';

const parsed = parseStory(defaultStoryFile);
if (!parsed.ok) throw new Error(`the default story does not parse: ${JSON.stringify(parsed.problems)}`);
const story = parsed.story;

/** The default story's verbatim letter: a quote of several paragraphs. */
const letter = story.quotes.find(
  (quote) => quote.medium === 'letter' && quote.form === 'paragraphs' && quote.text.length > 1,
)!;

describe('<resignation-timeline> with no attributes', () => {
  it('tells the default story: its title, a marker for every event, a card for every quote', async () => {
    const el = await renderTimeline(html`<resignation-timeline></resignation-timeline>`);
    expect(heading(el)).to.equal(defaultStoryFile.story.title);
    expect(tabs(el).length).to.be.greaterThan(1);
    for (const tab of tabs(el))
      expect(tab.getAttribute('aria-setsize')).to.equal(String(defaultStoryFile.events.length));
    // The first marker is the earliest event.
    expect(tabs(el)[0] === tabByTitle(el, story.events[0]!.title), 'the earliest event comes first').to.equal(true);
    expect(
      quoteItems(el)
        .map((item) => item.dataset.quoteId)
        .sort(),
    ).to.deep.equal(defaultStoryFile.quotes.map((quote) => quote.id).sort());
    expect(el.shadowRoot!.querySelectorAll('.quote-item blockquote').length).to.equal(defaultStoryFile.quotes.length);
  });

  it('shows the verbatim letter as paragraphs with its speaker', async () => {
    expect(letter, 'the default story has a letter of several paragraphs').to.exist;
    const el = await renderTimeline(
      html`<resignation-timeline selected=${letter.eventIds[0]!}></resignation-timeline>`,
    );
    const card = [...panel(el).querySelectorAll('.quote-card')].find((figure) =>
      figure.textContent!.includes(letter.text[0]!),
    )!;
    expect(card, 'the letter is in the panel of its first event').to.exist;
    expect([...card.querySelectorAll('blockquote p')].map((p) => p.textContent)).to.deep.equal([...letter.text]);
    const caption = card.querySelector('figcaption')!.textContent!;
    expect(caption).to.contain(story.people.get(letter.speakerId)!.name);
    expect(caption).to.contain('letter');
  });

  it('is accessible with the first event selected', async () => {
    const el = await renderTimeline(html`<resignation-timeline></resignation-timeline>`);
    await expect(el).to.be.accessible();
  });

  it('is accessible with a quoted event selected and a quote highlighted', async () => {
    const el = await renderTimeline(
      html`<resignation-timeline selected=${letter.eventIds[0]!}></resignation-timeline>`,
    );
    expect(quoteItems(el).some((item) => item.hasAttribute('data-linked'))).to.equal(true);
    await expect(el).to.be.accessible();
  });
});
