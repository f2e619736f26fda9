import { html, nothing } from 'lit';
import { formatStoryDate } from '../../format/dates.js';
import type { TimelineStrings } from '../../strings.js';
import { isWebLink } from '../../story/links.js';
import { isolated } from '../bidi.js';
import { sourceLink } from '../source-link.js';
import type { Quote, Story } from '../../story/types.js';

export interface QuoteCardOptions {
  story: Story;
  strings: TimelineStrings;
  locale: string | undefined;
  timeZone: string;
}

const listFormats = new Map<string | undefined, Intl.ListFormat>();
function listFormat(locale: string | undefined): Intl.ListFormat {
  let format = listFormats.get(locale);
  if (!format) {
    format = new Intl.ListFormat(locale, { type: 'conjunction' });
    listFormats.set(locale, format);
  }
  return format;
}

/**
 * A quote as a figure: the speaker's words in a blockquote, then who said them, where and when.
 * Fragments ("inept", "insecure" ...) are each given quote marks and joined as a list.
 */
export function quoteCard(quote: Quote, { story, strings, locale, timeZone }: QuoteCardOptions) {
  const speaker = story.people.get(quote.speakerId);
  const medium = strings.medium[quote.medium];
  const source = story.sources.get(quote.sourceId)!;
  const words =
    quote.form === 'fragments'
      ? html`<p>${listFormat(locale).format(
          quote.text.map((fragment) => `${strings.openQuote}${fragment}${strings.closeQuote}`),
        )}</p>`
      : quote.text.map((paragraph) => html`<p>${paragraph}</p>`);
  return html`
    <figure class="quote-card" part="quote-card" aria-label=${speaker ? strings.quoteFrom(isolated(speaker.name)) : nothing}>
      <blockquote cite=${isWebLink(source.url) ? source.url : nothing}>${words}</blockquote>
      <figcaption>
        <span class="speaker"><bdi>${speaker?.name}</bdi></span>${speaker?.role
          ? html`<span class="role">, <bdi>${speaker.role}</bdi></span>`
          : nothing}${medium ? html`<span class="medium">, ${medium}</span>` : nothing}${quote.date
          ? html`, <time datetime=${quote.date.text}>${formatStoryDate(quote.date, locale, timeZone)}</time>`
          : nothing}.
        <span class="quote-source"
          >${strings.quotedIn}
          <cite><bdi>${sourceLink(source, strings)}</bdi></cite></span
        >
      </figcaption>
    </figure>
  `;
}
