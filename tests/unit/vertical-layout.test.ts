import fc from 'fast-check';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { generateStory } from '../../bench/generate-story.js';
import { displayWall, formatEventDate } from '../../src/format/dates.js';
import { inWindow, layoutTimeline, metricsAt, type NoteLayout, type TimelineLayout } from '../../src/layout/layout.js';
import { gapDuration, headingUnit, isBreak } from '../../src/layout/periods.js';
import type { Story } from '../../src/story/types.js';
import { defaultStoryFile, fixedWidthText, parsed, storyOf } from './helpers.js';

const defaultStory = parsed(defaultStoryFile());
const DAY = 86_400_000;
const dateOf = (story: Story) => (event: Story['events'][number]) =>
  formatEventDate(event, { locale: 'en-GB', timeZone: story.timeZone, approximately: (date) => `about ${date}` });
const vertical = (
  story: Story,
  width = 360,
  fontSize = 16,
  lineHeights: { lineHeight?: number; smallLineHeight?: number } = {},
) =>
  layoutTimeline(story, {
    width,
    measureText: fixedWidthText,
    locale: 'en-GB',
    dateOf: dateOf(story),
    metrics: metricsAt({ fontSize, ...lineHeights }),
    orientation: 'vertical',
  });

interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Rows and notes inside the chart and apart, top to bottom; the rail through the shapes and no note. */
function assertVerticalLegible(layout: TimelineLayout, story: Story): void {
  const { markers, notes, width, metrics } = layout;
  assert.equal(layout.orientation, 'vertical');
  assert.deepEqual(layout.ticks, [], 'no ticks beside rows');
  assert.deepEqual(
    markers.map((marker) => marker.eventId),
    story.events.map((event) => event.id),
    'a row per event, in order',
  );
  const boxes: (Box & { what: string })[] = [
    ...markers.map((m) => ({ ...m, what: m.eventId })),
    ...notes.map((n) => ({ ...n, what: n.lines.join(' ') })),
  ];
  boxes.sort((a, b) => a.top - b.top);
  for (const [i, box] of boxes.entries()) {
    // Inside the chart, with room for the focus ring, which the chart would clip.
    assert.ok(
      box.left >= metrics.focusRing && box.left + box.width <= width - metrics.focusRing + 1,
      `${box.what} leaves the chart at ${width}`,
    );
    const next = boxes[i + 1];
    if (next) assert.ok(box.top + box.height <= next.top, `${box.what} overlaps ${next.what}`);
  }
  for (const marker of markers) {
    const lines = (marker.dateLines?.length ?? 0) * metrics.smallLineHeight + marker.lines.length * metrics.lineHeight;
    assert.ok(lines + 2 * metrics.border <= marker.height, `${marker.eventId}'s lines are taller than its box`);
    assert.equal(marker.shapeX, layout.axis, 'every shape on the rail: no leader lines');
    assert.ok(marker.top + marker.height <= layout.height);
  }
  for (const part of layout.rail) {
    for (const note of notes.filter((n) => n.kind !== 'gap')) {
      assert.ok(
        part.to <= note.top || part.from >= note.top + note.height,
        `the rail runs through "${note.lines.join(' ')}"`,
      );
    }
  }
}

const lastNoteAbove = (notes: NoteLayout[], top: number, kind: NoteLayout['kind']) =>
  notes.filter((n) => n.kind === kind && n.top < top).at(-1);

