/**
 * The built files' tests (standalone bundle, all-in-one file, library build) each start from a
 * bare tag. This module imports no source that defines the element, so that each test file's own
 * build is the one that does.
 */
import { fixture, html } from '@open-wc/testing';
import defaultStoryFile from '../../data/ambassador-resignation-2019.json' with { type: 'json' };
import type { ResignationTimeline } from '../../src/components/resignation-timeline/resignation-timeline.js';
import { waitUntil } from './helpers.js';

export { defaultStoryFile };

/** A bare `<resignation-timeline>` 700 px wide, once it has drawn every event of the default story. */
export async function bareTimelineWithDefaultStory(): Promise<ResignationTimeline> {
  const el = await fixture<ResignationTimeline>(
    html`<resignation-timeline style="width: 700px"></resignation-timeline>`,
  );
  await waitUntil(
    () =>
      el.shadowRoot?.querySelector('[role="tab"]')?.getAttribute('aria-setsize') ===
      String(defaultStoryFile.events.length),
    'the story did not render',
  );
  return el;
}
