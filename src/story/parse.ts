import * as v from 'valibot';
import { parseStoryDate, PRECISIONS, type Precision, type StoryDate } from './dates.js';
import { StorySchema, type StoryFile } from './schema.js';
import { DEFAULT_MAP_ZOOM, mediaProblems, mediaSource } from './media.js';
import type { MediaInput } from './schema.js';
import type { Era, Media, ParseResult, Quote, Source, Story, StoryEvent, StoryProblem } from './types.js';

type Path = readonly (string | number)[];

/** `['events', 3, 'date']` -> `events[3].date`; the empty path names the whole story. */
export function formatPath(path: Path): string {
  if (path.length === 0) return '(story)';
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');
}

export function formatProblem(problem: StoryProblem): string {
  return `${problem.path}: ${problem.message}`;
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    return 'is not a field of this format';
  }
  if (issue.kind === 'schema' && issue.input === undefined && issue.received === 'undefined') {
    return 'is required';
  }
  if (issue.kind === 'schema' && issue.expected && issue.received) {
    return `expected ${issue.expected}, got ${issue.received}`;
  }
  return issue.message;
}

function shapeProblems(issues: readonly v.BaseIssue<unknown>[]): StoryProblem[] {
  return issues.map((issue) => ({
    path: formatPath(issue.path?.map((item) => item.key as string | number) ?? []),
    message: describeIssue(issue),
  }));
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/**
 * Checks that span the story: unique ids, references that resolve, ranges that end after they
 * start. Written against unknown input so that they run, and report, even when the shape check
 * has found problems elsewhere.
 */
export function crossReferenceProblems(input: unknown): StoryProblem[] {
  if (!isRecord(input)) return [];
  const problems: StoryProblem[] = [];
  const report = (path: Path, message: string) => problems.push({ path: formatPath(path), message });

  const idsOf = (listName: string): Set<string> => {
    const seen = new Map<string, number>();
    listOf(input[listName]).forEach((item, index) => {
      if (!isRecord(item) || typeof item.id !== 'string') return;
      const first = seen.get(item.id);
      if (first === undefined) seen.set(item.id, index);
      else report([listName, index, 'id'], `"${item.id}" is already the id of ${listName}[${first}]`);
    });
    return new Set(seen.keys());
  };
  const known = {
    sources: idsOf('sources'),
    categories: idsOf('categories'),
    people: idsOf('people'),
    events: idsOf('events'),
    eras: idsOf('eras'),
    quotes: idsOf('quotes'),
  };
  const singular = {
    sources: 'source',
    categories: 'category',
    people: 'person',
    events: 'event',
    eras: 'era',
    quotes: 'quote',
  } as const;

  const checkRef = (value: unknown, list: keyof typeof known, path: Path) => {
    if (typeof value === 'string' && !known[list].has(value)) {
      report(path, `"${value}" is not the id of any ${singular[list]} (${list})`);
    }
  };
  const checkRefs = (value: unknown, list: keyof typeof known, path: Path) =>
    listOf(value).forEach((ref, i) => checkRef(ref, list, [...path, i]));

  const checkMedia = (media: unknown, path: Path) => {
    if (isRecord(media))
      for (const [key, message] of mediaProblems(media)) problems.push({ path: `${formatPath(path)}.${key}`, message });
  };

  const story = isRecord(input.story) ? input.story : {};
  checkMedia(story.media, ['story', 'media']);
  const timeZone = typeof story.timeZone === 'string' ? story.timeZone : 'UTC';
  checkRef(story.source, 'sources', ['story', 'source']);

  const checkRange = (item: Record<string, unknown>, path: Path, startKey: string, endKey: string) => {
    const { [startKey]: startText, [endKey]: endText } = item;
    if (typeof startText !== 'string' || typeof endText !== 'string') return;
    const precision = precisionField(item);
    const start = safeDate(startText, timeZone, precision);
    const end = safeDate(endText, timeZone, precision);
    if (start && end && end.wallEnd <= start.wall) {
      report([...path, endKey], `"${endText}" is before "${startText}": a range must end after it starts`);
    }
  };

  listOf(input.events).forEach((event, i) => {
    if (!isRecord(event)) return;
    const path = ['events', i];
    checkRef(event.category, 'categories', [...path, 'category']);
    checkRefs(event.people, 'people', [...path, 'people']);
    checkRefs(event.sources, 'sources', [...path, 'sources']);
    checkRange(event, path, 'date', 'end');
    checkMedia(event.media, [...path, 'media']);
    if (event.media !== undefined && event.image !== undefined) {
      report([...path, 'image'], 'an event holds one medium: give it in media (image is its older form), not both');
    }
    const precision = precisionField(event);
    for (const key of ['date', 'end'] as const) {
      const text = event[key];
      if (typeof text === 'string' && precision && safeDate(text, timeZone) && !safeDate(text, timeZone, precision)) {
        report([...path, 'precision'], `"${precision}" is finer than the date "${text}" gives`);
      }
    }
  });
  listOf(input.eras).forEach((era, i) => {
    if (isRecord(era)) checkRange(era, ['eras', i], 'start', 'end');
  });
  listOf(input.quotes).forEach((quote, i) => {
    if (!isRecord(quote)) return;
    const path = ['quotes', i];
    checkRef(quote.speaker, 'people', [...path, 'speaker']);
    checkRefs(quote.events, 'events', [...path, 'events']);
    checkRefs(quote.about, 'people', [...path, 'about']);
    checkRef(quote.source, 'sources', [...path, 'source']);
  });
  return problems;
}

function precisionField(item: Record<string, unknown>): Precision | undefined {
  return PRECISIONS.find((precision) => precision === item.precision);
}

function safeDate(text: string, timeZone: string, precision?: Precision): StoryDate | undefined {
  try {
    return parseStoryDate(text, timeZone, precision);
  } catch {
    return undefined; // an unknown time zone is reported by the shape check
  }
}

/**
 * Checks a story file (already read from JSON) and returns either the normalised story or every
 * problem found, each with its JSON path. Never throws.
 */
export function parseStory(input: unknown): ParseResult {
  const oversized = oversizedLists(input);
  if (oversized.length > 0) return { ok: false, problems: oversized };
  const shape = v.safeParse(StorySchema, input);
  const problems = [...(shape.success ? [] : shapeProblems(shape.issues)), ...crossReferenceProblems(input)];
  if (!shape.success || problems.length > 0) {
    return { ok: false, problems: dedupe(problems) };
  }
  return { ok: true, story: normalise(shape.output) };
}

/** The most items a story's list may hold: ten times the largest story the timeline is measured with. */
export const MAX_LIST_ITEMS = 100_000;

/**
 * The story's lists that are too long to check: checked item by item, a file of a million zeros
 * would hold the page for seconds, and report a million problems. Nothing else is checked then.
 */
function oversizedLists(input: unknown): StoryProblem[] {
  if (!isRecord(input)) return [];
  return ['events', 'quotes', 'people', 'categories', 'sources', 'eras'].flatMap((name) => {
    const list = input[name];
    return Array.isArray(list) && list.length > MAX_LIST_ITEMS
      ? [{ path: name, message: `has ${list.length} items; a story may have at most ${MAX_LIST_ITEMS}` }]
      : [];
  });
}

/** Reads JSON text and checks it; a syntax error is reported as a problem, not thrown. */
export function parseStoryJson(json: string): ParseResult {
  let input: unknown;
  try {
    input = JSON.parse(json);
  } catch (error) {
    return { ok: false, problems: [{ path: '(story)', message: `is not valid JSON: ${(error as Error).message}` }] };
  }
  return parseStory(input);
}

function dedupe(problems: StoryProblem[]): StoryProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = formatProblem(problem);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A checked medium as the timeline shows it: its player or file read from its address (the
 * schema has refused addresses that are not), the srcset built from checked addresses, and no
 * player where the story gives links only.
 */
export function normaliseMedia(media: MediaInput, embeds: 'on-request' | 'links-only' = 'on-request'): Media {
  // The checks passed: the address is one this kind takes, and only this kind's fields are given.
  const { kind, url, lat, lon, zoom, srcset, ...rest } = media;
  const { embed, file, ...source } = mediaSource({ kind, url, lat, lon, zoom: zoom ?? DEFAULT_MAP_ZOOM })!;
  const players = embeds === 'on-request';
  return {
    kind,
    ...rest,
    ...source,
    ...(embed && players ? { embed } : {}),
    // Links only: a video or audio file from another host is a link too (an image still shows).
    ...(file && (players || kind === 'image' || !/^https:/i.test(file)) ? { file } : {}),
    ...(srcset ? { srcset: srcset.map((size) => `${size.url} ${size.width}w`).join(', ') } : {}),
  };
}

function normalise(file: StoryFile): Story {
  const { timeZone } = file.story;
  const embeds = file.story.embeds ?? 'on-request';
  // Dates were validated by the schema and the cross-reference checks above.
  const date = (text: string, precision?: Precision): StoryDate => parseStoryDate(text, timeZone, precision)!;

  const sources = new Map<string, Source>(
    file.sources.map((source) => [source.id, { ...source, date: source.date ? date(source.date) : undefined }]),
  );
  const categories = file.categories.map((category, index) => ({ ...category, index }));
  const people = new Map(file.people.map((person) => [person.id, person]));

  const datedEvents = file.events.map((event, fileOrder) => ({
    event,
    fileOrder,
    start: date(event.date, event.precision),
    end: event.end ? date(event.end, event.precision) : undefined,
  }));
  datedEvents.sort(
    (a, b) =>
      a.start.wall - b.start.wall ||
      (a.end ?? a.start).wallEnd - (b.end ?? b.start).wallEnd ||
      a.fileOrder - b.fileOrder,
  );
  const eventIndex = new Map(datedEvents.map(({ event }, index) => [event.id, index]));

  const quotes: Quote[] = file.quotes
    .map((quote, fileOrder) => ({
      quote: {
        id: quote.id,
        speakerId: quote.speaker,
        form: quote.form,
        text: quote.text,
        eventIds: [...new Set(quote.events)].sort((a, b) => eventIndex.get(a)! - eventIndex.get(b)!),
        aboutIds: quote.about ?? [],
        medium: quote.medium,
        sourceId: quote.source,
        date: quote.date ? date(quote.date) : undefined,
      } satisfies Quote,
      fileOrder,
    }))
    .sort(
      (a, b) =>
        eventIndex.get(a.quote.eventIds[0]!)! - eventIndex.get(b.quote.eventIds[0]!)! || a.fileOrder - b.fileOrder,
    )
    .map(({ quote }) => quote);

  // One pass over the quotes, not one per event: a story may hold thousands of each.
  const quoteIdsByEvent = new Map<string, string[]>();
  for (const quote of quotes) {
    for (const eventId of quote.eventIds) {
      const ids = quoteIdsByEvent.get(eventId);
      if (ids) ids.push(quote.id);
      else quoteIdsByEvent.set(eventId, [quote.id]);
    }
  }

  const events: StoryEvent[] = datedEvents.map(({ event, start, end }, index) => ({
    id: event.id,
    index,
    start,
    end,
    approximate: event.approximate ?? false,
    displayDate: event.displayDate,
    status: event.status ?? 'confirmed',
    categoryId: event.category,
    title: event.title,
    summary: event.summary,
    personIds: event.people ?? [],
    media: event.media
      ? normaliseMedia(event.media, embeds)
      : // The older image field: a credit it may leave out, no caption.
        event.image &&
        normaliseMedia({
          kind: 'image',
          url: event.image.src,
          alt: event.image.alt,
          credit: event.image.credit!,
          caption: undefined!,
        }),
    sourceIds: event.sources,
    quoteIds: quoteIdsByEvent.get(event.id) ?? [],
  }));

  const eras: Era[] = file.eras
    .map((era) => ({ id: era.id, label: era.label, start: date(era.start), end: date(era.end) }))
    .sort((a, b) => a.start.wall - b.start.wall);

  return {
    title: file.story.title,
    summary: file.story.summary,
    timeZone,
    locale: file.story.locale,
    sourceId: file.story.source,
    ...(file.story.media ? { media: normaliseMedia(file.story.media, embeds) } : {}),
    embeds,
    sources,
    categories,
    categoryById: new Map(categories.map((category) => [category.id, category])),
    people,
    events,
    eventById: new Map(events.map((event) => [event.id, event])),
    eras,
    quotes,
    quoteById: new Map(quotes.map((quote) => [quote.id, quote])),
  };
}
