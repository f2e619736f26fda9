import { html, nothing } from 'lit';
import type { TimelineStrings } from '../../../strings.js';
import type { Quote, Story, StoryEvent } from '../../../story/types.js';
import { quoteCard, type QuoteCardOptions } from '../../quote-card/quote-card.js';
import { withStoryText } from '../../bidi.js';

export interface QuoteListModel {
  story: Story;
  /** The event whose quotes stand out: the one under the pointer, else the selected one. */
  highlightedId: string;
  strings: TimelineStrings;
  quoteOptions: QuoteCardOptions;
  onHover: (quote: Quote | undefined) => void;
  /** Selects the quote's earliest event and moves focus there. */
  onShowEvent: (event: StoryEvent) => void;
}

/** "Who said what": every quote, each with a button back to its event. */
export function renderQuoteList({ story, highlightedId, strings, quoteOptions, onHover, onShowEvent }: QuoteListModel) {
  if (story.quotes.length === 0) return nothing;
  return html`
    <section class="all-quotes" part="quotes" aria-labelledby="quotes-heading">
      <h3 id="quotes-heading">${strings.quotesHeading}</h3>
      <ol class="quote-list">
        ${story.quotes.map((quote) => {
          const firstEvent = story.eventById.get(quote.eventIds[0]!)!;
          const hover = () => onHover(quote);
          const leave = () => onHover(undefined);
          return html`<li
            class="quote-item"
            data-quote-id=${quote.id}
            ?data-linked=${quote.eventIds.includes(highlightedId)}
            @pointerenter=${hover}
            @pointerleave=${leave}
            @focusin=${hover}
            @focusout=${leave}
          >
            ${quoteCard(quote, quoteOptions)}
            <button type="button" class="show-event" @click=${() => onShowEvent(firstEvent)}>${withStoryText((story) =>
              strings.showEvent(story(firstEvent.title)),
            )}</button>
          </li>`;
        })}
      </ol>
    </section>
  `;
}
