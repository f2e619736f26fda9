/**
 * The default story against its source: ../shared/source/article-2019-07-10.txt. Every quote must
 * be the article's words exactly, and every quote the article prints must be in the story.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parsed, defaultStoryFile, repoFile } from './helpers.js';

const ARTICLE = repoFile('../shared/source/article-2019-07-10.txt');
const article = existsSync(ARTICLE) ? readFileSync(ARTICLE, 'utf8') : undefined;
const whyMissing = `${ARTICLE} is not there (it comes with ../shared)`;

/** The article without its date line, with every quote mark made straight and spaces folded. */
const normalise = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

/**
 * The quoted passages of the article: a quote opens with a mark after a space, colon or line start
 * and closes at a mark followed by a space or punctuation, or at the end of its paragraph (the
 * letter's paragraphs are each opened and left open, British style).
 */
function quotedPassages(text: string): string[] {
  const passages: string[] = [];
  for (const paragraph of text.split(/\n\s*\n/)) {
    const pattern = /(?:^|[\s:])[‘'](.+?)(?:[’'](?=[\s,.;:!?)]|$)|$)/g;
    for (const match of paragraph.trim().matchAll(pattern)) passages.push(normalise(match[1]!));
  }
  return passages;
}

function requireArticle(t: { skip: (message: string) => void }): string | undefined {
  if (article !== undefined) return article;
  if (process.env.CI) assert.fail(whyMissing);
  t.skip(whyMissing);
  return undefined;
}

describe('the default story', () => {
  const story = parsed(defaultStoryFile());
  const quoteTexts = story.quotes.flatMap((quote) => quote.text.map(normalise));

  it("quotes the article's words verbatim", (t) => {
    const text = requireArticle(t);
    if (text === undefined) return;
    const source = normalise(text);
    for (const quote of quoteTexts) assert.ok(source.includes(quote), `not in the article: ${quote}`);
  });

  it('has every quote the article prints, and no other', (t) => {
    const text = requireArticle(t);
    if (text === undefined) return;
    const passages = quotedPassages(text);
    assert.equal(passages.length, 12, `found: ${passages.join(' | ')}`);
    assert.deepEqual([...quoteTexts].sort(), [...passages].sort());
  });

  it('names the speaker of every quote as the article does', () => {
    const speakers = Object.fromEntries(story.quotes.map((quote) => [quote.id, story.people.get(quote.speakerId)?.name]));
    assert.deepEqual(speakers, {
      'inept-insecure-incompetent': 'Sir Kim Darroch',
      'wacky-stupid-guy': 'Donald Trump',
      'resignation-letter-text': 'Sir Kim Darroch',
      'resignation-accepted-text': 'Sir Simon McDonald',
    });
  });

  it('has the events the article and the public record date', () => {
    const day = (id: string) => new Date(story.eventById.get(id)!.start.wall).toISOString().slice(0, 10);
    assert.equal(day('cables-leak'), '2019-07-06');
    assert.equal(new Date(story.eventById.get('cables-leak')!.end!.wall).toISOString().slice(0, 10), '2019-07-07');
    assert.equal(day('not-served-well'), '2019-07-07');
    assert.equal(day('no-longer-deal'), '2019-07-08');
    assert.equal(day('wacky-tweets'), '2019-07-09');
    assert.equal(day('itv-debate'), '2019-07-09');
    assert.equal(day('resignation-letter'), '2019-07-10');
    assert.equal(day('resignation-accepted'), '2019-07-10');
    const postingEnd = story.eventById.get('posting-end')!;
    assert.equal(postingEnd.status, 'scheduled');
    assert.equal(postingEnd.approximate, true);
    assert.equal(new Date(postingEnd.start.wall).getUTCFullYear(), 2019);
  });

  it('cites a linked public-record source for every fact the article does not give', () => {
    for (const event of story.events) {
      const sources = event.sourceIds.map((id) => story.sources.get(id)!);
      const fromArticle = sources.some((source) => source.kind === 'article');
      const cited = sources.filter((source) => source.kind === 'public-record');
      assert.ok(fromArticle || cited.length > 0, `${event.id} has no source`);
      for (const source of cited) assert.match(source.url ?? '', /^https:\/\//, `${source.id} has no link`);
    }
    assert.equal(story.sources.get(story.sourceId!)?.kind, 'article');
    assert.equal(story.sources.get(story.sourceId!)?.date?.text, '2019-07-10');
  });
});
