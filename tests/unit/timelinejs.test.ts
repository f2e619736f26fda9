import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { audioSource, postSource, videoSource } from '../../src/story/media.js';
import { parseStory } from '../../src/story/parse.js';
import { htmlToPlainText } from '../../src/tools/html-text.js';
import { readSheet } from '../../src/tools/timelinejs-format.js';
import {
  exportTimelineJS,
  importTimelineJS,
  type TimelineJSData,
  type TimelineJSDate,
  type TimelineJSSlide,
} from '../../src/tools/timelinejs.js';
import { repoFile } from './helpers.js';

/** TimelineJS3's examples, kept beside the repository (present in CI), as real-stories.test.ts reads them. */
const ORIGINALS = '../shared/fixtures/timelinejs3/';
const original = (file: string) => readFileSync(repoFile(`${ORIGINALS}${file}`), 'utf8');
const EXAMPLES = [
  'women_in_computing.json',
  'women_in_computing.csv',
  'my-own-timeline.csv',
  'eras.json',
  'republican-timeline3.json',
  'twain-marktwain.json',
];

const plain = (html: string | undefined) =>
  htmlToPlainText(html ?? '', { skipClasses: ['tl-note', 'rt-sources'] }).text;
const number = (value: unknown) =>
  value === undefined || value === null || String(value).trim() === '' ? '' : String(Number(value));
const dateKey = (date: TimelineJSDate | undefined) =>
  date && number(date.year)
    ? [date.year, date.month, date.day, date.hour, date.minute, date.second].map(number).join('/')
    : '';

/** What a slide says that both formats hold: its dates, display date, headline, text and group. */
function comparable(slide: TimelineJSSlide) {
  return {
    start: dateKey(slide.start_date),
    end: dateKey(slide.end_date),
    display: plain(slide.display_date ?? slide.start_date?.display_date),
    // A slide without a headline is named by its media's caption.
    headline: plain(slide.text?.headline) || plain(slide.media?.caption),
    text: plain(slide.text?.text),
    group: plain(slide.group),
  };
}
const byDate = (a: ReturnType<typeof comparable>, b: ReturnType<typeof comparable>) =>
  a.start.localeCompare(b.start) || a.headline.localeCompare(b.headline);

function readAny(text: string): TimelineJSData {
  return text.trim().startsWith('{') ? (JSON.parse(text) as TimelineJSData) : readSheet(text).data;
}

