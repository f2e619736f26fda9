import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { followView } from '../../src/layout/follow-view.js';
import { layoutTimeline } from '../../src/layout/timeline.js';
import { initialView, type TimeSpan } from '../../src/layout/view.js';
import { fixedWidthText, parsed, testStoryFile } from './helpers.js';

const story = parsed(testStoryFile());
const DAY = 86_400_000;
const options = { measureText: fixedWidthText, locale: 'en-GB' };
const settled = layoutTimeline(story, { ...options, width: 1200, view: initialView(story) });
const [start, end] = initialView(story);

// layout.test.ts follows pans and zooms; these are the cases where nothing may be carried over.
describe('followView', () => {
  it('lays the story out afresh when the width changed mid-gesture', () => {
    const view: TimeSpan = [start + DAY, end + DAY];
    const followed = followView(settled, story, { ...options, width: 1000, view });
    assert.deepEqual(followed, layoutTimeline(story, { ...options, width: 1000, view }));
    assert.equal(followed.width, 1000);
  });

  it('lays the story out afresh when it turns vertical, and follows no vertical layout', () => {
    const verticalWidth = 300;
    const followed = followView(settled, story, { ...options, width: verticalWidth, view: [start, end] });
    assert.equal(followed.orientation, 'vertical');
    const panned = followView(followed, story, { ...options, width: verticalWidth, view: [start + DAY, end + DAY] });
    assert.equal(panned.orientation, 'vertical');
  });

  it('keeps the view inside the story’s extent, as a settled layout does', () => {
    const far: TimeSpan = [start - 1000 * DAY, end - 1000 * DAY];
    const followed = followView(settled, story, { ...options, width: 1200, view: far });
    assert.ok(followed.view[0] >= settled.extent[0] - 1e-6, 'the view left the story');
  });
});
