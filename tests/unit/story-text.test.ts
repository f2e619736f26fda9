import fc from 'fast-check';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatProblem, parseStory } from '../../src/story/parse.js';
import { hasVisibleCharacter, unpairedDirectionControl } from '../../src/story/text.js';
import type { StoryProblem } from '../../src/story/types.js';
import { storyWithEveryText, TEXT_FIELDS } from '../fixtures/story-text.js';

/** The story with every field of text, with `change` made to a fresh copy. */
function story(change: (s: Record<string, any>) => void = () => {}): Record<string, any> {
  const s = storyWithEveryText();
  change(s);
  return s;
}

function problemsOf(input: unknown): string[] {
  const result = parseStory(input);
  assert.equal(result.ok, false, 'expected the story to be refused');
  return (result as { problems: readonly StoryProblem[] }).problems.map(formatProblem);
}

const INVISIBLE_ONLY: [string, string][] = [
  ['zero-width spaces', '\u200B\u200B'],
  ['zero-width joiner and non-joiner', '\u200D\u200C'],
  ['a byte order mark between spaces', ' \uFEFF '],
  ['a soft hyphen', '\u00AD'],
  ['word joiner and invisible operators', '\u2060\u2062\u2063'],
  ['direction marks', '\u200E\u200F\u061C'],
  ['a balanced right-to-left override around nothing', '\u202E\u202C'],
  ['an isolate around a zero-width space', '\u2068\u200B\u2069'],
  ['a variation selector and a combining grapheme joiner', '\uFE0F\u034F'],
  ['Hangul fillers', '\u3164\uFFA0'],
  ['a blank Braille pattern', '\u2800'],
  ['tag characters', '\u{E0041}\u{E0042}'],
  ['control characters', '\u0007\u0000'],
  ['line and paragraph separators', '\u2028\u2029'],
];

describe('story text a reader can see', () => {
  it('accepts the story used below as it is', () => {
    assert.equal(parseStory(story()).ok, true);
  });

  for (const [kind, value] of INVISIBLE_ONLY) {
    it(`refuses text made only of ${kind}, in every text field, with its path`, () => {
      for (const [path, what, set] of TEXT_FIELDS) {
        const problems = problemsOf(story((s) => set(s, value)));
        const expected = problems.find((problem) => problem.startsWith(`${path}: `));
        assert.ok(expected, `${path} was not refused: ${problems.join('; ')}`);
        assert.match(
          expected,
          new RegExp(`^${path.replace(/[.[\]]/g, '\\$&')}: ${what} (has no visible character|must not be empty)`),
        );
      }
    });
  }

  it('says "no visible character" for invisible text, "must not be empty" for blanks', () => {
    assert.deepEqual(problemsOf(story((s) => (s.events[0].title = '\u200B'))), [
      'events[0].title: title has no visible character (only spaces, zero-width, direction or other formatting ' +
        'characters)',
    ]);
    assert.deepEqual(problemsOf(story((s) => (s.events[0].title = '  '))), [
      'events[0].title: title must not be empty',
    ]);
  });

  it('refuses an alt text made only of invisible characters, and keeps "" for a decorative image', () => {
    assert.deepEqual(problemsOf(story((s) => (s.events[0].image.alt = '\u200B\u00AD'))), [
      'events[0].image.alt: alt has no visible character: leave it empty ("") for a purely decorative image, ' +
        'else say what the image shows',
    ]);
    assert.equal(parseStory(story((s) => (s.events[0].image.alt = ''))).ok, true);
  });

  it('accepts text with invisible characters among visible ones', () => {
    for (const value of [
      'soft\u00ADhyphen',
      '\u200Bzero-width at the start',
      'family 👩\u200D👩\u200D👧',
      'Ἀ\u0301',
      '\u05E9\u05DC\u05D5\u05DD',
    ]) {
      const result = parseStory(story((s) => (s.events[0].title = value)));
      assert.equal(result.ok, true, `refused ${JSON.stringify(value)}`);
    }
  });

  it('refuses any text drawn only from invisible characters (property)', () => {
    const invisible = fc.constantFrom(
      ...[...INVISIBLE_ONLY.map(([, value]) => value).join('')].filter((c) => c.trim() !== ''),
    );
    fc.assert(
      fc.property(fc.array(invisible, { minLength: 1, maxLength: 8 }), (chars) => {
        const value = chars.join('');
        return !hasVisibleCharacter(value) && !parseStory(story((s) => (s.people[0].name = value))).ok;
      }),
      { numRuns: 200 },
    );
  });
});

