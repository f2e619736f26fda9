import { html, nothing } from 'lit';
import { formatStoryDate } from '../../format/dates.js';
import type { TimelineStrings } from '../../strings.js';
import { isWebLink } from '../../story/links.js';
import { isolated, withStoryText } from '../bidi.js';
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

/** A long quote shown in part, with a button for the rest. */
export interface QuoteDisclosure {
  expanded: boolean;
  onToggle: () => void;
}

/** Several paragraphs, together longer than a short paragraph or two: shown in part where room is short. */
export const isLongQuote = (quote: Quote) =>
  quote.form === 'paragraphs' && quote.text.length > 1 && quote.text.join('').length > 280;

/**
 * A quote as a figure: the speaker's words in a blockquote, then who said them, about whom, where
 * and when. Fragments ("inept", "insecure" ...) are each given quote marks and joined as a list.
 * Given a `disclosure`, a long quote shows its first paragraph and a "Read more" button; the rest
 * stays findable by the browser's find in page, which opens it.
 */
export function quoteCard(
  quote: Quote,
  { story, strings, locale, timeZone }: QuoteCardOptions,
  disclosure?: QuoteDisclosure,
) {
  const speaker = story.people.get(quote.speakerId);
  const medium = strings.medium[quote.medium];
  const source = story.sources.get(quote.sourceId)!;
  const about = quote.aboutIds.map((id) => story.people.get(id)?.name).filter((name) => name !== undefined);
  const folded = disclosure && isLongQuote(quote) ? !disclosure.expanded : undefined;
  const words =
    quote.form === 'fragments'
      ? html`<p>${listFormat(locale).format(
          quote.text.map((fragment) => `${strings.openQuote}${fragment}${strings.closeQuote}`),
        )}</p>`
      : quote.text.map(
          (paragraph, i) =>
            html`<p
              hidden=${folded && i > 0 ? 'until-found' : nothing}
              @beforematch=${disclosure?.onToggle}
            >${paragraph}</p>`,
        );
  return html`
    <figure
      class="quote-card"
      part="quote-card"
      aria-label=${speaker ? strings.quoteFrom(isolated(speaker.name)) : nothing}
    >
      <blockquote
        id=${disclosure ? 'quote-words' : nothing}
        cite=${isWebLink(source.url) ? source.url : nothing}
      >${words}</blockquote>
      ${
        folded === undefined
          ? nothing
          : html`<button
            type="button"
            class="read-more"
            aria-expanded=${folded ? 'false' : 'true'}
            aria-controls="quote-words"
            @click=${disclosure!.onToggle}
          >
            ${folded ? strings.readMore : strings.readLess}
          </button>`
      }
      <figcaption>
        <span class="speaker"><bdi>${speaker?.name}</bdi></span>${
          speaker?.role ? html`<span class="role">${strings.separator}<bdi>${speaker.role}</bdi></span>` : nothing
        }${medium ? html`<span class="medium">${strings.separator}${medium}</span>` : nothing}${
          quote.date
            ? html`${strings.separator}<time datetime=${quote.date.text}
                >${formatStoryDate(quote.date, locale, timeZone)}</time
              >`
            : nothing
        }${strings.fullStop}
        ${
          about.length > 0
            ? html`<span class="about"
                >${withStoryText((story) => strings.quoteAbout(listFormat(locale).format(about.map(story))))}</span
              >`
            : nothing
        }
        <span class="quote-source"
          >${strings.quotedIn}
          <cite><bdi>${sourceLink(source, strings)}</bdi></cite></span
        >
      </figcaption>
    </figure>
  `;
}
