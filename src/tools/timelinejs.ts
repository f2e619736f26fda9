/**
 * Both ways between TimelineJS3 (its JSON, or its spreadsheet template as CSV) and our story
 * format. What one side cannot hold is reported, never silently lost.
 */
import { formatPath, parseStory } from '../story/parse.js';
import { hostOf } from '../story/media.js';
import type { StoryInput } from '../story/schema.js';
import type { Story, StoryProblem } from '../story/types.js';
import { escapeHtml } from '../format/html.js';
import { htmlToPlainText, type TextLink } from './html-text.js';
import { periodAfter, periodBefore, storyDateText, timelineDate } from './timelinejs-dates.js';
import { storyMedium, timelineMedia, type SlideMedia } from './timelinejs-media.js';
import {
  field,
  readSheet,
  writeSheet,
  type TimelineJSData,
  type TimelineJSEra,
  type TimelineJSSlide,
} from './timelinejs-format.js';

export type { TimelineJSData, TimelineJSDate, TimelineJSEra, TimelineJSSlide } from './timelinejs-format.js';

/** Something the conversion could not carry, and where it was. */
export interface ConversionNote {
  readonly path: string;
  readonly message: string;
}

export type ImportResult =
  | { readonly ok: true; readonly story: StoryInput; readonly dropped: readonly ConversionNote[] }
  | { readonly ok: false; readonly problems: readonly StoryProblem[]; readonly dropped: readonly ConversionNote[] };

export type ExportResult =
  | {
      readonly ok: true;
      readonly output: string;
      readonly timeline: TimelineJSData;
      readonly dropped: readonly ConversionNote[];
    }
  | { readonly ok: false; readonly problems: readonly StoryProblem[]; readonly dropped: readonly ConversionNote[] };

export interface ImportOptions {
  /** The IANA zone in which the timeline's times of day are read (TimelineJS3 has none). Default UTC. */
  readonly timeZone?: string;
}

/** The category of slides without a group. Exported back as no group. */
export const UNGROUPED = { id: 'event', label: 'Event' } as const;
/** TimelineJS3's notes about its own features in its examples; not part of a story. */
const NOTE_CLASS = 'tl-note';
/** The paragraph in which an export lists an event's sources (read back as sources, not text). */
const SOURCES_CLASS = 'rt-sources';
const TEXT_OPTIONS = { skipClasses: [NOTE_CLASS, SOURCES_CLASS] };

const plain = (html: string | undefined) => htmlToPlainText(html ?? '', TEXT_OPTIONS);

/** A readable id: ASCII letters and digits of the text, joined by hyphens, at most about 40 characters. */
export function slugOf(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    if (slug && slug.length + word.length >= 40) break;
    slug = slug ? `${slug}-${word}` : word.slice(0, 40);
  }
  return slug;
}

/**
 * Gives out ids that are unique within one list, made from a text ("Iowa caucus" -> "iowa-caucus";
 * a second one "iowa-caucus-2"), or kept as given where the timeline has its own valid id.
 */
function idMaker(fallback: string) {
  const used = new Set<string>();
  return (text: string, given = '') => {
    const base = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(given) ? given : slugOf(text) || `${fallback}-${used.size + 1}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}

/** A slide's media fields as the media conversion reads them (see timelinejs-media.ts). */
const slideMedia = (slide: TimelineJSSlide): SlideMedia => ({
  url: field(slide.media?.url),
  caption: plain(slide.media?.caption).text,
  credit: plain(slide.media?.credit).text,
  alt: plain(slide.media?.alt).text,
});

function readInput(
  input: string | TimelineJSData,
): { data: TimelineJSData; where: (item: object, path: string) => string; notes: ConversionNote[] } | StoryProblem {
  if (typeof input !== 'string') return { data: input, where: (_, path) => path, notes: [] };
  const text = input.replace(/^\uFEFF/, ''); // untrimmed: a sheet's problems are named by line and row
  if (text.trimStart().startsWith('{')) {
    try {
      const data = JSON.parse(text) as TimelineJSData;
      if (!Array.isArray(data?.events))
        return { path: 'events', message: 'is required: a TimelineJS3 timeline is an object with a list of events' };
      return { data, where: (_, path) => path, notes: [] };
    } catch (error) {
      return { path: '(timeline)', message: `is not valid JSON: ${(error as Error).message}` };
    }
  }
  const sheet = readSheet(text);
  if (sheet.brokenQuoteLine !== undefined) {
    return {
      path: '(sheet)',
      message:
        `line ${sheet.brokenQuoteLine}: a cell opens a quote mark (") that does not close where the cell ends, so ` +
        'the rows after it would be misread; close the quote, and write a quote inside a quoted cell as ""',
    };
  }
  if (sheet.data.events.length === 0 && !sheet.data.title) {
    return {
      path: '(timeline)',
      message: 'is neither TimelineJS3 JSON nor its spreadsheet template (CSV with a Year column)',
    };
  }
  return {
    data: sheet.data,
    where: (item, path) => (sheet.rowOf.has(item) ? `row ${sheet.rowOf.get(item)}: ${path}` : path),
    notes: sheet.ignored.map((message) => ({
      path: '(sheet)',
      message: `${message} is not part of the template and was not read`,
    })),
  };
}

