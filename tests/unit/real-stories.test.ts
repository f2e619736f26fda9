import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseStoryDate } from '../../src/story/dates.js';
import { formatProblem, parseStory } from '../../src/story/parse.js';
import type { Story } from '../../src/story/types.js';
import { readSheet } from '../../src/tools/timelinejs-format.js';
import { importTimelineJS, type TimelineJSSlide } from '../../src/tools/timelinejs.js';
import { readJson, repoFile } from './helpers.js';

/** Our hand conversions of TimelineJS3's examples (tests/fixtures/timelinejs3/README.md). */
const FIXTURES = {
  women: 'women_in_computing.json',
  template: 'my-own-timeline.json',
  eras: 'eras.json',
  republican: 'republican-timeline3.json',
  twain: 'twain-marktwain.json',
} as const;

const fixture = (file: string) => readJson(`tests/fixtures/timelinejs3/${file}`);

function story(file: string): Story {
  const result = parseStory(fixture(file));
  assert.ok(result.ok, `${file}: ${result.ok ? '' : result.problems.map(formatProblem).join('\n')}`);
  return result.story;
}

/** The TimelineJS3 original, kept beside the repository (present in CI). */
const ORIGINALS = '../shared/fixtures/timelinejs3/';
type Slide = TimelineJSSlide;
function originalText(file: string): string {
  return readFileSync(repoFile(`${ORIGINALS}${file}`), 'utf8');
}
function originalSlides(file: string): Slide[] {
  const text = originalText(file);
  if (file.endsWith('.json')) return (JSON.parse(text) as { events: Slide[] }).events;
  // The spreadsheet template, read as the importer reads it (the title row is not a slide).
  return readSheet(text).data.events as Slide[];
}

/** A slide or event as "year name", the name in lower case. */
const yearAndName = (year: number, name: string) => `${year} ${name.toLowerCase()}`;

describe('real stories converted from TimelineJS3', () => {
  for (const file of Object.values(FIXTURES)) {
    it(`reads ${file}`, () => {
      assert.ok(story(file).events.length > 0);
    });
  }

  const originals: [string, string][] = [
    [FIXTURES.women, 'women_in_computing.json'],
    [FIXTURES.template, 'my-own-timeline.csv'],
    [FIXTURES.eras, 'eras.json'],
    [FIXTURES.republican, 'republican-timeline3.json'],
    [FIXTURES.twain, 'twain-marktwain.json'],
  ];
  for (const [file, original] of originals) {
    it(`keeps every slide of ${original}, named by its headline (else its caption) in its year`, (t) => {
      if (!existsSync(repoFile(ORIGINALS))) return t.skip(`${ORIGINALS} is not beside the repository`);
      const slides = originalSlides(original).map((slide) => {
        const name = slide.text?.headline || slide.media?.caption || '';
        return yearAndName(Number(slide.start_date!.year), name);
      });
      const events = story(file).events.map((event) =>
        yearAndName(new Date(event.start.wall).getUTCFullYear(), event.title),
      );
      assert.deepEqual(
        events.filter((name) => !slides.includes(name)),
        [],
      );
      assert.equal(events.length, slides.length);
    });

    it(`imports ${original} to the events of our hand conversion, each in its year under the same name`, (t) => {
      if (!existsSync(repoFile(ORIGINALS))) return t.skip(`${ORIGINALS} is not beside the repository`);
      const imported = importTimelineJS(originalText(original));
      assert.ok(imported.ok, imported.ok ? '' : JSON.stringify(imported.problems));
      const names = (events: { year: number; title: string }[]) =>
        events.map((event) => yearAndName(event.year, event.title)).sort();
      assert.deepEqual(
        names(imported.story.events.map((event) => ({ year: Number(event.date.slice(0, 4)), title: event.title }))),
        names(
          story(file).events.map((event) => ({
            year: new Date(event.start.wall).getUTCFullYear(),
            title: event.title,
          })),
        ),
      );
    });
  }

  it('gives what real stories give: some events without summary or sources, quotes in few', () => {
    const women = story(FIXTURES.women);
    const clarke = women.eventById.get('edith-clarke')!;
    assert.equal(clarke.summary, undefined);
    assert.deepEqual(clarke.sourceIds, []);
    assert.deepEqual(clarke.quoteIds, ['edith-clarke-demand']);
    assert.equal(women.events.filter((event) => event.quoteIds.length === 0).length, 9);
    const twain = story(FIXTURES.twain);
    assert.equal(twain.quotes.length, 0);
    assert.deepEqual(
      twain.events.filter((event) => event.summary === undefined).map((event) => event.id),
      ['a-youtube-video', 'a-tweet', 'another-youtube-video', 'get-started'],
    );
  });

  it('puts slides given out of date order in date order', () => {
    const ids = story(FIXTURES.republican).events.map((event) => event.id);
    assert.deepEqual(ids.slice(0, 6), [
      'iowa',
      'new-hampshire',
      'huntsman-drops-out',
      'south-carolina-debate',
      'south-carolina',
      'tampa-debate',
    ]);
    assert.equal(ids.at(-1), 'super-tuesday');
  });

  it('reads years of the first millennium and instants with seconds', () => {
    const eras = story(FIXTURES.eras);
    assert.equal(new Date(eras.events[0]!.start.wall).getUTCFullYear(), 602);
    assert.deepEqual(
      eras.eras.map((era) => era.label),
      ['Era Test 600-650', 'Era Test 650-700', 'Era Test 700-720'],
    );
    for (const [before, after] of eras.eras.slice(1).map((era, i) => [eras.eras[i]!, era] as const)) {
      assert.ok(before.end.wallEnd <= after.start.wall, `${before.label} overlaps ${after.label}`);
    }
    const sameInstant = story(FIXTURES.twain).events.filter((event) => event.start.text === '1900-01-06T06:45:56');
    assert.equal(sameInstant.length, 3);
    assert.equal(new Date(sameInstant[0]!.start.utc).toISOString(), '1900-01-06T06:45:00.000Z');
  });

  it('cuts times before 1970 down to their precision, not up (seconds in the Twain story)', () => {
    const minute = parseStoryDate('1900-01-06T06:45:56', 'UTC')!;
    assert.equal(new Date(minute.wall).toISOString(), '1900-01-06T06:45:00.000Z');
    const hour = parseStoryDate('1900-01-06T06:45', 'Europe/London', 'hour')!;
    assert.equal(new Date(hour.wall).toISOString(), '1900-01-06T06:00:00.000Z');
    assert.equal(hour.wallEnd - hour.wall, 3_600_000);
  });

  it('refuses the cosmological timeline, saying which dates a story can hold', () => {
    const result = parseStory(fixture('cosmo.json'));
    assert.equal(result.ok, false);
    const problems = result.ok ? [] : result.problems.map(formatProblem);
    const range = 'is outside the dates a story can hold: years 1 to 9999 of the common era, written as 0001 to 9999';
    assert.deepEqual(problems, [
      `events[0].date: "-13800000000" ${range}`,
      `events[1].date: "-13799630000" ${range}`,
      `events[2].date: "-12800000000" ${range}`,
      `events[3].date: "-4600000000" ${range}`,
      `events[4].date: "-538800000" ${range}`,
      `events[4].end: "-251902000" ${range}`,
      `events[5].date: "-315000" ${range}`,
      `events[6].date: "-3500" ${range}`,
    ]);
  });
});