function roundTrip(text: string, format: 'json' | 'csv') {
  const imported = importTimelineJS(text);
  assert.ok(imported.ok, imported.ok ? '' : JSON.stringify(imported.problems));
  for (const { media } of imported.story.events) {
    if (media && media.kind !== 'map' && media.kind !== 'document')
      assert.match(media.url!, /^https:\/\//, 'what is shown or played is over https');
  }
  const exported = exportTimelineJS(imported.story, format);
  assert.ok(exported.ok);
  return { imported, exported, back: readAny(exported.output) };
}

/**
 * A medium's address as its provider names it (youtu.be/ID and youtube.com/watch?v=ID are one video), without the
 * scheme.
 */
function sameMedium(url: string | undefined) {
  const https = url?.replace(/^(?:https?:)?\/\//, 'https://');
  if (!https) return undefined;
  const known = videoSource(https) ?? audioSource(https) ?? postSource(https);
  return (known?.link ?? https).replace(/^https:\/\//, '');
}

/**
 * Every medium carried is the slide's own (an http image is carried as a link to it: a page over https would not show
 * it).
 */
function assertMediaKept(before: TimelineJSData, after: TimelineJSData) {
  const originalMedia = new Map(
    before.events.map((slide) => [comparable(slide).headline, sameMedium(slide.media?.url)]),
  );
  for (const slide of after.events.filter((item) => item.media?.url)) {
    assert.equal(sameMedium(slide.media!.url), originalMedia.get(comparable(slide).headline));
  }
}

function assertSameTimeline(before: TimelineJSData, after: TimelineJSData) {
  assert.deepEqual(after.events.map(comparable).sort(byDate), before.events.map(comparable).sort(byDate));
  assertMediaKept(before, after);
  const eras = (data: TimelineJSData) =>
    (data.eras ?? [])
      .map((era) => `${dateKey(era.start_date)} ${dateKey(era.end_date)} ${plain(era.text?.headline)}`)
      .sort();
  assert.deepEqual(eras(after), eras(before));
  assert.equal(plain(after.title?.text?.headline), plain(before.title?.text?.headline) || 'Untitled timeline');
  assert.equal(plain(after.title?.text?.text), plain(before.title?.text?.text));
}

describe('TimelineJS3 to our format and back', () => {
  for (const file of EXAMPLES) {
    for (const format of ['json', 'csv'] as const) {
      it(`keeps what both formats hold in ${file}, back as ${format.toUpperCase()}`, (t) => {
        if (!existsSync(repoFile(ORIGINALS))) return t.skip(`${ORIGINALS} is not beside the repository`);
        const text = original(file);
        const { back } = roundTrip(text, format);
        assertSameTimeline(readAny(text), back);
      });
    }
  }

  it(
    'carries every medium a story can hold (images with their caption as alt text, videos, links) and reports ' +
      'the rest',
    (t) => {
      if (!existsSync(repoFile(ORIGINALS))) return t.skip(`${ORIGINALS} is not beside the repository`);
      const result = importTimelineJS(original('women_in_computing.json'));
      assert.ok(result.ok);
      const withMedia = (JSON.parse(original('women_in_computing.json')) as TimelineJSData).events.filter(
        (slide) => slide.media?.url,
      );
      const carried = result.story.events.filter((event) => event.media);
      const notCarried = result.dropped.filter(
        (note) => note.path.endsWith('.media') && note.message.includes('is not carried'),
      );
      assert.equal(carried.length + notCarried.length, withMedia.length);
      assert.deepEqual(carried[0]!.media, {
        kind: 'image',
        url:
          'https://upload.wikimedia.org/wikipedia/commons/thumb/a/a4/' +
          'Ada_Lovelace_portrait.jpg/713px-Ada_Lovelace_portrait.jpg',
        alt: 'Portrait by Alfred Edward Chalon',
        caption: 'Portrait by Alfred Edward Chalon',
        credit: 'Wikimedia Commons',
      });
      const video = carried.find((event) => event.media!.kind === 'video')!.media!;
      assert.match(video.url!, /youtube\.com|youtu\.be/);
      assert.deepEqual(
        notCarried.map((note) => note.message),
        [
          'media written as HTML (a blockquote, an embed) is not carried: add a quote with its speaker and source ' +
            'by hand',
        ],
      );
      assert.ok(result.dropped.some((note) => note.path === 'title.background'));
    },
  );

  it('names the spreadsheet row of what it drops, and reads the same story from the CSV as from the JSON', (t) => {
    if (!existsSync(repoFile(ORIGINALS))) return t.skip(`${ORIGINALS} is not beside the repository`);
    const fromCsv = importTimelineJS(original('women_in_computing.csv'));
    const fromJson = importTimelineJS(original('women_in_computing.json'));
    assert.ok(fromCsv.ok && fromJson.ok);
    assert.deepEqual(fromCsv.story, fromJson.story);
    assert.ok(
      fromCsv.dropped.some((note) => note.path === 'row 4: events[1].media'),
      JSON.stringify(fromCsv.dropped),
    );
  });

  it('refuses the cosmological timeline, each date with its path and the years a story holds', (t) => {
    if (!existsSync(repoFile(ORIGINALS))) return t.skip(`${ORIGINALS} is not beside the repository`);
    const result = importTimelineJS(original('cosmo.json'));
    assert.equal(result.ok, false);
    const problems = result.ok ? [] : result.problems;
    assert.equal(problems.length, 8);
    assert.deepEqual(problems[0], {
      path: 'events[0].start_date',
      message:
        '"-13800000000" is outside the dates a story can hold: years 1 to 9999 of the common era, written as ' +
        '0001 to 9999',
    });
  });
});

/** A timeline in the shapes newsrooms write: times, display dates, groups, eras, HTML, media. */
const NEWSROOM: TimelineJSData = {
  title: { text: { headline: 'Council <em>budget</em> row', text: '<p>How the vote went &amp; why.</p>' } },
  eras: [
    {
      start_date: { year: '2024', month: '1' },
      end_date: { year: '2024', month: '3' },
      text: { headline: 'First quarter' },
    },
  ],
  events: [
    {
      start_date: { year: '2024', month: '1', day: '15', hour: '19', minute: '30' },
      text: {
        headline: 'Budget published',
        text: '<p>The draft <a href="https://example.org/budget">budget</a> is out.</p><script>alert(1)</script>',
      },
      group: 'Council',
      unique_id: 'published',
    },
    {
      start_date: { year: '2024', month: '2', day: '1', hour: '9' },
      display_date: 'Early February',
      text: { headline: 'Protest <img src=x onerror="alert(1)">outside the hall', text: '5 &lt; 6 and <b>bold</b>' },
      group: 'Residents',
      media: { url: 'https://www.youtube.com/watch?v=xyz', caption: 'Video' },
    },
    {
      start_date: { year: '2024', month: '2', day: '20' },
      end_date: { year: '2024', month: '3', day: '5' },
      text: { headline: 'Consultation', text: '' },
      group: 'Council',
      media: { url: 'https://example.org/photo.jpg', caption: 'The hall, full', credit: 'Staff' },
      background: { color: '#ff0000' },
    },
    { start_date: { year: '2024' }, text: { headline: 'Budget published' } },
  ],
};

describe('importing the shapes newsrooms write', () => {
  const result = importTimelineJS(JSON.stringify(NEWSROOM), { timeZone: 'Europe/London' });
  assert.ok(result.ok, result.ok ? '' : JSON.stringify(result.problems));
  const { story, dropped } = result;
  const event = (id: string) => story.events.find((item) => item.id === id)!;

  it('keeps dates with and without times, an hour alone as hour precision, and display dates', () => {
    assert.equal(event('published').date, '2024-01-15T19:30');
    assert.equal(event('protest-outside-the-hall').date, '2024-02-01T09:00');
    assert.equal(event('protest-outside-the-hall').precision, 'hour');
    assert.equal(event('protest-outside-the-hall').displayDate, 'Early February');
    assert.equal(event('consultation').end, '2024-03-05');
  });

  it('turns HTML into plain text (no markup left, scripts dropped, entities decoded) and links into sources', () => {
    assert.equal(story.story.title, 'Council budget row');
    assert.equal(story.story.summary, 'How the vote went & why.');
    assert.equal(event('published').summary, 'The draft budget is out.');
    assert.equal(event('protest-outside-the-hall').title, 'Protest outside the hall');
    assert.equal(event('protest-outside-the-hall').summary, '5 < 6 and bold');
    assert.deepEqual(event('published').sources, ['example-org']);
    assert.deepEqual(story.sources?.[0], {
      id: 'example-org',
      kind: 'public-record',
      publisher: 'example.org',
      url: 'https://example.org/budget',
      title: 'budget',
    });
  });

  it('makes groups categories, gives unique ids where slides have none, and keeps eras', () => {
    assert.deepEqual(story.categories, [
      { id: 'council', label: 'Council' },
      { id: 'residents', label: 'Residents' },
      { id: 'event', label: 'Event' },
    ]);
    assert.deepEqual(
      story.events.map((item) => item.id),
      ['published', 'protest-outside-the-hall', 'consultation', 'budget-published'],
    );
    assert.deepEqual(story.eras, [{ id: 'first-quarter', label: 'First quarter', start: '2024-01', end: '2024-02' }]);
    assert.ok(parseStory(story).ok);
  });

  it('gives the same ids for the same timeline, import after import', () => {
    const again = importTimelineJS(NEWSROOM, { timeZone: 'Europe/London' });
    assert.ok(again.ok);
    assert.deepEqual(
      again.story.events.map((item) => item.id),
      story.events.map((item) => item.id),
    );
  });

  it('reports the video address it could not read and the background, and keeps the https image', () => {
    assert.deepEqual(
      dropped.map((note) => note.path),
      ['events[1].media', 'events[2].background'],
    );
    assert.match(
      dropped[0]!.message,
      /"https:\/\/www\.youtube\.com\/watch\?v=xyz" is not carried: it is not the address of one video/,
    );
    assert.deepEqual(event('consultation').media, {
      kind: 'image',
      url: 'https://example.org/photo.jpg',
      alt: 'The hall, full',
      caption: 'The hall, full',
      credit: 'Staff',
    });
  });

  it("says what stands in for a missing caption: the headline, else the medium's host", () => {
    const pictures = importTimelineJS({
      title: { text: { text: 'A life in pictures' }, media: { url: 'https://en.wikipedia.org/wiki/Mark_Twain' } },
      events: [
        {
          start_date: { year: '1900' },
          text: { headline: 'Travels' },
          media: { url: 'https://example.org/ship.jpg', credit: 'Staff' },
        },
      ],
    });
    assert.ok(pictures.ok, pictures.ok ? '' : JSON.stringify(pictures.problems));
    const messages = pictures.dropped.map((note) => `${note.path}: ${note.message}`);
    for (const expected of [
      'title.media.caption: the document has no caption: "en.wikipedia.org" stands in; say what it shows',
      'events[0].media.caption: the image has no caption: the headline stands in; say what it shows',
    ]) {
      assert.ok(messages.includes(expected), `missing: ${expected}\n got: ${messages.join('\n')}`);
    }
    assert.equal(pictures.story.story.media?.caption, 'en.wikipedia.org');
    assert.equal(pictures.story.events[0]!.media?.caption, 'Travels');
  });

  it('refuses a year before the common era, or year 0, with its path', () => {
    for (const year of ['-44', '0']) {
      const bce = importTimelineJS({ events: [{ start_date: { year }, text: { headline: 'Caesar' } }] });
      assert.equal(bce.ok, false);
      assert.match(
        bce.ok ? '' : `${bce.problems[0]!.path}: ${bce.problems[0]!.message}`,
        /^events\[0\]\.start_date: ".*" is outside the dates a story can hold/,
      );
    }
  });

  it('writes it back: escaped text, the same times, groups, eras as TimelineJS3 ends them, sources as links', () => {
    const exported = exportTimelineJS(story, 'json');
    assert.ok(exported.ok);
    const back = exported.timeline;
    assertSameTimeline(NEWSROOM, back);
    const protest = back.events.find((slide) => slide.unique_id === 'protest-outside-the-hall')!;
    assert.equal(protest.text?.text, '<p>5 &lt; 6 and bold</p>');
    assert.deepEqual(protest.start_date, { year: '2024', month: '2', day: '1', hour: '9' });
    const published = back.events.find((slide) => slide.unique_id === 'published')!;
    assert.match(
      published.text!.text!,
      /<p class="rt-sources">Sources: <a href="https:\/\/example.org\/budget">example.org: budget<\/a><\/p>$/,
    );
    assert.ok(exported.dropped.some((note) => note.path === 'story.timeZone'));
    // And in again: the same story.
    const reimported = importTimelineJS(exported.output, { timeZone: 'Europe/London' });
    assert.ok(reimported.ok);
    const byId = (events: typeof story.events) => [...events].sort((a, b) => a.id.localeCompare(b.id));
    assert.deepEqual(byId(reimported.story.events), byId(story.events));
  });
});

describe('importing spreadsheets as people fill them in', () => {
  it('reads times written on a 24-hour or a 12-hour clock, and columns in any order', () => {
    const result = importTimelineJS(
      'Headline,Year,Month,Day,Time\nAfternoon,2024,3,1,2:30 PM\nNight,2024,3,2,12:05 am\nEvening,2024,3,3,19:45',
    );
    assert.ok(result.ok);
    assert.deepEqual(
      result.story.events.map((event) => event.date),
      ['2024-03-01T14:30', '2024-03-02T00:05', '2024-03-03T19:45'],
    );
  });

  it('reads a sheet saved with semicolons as one saved with commas, its cells quoted or not', () => {
    const rows = [
      ['Year', 'Month', 'Day', 'Headline', 'Text'],
      ['2024', '3', '1', 'Vote', 'Counted, then recounted'],
      ['2024', '3', '2', 'Result', 'A "narrow" win'],
    ];
    const quoted = (cell: string) => `"${cell.replaceAll('"', '""')}"`;
    const written = (delimiter: string, quote: (cell: string) => string) =>
      rows.map((row) => row.map(quote).join(delimiter)).join('\r\n');
    const asNeeded = (cell: string) => (/[",;]/.test(cell) ? quoted(cell) : cell);
    const commas = importTimelineJS(written(',', asNeeded));
    assert.ok(commas.ok);
    assert.equal(commas.story.events[0]!.summary, 'Counted, then recounted');
    assert.deepEqual(importTimelineJS(written(';', asNeeded)), commas);
    assert.deepEqual(importTimelineJS(written(';', quoted)), commas, 'every cell quoted, as R and LibreOffice can');
    assert.deepEqual(importTimelineJS(written(',', quoted)), commas);
  });

  it('refuses a sheet whose quoted cell does not close, by its line, instead of losing the rows after it', () => {
    for (const broken of [
      'Year,Headline,Text\n2024,Vote,"Counted\n2025,Result,A "narrow" win\n2026,Appeal,Lost',
      'Year,Headline,Text\n2024,Vote,"Counted\n2025,Result,Narrow\n2026,Appeal,Lost',
    ]) {
      const result = importTimelineJS(broken);
      assert.equal(result.ok, false);
      assert.match(result.ok ? '' : result.problems[0]!.message, /^line 2: a cell opens a quote mark/);
    }
    const closed = importTimelineJS('Year,Headline,Text\n2024,Vote,"Counted\nagain"\n2025,Result,A "narrow" win');
    assert.ok(closed.ok, JSON.stringify(closed));
    assert.deepEqual(
      closed.story.events.map((event) => event.summary),
      ['Counted again', 'A "narrow" win'],
    );
  });

  it('names the row of an event that ends before it starts, blank lines above the header counted', () => {
    const result = importTimelineJS('Year,End Year,Headline\n2020,2021,Fine\n2024,2023,Backwards');
    assert.equal(result.ok, false);
    assert.match(result.ok ? '' : result.problems[0]!.path, /^row 3: events\[1\]\.end/);
    const padded = importTimelineJS('\n\nYear,End Year,Headline\n2020,2021,Fine\n2024,2023,Backwards');
    assert.match(padded.ok ? '' : padded.problems[0]!.path, /^row 5: events\[1\]\.end/);
    const broken = importTimelineJS('\r\nYear,Headline\n2024,"Vote\n2025,Result');
    assert.match(broken.ok ? '' : broken.problems[0]!.message, /^line 3: /);
  });

  it('refuses more groups than categories can be told apart, saying why', () => {
    const events = Array.from({ length: 9 }, (_, i) => ({
      start_date: { year: '2020', month: String(i + 1) },
      text: { headline: `E${i}` },
      group: `G${i}`,
    }));
    const result = importTimelineJS({ events });
    assert.equal(result.ok, false);
    assert.match(result.ok ? '' : result.problems[0]!.message, /at most 8 categories/);
  });
});

describe('exporting our stories', () => {
  it('reports what TimelineJS3 cannot hold: quotes, people, statuses', () => {
    const result = exportTimelineJS(readFileSync(repoFile('tests/fixtures/harbour-bridge.json'), 'utf8'), 'csv');
    assert.ok(result.ok);
    const paths = result.dropped.map((note) => note.path);
    assert.ok(paths.includes('quotes'));
    assert.ok(paths.some((path) => path.endsWith('.people')));
    assert.match(result.output, /^Year,Month,Day,Time,End Year/);
  });

  it('refuses a story with problems, with their paths', () => {
    const result = exportTimelineJS('{"version": 1}', 'json');
    assert.equal(result.ok, false);
    assert.ok(!result.ok && result.problems.some((problem) => problem.path === 'story'));
  });
});

describe('media both ways', () => {
  const file = JSON.parse(readFileSync(repoFile('tests/fixtures/media-story.json'), 'utf8'));
  const exported = exportTimelineJS(file);
  assert.ok(exported.ok);
  const back = importTimelineJS(exported.output, { timeZone: 'Australia/Sydney' });
  assert.ok(back.ok, back.ok ? '' : JSON.stringify(back.problems));
  const original = parseStory(file);
  const returned = parseStory(back.story);
  assert.ok(original.ok && returned.ok);

  it(
    "writes each medium as TimelineJS3 media with its caption, credit and alt, and the story's on the title " + 'slide',
    () => {
      const slide = exported.timeline.events.find((event) => event.unique_id === 'youtube')!;
      assert.deepEqual(slide.media, {
        url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
        caption: 'The climb, filmed from the south pylon',
        credit: 'Video: Harbour Authority',
        alt: 'Workers climb the arch in harnesses',
      });
      assert.equal(
        exported.timeline.title?.media?.url,
        'https://www.openstreetmap.org/?mlat=-33.8523&mlon=151.2108#map=15/-33.8523/151.2108',
      );
    },
  );

  it('reads every kind back as the same medium: same player, file or link, caption and credit', () => {
    const media = (story: typeof original) => (story.ok ? story.story.events.map((event) => event.media) : []);
    const strip = (item: ReturnType<typeof media>[number]) =>
      item && {
        kind: item.kind,
        link: item.link,
        embed: item.embed,
        file: item.file,
        caption: item.caption,
        credit: item.credit,
      };
    assert.deepEqual(media(returned).map(strip), media(original).map(strip));
    assert.deepEqual(returned.ok && returned.story.media, original.ok && original.story.media);
  });

  it(
    'says what TimelineJS3 cannot hold: sizes, transcripts, the map player, Bluesky and Mastodon players, ' +
      'links only',
    () => {
      const linksOnly = exportTimelineJS({ ...file, story: { ...file.story, embeds: 'links-only' } });
      assert.ok(linksOnly.ok);
      const messages = linksOnly.dropped.map((note) => `${note.path}: ${note.message}`);
      for (const expected of [
        "events[0].media: the image's other sizes (srcset) and its width and height are not carried",
        'events[1].media.transcript: the transcript link is not carried',
        'story.media: TimelineJS3 has no OpenStreetMap player: the map is written as a link to its page',
        'events[6].media: TimelineJS3 has no player for Bluesky posts: it may show the address only as a link',
        'events[7].media: TimelineJS3 has no player for Mastodon posts: it may show the address only as a link',
        'story.embeds: TimelineJS3 has no "links only": it loads every player with the timeline',
      ]) {
        assert.ok(messages.includes(expected), `missing: ${expected}\n got: ${messages.join('\n')}`);
      }
    },
  );
});
