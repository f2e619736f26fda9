import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LayoutCache, type SettledInputs } from '../../src/components/resignation-timeline/layout-cache.js';
import { defaultStoryFile, fixedWidthText, parsed } from './helpers.js';

const story = parsed(defaultStoryFile());
const measures = {
  measureText: fixedWidthText,
  measureTickText: fixedWidthText,
  fontSize: 16,
  lineHeight: 20,
  smallLineHeight: 16,
};
const verticalText = {
  dateOf: () => 'a date',
  later: (duration: string) => `${duration} later`,
  displayWall: (event: (typeof story.events)[number]) => event.start.wall,
};
const settled = (change: Partial<SettledInputs> = {}): SettledInputs => ({
  story,
  width: 1200,
  locale: 'en-GB',
  rtl: false,
  selectedId: undefined,
  measures,
  ...verticalText,
  ...change,
});

describe('the layout controller', () => {
  it('lays out again only when an input changes', () => {
    const layouts = new LayoutCache();
    const first = layouts.layoutFor({ ...settled(), view: undefined, gesturing: false });
    assert.equal(layouts.layoutFor({ ...settled(), view: undefined, gesturing: false }), first);
    assert.notEqual(layouts.layoutFor({ ...settled({ width: 1000 }), view: undefined, gesturing: false }), first);
  });

  it('starts from the first view of the story, framing the crowded week', () => {
    const layouts = new LayoutCache();
    const layout = layouts.layoutFor({ ...settled(), view: undefined, gesturing: false });
    assert.deepEqual(layout.view, layouts.initialView({ story }));
    assert.ok(layout.offscreen.after.length > 0, 'the far event is counted beyond the edge');
  });

  it('keeps lanes mid-gesture, and places labels again when the gesture ends or the selection changes', () => {
    const layouts = new LayoutCache();
    const [start, end] = layouts.initialView({ story });
    const panned = [start + (end - start) / 10, end + (end - start) / 10] as const;
    const before = layouts.layoutFor({ ...settled(), view: undefined, gesturing: false });
    const during = layouts.layoutFor({ ...settled(), view: panned, gesturing: true });
    assert.ok(during.shift !== 0, 'a pan moves the settled layout as one');
    assert.deepEqual(
      during.markers.map((m) => m.lane),
      before.markers.map((m) => m.lane),
    );
    const released = layouts.layoutFor({ ...settled(), view: panned, gesturing: false });
    assert.equal(released.shift, 0);
    const reselected = layouts.layoutFor({
      ...settled({ selectedId: story.events[3]!.id }),
      view: panned,
      gesturing: true,
    });
    assert.equal(reselected.shift, 0, 'another selection is a new layout, not the old one moved');
  });

  it('sizes marks by the text: larger text, taller lanes', () => {
    const layouts = new LayoutCache();
    const base = layouts.layoutFor({ ...settled(), view: undefined, gesturing: false });
    const large = layouts.layoutFor({
      ...settled({ width: 2400, measures: { ...measures, fontSize: 32 } }),
      view: undefined,
      gesturing: false,
    });
    assert.equal(large.metrics.laneHeight, 2 * base.metrics.laneHeight);
    assert.equal(large.markers[0]!.height, 2 * base.markers[0]!.height);
  });
});
