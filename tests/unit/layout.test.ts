import fc from 'fast-check';
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import {
  eventTime,
  fitLabel,
  followView,
  initialView,
  layoutTimeline,
  METRICS,
  storyExtent,
  wrapLabel,
  type TimelineLayout,
  type TimeSpan,
} from '../../src/layout/layout.js';
import type { Story } from '../../src/story/types.js';
import { overlaps } from '../geometry.js';
import { assertFarTimeZone } from '../time-zone.js';
import { defaultStoryFile, fixedWidthText, parsed, readJson, storyOf, testStoryFile } from './helpers.js';

const defaultStory = parsed(defaultStoryFile());
/** The tests' own story: the behaviour tests use it, so the default story's wording can change. */
const testStory = parsed(testStoryFile());
const DAY = 86_400_000;
const day = (text: string) => Date.parse(`${text}T00:00Z`);

/** Every property a reader would notice: nothing overlaps, nothing leaves the chart. */
function assertLegible(layout: TimelineLayout, story: Story, direction: 'ltr' | 'rtl' = 'ltr'): void {
  const { markers, ticks, width } = layout;
  assert.equal(new Set(markers.map((marker) => marker.eventId)).size, markers.length, 'an event has two markers');
  if (layout.orientation === 'vertical') assert.equal(markers.length, story.events.length);
  const shown = markers.filter((marker) => marker.visible);
  for (const a of shown) {
    assert.ok(a.left >= 0 && a.left + a.width <= width + 0.5, `marker ${a.eventId} leaves the chart at width ${width}`);
    assert.ok(a.shapeX >= a.left && a.shapeX <= a.left + a.width, `marker ${a.eventId}'s shape is outside its box`);
  }
  assert.deepEqual(
    overlaps(shown, (marker) => marker.eventId),
    [],
    `markers overlap at width ${width}`,
  );
  const ticksInPlace = [...ticks].sort((a, b) => a.at - b.at);
  for (const [i, tick] of ticksInPlace.entries()) {
    const next = ticksInPlace[i + 1];
    if (next)
      assert.ok(tick.at + tick.size / 2 < next.at - next.size / 2, `ticks ${tick.label} and ${next.label} overlap`);
    if (layout.orientation === 'horizontal') {
      assert.ok(
        tick.at - tick.size / 2 >= 0 && tick.at + tick.size / 2 <= width,
        `tick ${tick.label} leaves the chart`,
      );
    }
  }
  // Every event in view is drawn or counted in a cluster, and the lanes stay within their cap.
  const clustersInPlace = [...layout.clusters].sort((a, b) => a.at - b.at);
  for (const [i, cluster] of clustersInPlace.entries()) {
    const next = clustersInPlace[i + 1];
    if (next)
      assert.ok(
        cluster.at + cluster.width / 2 <= next.at - next.width / 2,
        `clusters at ${cluster.at} and ${next.at} overlap`,
      );
  }
  // (An event a fraction of a pixel past the view's end may be drawn too: it is still on the axis.)
  const clusteredIds = layout.clusters.flatMap((cluster) => cluster.eventIds);
  const accounted = new Set([...shown.map((marker) => marker.eventId), ...clusteredIds]);
  assert.equal(accounted.size, shown.length + clusteredIds.length, 'an event is both drawn and counted');
  for (const event of story.events) {
    const inView = eventTime(event) >= layout.view[0] && eventTime(event) <= layout.view[1];
    if (inView) assert.ok(accounted.has(event.id), `${event.id} is in view but neither drawn nor counted`);
  }
  assert.ok(Math.max(0, ...markers.map((marker) => marker.lane)) < METRICS.maxLanes);
  const times = markers.map((marker) => marker.at);
  const order = direction === 'rtl' ? (a: number, b: number) => b - a : (a: number, b: number) => a - b;
  assert.deepEqual(times, [...times].sort(order), 'markers follow date order');
  if (layout.orientation === 'vertical') {
    const tops = markers.map((marker) => marker.top);
    assert.deepEqual(
      tops,
      [...tops].sort((a, b) => a - b),
      'rows follow date order',
    );
    assert.ok(markers.every((marker) => marker.top + marker.height <= layout.height));
  }
}

