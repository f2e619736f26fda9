import fc from 'fast-check';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { formatProblem, MAX_LIST_ITEMS, parseStory, parseStoryJson } from '../../src/story/parse.js';
import { storyJsonSchemaText } from '../../src/story/json-schema.js';
import type { StoryProblem } from '../../src/story/types.js';
import { defaultStoryFile, readJson, repoFile, testStoryFile } from './helpers.js';

function problemsOf(input: unknown): string[] {
  const result = parseStory(input);
  assert.equal(result.ok, false, 'expected the story to be rejected');
  return (result as { problems: readonly StoryProblem[] }).problems.map(formatProblem);
}

/** The test story with one change made to it. */
function broken(change: (story: Record<string, any>) => void): Record<string, any> {
  const story = testStoryFile();
  change(story);
  return story;
}

describe('story schema', () => {
  it('accepts the default story and the test stories', () => {
    assert.equal(parseStory(defaultStoryFile()).ok, true);
    assert.equal(parseStory(testStoryFile()).ok, true);
    assert.equal(parseStory(readJson('tests/fixtures/apollo-11.json')).ok, true);
  });

  it('accepts the story written inline in demo/inline-story.html', () => {
    const page = readFileSync(repoFile('demo/inline-story.html'), 'utf8');
    const json = /<script type="application\/json">([\s\S]*?)<\/script>/.exec(page)?.[1];
    assert.ok(json, 'the demo has no inline story');
    assert.deepEqual(parseStoryJson(json).ok, true);
  });

  it('accepts a public-record source without a title or date, as imported or live records come', () => {
    // Required for the default story (tests/unit/default-story.test.ts), not for every story: a
    // TimelineJS3 slide credits its media with a line of text and a link, and a live record (a
    // register, a mission page) has no one date of publication. Invented ones would be worse.
    const story = broken((s) => {
      s.sources[1] = { id: s.sources[1].id, kind: 'public-record', url: 'https://example.org/record' };
      s.sources[2] = { id: s.sources[2].id, kind: 'public-record', publisher: 'NASA' };
    });
    assert.equal(parseStory(story).ok, true);
  });

  it('puts events in date order and quotes in the order of their first event', () => {
    // The file lists both out of order: a later event before an earlier one, the letter first.
    const file = testStoryFile();
    const result = parseStory(file);
    assert.ok(result.ok);
    const starts = result.story.events.map((event) => event.start.wall);
    assert.notDeepEqual(
      result.story.events.map((event) => event.id),
      file.events.map((event: { id: string }) => event.id),
    );
    assert.deepEqual(
      starts,
      [...starts].sort((a, b) => a - b),
    );
    assert.deepEqual(
      result.story.quotes.map((quote) => quote.id),
      ['inspection-notes', 'mayor-post', 'engineer-letter', 'acceptance'],
    );
    assert.deepEqual(result.story.quoteById.get('engineer-letter')?.eventIds, ['engineer-resigns', 'repairs-due']);
    assert.deepEqual(result.story.eventById.get('repairs-due')?.quoteIds, ['engineer-letter']);
  });

  it("lists each event's quotes in story order, whichever of its events a quote names first", () => {
    const result = parseStory({
      version: 1,
      story: { title: 'T', timeZone: 'UTC' },
      sources: [{ id: 's', kind: 'article' }],
      categories: [{ id: 'c', label: 'C' }],
      people: [{ id: 'p', name: 'P' }],
      events: ['2020-01-03', '2020-01-01', '2020-01-02'].map((date, i) => ({
        id: `e${i}`,
        date,
        category: 'c',
        title: `E${i}`,
        summary: 'S',
        sources: ['s'],
      })),
      quotes: [
        { id: 'late', speaker: 'p', form: 'fragments', text: ['a'], events: ['e0'], medium: 'other', source: 's' },
        {
          id: 'both',
          speaker: 'p',
          form: 'fragments',
          text: ['b'],
          events: ['e0', 'e1'],
          medium: 'other',
          source: 's',
        },
        { id: 'early', speaker: 'p', form: 'fragments', text: ['c'], events: ['e1'], medium: 'other', source: 's' },
      ],
    });
    assert.ok(result.ok);
    const quotesOf = (id: string) => result.story.eventById.get(id)?.quoteIds;
    assert.deepEqual(
      result.story.quotes.map((quote) => quote.id),
      ['both', 'early', 'late'],
    );
    assert.deepEqual(quotesOf('e1'), ['both', 'early']);
    assert.deepEqual(quotesOf('e0'), ['both', 'late']);
    assert.deepEqual(quotesOf('e2'), []);
  });

  const cases: [string, (story: Record<string, any>) => void, string][] = [
    [
      'an impossible date',
      (s) => (s.events[3].date = '2021-13-45'),
      'events[3].date: "2021-13-45" is not a valid date',
    ],
    ['a missing field', (s) => delete s.events[4].title, 'events[4].title: is required'],
    [
      'a field of the wrong type',
      (s) => (s.events[2].approximate = 'yes'),
      'events[2].approximate: expected boolean, got "yes"',
    ],
    ['an unknown field', (s) => (s.people[0].nickname = 'Ines'), 'people[0].nickname: is not a field of this format'],
    ['an empty title', (s) => (s.events[1].title = '   '), 'events[1].title: title must not be empty'],
    [
      'a link that is not http(s)',
      (s) => (s.sources[1].url = 'javascript:alert(1)'),
      'sources[1].url: "javascript:alert(1)" is not an http(s) link',
    ],
    [
      'an unknown time zone',
      (s) => (s.story.timeZone = 'Mars/Olympus'),
      'story.timeZone: "Mars/Olympus" is not a known time zone',
    ],
    [
      'an unknown status',
      (s) => (s.events[8].status = 'rumoured'),
      'events[8].status: expected ("confirmed" | "scheduled" | "cancelled" | "postponed"), got "rumoured"',
    ],
    [
      'a duplicate id',
      (s) => (s.events[1].id = 'cracks-found'),
      'events[1].id: "cracks-found" is already the id of events[0]',
    ],
    [
      'an unknown category',
      (s) => (s.events[0].category = 'gossip'),
      'events[0].category: "gossip" is not the id of any category (categories)',
    ],
    [
      'an unknown person',
      (s) => (s.quotes[1].speaker = 'nobody'),
      'quotes[1].speaker: "nobody" is not the id of any person (people)',
    ],
    [
      'a quote linked to no such event',
      (s) => (s.quotes[0].events = ['engineer-resigns', 'ghost']),
      'quotes[0].events[1]: "ghost" is not the id of any event (events)',
    ],
    [
      'an unknown source',
      (s) => s.events[5].sources.push('rumour-mill'),
      'events[5].sources[1]: "rumour-mill" is not the id of any source (sources)',
    ],
    [
      'a range that ends before it starts',
      (s) => (s.events[0].end = '2021-03-01'),
      'events[0].end: "2021-03-01" is before "2021-03-06": a range must end after it starts',
    ],
    [
      'an era that ends before it starts',
      (s) => (s.eras[0].end = '2021-03-05'),
      'eras[0].end: "2021-03-05" is before "2021-03-06": a range must end after it starts',
    ],
    [
      'a precision finer than the date',
      (s) => (s.events[5].precision = 'minute'),
      'events[5].precision: "minute" is finer than the date "2021-03-10" gives',
    ],
    ['no events', (s) => (s.events = []), 'events: must hold at least one event'],
    ['a newer format version', (s) => (s.version = 2), 'version: expected 1, got 2'],
    [
      'a malformed language tag',
      (s) => (s.story.locale = 'en_GB'),
      'story.locale: "en_GB" is not a valid language tag (e.g. "en-GB")',
    ],
    [
      'an image not on https',
      (s) => (s.events[0].image = { src: 'http://example.org/a.jpg', alt: 'A' }),
      'events[0].image.src: "http://example.org/a.jpg" is not an https link (images are fetched by every reader)',
    ],
    [
      'more categories than there are shapes',
      (s) => {
        for (let i = 0; i < 4; i++) s.categories.push({ id: `extra-${i}`, label: `Extra ${i}` });
      },
      'categories: must name at most 8 categories, so that each keeps its own colour and shape',
    ],
    [
      'a precision finer than a range end',
      (s) => {
        s.events[5].date = '2021-03-10T10:00';
        s.events[5].end = '2021-03-11';
        s.events[5].precision = 'hour';
      },
      'events[5].precision: "hour" is finer than the date "2021-03-11" gives',
    ],
  ];
  for (const [what, change, expected] of cases) {
    it(`reports ${what} with its JSON path`, () => {
      assert.ok(
        problemsOf(broken(change)).includes(expected),
        `missing: ${expected}\n got: ${problemsOf(broken(change)).join('\n')}`,
      );
    });
  }

  it('reports every problem at once', () => {
    const story = broken((s) => {
      for (const [, change] of cases.slice(0, 16)) change(s);
    });
    const problems = problemsOf(story);
    for (const [, , expected] of cases.slice(0, 16)) {
      // Breaking one thing can hide another (a removed id no longer duplicates), so check the rest.
      if (expected.startsWith('events[1].id')) continue;
      assert.ok(problems.includes(expected), `missing: ${expected}`);
    }
  });

  it('reports JSON syntax errors and non-objects instead of throwing', () => {
    assert.match(problemsOfJson('{"version": 1,'), /^\(story\): is not valid JSON/);
    assert.deepEqual(problemsOf(null), ['(story): expected Object, got null']);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseStory(value);
        return result.ok || result.problems.length > 0;
      }),
      { numRuns: 300 },
    );
    const fields = fc.record(
      {
        version: fc.constantFrom(1, 2, '1'),
        story: fc.anything(),
        events: fc.array(fc.anything()),
        quotes: fc.anything(),
        categories: fc.anything(),
        sources: fc.anything(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fields, (value) => parseStory(value).ok === false),
      { numRuns: 300 },
    );
  });

  it("never throws on a word that names a property of every object, wherever a story's text goes", () => {
    // Lookups by a story's own words (a medium's kind, a category id) must not find Object's members.
    const words = Object.getOwnPropertyNames(Object.prototype);
    for (const file of ['tests/fixtures/media-story.json', 'tests/fixtures/harbour-bridge.json']) {
      const story = readJson(file);
      const leaves: (string | number)[][] = [];
      const walk = (value: unknown, path: (string | number)[]) => {
        if (typeof value === 'string') leaves.push(path);
        else if (value && typeof value === 'object')
          for (const [key, child] of Object.entries(value)) walk(child, [...path, Array.isArray(value) ? +key : key]);
      };
      walk(story, []);
      assert.ok(leaves.length > 50);
      for (const path of leaves) {
        for (const word of words) {
          const changed = structuredClone(story) as Record<string | number, any>;
          const parent = path.slice(0, -1).reduce((node, key) => node[key], changed);
          parent[path.at(-1)!] = word;
          const result = parseStory(changed);
          assert.ok(result.ok || result.problems.length > 0, `${path.join('.')} = ${word}`);
        }
      }
    }
    const story = testStoryFile();
    story.story.media = { kind: 'constructor', url: 'https://example.com/a', caption: 'c', credit: 'c' };
    story.events[0].media = { kind: 'toString', url: 'https://example.com/b', caption: 'c', credit: 'c' };
    story.events[1].category = 'ghost';
    assert.deepEqual(
      problemsOf(story).map((problem) => problem.split(':')[0]),
      ['story.media.kind', 'events[0].media.kind', 'events[1].category'],
      'every problem is reported, each with its path',
    );
  });

  it('refuses a list too long to check at once, by its length alone', () => {
    const story = testStoryFile();
    story.events = Array.from({ length: MAX_LIST_ITEMS + 1 }, () => 0);
    story.quotes = 'not a list';
    assert.deepEqual(problemsOf(story), [
      `events: has ${MAX_LIST_ITEMS + 1} items; a story may have at most ${MAX_LIST_ITEMS}`,
    ]);
    story.events = story.events.slice(0, MAX_LIST_ITEMS);
    assert.ok(problemsOf(story).length > MAX_LIST_ITEMS, 'a list at the limit is checked item by item');
  });

  it('keeps data/story.schema.json in step with the schema (run `npm run schema`)', () => {
    assert.equal(readFileSync(repoFile('data/story.schema.json'), 'utf8'), storyJsonSchemaText());
  });
});

function problemsOfJson(json: string): string {
  const result = parseStoryJson(json);
  assert.equal(result.ok, false);
  return (result as { problems: readonly StoryProblem[] }).problems.map(formatProblem).join('\n');
}
