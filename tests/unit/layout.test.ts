import fc from 'fast-check';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { layoutTimeline, METRICS, type TimelineLayout } from '../../src/layout/layout.js';
import type { Story } from '../../src/story/types.js';
import { defaultStoryFile, fixedWidthText, parsed } from './helpers.js';

const defaultStory = parsed(defaultStoryFile());

function overlaps(a: { left: number; width: number }, b: { left: number; width: number }, gap = 0): boolean {
  return a.left < b.left + b.width + gap && b.left < a.left + a.width + gap;
}

/** Every property a reader would notice: nothing overlaps, nothing leaves the chart. */
function assertLegible(layout: TimelineLayout, story: Story): void {
  const { markers, ticks, width } = layout;
  assert.equal(markers.length, story.events.length);
  for (const [i, a] of markers.entries()) {
    assert.ok(a.left >= 0 && a.left + a.width <= width + 0.5, `marker ${a.eventId} leaves the chart at width ${width}`);
    assert.ok(a.x >= a.left && a.x <= a.left + a.width, `marker ${a.eventId}'s shape is outside its box`);
    for (const b of markers.slice(i + 1)) {
      if (a.lane === b.lane) assert.ok(!overlaps(a, b), `${a.eventId} overlaps ${b.eventId} at width ${width}`);
    }
  }
  for (const [i, tick] of ticks.entries()) {
    assert.ok(tick.x - tick.width / 2 >= 0 && tick.x + tick.width / 2 <= width, `tick ${tick.label} leaves the chart`);
    const next = ticks[i + 1];
    if (next) assert.ok(tick.x + tick.width / 2 < next.x - next.width / 2, `ticks ${tick.label} and ${next.label} overlap`);
  }
  const xs = markers.map((marker) => marker.x);
  assert.deepEqual(xs, [...xs].sort((a, b) => a - b), 'markers follow date order');
}

const storyArbitrary = fc
  .record({
    dates: fc.array(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2030, 0, 1) }), { minLength: 1, maxLength: 40 }),
    titles: fc.array(fc.string({ minLength: 1, maxLength: 60 }).filter((t) => t.trim().length > 0), { minLength: 40, maxLength: 40 }),
    spread: fc.constantFrom(1, 1000, 86_400_000, 365 * 86_400_000),
  })
  .map(({ dates, titles, spread }) => {
    const base = dates[0]!;
    return parsed({
      version: 1,
      story: { title: 'Generated', timeZone: 'UTC' },
      sources: [{ id: 's', kind: 'article' }],
      categories: [{ id: 'c', label: 'C' }],
      events: dates.map((date, i) => ({
        id: `e${i}`,
        date: new Date(base + ((date - base) % spread)).toISOString().slice(0, 16),
        category: 'c',
        title: titles[i]!,
        summary: 'S',
        sources: ['s'],
      })),
    });
  });

describe('timeline layout', () => {
  it('is pure: the same input gives the same output', () => {
    const a = layoutTimeline(defaultStory, { width: 900, measureText: fixedWidthText, locale: 'en-GB' });
    const b = layoutTimeline(defaultStory, { width: 900, measureText: fixedWidthText, locale: 'en-GB' });
    assert.deepEqual(a, b);
  });

  it('lays out the default story legibly from 280 to 2560 px', () => {
    for (let width = 280; width <= 2560; width += 40) {
      assertLegible(layoutTimeline(defaultStory, { width, measureText: fixedWidthText, locale: 'en-GB' }), defaultStory);
    }
  });

  it('lays out any story legibly at any width', () => {
    fc.assert(
      fc.property(storyArbitrary, fc.integer({ min: 280, max: 2560 }), (story, width) => {
        assertLegible(layoutTimeline(story, { width, measureText: fixedWidthText, locale: 'en-GB' }), story);
      }),
      { numRuns: 150 },
    );
  });

  it('shortens a label that cannot fit, keeping the full title for the reader elsewhere', () => {
    const layout = layoutTimeline(defaultStory, { width: 280, measureText: (t) => t.length * 14, locale: 'en-GB' });
    const shortened = layout.markers.filter((marker) => marker.truncated);
    assert.ok(shortened.length > 0);
    for (const marker of shortened) assert.match(marker.label, /…$/);
  });

  it('grows in height with the lanes it needs rather than overlapping', () => {
    const wide = layoutTimeline(defaultStory, { width: 2560, measureText: fixedWidthText, locale: 'en-GB' });
    const narrow = layoutTimeline(defaultStory, { width: 320, measureText: fixedWidthText, locale: 'en-GB' });
    assert.ok(narrow.lanes >= wide.lanes);
    assert.equal(narrow.height, METRICS.laneTop + narrow.lanes * METRICS.laneHeight + METRICS.bottom);
  });

  it('labels ticks at the granularity they fall on', () => {
    const layout = layoutTimeline(defaultStory, { width: 1200, measureText: fixedWidthText, locale: 'en-GB' });
    assert.ok(layout.ticks.length >= 3);
    for (const tick of layout.ticks) assert.match(tick.label, /^(Jul|Aug|Sept?|Oct|Nov|Dec|Jan)( \d{4})?$/);
  });

  it('draws ranges as spans and eras as bands', () => {
    const layout = layoutTimeline(defaultStory, { width: 1200, measureText: fixedWidthText, locale: 'en-GB' });
    const leak = layout.markers.find((marker) => marker.eventId === 'cables-leak')!;
    assert.ok(leak.span && leak.span.x2 > leak.span.x1);
    assert.equal(layout.eras.length, 1);
    assert.ok(layout.eras[0]!.x2 > layout.eras[0]!.x1);
  });
});
