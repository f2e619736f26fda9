/**
 * The default story against its source: ../shared/source/article-2019-07-10.txt. Every quote must
 * be the article's words exactly, and every quote the article prints must be in the story.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parsed, defaultStoryFile, repoFile } from './helpers.js';

/** A file of ../shared/source (beside this repository, not in it), if it is there. */
function sharedSource(name: string): { path: string; text: string | undefined } {
  const path = repoFile(`../shared/source/${name}`);
  return { path, text: existsSync(path) ? readFileSync(path, 'utf8') : undefined };
}
const article = sharedSource('article-2019-07-10.txt');
const facts = sharedSource('FACTS.md');

/**
 * Where the public record may be cited from: the established publishers and the parliamentary
 * record that FACTS.md lists, by the host of their pages, with the name each goes by. A source
 * on any other site (such as a small aggregator that copied a report) fails the test.
 */
const ESTABLISHED: Record<string, string> = {
  'www.bbc.co.uk': 'BBC News',
  'www.bbc.com': 'BBC News',
  'www.theguardian.com': 'The Guardian',
  'www.politico.eu': 'Politico Europe',
  'www.independent.co.uk': 'The Independent',
  'www.the-independent.com': 'The Independent',
  'www.itv.com': 'ITV News',
  'www.bostonglobe.com': 'The Boston Globe',
  'hansard.parliament.uk': 'Hansard',
};

/** The events the article does not date: each needs the public record. */
const DATED_FROM_THE_RECORD = ['cables-leak', 'not-served-well', 'no-longer-deal', 'wacky-tweets', 'itv-debate'];

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

function requireShared(file: { path: string; text: string | undefined }, t: { skip: (message: string) => void }) {
  if (file.text !== undefined) return file.text;
  const whyMissing = `${file.path} is not there (it comes with ../shared)`;
  if (process.env.CI) assert.fail(whyMissing);
  t.skip(whyMissing);
  return undefined;
}

describe('the default story', () => {
  const story = parsed(defaultStoryFile());
  const quoteTexts = story.quotes.flatMap((quote) => quote.text.map(normalise));

  it("quotes the article's words verbatim", (t) => {
    const text = requireShared(article, t);
    if (text === undefined) return;
    const source = normalise(text);
    for (const quote of quoteTexts) assert.ok(source.includes(quote), `not in the article: ${quote}`);
  });

  it('has every quote the article prints, and no other', (t) => {
    const text = requireShared(article, t);
    if (text === undefined) return;
    const passages = quotedPassages(text);
    assert.equal(passages.length, 12, `found: ${passages.join(' | ')}`);
    assert.deepEqual([...quoteTexts].sort(), [...passages].sort());
  });

  it('names the speaker of every quote as the article does', () => {
    const speakers = Object.fromEntries(
      story.quotes.map((quote) => [quote.id, story.people.get(quote.speakerId)?.name]),
    );
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

  it('cites a source for every event, and the public record for every fact the article does not date', () => {
    for (const event of story.events) {
      const kinds = event.sourceIds.map((id) => story.sources.get(id)!.kind);
      assert.ok(kinds.length > 0, `${event.id} has no source`);
      if (DATED_FROM_THE_RECORD.includes(event.id))
        assert.ok(kinds.includes('public-record'), `${event.id} cites no public record`);
    }
    assert.equal(story.sources.get(story.sourceId!)?.kind, 'article');
    assert.equal(story.sources.get(story.sourceId!)?.date?.text, '2019-07-10');
  });

  it(
    'cites the public record from established publishers, each report with its publisher, title, date and ' +
      'https link',
    () => {
      const records = [...story.sources.values()].filter((source) => source.kind === 'public-record');
      for (const source of records) {
        assert.match(source.url ?? '', /^https:\/\//, `${source.id} has no https link`);
        const host = new URL(source.url!).hostname;
        assert.ok(host in ESTABLISHED, `${source.id} is on ${host}, not an established publisher's site`);
        assert.equal(source.publisher, ESTABLISHED[host], `${source.id}: publisher`);
        assert.ok(source.title?.trim(), `${source.id} has no title`);
        assert.equal(source.date?.precision, 'day', `${source.id} has no day of publication`);
      }
    },
  );

  it('cites no report dated before what it reports, and no source that nothing cites', () => {
    const cited = new Set([
      ...story.events.flatMap((event) => event.sourceIds),
      ...story.quotes.map((quote) => quote.sourceId),
    ]);
    for (const event of story.events) {
      for (const id of event.sourceIds) {
        const source = story.sources.get(id)!;
        if (source.kind !== 'public-record') continue;
        assert.ok(
          !source.date || source.date.wall >= event.start.wall,
          `${id} (${source.date?.text}) is dated before ${event.id}`,
        );
      }
    }
    assert.deepEqual(
      [...story.sources.keys()].filter((id) => !cited.has(id)),
      [],
    );
  });

  it('cites only public-record sources that FACTS.md lists', (t) => {
    const text = requireShared(facts, t);
    if (text === undefined) return;
    // FACTS.md gives one address as http:// and without "www."; the story uses https throughout.
    const bare = (url: string) => url.replace(/^https?:\/\/(www\.)?/, '');
    const listed = new Set([...text.matchAll(/https?:\/\/[^\s)|;,]+/g)].map((match) => bare(match[0])));
    for (const source of story.sources.values()) {
      if (source.kind === 'public-record')
        assert.ok(listed.has(bare(source.url!)), `${source.id} is not in FACTS.md: ${source.url}`);
    }
  });
});
