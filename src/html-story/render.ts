/**
 * The static render: a story as plain, semantic HTML in the format the element reads back
 * (html-story/read.ts; documented in the README, "Stories written in HTML"). Pure: a string in, a
 * string out, no DOM, so it runs in Node (`resignation-timeline render`) as well as in a page.
 */
import { formatStoryDate } from '../format/dates.js';
import { escapeHtml } from '../format/html.js';
import { isRightToLeft } from '../i18n/languages.js';
import { storyTextPieces } from '../format/story-text-slots.js';
import { parseStoryDate, type Precision } from '../story/dates.js';
import { isWebLink } from '../story/links.js';
import { formatProblem, parseStory } from '../story/parse.js';
import { sourceLabel } from '../story/source-label.js';
import type { MediaInput, StoryInput } from '../story/schema.js';
import type { Media, StoryProblem } from '../story/types.js';
import { defaultStrings, englishPack, stringsFromPack, type StringOverrides } from '../strings.js';

/** Markup already escaped: the only thing `h` leaves as it is. */
class Markup {
  constructor(readonly html: string) {}
}

type Value = Markup | string | number | false | null | undefined | readonly Value[];

const piece = (value: Value): string =>
  value instanceof Markup
    ? value.html
    : Array.isArray(value)
      ? value.map(piece).join('')
      : value === undefined || value === null || value === false
        ? ''
        : escapeHtml(String(value));

/** A template whose every value is escaped, except markup made by `h` itself. */
function h(strings: TemplateStringsArray, ...values: Value[]): Markup {
  return new Markup(strings.reduce((out, text, i) => out + text + (i < values.length ? piece(values[i]) : ''), ''));
}

/** ` name="value"` for each attribute given; `true` writes the bare name, undefined leaves it out. */
function attributes(pairs: Record<string, string | true | undefined>): Markup {
  return new Markup(
    Object.entries(pairs)
      .filter(([, value]) => value !== undefined)
      .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(value as string)}"`))
      .join(''),
  );
}

const ids = (list: readonly string[] | undefined) => list?.join(' ');

/** Thrown by `renderStoryHtml` for a story with problems; `problems` holds each with its path. */
export class StoryProblemsError extends Error {
  constructor(readonly problems: readonly StoryProblem[]) {
    super(`The story has problems:\n${problems.map(formatProblem).join('\n')}`);
  }
}

export interface RenderOptions {
  /**
   * Interface words (section headings, "about", status names); English by default. Takes what the
   * element's `strings` takes, a language pack's JSON included (`resignation-timeline/i18n/de.json`).
   */
  strings?: StringOverrides;
  /** Level of the story's title heading (2 by default); sections and events go one and two deeper. */
  headingLevel?: 1 | 2 | 3 | 4;
}

type EventInput = StoryInput['events'][number];
type QuoteInput = NonNullable<StoryInput['quotes']>[number];
type SourceInput = NonNullable<StoryInput['sources']>[number];
type TimeOptions = { precision?: Precision; shown?: string; 'data-end'?: true; 'data-display-date'?: true };

/**
 * A story as HTML: an `<article data-story>` with its title, summary, the events in date order
 * (each with its quotes), periods, people, categories and sources. Every field of the story is
 * written, so that the element reading it back gets the same story. Text is escaped, links are
 * written only where they are http(s), and nothing runs. Throws `StoryProblemsError` when the
 * story does not pass `parseStory`.
 */