const storyArbitrary = fc
  .record({
    dates: fc.array(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2030, 0, 1) }), {
      minLength: 1,
      maxLength: 40,
    }),
    titles: fc.array(
      fc.string({ minLength: 1, maxLength: 60 }).filter((t) => t.trim().length > 0),
      { minLength: 40, maxLength: 40 },
    ),
    spread: fc.constantFrom(1, 1000, DAY, 365 * DAY),
  })
  .map(({ dates, titles, spread }) => {
    const base = dates[0]!;
    return storyOf(
      'Generated',
      dates.map((date, i) => ({
        id: `e${i}`,
        date: new Date(base + ((date - base) % spread)).toISOString().slice(0, 16),
        title: titles[i]!,
      })),
    );
  });

const layoutAt = (width: number, view?: TimeSpan, story = testStory) =>
  layoutTimeline(story, { width, measureText: fixedWidthText, locale: 'en-GB', view });

describe('timeline layout', () => {
  before(assertFarTimeZone);

  it('is pure: the same input gives the same output', () => {
    assert.deepEqual(layoutAt(900), layoutAt(900));
  });

  it('lays out the default story and the test story legibly from 280 to 2560 px, whole and as first framed', () => {
    for (const story of [defaultStory, testStory]) {
      for (let width = 280; width <= 2560; width += 40) {
        assertLegible(layoutAt(width, undefined, story), story);
        assertLegible(layoutAt(width, initialView(story), story), story);
      }
    }
  });

  it('lays out any story legibly at any width and any zoom', () => {
    fc.assert(
      fc.property(
        storyArbitrary,
        fc.integer({ min: 280, max: 2560 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.001, max: 1, noNaN: true }),
        fc.boolean(),
        fc.nat(),
        (story, width, from, size, rtl, selectedIndex) => {
          const [start, end] = storyExtent(story);
          const viewStart = start + (end - start) * from * (1 - size);
          const selectedId = story.events[selectedIndex % story.events.length]!.id;
          const view: TimeSpan = [viewStart, viewStart + (end - start) * size];
          const layout = layoutTimeline(story, { width, measureText: fixedWidthText, view, rtl, selectedId });
          assertLegible(layout, story, rtl && layout.orientation === 'horizontal' ? 'rtl' : 'ltr');
          const selected = layout.markers.find((marker) => marker.eventId === selectedId)!;
          const selectedTime = eventTime(story.eventById.get(selectedId)!);
          if (selectedTime >= layout.view[0] && selectedTime <= layout.view[1])
            assert.ok(selected.visible, 'the selected event in view is drawn');
        },
      ),
      { numRuns: 200 },
    );
  });

  it('runs time from right to left for right-to-left text, as legibly', () => {
    for (const width of [600, 1200]) {
      const layout = layoutTimeline(testStory, {
        width,
        measureText: fixedWidthText,
        view: initialView(testStory),
        rtl: true,
      });
      const [first, last] = [layout.markers[0]!, layout.markers.at(-2)!];
      assert.ok(first.at > last.at, 'earlier events are further right');
      assert.ok(layout.range[0] > layout.range[1]);
      assertLegible(layout, testStory, 'rtl');
    }
  });

  it('turns vertical below 560 px: time flows down, rows in date order', () => {
    assert.equal(layoutAt(559).orientation, 'vertical');
    assert.equal(layoutAt(560).orientation, 'horizontal');
    const vertical = layoutAt(320);
    assert.deepEqual(vertical.ticks, [], 'no scale of time beside the rows');
    assert.equal(vertical.markers.length, defaultStory.events.length);
  });

  it('shortens a label to the longest start that fits with its ellipsis', () => {
    const proportional = (text: string) =>
      [...text].reduce((width, char) => width + (/[mwMW@]/.test(char) ? 12 : /[il .,]/.test(char) ? 3 : 7), 0);
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 80 }), fc.integer({ min: -5, max: 300 }), (title, maxWidth) => {
        const { label, width, truncated } = fitLabel(title, maxWidth, proportional);
        if (!truncated) return assert.equal(label, title);
        const kept = label.slice(0, -1);
        assert.ok(title.startsWith(kept));
        assert.equal(width, proportional(label));
        if (kept.length > 0) assert.ok(width <= maxWidth, `${label} is wider than ${maxWidth}`);
        for (let length = 1; length < title.length; length++) {
          const longer = title.slice(0, length).trimEnd();
          if (longer.length > kept.length)
            assert.ok(proportional(`${longer}…`) > maxWidth, `${longer}… would have fitted`);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('wraps a long label onto two lines when vertical, and shortens what still does not fit', () => {
    const wrapped = wrapLabel('Trump: he has not served Britain well', 150, 2, fixedWidthText);
    assert.deepEqual(wrapped.lines, ['Trump: he has not', 'served Britain well']);
    assert.equal(wrapped.truncated, false);
    const cut = wrapLabel('A very long title that goes on and on and on', 100, 2, fixedWidthText);
    assert.equal(cut.lines.length, 2);
    assert.match(cut.lines[1]!, /…$/);
    assert.ok(cut.width <= 100);
    assert.deepEqual(wrapLabel('Short', 100, 2, fixedWidthText).lines, ['Short']);
  });

  it('first frames the crowded week and counts the far event at the edge', () => {
    const [start, end] = initialView(testStory);
    assert.ok(start <= day('2021-03-06') && start > day('2021-03-04'), new Date(start).toISOString());
    assert.ok(end >= day('2021-03-11') && end < day('2021-03-13'), new Date(end).toISOString());
    const layout = layoutAt(1200, [start, end]);
    assert.deepEqual(layout.offscreen, { before: [], after: ['repairs-due'] });
    assert.equal(layout.markers.filter((marker) => marker.visible).length, 8);
    assert.ok(
      layout.ticks.every((tick) => /^\d{1,2} Mar$/.test(tick.label)),
      layout.ticks.map((t) => t.label).join(),
    );
  });

  it('counts what does not fit in clusters, but never the selected event', () => {
    const crowd = storyOf(
      'Crowd',
      Array.from({ length: 40 }, (_, i) => ({
        id: `e${i}`,
        date: `2020-01-${String(1 + (i % 3)).padStart(2, '0')}`,
        title: `Event number ${i}`,
      })),
    );
    const layout = layoutTimeline(crowd, { width: 800, measureText: fixedWidthText, selectedId: 'e39' });
    assert.ok(layout.clusters.length > 0);
    assert.ok(
      layout.clusters.every((cluster) => cluster.top >= METRICS.laneTop + METRICS.maxLanes * METRICS.laneHeight),
    );
    assert.equal(layout.markers.find((marker) => marker.eventId === 'e39')!.visible, true);
    assertLegible(layout, crowd);
  });

  it('shows all of a story without a far-off outlier at first', () => {
    const apollo = parsed(readJson('tests/fixtures/apollo-11.json'));
    assert.deepEqual(initialView(apollo), storyExtent(apollo));
  });

  it('shows all of an evenly spread story at first', () => {
    const story = storyOf(
      'Even',
      ['2001', '2002', '2003', '2004'].map((year) => ({ id: year, date: year, title: year })),
    );
    assert.deepEqual(initialView(story), storyExtent(story));
  });

  it('keeps a view inside the story and no shorter than six hours', () => {
    const [start, end] = storyExtent(testStory);
    const layout = layoutAt(1200, [start - 100 * DAY, start - 99 * DAY]);
    assert.equal(layout.view[0], start);
    const tiny = layoutAt(1200, [day('2021-03-08'), day('2021-03-08') + 1000]);
    assert.equal(tiny.view[1] - tiny.view[0], 6 * 3_600_000);
    assert.ok(layoutAt(1200, [start, end]).ticks.some((tick) => /2021/.test(tick.label)));
  });

  it('keeps lanes while a gesture moves the view, so labels do not jump', () => {
    const settled = layoutAt(1200, initialView(testStory));
    const [start, end] = initialView(testStory);
    const view: TimeSpan = [start + DAY / 2, end + DAY / 2];
    const moved = layoutAt(1200, view);
    const following = followView(settled, testStory, {
      width: 1200,
      measureText: fixedWidthText,
      locale: 'en-GB',
      view,
    });
    const byId = (layout: TimelineLayout) => new Map(layout.markers.map((marker) => [marker.eventId, marker]));
    const [was, now, placed] = [byId(settled), byId(following), byId(moved)];
    assert.ok(now.size > 3);
    for (const [id, marker] of now) {
      assert.equal(marker.lane, was.get(id)!.lane, `${id} changed lanes mid-gesture`);
      assert.equal(marker.width, was.get(id)!.width, `${id} was measured again mid-gesture`);
      if (placed.has(id))
        assert.ok(Math.abs(marker.at + following.shift - placed.get(id)!.at) < 1e-6, `${id} is not where its time is`);
    }
    assert.ok(following.shift < 0, 'a pan to later times moves everything left, as one');
    assert.deepEqual(following.ticks, moved.ticks);
    assert.deepEqual(following.offscreen, moved.offscreen);
  });

  it('moves each marker to its time when a gesture zooms, keeping its lane', () => {
    const settled = layoutAt(1200, initialView(testStory));
    const [start, end] = initialView(testStory);
    const view: TimeSpan = [start + (end - start) / 4, end - (end - start) / 4];
    const zoomed = followView(settled, testStory, { width: 1200, measureText: fixedWidthText, locale: 'en-GB', view });
    const placed = layoutAt(1200, view);
    assert.equal(zoomed.shift, 0);
    for (const marker of zoomed.markers) {
      const was = settled.markers.find((m) => m.eventId === marker.eventId)!;
      assert.equal(marker.lane, was.lane);
      const at = placed.markers.find((m) => m.eventId === marker.eventId)?.at;
      if (at !== undefined) assert.ok(Math.abs(marker.at - at) < 1e-6, `${marker.eventId} is not where its time is`);
    }
  });

  it('draws an event that comes into view mid-gesture only when the gesture ends', () => {
    const settled = layoutAt(1200, initialView(testStory));
    const [, extentEnd] = storyExtent(testStory);
    const view: TimeSpan = [extentEnd - 30 * DAY, extentEnd];
    const drawn = (layout: TimelineLayout) =>
      layout.markers.some((marker) => marker.eventId === 'repairs-due' && marker.visible);
    assert.equal(drawn(settled), false);
    assert.equal(drawn(layoutAt(1200, view)), true);
    assert.equal(
      drawn(followView(settled, testStory, { width: 1200, measureText: fixedWidthText, view })),
      false,
      'it has no lane until release',
    );
  });

  it('labels ticks at the granularity they fall on, the first with its larger unit', () => {
    const labels = layoutAt(1200, storyExtent(testStory)).ticks.map((tick) => tick.label);
    assert.match(labels[0]!, /^(Mar|Apr) 2021$/);
    for (const label of labels.slice(1)) assert.match(label, /^(Apr|May|Jun|Jul|Aug|Sept?)$/);
  });

  it('draws ranges as spans and eras as bands', () => {
    const layout = layoutAt(1200, initialView(testStory));
    const inspection = layout.markers.find((marker) => marker.eventId === 'cracks-found')!;
    assert.ok(inspection.span && inspection.span.to - inspection.span.from > 100);
    assert.equal(layout.eras.length, 1);
    assert.ok(layout.eras[0]!.to > layout.eras[0]!.from);
  });

  it("shortens an era's label to the part of its band in view, and leaves out one that fits nothing", () => {
    const label = 'The long and winding inquiry';
    const story = parsed({
      ...testStoryFile(),
      eras: [{ id: 'inquiry', label, start: '2021-04-01', end: '2021-04-30' }],
    });
    const eraAt = (width: number, view?: TimeSpan) => layoutAt(width, view, story).eras[0]!;
    const room = (era: TimelineLayout['eras'][number], width: number) =>
      Math.min(Math.max(era.from, era.to), width) - Math.max(Math.min(era.from, era.to), 0) - 2 * METRICS.eraLabelInset;

    const [start] = storyExtent(story);
    const wide = eraAt(1200, [start, start + 120 * DAY]);
    assert.ok(room(wide, 1200) >= fixedWidthText(label), 'the band is wider than its label here');
    assert.equal(wide.axisLabel, label);

    const narrow = eraAt(700);
    assert.ok(room(narrow, 700) < fixedWidthText(label), 'the band is narrower than its label here');
    assert.match(narrow.axisLabel!, /^The long.*…$/);
    assert.ok(fixedWidthText(narrow.axisLabel!) <= room(narrow, 700), 'the shortened label fits its band');
    assert.equal(narrow.label, label, 'the full label is kept for the list of eras');

    // The band sliding out of view, an hour at a time: shortened to fit, then gone, never a lone "…".
    const labels = Array.from({ length: 72 }, (_, hour) => {
      const start = Date.UTC(2021, 3, 29) + hour * 3_600_000;
      const era = eraAt(1200, [start, start + 60 * DAY]);
      assert.ok(fixedWidthText(era.axisLabel!) <= Math.max(room(era, 1200), 0), `${era.axisLabel} overflows`);
      return era.axisLabel;
    });
    assert.ok(!labels.includes('…'), 'no lone ellipsis');
    assert.ok(labels.some((shown) => shown!.length > 1 && shown!.endsWith('…')));
    assert.equal(labels.at(-1), '');
  });
});
