import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { layoutTimeline } from '../../src/layout/timeline.js';
import { eventTime, firstEventInView, initialView, MIN_VIEW_SPAN, storyExtent } from '../../src/layout/view.js';
import { fixedWidthText, storyOf } from './helpers.js';
import { ONE_INSTANT_STORIES } from '../fixtures/short-stories.js';

const HOUR = 3_600_000;

describe('the first view', () => {
  it('selects the first event in view, not an outlier the view leaves out', () => {
    // As TimelineJS3's "Women in computing": one event a century before nine others.
    const later = Array.from({ length: 9 }, (_, i) => ({ id: `e${i}`, date: `${1943 + i * 5}`, title: `Event ${i}` }));
    const story = storyOf('Pioneers', [{ id: 'ada', date: '1843', title: 'Notes on the engine' }, ...later]);
    const view = initialView(story);
    assert.ok(eventTime(story.eventById.get('ada')!) < view[0], 'the outlier lies before the first view');
    assert.equal(firstEventInView(story, view)?.id, 'e0');
    const layout = layoutTimeline(story, { width: 1000, measureText: fixedWidthText, view, selectedId: 'e0' });
    assert.deepEqual(layout.offscreen.before, ['ada']);
    assert.equal(
      layout.markers.filter((marker) => marker.visible).length + layout.clusters.flatMap((c) => c.eventIds).length,
      9,
    );
  });

  for (const [name, events] of ONE_INSTANT_STORIES) {
    it(`gives ${name} a day around it, with tick labels, that can be zoomed`, () => {
      const story = storyOf(name, [...events]);
      const [start, end] = storyExtent(story);
      assert.ok(end - start >= 24 * HOUR, 'at least a day');
      assert.ok(end - start > MIN_VIEW_SPAN, 'room to zoom in');
      // (Vertical rows have no ticks: each shows its own date.)
      const layout = layoutTimeline(story, { width: 1200, measureText: fixedWidthText, view: initialView(story) });
      assert.ok(layout.ticks.length >= 2, `${layout.ticks.length} ticks`);
      const time = eventTime(story.events[0]!);
      assert.ok(layout.view[0] < time && time < layout.view[1], 'the event is in view');
    });
  }
});

describe('dates known to the month or year', () => {
  it('are drawn as their period on an axis ticked more finely, and as a point where it is not', () => {
    const story = storyOf('Periods', [
      { id: 'month', date: '2024-03', title: 'Known to the month' },
      { id: 'day', date: '2024-03-10', title: 'Known to the day' },
      { id: 'year', date: '2025', title: 'Known to the year' },
    ]);
    const byDay = layoutTimeline(story, {
      width: 1600,
      measureText: fixedWidthText,
      view: [Date.UTC(2024, 2, 1), Date.UTC(2024, 3, 1)],
    });
    const month = byDay.markers.find((marker) => marker.eventId === 'month')!;
    assert.ok(month.span, 'the month is a bar');
    assert.ok(
      Math.abs(Math.abs(month.span.to - month.span.from) - (byDay.range[1] - byDay.range[0])) < 2,
      'as long as March',
    );
    assert.equal(
      byDay.markers.find((marker) => marker.eventId === 'day')!.span,
      undefined,
      'a day on a day axis is a point',
    );
    const decades = storyOf('Decades', [
      { id: 'start', date: '2000', title: 'Start' },
      { id: 'year', date: '2010', title: 'Known to the year' },
      { id: 'end', date: '2030', title: 'End' },
    ]);
    const byYear = layoutTimeline(decades, { width: 1600, measureText: fixedWidthText, view: storyExtent(decades) });
    assert.equal(
      byYear.markers.find((marker) => marker.eventId === 'year')!.span,
      undefined,
      'a year among ticks a year or more apart is a point',
    );
  });
});