export function renderStoryHtml(input: StoryInput | unknown, options: RenderOptions = {}): string {
  const result = parseStory(input);
  if (!result.ok) throw new StoryProblemsError(result.problems);
  const file = input as StoryInput;
  const story = result.story;
  const strings = options.strings ? stringsFromPack(englishPack, 'en', options.strings, story.locale) : defaultStrings;
  const level = options.headingLevel ?? 2;
  const heading = (depth: number, content: Value) =>
    new Markup(`<h${level + depth}>${piece(content)}</h${level + depth}>`);
  const locale = story.locale ?? 'en'; // never the machine's: the same file from every machine
  /** A date as readers of the story's locale write it, on the story's clock. */
  const dateText = (text: string, precision?: Precision) => {
    const date = parseStoryDate(text, story.timeZone, precision);
    return date ? formatStoryDate(date, locale, story.timeZone) : text;
  };
  const time = (text: string, { precision, shown = dateText(text, precision), ...extra }: TimeOptions = {}) =>
    h`<time${attributes({ datetime: text, ...extra })}>${shown}</time>`;

  const people = new Map((file.people ?? []).map((person) => [person.id, person]));
  const categories = new Map(file.categories.map((category) => [category.id, category]));
  const sources = new Map((file.sources ?? []).map((source) => [source.id, source]));
  const eventsById = new Map(file.events.map((event) => [event.id, event]));
  const quotesByFirstEvent = new Map<string, QuoteInput[]>();
  const quotesById = new Map((file.quotes ?? []).map((quote) => [quote.id, quote]));
  for (const quote of story.quotes) {
    const list = quotesByFirstEvent.get(quote.eventIds[0]!) ?? [];
    list.push(quotesById.get(quote.id)!);
    quotesByFirstEvent.set(quote.eventIds[0]!, list);
  }

  const sourceLink = (id: string): Value => {
    const source = sources.get(id);
    if (!source) return id;
    const label = sourceLabel(source, strings);
    return isWebLink(source.url) ? h`<a href="${source.url}">${label}</a>` : label;
  };
  const names = (list: readonly string[]) => list.map((id) => people.get(id)?.name ?? id).join(', ');
  const joined = (items: Value[], separator = ', '): Value[] =>
    items.flatMap((item, i) => (i === 0 ? [item] : [separator, item]));

  /** The panel shows "video · YouTube" with a capital through CSS; plain HTML has no such style. */
  const capitalised = (text: string, lang: string | undefined) =>
    text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);

  /**
   * A medium as plain HTML: an image as an image, anything else as a link to it (no player, no
   * frame: nothing from a third party loads without the script's button); caption, credit and
   * transcript in its caption. Read back by html-story/read.ts.
   */
  const renderMedia = (input: MediaInput, media: Media): Markup => {
    const kind = strings.mediaKind[media.kind];
    const provider = media.provider || strings.thisSite;
    const number = (value: number | undefined) => (value === undefined ? undefined : String(value));
    const shown =
      media.kind === 'image'
        ? h`<img${attributes({
            src: media.file,
            alt: media.alt ?? '',
            srcset: media.srcset,
            width: number(media.width),
            height: number(media.height),
            loading: 'lazy',
          })}>`
        : h`<p><a href="${media.link}">${capitalised(strings.mediaFrom(kind, provider), locale)}: ${
            media.provider ? strings.openMedia(provider) : strings.openFile(kind)
          }</a></p>`;
    const alt = input.kind === 'video' && input.alt ? h`<p data-field="alt">${input.alt}</p>` : '';
    return h`<figure${attributes({
      'data-media': input.kind,
      'data-lat': input.kind === 'map' ? String(input.lat) : undefined,
      'data-lon': input.kind === 'map' ? String(input.lon) : undefined,
      'data-zoom': input.kind === 'map' ? number(input.zoom) : undefined,
      'data-width': input.kind === 'video' ? number(input.width) : undefined,
      'data-height': input.kind === 'video' ? number(input.height) : undefined,
    })}>${shown}${alt}<figcaption><span data-field="caption">${media.caption}</span> <small data-field="credit">${
      media.credit
    }</small>${
      media.transcript ? h` <a data-field="transcript" href="${media.transcript}">${strings.transcript}</a>` : ''
    }</figcaption></figure>
`;
  };

  const renderQuote = (quote: QuoteInput): Markup => {
    const text =
      quote.form === 'fragments'
        ? h`<p>${joined(quote.text.map((fragment) => h`<q>${fragment}</q>`))}</p>`
        : quote.text.map((paragraph) => h`<p>${paragraph}</p>`);
    const medium = strings.medium[quote.medium];
    const source = sources.get(quote.source);
    const sourceCited = source ? h`<cite>${sourceLink(quote.source)}</cite>` : quote.source;
    const speaker = people.get(quote.speaker)?.name ?? quote.speaker;
    const dated = quote.date ? h`, ${time(quote.date)}` : '';
    return h`<figure>
<blockquote${attributes({
      'data-id': quote.id,
      'data-speaker': quote.speaker,
      'data-form': quote.form,
      'data-events': ids(quote.events),
      'data-about': ids(quote.about),
      'data-medium': quote.medium,
      'data-source': quote.source,
    })}>${text}</blockquote>
<figcaption>${speaker}${medium ? `, ${medium}` : ''}${dated}. ${strings.quotedIn} ${sourceCited}.</figcaption>
</figure>`;
  };

  const renderEvent = (event: EventInput): Markup => {
    const approximate = event.approximate === true;
    // "about 6 July 2019": the interface's words around the date, the date in its <time>.
    const [before, , after] = (approximate && storyTextPieces((date) => strings.approximately(date(event.date)))) || [];
    const dates = event.displayDate
      ? [
          time(event.date, { 'data-display-date': true, shown: event.displayDate }),
          event.end ? time(event.end, { 'data-end': true, shown: '' }) : '',
        ]
      : [
          before,
          time(event.date, { precision: event.precision }),
          event.end ? h` – ${time(event.end, { 'data-end': true, precision: event.precision })}` : '',
          after,
        ];
    const status = event.status && strings.status[event.status];
    const about = [
      categories.get(event.category)?.label ?? event.category,
      event.people?.length ? `${strings.peopleLabel}: ${names(event.people)}` : '',
      event.sources?.length ? h`${strings.sourcesLabel}: ${joined(event.sources.map(sourceLink))}` : '',
    ].filter(Boolean);
    const image = event.image;
    const summary = event.summary ? h`<p>${event.summary}</p>\n` : '';
    const media = event.media ? renderMedia(event.media, story.eventById.get(event.id)!.media!) : '';
    const credit = image?.credit ? h`<figcaption>${image.credit}</figcaption>` : '';
    return h`<li${attributes({
      'data-id': event.id,
      'data-category': event.category,
      'data-people': ids(event.people),
      'data-sources': ids(event.sources),
      'data-precision': event.precision,
      'data-approximate': approximate || undefined,
      'data-status': event.status,
    })}>
<p>${dates}${status ? h` <span data-skip>(${status})</span>` : ''}</p>
${heading(2, event.title)}
${summary}${media}${
      image && image.src.startsWith('https://') && isWebLink(image.src)
        ? h`<figure><img${attributes({ src: image.src, alt: image.alt, loading: 'lazy' })}>${credit}</figure>\n`
        : ''
    }<p data-skip>${joined(about, ' · ')}</p>
${(quotesByFirstEvent.get(event.id) ?? []).map(renderQuote)}</li>
`;
  };

  const section = (list: string, title: string, body: Value) =>
    h`<section data-list="${list}">
${heading(1, title)}
${body}
</section>
`;

  const eras = file.eras ?? [];
  const summary = file.story.summary ? h`<p>${file.story.summary}</p>\n` : '';
  const media = file.story.media ? renderMedia(file.story.media, story.media!) : '';
  const eraItem = (era: NonNullable<StoryInput['eras']>[number]) => {
    const label = h`<span data-field="label">${era.label}</span>`;
    return h`<li data-id="${era.id}">${label}: ${time(era.start)} – ${time(era.end)}</li>\n`;
  };
  const personItem = (person: NonNullable<StoryInput['people']>[number]) =>
    h`<dt data-id="${person.id}">${person.name}</dt>${person.role ? h`<dd>${person.role}</dd>` : ''}\n`;
  const article = h`<article${attributes({
    'data-story': String(file.version),
    'data-time-zone': file.story.timeZone,
    lang: file.story.locale,
    'data-source': file.story.source,
    'data-embeds': file.story.embeds,
  })}>
${heading(0, file.story.title)}
${summary}${media}${section(
    'events',
    strings.eventsLabel,
    h`<ol>