/** Slide fields that are read, or that say nothing a story could show. */
const READ_FIELDS = new Set([
  'start_date',
  'end_date',
  'display_date',
  'text',
  'media',
  'group',
  'background',
  'unique_id',
  'autolink',
  'type',
]);

/**
 * Converts a TimelineJS3 timeline (its JSON as text or object, or its spreadsheet template as CSV
 * text) into a story in our format. Text is read from HTML as plain text, links in it become the
 * event's sources, groups become categories, eras stay eras, ids are made from headlines where
 * slides have none. Dates outside years 1 to 9999 refuse the whole import, each with its path.
 * `dropped` lists what could not be carried (media written as HTML, backgrounds, ...) and where a
 * missing caption or credit was filled in.
 */
export function importTimelineJS(input: string | TimelineJSData, options: ImportOptions = {}): ImportResult {
  const read = readInput(input);
  if ('message' in read) return { ok: false, problems: [read], dropped: [] };
  const { data, where } = read;
  const dropped = read.notes;
  const problems: StoryProblem[] = [];
  const note = (path: string, message: string) => dropped.push({ path, message });

  const sourceIds = idMaker('source');
  const sourceByUrl = new Map<string, NonNullable<StoryInput['sources']>[number]>();
  const sourcesFor = (links: readonly TextLink[]) =>
    [...new Set(links.map((link) => link.href))].map((href) => {
      let source = sourceByUrl.get(href);
      if (!source) {
        const text = links.find((link) => link.href === href)!.text;
        const publisher = hostOf(href) ?? href; // links are absolute http(s): always a host
        source = {
          id: sourceIds(publisher),
          kind: 'public-record',
          publisher,
          url: href,
          ...(text && text !== href ? { title: text } : {}),
        };
        sourceByUrl.set(href, source);
      }
      return source.id;
    });

  const titleSlide = data.title;
  const storyTitle = plain(titleSlide?.text?.headline).text || plain(titleSlide?.media?.caption).text;
  const summary = plain(titleSlide?.text?.text).text;
  if (!storyTitle) note('title', 'the timeline has no title: the story is called "Untitled timeline"');
  const storyMedia = titleSlide
    ? storyMedium(slideMedia(titleSlide), storyTitle, where(titleSlide, 'title'), note)
    : undefined;
  if (titleSlide?.background?.url || titleSlide?.background?.color)
    note(where(titleSlide, 'title.background'), 'backgrounds are not carried');

  const categories = new Map<string, { id: string; label: string }>();
  const categoryIds = idMaker('group');
  const categoryFor = (group: string) => {
    if (!group) return (categories.get('') ?? categories.set('', { ...UNGROUPED }).get(''))!.id;
    if (!categories.has(group)) categories.set(group, { id: categoryIds(group), label: group });
    return categories.get(group)!.id;
  };

  const eventIds = idMaker('event');
  const events: StoryInput['events'] = [];
  /** The slide each event came from, and the era each era: to say where the story's problems lie. */
  const origins = { events: [] as object[], eras: [] as object[] };
  data.events.forEach((slide, index) => {
    const path = where(slide, `events[${index}]`);
    const title = plain(slide.text?.headline).text || plain(slide.media?.caption).text;
    if (!slide.start_date) {
      problems.push({
        path: `${path}.start_date`,
        message: 'is required: a slide without a date cannot be placed on the timeline',
      });
      return;
    }
    const start = storyDateText(slide.start_date);
    const end = slide.end_date && field(slide.end_date.year) ? storyDateText(slide.end_date) : undefined;
    if ('problem' in start) problems.push({ path: `${path}.start_date`, message: start.problem });
    if (end && 'problem' in end) problems.push({ path: `${path}.end_date`, message: end.problem });
    if ('problem' in start || (end && 'problem' in end)) return;
    if (field(slide.start_date.millisecond) || field(slide.end_date?.millisecond))
      note(path, 'milliseconds are not carried');
    if (slide.end_date?.display_date)
      note(`${path}.end_date.display_date`, "an end date's own display date is not carried");
    if (!title) note(path, 'the slide has neither headline nor caption: its title is "Untitled event"');
    const text = plain(slide.text?.text);
    const displayDate = plain(slide.display_date || slide.start_date.display_date).text;
    const media = storyMedium(slideMedia(slide), title, path, note);
    if (slide.background?.url || slide.background?.color) note(`${path}.background`, 'backgrounds are not carried');
    for (const key of Object.keys(slide)) if (!READ_FIELDS.has(key)) note(`${path}.${key}`, `"${key}" is not carried`);
    origins.events.push(slide);
    events.push({
      id: eventIds(title, field(slide.unique_id)),
      date: start.text,
      ...(end ? { end: end.text } : {}),
      ...(start.precision ? { precision: start.precision } : {}),
      ...(displayDate ? { displayDate } : {}),
      category: categoryFor(plain(slide.group).text),
      title: title || 'Untitled event',
      ...(text.text ? { summary: text.text } : {}),
      ...(media ? { media } : {}),
      // Links in an export's own list of sources are read back too; those in TimelineJS3's notes are not.
      sources: sourcesFor(htmlToPlainText(slide.text?.text ?? '', { skipClasses: [NOTE_CLASS] }).links),
    });
  });

  const eraIds = idMaker('era');
  const eras = (data.eras ?? []).flatMap((era, index) => {
    const path = where(era, `eras[${index}]`);
    const start = storyDateText(era.start_date ?? {});
    const end = storyDateText(era.end_date ?? {});
    if ('problem' in start) problems.push({ path: `${path}.start_date`, message: start.problem });
    if ('problem' in end) problems.push({ path: `${path}.end_date`, message: end.problem });
    if ('problem' in start || 'problem' in end) return [];
    const label = plain(era.text?.headline).text || `Era ${index + 1}`;
    const before = periodBefore(end.text);
    origins.eras.push(era);
    return [{ id: eraIds(label), label, start: start.text, end: before >= start.text ? before : end.text }];
  });

  if (data.scale === 'cosmological')
    note('scale', 'the cosmological scale is not carried: a story holds years 1 to 9999');
  if (problems.length > 0) return { ok: false, problems, dropped };

  const story: StoryInput = {
    version: 1,
    story: {
      title: storyTitle || 'Untitled timeline',
      ...(summary ? { summary } : {}),
      timeZone: options.timeZone ?? 'UTC',
      ...(storyMedia ? { media: storyMedia } : {}),
    },
    sources: [...sourceByUrl.values()],
    categories: [...categories.values()],
    events,
    ...(eras.length > 0 ? { eras } : {}),
  };
  const checked = parseStory(story);
  if (checked.ok) return { ok: true, story, dropped };
  // An event that ends before it starts, say: found in the story, told by the sheet's row.
  const located = checked.problems.map((problem) => {
    const [, list, index] = /^(events|eras)\[(\d+)\]/.exec(problem.path) ?? [];
    const origin = list && origins[list as keyof typeof origins][Number(index)];
    return origin ? { ...problem, path: where(origin, problem.path) } : problem;
  });
  return { ok: false, problems: located, dropped };
}

