/**
 * The HTML reader: a story written as HTML inside the element (the format `render.ts` writes and
 * the README documents) read into the JSON shape, for the same checker as any other story. It
 * only reads: it never checks, so that every problem is reported by `parseStory` like those of a
 * JSON story, with a path that also points into the markup (`withMarkupPaths`). Loaded as a chunk
 * of its own, only by a timeline that has HTML content and no other story.
 */
import { collapseSpace } from '../format/html.js';
import type { ParseResult, StoryProblem } from '../story/types.js';
import { isLocale } from '../story/locale.js';

type Path = string;
interface Origin {
  element: Element;
  attribute?: string;
}

/** What was read, and where each part of it (by JSON path) was read from. */
export interface HtmlStoryRead {
  input: Record<string, unknown>;
  origins: Map<Path, Origin>;
  root: Element;
}

const HEADINGS = 'h1, h2, h3, h4, h5, h6';

/** An element's text as a reader sees it, without the parts marked `data-skip` (words for readers only). */
function textOf(element: Element): string {
  let text = '';
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) text += child.nodeValue;
      else if (
        child instanceof Element &&
        !child.hasAttribute('data-skip') &&
        child.localName !== 'script' &&
        child.localName !== 'style'
      )
        walk(child);
      else if (child instanceof Element && child.localName === 'br') text += ' ';
    }
  };
  walk(element);
  return collapseSpace(text);
}

const idList = (value: string | null) => (value === null ? undefined : value.split(/[\t\n\f\r ]+/).filter(Boolean));

/** True where `element` is part of a quote inside `within`: in its `<blockquote>` or the `<figure>` around it. */
function inQuote(element: Element, within: Element): boolean {
  const quote = element.closest('blockquote') ?? element.closest('figure')?.querySelector('blockquote');
  return !!quote && within.contains(quote);
}

/** The first of `elements` that is not part of a quote inside `within`. */
const outsideQuotes = <T extends Element>(elements: Iterable<T>, within: Element): T | undefined =>
  [...elements].find((element) => !inQuote(element, within));

/**
 * Reads the story written as HTML in `host`: in its `<article data-story>` (or first `<article>`)
 * child, else in the host itself.
 */
