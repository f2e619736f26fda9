import { html, nothing } from 'lit';
import type { TimelineStrings } from '../../../strings.js';
import type { Story, StoryEvent } from '../../../story/types.js';
import { categoryClass, categoryShape } from '../../category-shape.js';
import { quoteCard, type QuoteCardOptions } from '../../quote-card/quote-card.js';
import { sourceLink } from '../../source-link.js';
import { renderMedia, type MediaStates } from './media.js';

export interface PanelModel {
  story: Story;
  event: StoryEvent;
  strings: TimelineStrings;
  date: string;
  quoteOptions: QuoteCardOptions;
  mediaStates: MediaStates;
  onLoadMedia: (link: string, slot: 'story' | 'event') => void;
  onMediaFailed: (file: string) => void;
}

/**
 * The selected event: its category, date, status, and what the story gives of its summary,
 * medium, people, quotes and sources. A story without quotes has no quotes heading; one with
 * quotes says so where this event has none.
 */
export function renderPanel({
  story,
  event,
  strings,
  date,
  quoteOptions,
  mediaStates,
  onLoadMedia,
  onMediaFailed,
}: PanelModel) {
  const category = story.categoryById.get(event.categoryId)!;
  const status = strings.status[event.status];
  const people = event.personIds.map((id) => story.people.get(id)).filter((person) => person !== undefined);
  return html`
    <div
      id="event-panel"
      class="panel"
      part="panel"
      role="tabpanel"
      aria-labelledby=${`tab-${event.index}`}
      tabindex="0"
    >
      <p class="event-meta">
        <span class=${`category ${categoryClass(category.index)}`}
          >${categoryShape(category.index)}${category.label}</span
        >
        <time datetime=${event.start.text}>${date}</time>
        ${status ? html`<strong class="status">${status}</strong>` : nothing}
      </p>
      <h3 class="event-title">${event.title}</h3>
      ${event.summary ? html`<p class="event-summary">${event.summary}</p>` : nothing}
      ${
        event.media
          ? renderMedia({
              media: event.media,
              slot: 'event',
              strings,
              states: mediaStates,
              onLoad: onLoadMedia,
              onFailed: onMediaFailed,
            })
          : nothing
      }
      ${
        people.length > 0
          ? html`<p class="people">
            <span class="field-label">${strings.labelled(strings.peopleLabel)}</span>
            ${people.map(
              (person, i) =>
                html`${i > 0 ? '; ' : ''}<bdi>${person.name}</bdi>${
                  person.role ? [' (', html`<bdi>${person.role}</bdi>`, ')'] : nothing
                }`,
            )}
          </p>`
          : nothing
      }
      ${
        story.quotes.length > 0
          ? html`<h4>${strings.quotesInEvent}</h4>
            ${
              event.quoteIds.length > 0
                ? html`<ul class="panel-quotes">
                  ${event.quoteIds.map((id) => html`<li>${quoteCard(story.quoteById.get(id)!, quoteOptions)}</li>`)}
                </ul>`
                : html`<p class="no-quotes">${strings.noQuotesInEvent}</p>`
            }`
          : nothing
      }
      ${
        event.sourceIds.length > 0
          ? html`<p class="sources">
            <span class="field-label">${strings.labelled(strings.sourcesLabel)}</span>
            ${event.sourceIds.map(
              (id, i) =>
                html`${i > 0 ? strings.separator : ''}<bdi>${sourceLink(story.sources.get(id)!, strings)}</bdi>`,
            )}
          </p>`
          : nothing
      }
    </div>
  `;
}
