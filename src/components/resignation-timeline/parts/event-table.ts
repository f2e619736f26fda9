import type { html as litHtml } from 'lit';
import type { TimelineStrings } from '../../../strings.js';
import type { Quote, Source, Story, StoryEvent } from '../../../story/types.js';

export interface EventTableModel {
  /** Lit's `html`, from the script that loads this chunk: the chunk imports nothing of it. */
  html: typeof litHtml;
  /** The story as filtered: the table holds every shown event. */
  story: Story;
  strings: TimelineStrings;
  dateOf: (event: StoryEvent) => string;
  selectedId: string;
  /** Latest first, where the reader sorted so. */
  descending: boolean;
  /** Print: the table is shown only on paper. */
  printOnly: boolean;
  quote: (quote: Quote) => unknown;
  source: (source: Source) => unknown;
  onSort: () => void;
  /** A row's title selects its event. */
  onSelect: (event: StoryEvent) => void;
}

/**
 * Every shown event as a table, in date order (or its reverse): date, title, category, summary,
 * quotes and sources. The selected event's row is marked current. Printed instead of the chart.
 * Loaded as a chunk of its own, when first needed.
 */
export function renderEventTable(model: EventTableModel) {
  const { html, story, strings, dateOf, selectedId, descending, printOnly, quote, source, onSort, onSelect } = model;
  const events = descending ? [...story.events].reverse() : story.events;
  // Wider than a narrow column, it scrolls on its own (its links and buttons take focus there).
  return html`<div class=${printOnly ? 'table-scroll print-only' : 'table-scroll'} part="table"><table
    class="event-table"
  >
    <caption>${strings.allEventsHeading}</caption>
    <thead>
      <tr>
        <th scope="col" aria-sort=${descending ? 'descending' : 'ascending'}>
          <button type="button" class="sort" @click=${onSort}>${strings.dateColumn}<span aria-hidden="true"
            >${descending ? ' ↑' : ' ↓'}</span
          ></button>
        </th>
        <th scope="col">${strings.eventColumn}</th>
        <th scope="col">${strings.categoryColumn}</th>
        <th scope="col">${strings.summaryColumn}</th>
        <th scope="col">${strings.quotesInEvent}</th>
        <th scope="col">${strings.sourcesLabel}</th>
      </tr>
    </thead>
    <tbody>
      ${events.map(
        (event) => html`<tr aria-current=${event.id === selectedId ? 'true' : 'false'} data-event-id=${event.id}>
          <td><bdi>${dateOf(event)}</bdi></td>
          <th scope="row"><button type="button" class="select-row" @click=${() => onSelect(event)}
            >${event.title}</button
          ></th>
          <td>${story.categoryById.get(event.categoryId)?.label}</td>
          <td>${event.summary}</td>
          <td>${event.quoteIds.map((id) => quote(story.quoteById.get(id)!))}</td>
          <td>${event.sourceIds.map(
            (id, i) => html`${i > 0 ? strings.separator : ''}<bdi>${source(story.sources.get(id)!)}</bdi>`,
          )}</td>
        </tr>`,
      )}
    </tbody>
  </table></div>`;
}