export function readStoryHtml(host: Element): HtmlStoryRead {
  const root = host.querySelector(':scope > [data-story]') ?? host.querySelector(':scope > article') ?? host;
  const origins = new Map<Path, Origin>();
  /** Records where a field came from and returns its value, left out where undefined. */
  const at = <T>(path: Path, element: Element | null | undefined, value: T, attribute?: string): T => {
    if (element) origins.set(path, attribute ? { element, attribute } : { element });
    return value;
  };
  const attribute = (path: Path, element: Element, name: string) => {
    const value = element.getAttribute(name);
    return value === null ? undefined : at(path, element, value, name);
  };
  const ids = (path: Path, element: Element, name: string) => {
    const value = idList(element.getAttribute(name));
    return value && at(path, element, value, name);
  };
  const text = (path: Path, element: Element | null | undefined) =>
    element ? at(path, element, textOf(element)) : undefined;
  const time = (path: Path, element: Element | null | undefined) =>
    element ? attribute(path, element, 'datetime') : undefined;
  const number = (path: Path, element: Element, name: string) => {
    const value = attribute(path, element, name);
    return value === undefined ? undefined : Number(value);
  };
  /**
   * A medium (see render.ts): its kind, its address (an image's src, else its link), point, sizes, alt, caption,
   * credit, transcript.
   */
  function readMedia(path: Path, figure: Element | null | undefined): Record<string, unknown> | undefined {
    if (!figure) return undefined;
    at(path, figure, undefined);
    const kind = attribute(`${path}.kind`, figure, 'data-media');
    const img = kind === 'image' ? figure.querySelector('img') : null;
    const link = figure.querySelector(':scope > p > a[href], :scope > a[href]');
    const field = (name: string) => figure.querySelector(`[data-field="${name}"]`);
    const transcript = field('transcript');
    const srcset = img?.getAttribute('srcset');
    return {
      kind,
      url:
        kind === 'map'
          ? undefined
          : img
            ? attribute(`${path}.url`, img, 'src')
            : link
              ? attribute(`${path}.url`, link, 'href')
              : undefined,
      lat: kind === 'map' ? number(`${path}.lat`, figure, 'data-lat') : undefined,
      lon: kind === 'map' ? number(`${path}.lon`, figure, 'data-lon') : undefined,
      zoom: kind === 'map' ? number(`${path}.zoom`, figure, 'data-zoom') : undefined,
      alt: img ? attribute(`${path}.alt`, img, 'alt') : text(`${path}.alt`, field('alt')),
      srcset: srcset
        ? at(
            `${path}.srcset`,
            img,
            srcset.split(/,\s+/).map((candidate) => {
              const [url, width] = candidate.trim().split(/\s+/);
              return { url, width: Number(width?.replace(/w$/, '')) };
            }),
            'srcset',
          )
        : undefined,
      width: img ? number(`${path}.width`, img, 'width') : number(`${path}.width`, figure, 'data-width'),
      height: img ? number(`${path}.height`, img, 'height') : number(`${path}.height`, figure, 'data-height'),
      transcript: transcript ? attribute(`${path}.transcript`, transcript, 'href') : undefined,
      caption: text(`${path}.caption`, field('caption')),
      credit: text(`${path}.credit`, field('credit')),
    };
  }
  const list = (name: string) => root.querySelector(`[data-list="${name}"]`);
  const items = <T>(name: string, selector: string, read: (item: Element, path: Path) => T): T[] | undefined => {
    const container = list(name);
    if (!container) return undefined;
    at(name, container, undefined);
    return [...container.querySelectorAll(selector)].map((item, i) =>
      at(`${name}[${i}]`, item, read(item, `${name}[${i}]`)),
    );
  };

  const title = [...root.querySelectorAll(HEADINGS)].find(
    (heading) => !heading.closest('li, dl, blockquote, figure, [data-list]'),
  );
  const summary = title?.nextElementSibling?.localName === 'p' ? title.nextElementSibling : undefined;
  const version = root.getAttribute('data-story');
  const input: Record<string, unknown> = {
    version: version ? Number(version) : 1,
    story: at('story', root, {
      title: text('story.title', title),
      summary: text('story.summary', summary),
      timeZone: attribute('story.timeZone', root, 'data-time-zone'),
      // An empty or malformed `lang` says the language is unknown, as it does to a browser.
      locale: isLocale(root.getAttribute('lang') ?? '') ? attribute('story.locale', root, 'lang') : undefined,
      source: attribute('story.source', root, 'data-source'),
      embeds: attribute('story.embeds', root, 'data-embeds'),
      media: readMedia('story.media', root.querySelector(':scope > figure[data-media]')),
    }),
  };
  const sources = items('sources', 'li', (item, path) => ({
    id: attribute(`${path}.id`, item, 'data-id'),
    kind: attribute(`${path}.kind`, item, 'data-kind'),
    title: text(`${path}.title`, item.querySelector('cite')),
    publisher: text(`${path}.publisher`, item.querySelector('[data-field="publisher"]')),
    date: time(`${path}.date`, item.querySelector('time[datetime]')),
    url: (() => {
      const link = item.querySelector('a[href]');
      return link ? attribute(`${path}.url`, link, 'href') : undefined;
    })(),
  }));
  if (sources) input.sources = sources;
  input.categories =
    items('categories', 'li', (item, path) => ({
      id: attribute(`${path}.id`, item, 'data-id'),
      label: text(`${path}.label`, item),
    })) ?? [];
  const people = items('people', 'dt', (item, path) => {
    const role = item.nextElementSibling?.localName === 'dd' ? item.nextElementSibling : undefined;
    return {
      id: attribute(`${path}.id`, item, 'data-id'),
      name: text(`${path}.name`, item),
      role: text(`${path}.role`, role),
    };
  });
  if (people) input.people = people;

  const eventList = list('events')?.querySelector('ol') ?? root.querySelector('ol');
  if (eventList) at('events', eventList, undefined);
  const eventItems = eventList ? [...eventList.querySelectorAll(':scope > li')] : [];
  input.events = eventItems.map((item, i) => {
    const path = `events[${i}]`;
    at(path, item, undefined);
    const date = outsideQuotes(item.querySelectorAll('time[datetime]:not([data-end])'), item);
    const heading = outsideQuotes(item.querySelectorAll(HEADINGS), item);
    const summary = heading
      ? [...item.children].filter(
          (child) =>
            child.localName === 'p' &&
            !child.hasAttribute('data-skip') &&
            heading.compareDocumentPosition(child) & Node.DOCUMENT_POSITION_FOLLOWING,
        )
      : [];
    const image = outsideQuotes(
      [...item.querySelectorAll('img')].filter((img) => !img.closest('[data-media]')),
      item,
    );
    const approximate = item.getAttribute('data-approximate');
    const event: Record<string, unknown> = {
      id: attribute(`${path}.id`, item, 'data-id'),
      date: time(`${path}.date`, date),
      end: time(`${path}.end`, outsideQuotes(item.querySelectorAll('time[datetime][data-end]'), item)),
      precision: attribute(`${path}.precision`, item, 'data-precision'),
      approximate:
        approximate === null ? undefined : at(`${path}.approximate`, item, approximate !== 'false', 'data-approximate'),
      displayDate: date?.hasAttribute('data-display-date') ? text(`${path}.displayDate`, date) : undefined,
      status: attribute(`${path}.status`, item, 'data-status'),
      category: attribute(`${path}.category`, item, 'data-category'),
      title: text(`${path}.title`, heading),
      summary: summary.length ? at(`${path}.summary`, summary[0], summary.map(textOf).join(' ')) : undefined,
      people: ids(`${path}.people`, item, 'data-people'),
      media: readMedia(`${path}.media`, outsideQuotes(item.querySelectorAll('figure[data-media]'), item)),
      image: image && {
        src: attribute(`${path}.image.src`, image, 'src'),
        alt: attribute(`${path}.image.alt`, image, 'alt'),
        credit: text(`${path}.image.credit`, image.closest('figure')?.querySelector('figcaption')),
      },
      sources: ids(`${path}.sources`, item, 'data-sources'),
    };
    if (image) at(`${path}.image`, image, undefined);
    return event;
  });

  const eras = items('eras', 'li', (item, path) => {
    const [start, end] = item.querySelectorAll('time[datetime]');
    return {
      id: attribute(`${path}.id`, item, 'data-id'),
      label: text(`${path}.label`, item.querySelector('[data-field="label"]')),
      start: time(`${path}.start`, start),
      end: time(`${path}.end`, end),
    };
  });
  if (eras) input.eras = eras;

  const quotes = [...root.querySelectorAll('blockquote')].map((quote, i) => {
    const path = `quotes[${i}]`;
    at(path, quote, undefined);
    const caption = quote.closest('figure')?.querySelector(':scope > figcaption') ?? quote.querySelector('footer');
    const inside = (selector: string) =>
      [...quote.querySelectorAll(selector)].filter((element) => !element.closest('footer'));
    const fragments = inside('q');
    const parts = fragments.length ? fragments : inside('p');
    const event = quote.closest('li[data-id]');
    const form = quote.getAttribute('data-form');
    return {
      id: attribute(`${path}.id`, quote, 'data-id'),
      speaker: attribute(`${path}.speaker`, quote, 'data-speaker'),
      form:
        form === null ? (fragments.length ? 'fragments' : 'paragraphs') : at(`${path}.form`, quote, form, 'data-form'),
      text: parts.length
        ? parts.map((part, n) => at(`${path}.text[${n}]`, part, textOf(part)))
        : [at(`${path}.text[0]`, quote, textOf(quote))],
      events:
        ids(`${path}.events`, quote, 'data-events') ??
        (event && eventList?.contains(event)
          ? at(`${path}.events`, event, [event.getAttribute('data-id')], 'data-id')
          : undefined),
      about: ids(`${path}.about`, quote, 'data-about'),
      medium: attribute(`${path}.medium`, quote, 'data-medium'),
      source: attribute(`${path}.source`, quote, 'data-source'),
      date: time(`${path}.date`, caption?.querySelector('time[datetime]')),
    };
  });
  if (quotes.length) input.quotes = quotes;
  return { input: withoutUndefined(input) as Record<string, unknown>, origins, root };
}