describe('direction controls in story text', () => {
  it('refuses an override that is never closed, with its path and what it would do', () => {
    assert.deepEqual(problemsOf(story((s) => (s.events[0].title = 'Title \u202Eyllaer'))), [
      'events[0].title: title opens a right-to-left override (U+202E) that it never closes (U+202C): it would ' +
        'reorder the text around it',
    ]);
  });

  it('refuses a closer with nothing to close, which would end an isolate put around the text', () => {
    assert.deepEqual(problemsOf(story((s) => (s.people[0].name = 'Name\u2069\u202E'))), [
      'people[0].name: name has a direction control U+2069 (pop directional isolate) that closes nothing it opened',
    ]);
    assert.deepEqual(problemsOf(story((s) => (s.quotes[0].text[0] = 'Words\u202C'))), [
      'quotes[0].text[0]: quoted text has a direction control U+202C (pop directional formatting) that closes ' +
        'nothing it opened',
    ]);
  });

  it('refuses controls closed out of order', () => {
    assert.deepEqual(problemsOf(story((s) => (s.categories[0].label = '\u2067abc\u202C\u2069'))), [
      'categories[0].label: label closes its right-to-left isolate (U+2067) with U+202C instead of U+2069: ' +
        'direction controls must close in the order they open',
    ]);
  });

  it('checks every text field, the alt text included', () => {
    for (const [path, , set] of TEXT_FIELDS) {
      const problems = problemsOf(story((s) => set(s, 'Text \u202Etxet')));
      assert.ok(
        problems.some((problem) => problem.startsWith(`${path}: `) && problem.includes('U+202E')),
        `${path}: ${problems.join('; ')}`,
      );
    }
    assert.ok(
      problemsOf(story((s) => (s.events[0].image.alt = 'A \u2067picture'))).some((p) =>
        p.startsWith('events[0].image.alt: alt opens'),
      ),
    );
  });

  it('accepts paired controls and marks, which cannot reach the text around them', () => {
    for (const value of [
      'Plain',
      'An \u202Eoverride\u202C closed',
      'Nested \u2067\u202Bembedding\u202C in an isolate\u2069',
      'Two \u2066isolates\u2069 \u2068in turn\u2069',
      'A mark\u200F and \u200E and \u061C',
      '\u05D4\u05D9\u05D5\u05DD \u2066iPhone 15\u2069 \u05D4\u05D5\u05DB\u05E8\u05D6',
    ]) {
      assert.equal(unpairedDirectionControl(value), undefined, JSON.stringify(value));
      assert.equal(parseStory(story((s) => (s.events[0].title = value))).ok, true, JSON.stringify(value));
    }
  });

  it('accepts text only when every control it opens is closed in order (property)', () => {
    const openers = ['\u202A', '\u202B', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068'];
    const closerOf = (opener: string) => (opener >= '\u2066' ? '\u2069' : '\u202C');
    const piece = fc.constantFrom('a', ' ', '\u05D0', ...openers, '\u202C', '\u2069');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        // A reference: a stack of what is open; every closer must match the last opener.
        const open: string[] = [];
        let balanced = true;
        for (const char of pieces) {
          if (openers.includes(char)) open.push(char);
          else if (char === '\u202C' || char === '\u2069') {
            if (open.length > 0 && closerOf(open.at(-1)!) === char) open.pop();
            else balanced = false;
          }
        }
        balanced &&= open.length === 0;
        return (unpairedDirectionControl(pieces.join('')) === undefined) === balanced;
      }),
      { numRuns: 500 },
    );
  });
});

describe('optional summary and sources', () => {
  it('accepts an event with only an id, a date, a category and a title', () => {
    const result = parseStory(
      story((s) => {
        delete s.events[0].summary;
        delete s.events[0].sources;
      }),
    );
    assert.ok(result.ok);
    const event = result.story.eventById.get('e')!;
    assert.equal(event.summary, undefined);
    assert.deepEqual(event.sourceIds, []);
  });

  it('accepts an empty list of sources, as a converter may write it, and a story with no sources at all', () => {
    const result = parseStory(
      story((s) => {
        s.events[0].sources = [];
        delete s.sources;
        s.quotes = [];
      }),
    );
    assert.ok(result.ok);
    assert.equal(result.story.sources.size, 0);
  });

  it('still requires a source for every quote, and refuses a summary given empty', () => {
    assert.deepEqual(
      problemsOf(
        story((s) => {
          delete s.quotes[0].source;
          s.events[0].summary = ' ';
        }),
      ).sort(),
      ['events[0].summary: summary must not be empty', 'quotes[0].source: is required'],
    );
  });

  it('still checks the sources an event names', () => {
    assert.deepEqual(problemsOf(story((s) => (s.events[0].sources = ['nowhere']))), [
      'events[0].sources[0]: "nowhere" is not the id of any source (sources)',
    ]);
  });
});

describe('dates outside the supported range', () => {
  const RANGE = 'is outside the dates a story can hold: years 1 to 9999 of the common era, written as 0001 to 9999';

  it('refuses years before the common era, beyond 9999 and year 0, saying what range is supported', () => {
    assert.deepEqual(problemsOf(story((s) => (s.events[0].date = '-13800000000'))), [
      `events[0].date: "-13800000000" ${RANGE}`,
    ]);
    assert.deepEqual(problemsOf(story((s) => (s.eras[0].start = '-0500'))), [`eras[0].start: "-0500" ${RANGE}`]);
    assert.deepEqual(problemsOf(story((s) => (s.events[0].date = '10000-01-01'))), [
      `events[0].date: "10000-01-01" ${RANGE}`,
    ]);
    assert.deepEqual(problemsOf(story((s) => (s.events[0].date = '0000'))), [`events[0].date: "0000" ${RANGE}`]);
  });

  it('asks for four digits where a year of the common era has fewer, as TimelineJS writes them', () => {
    assert.deepEqual(problemsOf(story((s) => (s.events[0].date = '650'))), [
      'events[0].date: "650" is not a valid date: write the year with four digits (0650)',
    ]);
  });

  it('accepts the first and last years it supports', () => {
    assert.equal(
      parseStory(
        story((s) => {
          s.events[0].date = '0001-01-01';
          s.eras[0] = { id: 'era', label: 'An era', start: '0001', end: '9999-12-31' };
        }),
      ).ok,
      true,
    );
  });
});