${story.events.map(({ id }) => renderEvent(eventsById.get(id)!))}</ol>`,
  )}${
    eras.length
      ? section(
          'eras',
          strings.erasLabel,
          h`<ul>
${eras.map(eraItem)}</ul>`,
        )
      : ''
  }${
    people.size
      ? section(
          'people',
          strings.peopleLabel,
          h`<dl>
${[...people.values()].map(personItem)}</dl>`,
        )
      : ''
  }${section(
    'categories',
    strings.legendLabel,
    h`<ul>
${file.categories.map((category) => h`<li data-id="${category.id}">${category.label}</li>\n`)}</ul>`,
  )}${
    sources.size
      ? section(
          'sources',
          strings.sourcesLabel,
          h`<ul>
${[...sources.values()].map(renderSource)}</ul>`,
        )
      : ''
  }</article>
`;
  return article.html;

  function renderSource(source: SourceInput): Markup {
    const publisher = source.publisher ? h`<span data-field="publisher">${source.publisher}</span>` : '';
    const title = source.title ? h`<cite>${source.title}</cite>` : '';
    const linked = isWebLink(source.url)
      ? h`<a href="${source.url}">${title || h`<span data-skip>${new URL(source.url).hostname}</span>`}</a>`
      : title;
    const parts = [
      source.kind === 'article' ? h`<span data-skip>${strings.articleSource}</span>` : '',
      publisher,
      linked,
      source.date ? time(source.date) : '',
    ].filter(Boolean);
    return h`<li${attributes({ 'data-id': source.id, 'data-kind': source.kind })}>${joined(parts)}</li>\n`;
  }
}

/**
 * A story's HTML ready to use: inside a `<resignation-timeline>` tag to paste into a page, or with
 * `document`, a whole page to read or check on its own, its title the page's one `<h1>`. Throws
 * StoryProblemsError as renderStoryHtml does.
 */
export function renderStoryEmbed(
  input: StoryInput | unknown,
  { document = false, strings }: { document?: boolean; strings?: StringOverrides } = {},
): string {
  const article = renderStoryHtml(input, { strings, headingLevel: document ? 1 : 2 });
  if (!document) return `<resignation-timeline>\n${article}</resignation-timeline>\n`;
  const { title, locale } = (input as StoryInput).story;
  // With no locale of its own, the page is in the language of its interface words: English.
  const language = locale ? String(locale) : 'en';
  const direction = isRightToLeft(language) ? ' dir="rtl"' : '';
  return (
    `<!DOCTYPE html>\n<html lang="${escapeHtml(language)}"${direction}>\n<head>\n<meta charset="utf-8">\n` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    `<title>${escapeHtml(String(title))}</title>\n</head>\n<body>\n<main>\n${article}</main>\n</body>\n</html>\n`
  );
}