function sourceLabel(story: Story, id: string): { html: string } {
  const source = story.sources.get(id)!;
  const label =
    [source.publisher, source.title].filter(Boolean).join(': ') ||
    (source.kind === 'article' ? story.title : source.id);
  return { html: source.url ? `<a href="${escapeHtml(source.url)}">${escapeHtml(label)}</a>` : escapeHtml(label) };
}

/**
 * Converts a story (a story file's JSON text, or the object it holds) into TimelineJS3's JSON or
 * its spreadsheet template (CSV). Plain text is escaped for TimelineJS3, which reads text as
 * HTML; an event's sources are listed as links in its text. `dropped` lists what TimelineJS3
 * cannot hold (quotes, people, statuses, the time zone).
 */
export function exportTimelineJS(input: unknown, format: 'json' | 'csv' = 'json'): ExportResult {
  let file = input;
  if (typeof input === 'string') {
    try {
      file = JSON.parse(input);
    } catch (error) {
      return {
        ok: false,
        problems: [{ path: '(story)', message: `is not valid JSON: ${(error as Error).message}` }],
        dropped: [],
      };
    }
  }
  const parsed = parseStory(file);
  if (!parsed.ok) return { ok: false, problems: parsed.problems, dropped: [] };
  const { story } = parsed;
  const dropped: ConversionNote[] = [];
  const note = (path: string, message: string) => dropped.push({ path, message });

  const groupOf = (categoryId: string) => {
    const { id, label } = story.categoryById.get(categoryId)!;
    return id === UNGROUPED.id && label === UNGROUPED.label ? '' : escapeHtml(label);
  };
  const events: TimelineJSSlide[] = story.events.map((event) => {
    const path = formatPath(['events', event.index]);
    if (event.status !== 'confirmed') note(`${path}.status`, `the status "${event.status}" is not carried`);
    if (event.approximate) note(`${path}.approximate`, 'approximate dates are not marked in TimelineJS3');
    if (event.personIds.length > 0) note(`${path}.people`, 'people are not carried');
    const sources = event.sourceIds.map((id) => sourceLabel(story, id).html);
    const text = [
      ...(event.summary ? [`<p>${escapeHtml(event.summary)}</p>`] : []),
      ...(sources.length > 0 ? [`<p class="${SOURCES_CLASS}">Sources: ${sources.join('; ')}</p>`] : []),
    ].join('');
    return {
      start_date: timelineDate(event.start),
      ...(event.end ? { end_date: timelineDate(event.end) } : {}),
      ...(event.displayDate ? { display_date: escapeHtml(event.displayDate) } : {}),
      text: { headline: escapeHtml(event.title), text },
      ...(event.media ? { media: timelineMedia(event.media, `${path}.media`, note) } : {}),
      group: groupOf(event.categoryId),
      unique_id: event.id,
    };
  });
  const eras: TimelineJSEra[] = story.eras.map((era) => ({
    start_date: timelineDate(era.start),
    end_date: timelineDate({ ...era.end, text: periodAfter(era.end) }),
    text: { headline: escapeHtml(era.label) },
  }));
  if (story.embeds === 'links-only')
    note('story.embeds', 'TimelineJS3 has no "links only": it loads every player with the timeline');
  if (story.quotes.length > 0)
    note('quotes', `${story.quotes.length} quote(s) are not carried: TimelineJS3 has no quote cards`);
  if (story.events.some((event) => event.start.kind === 'instant')) {
    note(
      'story.timeZone',
      `TimelineJS3 has no time zone: times are written as the clock in ${story.timeZone} shows them`,
    );
  }
  const timeline: TimelineJSData = {
    title: {
      text: { headline: escapeHtml(story.title), text: story.summary ? `<p>${escapeHtml(story.summary)}</p>` : '' },
      ...(story.media ? { media: timelineMedia(story.media, 'story.media', note) } : {}),
    },
    events,
    ...(eras.length > 0 ? { eras } : {}),
  };
  const output = format === 'csv' ? `${writeSheet(timeline)}\n` : `${JSON.stringify(timeline, null, 2)}\n`;
  return { ok: true, output, timeline, dropped };
}
