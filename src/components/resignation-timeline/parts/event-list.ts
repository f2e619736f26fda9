import { html } from 'lit';
import type { TimelineStrings } from '../../../strings.js';
import type { Story, StoryEvent } from '../../../story/types.js';

export interface EventListModel {
  story: Story;
  strings: TimelineStrings;
  dateOf: (event: StoryEvent) => string;
}

/** Every event in date order: printed instead of the interactive chart. */
export function renderEventList({ story, strings, dateOf }: EventListModel) {
  return html`<section class="print-only event-list" aria-labelledby="event-list-heading">
    <h3 id="event-list-heading">${strings.allEventsHeading}</h3>
    <ol>
      ${story.events.map(
        (event) => html`<li>
          <strong><bdi>${dateOf(event)}</bdi>: <bdi>${event.title}</bdi>.</strong> ${event.summary}
        </li>`,
      )}
    </ol>
  </section>`;
}