describe('vertical layout', () => {
  it("never shortens a row's date: a long range takes the lines it needs at 320 px and 200% text", () => {
    const story = storyOf('A life', [{ id: 'life', date: '1815-12-10', end: '1852-11-27', title: 'A life' }]);
    const layout = layoutTimeline(story, {
      width: 320,
      measureText: (text) => 2 * fixedWidthText(text), // text at 200%
      locale: 'en-GB',
      dateOf: dateOf(story),
      metrics: metricsAt({ fontSize: 32 }),
      orientation: 'vertical',
    });
    assertVerticalLegible(layout, story);
    const [row] = layout.markers;
    assert.ok(row!.dateLines!.length > 2, `the range needs more than two lines here: ${row!.dateLines}`);
    const spaced = (text: string) => text.replace(/\s+/g, ' ');
    assert.equal(
      spaced(row!.dateLines!.join(' ')),
      spaced(dateOf(story)(story.events[0]!)),
      'the whole date, no ellipsis',
    );
  });

  it('shows every row its own date, under the heading of its own month, with a break before December', () => {
    const layout = vertical(defaultStory, 360);
    assertVerticalLegible(layout, defaultStory);
    const rowOf = (id: string) => layout.markers.find((marker) => marker.eventId === id)!;
    assert.deepEqual(rowOf('wacky-tweets').dateLines, ['9 July 2019']);
    assert.deepEqual(rowOf('posting-end').dateLines, ['End of 2019']);
    assert.match(rowOf('cables-leak').dateLines!.join(' '), /^6\s?–\s?7 July 2019$/);
    assert.deepEqual(
      layout.notes.map((note) => `${note.kind}: ${note.lines.join(' ')}`),
      ['period: July 2019', 'era: From leak to resignation', 'gap: 5 months later', 'period: December 2019'],
    );
    for (const row of layout.markers) {
      const month = lastNoteAbove(layout.notes, row.top, 'period')!.lines.join(' ');
      const date = row.dateLines!.join(' ');
      assert.ok(
        date.includes(month.split(' ')[0]!) || (month === 'December 2019' && date === 'End of 2019'),
        `${date} stands under ${month}`,
      );
    }
    const gap = layout.notes.find((note) => note.kind === 'gap')!;
    const dashed = layout.rail.filter((part) => part.dashed);
    assert.equal(dashed.length, 2, 'the rail is dashed across the break, and only there');
    assert.ok(dashed[0]!.from < gap.top && dashed[0]!.to >= gap.top + gap.height);
  });

  it('puts the era band from its name to its last row', () => {
    const layout = vertical(defaultStory, 320);
    const [era] = layout.eras;
    const name = layout.notes.find((note) => note.kind === 'era')!;
    const rows = layout.markers.filter((m) => ['cables-leak', 'johnson-criticised'].includes(m.eventId));
    assert.equal(era!.from, name.top);
    assert.ok(
      era!.to >= rows[1]!.top + rows[1]!.height &&
        era!.to < layout.markers.find((m) => m.eventId === 'posting-end')!.top,
    );
  });

  it('mirrors in right-to-left text: rows and rail on the right', () => {
    const layout = layoutTimeline(defaultStory, { width: 360, measureText: fixedWidthText, rtl: true });
    assert.ok(layout.axis > 300);
    for (const marker of layout.markers)
      assert.ok(Math.abs(marker.left + marker.width - (360 - layout.metrics.verticalInset)) < 1, marker.eventId);
    assert.ok(layout.metrics.verticalInset >= layout.metrics.focusRing, 'room for the focus ring at 16 px text');
  });

  it('heads a date known to the month with its month, among day headings', () => {
    const story = storyOf(
      'Mixed',
      ['2020-03', '2020-03-02', '2020-03-02', '2020-03-02', '2020-03-03', '2020-03-03', '2020-03-03'].map(
        (date, i) => ({ id: 'cabdefg'[i]!, date, title: `E${i}` }),
      ),
    );
    const layout = vertical(story);
    const heading = (id: string) =>
      lastNoteAbove(layout.notes, layout.markers.find((m) => m.eventId === id)!.top, 'period')!.lines[0];
    assert.equal(heading('a'), '2 March 2020');
    assert.equal(heading('c'), 'March 2020');
    assert.equal(heading('e'), '3 March 2020');
  });

  it('heads an instant by the day it is shown on, in the zone it is shown in', () => {
    const story = parsed({
      version: 1,
      story: { title: 'Zones', timeZone: 'Europe/London' },
      sources: [{ id: 's', kind: 'article' }],
      categories: [{ id: 'c', label: 'C' }],
      events: ['2019-07-09T20:00', '2019-07-09T21:00', '2019-07-10T08:00', '2019-07-10T09:00'].map((date, i) => ({
        id: `e${i}`,
        date,
        title: `E${i}`,
        category: 'c',
        summary: 'S',
        sources: ['s'],
      })),
    });
    const shownIn = 'Pacific/Kiritimati'; // UTC+14: 20:00 in London is the next morning there
    const layout = layoutTimeline(story, {
      width: 360,
      measureText: fixedWidthText,
      locale: 'en-GB',
      dateOf: (event) => formatEventDate(event, { locale: 'en-GB', timeZone: shownIn, approximately: (d) => d }),
      displayWall: (event) => displayWall(event.start, shownIn, story.timeZone),
    });
    for (const row of layout.markers) {
      const heading = lastNoteAbove(layout.notes, row.top, 'period')!.lines.join(' ');
      assert.ok(row.dateLines!.join(' ').startsWith(heading), `${row.dateLines} under ${heading}`);
    }
  });

  it('lays out any story legibly in any narrow column, at any text size and line height', () => {
    const stories = fc
      .array(
        fc.record({
          at: fc.integer({ min: 0, max: 3 * 365 * DAY }),
          words: fc.array(fc.constantFrom('a', 'word', 'longerword', '東京で', 'x'.repeat(40)), {
            minLength: 1,
            maxLength: 9,
          }),
        }),
        {
          minLength: 1,
          maxLength: 30,
        },
      )
      .map((events) =>
        storyOf(
          'Generated',
          events.map(({ at, words }, i) => ({
            id: `e${i}`,
            date: new Date(Date.UTC(2018, 0, 1) + at).toISOString().slice(0, at % 2 ? 10 : 16),
            title: words.join(' '),
          })),
        ),
      );
    fc.assert(
      fc.property(
        stories,
        fc.integer({ min: 280, max: 559 }),
        fc.constantFrom(12, 16, 24, 32),
        fc.double({ min: 1, max: 2, noNaN: true }),
        (story, width, fontSize, spacing) => {
          assertVerticalLegible(
            vertical(story, width, fontSize, {
              lineHeight: 0.875 * fontSize * spacing,
              smallLineHeight: 0.75 * fontSize * spacing,
            }),
            story,
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it('finds what lies near the view by binary search, exactly', () => {
    const layout = vertical(parsed(generateStory(500)));
    fc.assert(
      fc.property(fc.integer({ min: -2000, max: layout.height }), fc.integer({ min: 0, max: 3000 }), (top, size) => {
        const bottom = top + size;
        const touching = layout.markers.filter((row) => row.top + row.height >= top && row.top <= bottom);
        assert.deepEqual(
          inWindow(
            layout.markers,
            top,
            bottom,
            (row) => row.top,
            (row) => row.top + row.height,
          ),
          touching,
        );
      }),
      { numRuns: 200 },
    );
  });

  it('measures each distinct word of a story of 10,000 rows once, not each title', () => {
    const story = parsed(generateStory(10_000));
    const measured = new Set<string>();
    const layout = layoutTimeline(story, {
      width: 360,
      measureText: (text) => (measured.add(text), fixedWidthText(text)),
      locale: 'en-GB',
      dateOf: dateOf(story),
    });
    assert.equal(layout.markers.length, 10_000);
    // Words and times of day recur; whole titles are not measured (unless shortened).
    assert.ok(measured.size < 4_000, `${measured.size} strings measured`);
    const wholeTitles = layout.markers.filter(
      (row, i) => !row.truncated && measured.has(story.events[i]!.title) && story.events[i]!.title.includes(' '),
    );
    assert.deepEqual(
      wholeTitles.map((row) => row.eventId),
      [],
    );
  });
});

describe('time between vertical rows', () => {
  it('heads rows by the finest period most rows share', () => {
    const day = (text: string) => Date.parse(`${text}T00:00Z`);
    assert.equal(headingUnit(['2019-07-06', '2019-07-06', '2019-07-07', '2019-07-07'].map(day)), 'day');
    assert.equal(headingUnit(['2019-07-06', '2019-07-07', '2019-07-08', '2019-12-01'].map(day)), 'month');
    assert.equal(headingUnit(['1815-12-10', '1943-06-05', '1948-03-14', '1951-01-01'].map(day)), undefined);
  });

  it('marks a break where time jumps by two headings or five typical steps', () => {
    assert.equal(isBreak(143 * DAY, 'month', 0), true);
    assert.equal(isBreak(40 * DAY, 'month', 0), false);
    assert.equal(isBreak(3 * DAY, 'day', 0), true);
    assert.equal(isBreak(90 * 365 * DAY, undefined, 3 * 365 * DAY), true);
    assert.equal(isBreak(9 * 365 * DAY, undefined, 3 * 365 * DAY), false);
    assert.equal(isBreak(0, 'day', 0), false);
  });

  it('says how long a break is in the largest whole unit, rounded', () => {
    assert.deepEqual(gapDuration(143 * DAY), { count: 5, unit: 'month' });
    assert.deepEqual(gapDuration(360 * DAY), { count: 1, unit: 'year' });
    assert.deepEqual(gapDuration(23.8 * 3_600_000), { count: 1, unit: 'day' });
    assert.deepEqual(gapDuration(17 * DAY), { count: 2, unit: 'week' });
    assert.deepEqual(gapDuration(30_000), { count: 1, unit: 'minute' });
  });

  it('grows boxes with the measured line height (WCAG 1.4.12)', () => {
    const base = metricsAt(16);
    const spaced = metricsAt({ fontSize: 16, lineHeight: 30, smallLineHeight: 26 });
    assert.ok(spaced.markerHeight >= 30 + 2 * spaced.border);
    assert.equal(spaced.laneHeight - spaced.markerHeight, base.laneHeight - base.markerHeight);
    const layout = vertical(defaultStory, 360, 16, { lineHeight: 30, smallLineHeight: 26 });
    assertVerticalLegible(layout, defaultStory);
    assert.ok(layout.height > vertical(defaultStory, 360).height);
  });
});