/** Fields never given are left out (as a JSON story leaves them out), so the checker says "is required". */
function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUndefined);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .map(([key, item]) => [key, withoutUndefined(item)]),
  );
}

/**
 * A CSS selector for `element` within `root`, as short as keeps it unique: from the element up,
 * each step its tag and `data-id` (or its place among its kind), until it matches only there.
 */
export function selectorFor(element: Element, root: Element, attribute?: string): string {
  const steps: string[] = [];
  for (let node: Element | null = element; node && node !== root; node = node.parentElement) {
    const id = node.getAttribute('data-id');
    const list = node.getAttribute('data-list');
    let step = node.localName;
    if (id !== null) step += `[data-id="${CSS.escape(id)}"]`;
    else if (list !== null) step += `[data-list="${CSS.escape(list)}"]`;
    const kind = [...(node.parentElement?.children ?? [])].filter((sibling) => sibling.localName === node!.localName);
    // Its place among its kind where the rest does not tell it apart: a data-id given twice, say.
    if (kind.filter((sibling) => sibling.matches(step)).length > 1) step += `:nth-of-type(${kind.indexOf(node) + 1})`;
    steps.unshift(step);
    const selector = steps.join(' > ');
    const matches = root.querySelectorAll(selector);
    if (matches.length === 1 && matches[0] === element) break;
  }
  const selector =
    steps.join(' > ') || (element.hasAttribute('data-story') ? `${element.localName}[data-story]` : element.localName);
  return attribute ? `${selector}[${attribute}]` : selector;
}

/**
 * The checker's result for a story read from HTML, each problem's path followed by where in the
 * markup it lies: `events[2].date (li[data-id="leak"] > p > time[datetime])`. A problem inside a
 * field (`events[2].people[1]`) points at the nearest part read.
 */
export function withMarkupPaths(result: ParseResult, read: HtmlStoryRead): ParseResult {
  if (result.ok) return result;
  const locate = (problem: StoryProblem): StoryProblem => {
    for (let path = problem.path; path; path = path.replace(/(\.[^.[\]]+|\[\d+\])$/, '') || '') {
      const origin = read.origins.get(path);
      if (origin)
        return { ...problem, path: `${problem.path} (${selectorFor(origin.element, read.root, origin.attribute)})` };
      if (!/[.[]/.test(path)) break;
    }
    return problem;
  };
  return { ok: false, problems: result.problems.map(locate) };
}
