/**
 * Both ways between TimelineJS3 (its JSON, or its spreadsheet template as CSV) and our story
 * format. What one side cannot hold is reported, never silently lost.
 */
import { dateProblem, isStoryDate } from '../story/dates.js';
import { formatPath, parseStory } from '../story/parse.js';
import {
  audioSource,
  hostOf,
  isFileAddress,
  isLinkAddress,
  postSource,
  videoSource,
  type MediaKind,
} from '../story/media.js';
import type { MediaInput, StoryInput } from '../story/schema.js';
import type { StoryDate } from '../story/dates.js';
import type { Media, Story, StoryProblem } from '../story/types.js';
import { escapeHtml } from '../format/html.js';
import { htmlToPlainText, type TextLink } from './html-text.js';
import {
  readSheet,
  writeSheet,
  type TimelineJSData,
  type TimelineJSDate,
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
const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif|svg)(?:$|[?#])/i;
/** Hosts that serve the same files over https as over http. */
const HTTPS_TOO = new RegExp(
  String.raw`^(?:http:)?\/\/(?:upload\.wikimedia\.org|[^/]*\.staticflickr\.com|(?:www\.|m\.)?youtube\.com|` +
    String.raw`youtu\.be|(?:www\.|player\.)?vimeo\.com|(?:www\.)?soundcloud\.com|` +
    String.raw`(?:www\.|mobile\.)?(?:twitter|x)\.com|bsky\.app|(?:www\.)?openstreetmap\.org)\/`,
  'i',
);
/** Providers whose addresses name one video, sound or post: another address of theirs is not carried. */
const PLAYER_HOSTS = new RegExp(
  String.raw`^(?:www\.|m\.|mobile\.|player\.)?` +
    String.raw`(?:youtube\.com|youtu\.be|vimeo\.com|soundcloud\.com|twitter\.com|x\.com|bsky\.app)$`,
  'i',
);

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

const field = (value: string | number | undefined | null) =>
  value === undefined || value === null ? '' : String(value).trim();

/** A TimelineJS3 date as our date text, or the reason it cannot be one. */
function storyDateText(date: TimelineJSDate): { text: string; precision?: 'hour' } | { problem: string } {
  const year = field(date.year);
  if (!/^[+-]?\d+$/.test(year)) return { problem: `${JSON.stringify(year)} is not a year` };
  const sign = year.startsWith('-') ? '-' : '';
  const digits = year.replace(/^[+-]/, '').replace(/^0+(?=\d)/, '');
  if (sign || Number(digits) < 1 || digits.length > 4) return { problem: dateProblem(`${sign}${digits}`) };
  let text = digits.padStart(4, '0');
  const two = (value: string) => value.padStart(2, '0');
  const [month, day, hour, minute, second] = [date.month, date.day, date.hour, date.minute, date.second].map(field);
  let precision: 'hour' | undefined;
  if (month) {
    text += `-${two(month)}`;
    if (day) {
      text += `-${two(day)}`;
      if (hour) {
        text += `T${two(hour)}:${two(minute || '0')}`;
        if (!minute) precision = 'hour';
        if (second) text += `:${two(second)}`;
      }
    }
  }
  return isStoryDate(text) ? { text, precision } : { problem: dateProblem(text) };
}

/** The era's end as our format means it: TimelineJS3 ends an era when its end date begins. */
function periodBefore(text: string): string {
  const [year, month, day] = text.split(/[-T]/).map(Number) as [number, number?, number?];
  if (text.includes('T')) return text;
  if (day !== undefined) {
    const date = new Date(0);
    date.setUTCFullYear(year, month! - 1, day - 1); // not Date.UTC, which reads years 0 to 99 as 1900 to 1999
    return date.toISOString().slice(0, 10);
  }
  if (month !== undefined)
    return month > 1
      ? `${String(year).padStart(4, '0')}-${String(month - 1).padStart(2, '0')}`
      : `${String(year - 1).padStart(4, '0')}-12`;
  return String(year - 1).padStart(4, '0');
}

/** The inverse of `periodBefore`. */
function periodAfter(date: StoryDate): string {
  if (date.kind === 'instant') return date.text;
  const next = new Date(date.wallEnd);
  const year = String(next.getUTCFullYear()).padStart(4, '0');
  if (date.precision === 'year') return year;
  const month = `${year}-${String(next.getUTCMonth() + 1).padStart(2, '0')}`;
  return date.precision === 'month' ? month : `${month}-${String(next.getUTCDate()).padStart(2, '0')}`;
}

function readInput(
  input: string | TimelineJSData,
): { data: TimelineJSData; where: (item: object, path: string) => string; notes: ConversionNote[] } | StoryProblem {
  if (typeof input !== 'string') return { data: input, where: (_, path) => path, notes: [] };
  const text = input.replace(/^\uFEFF/, '').trim();
  if (text.startsWith('{')) {
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
  const storyMedia = titleSlide ? mediaOf(titleSlide, storyTitle, where(titleSlide, 'title'), note) : undefined;
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
    const media = mediaOf(slide, title, path, note);
    if (slide.background?.url || slide.background?.color) note(`${path}.background`, 'backgrounds are not carried');
    for (const key of Object.keys(slide)) if (!READ_FIELDS.has(key)) note(`${path}.${key}`, `"${key}" is not carried`);
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
  return checked.ok ? { ok: true, story, dropped } : { ok: false, problems: checked.problems, dropped };
}

/** An OpenStreetMap page's address: its marker (mlat, mlon) or its view (#map=zoom/lat/lon). */
function openStreetMapPoint(url: string): { lat: number; lon: number; zoom?: number } | undefined {
  let address: URL;
  try {
    address = new URL(url);
  } catch {
    return undefined;
  }
  if (!/^(?:www\.)?openstreetmap\.org$/.test(address.hostname)) return undefined;
  const view = /^#map=(\d{1,2})\/(-?[\d.]+)\/(-?[\d.]+)/.exec(address.hash);
  const lat = Number(address.searchParams.get('mlat') ?? view?.[2]);
  const lon = Number(address.searchParams.get('mlon') ?? view?.[3]);
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) return undefined;
  const zoom = view ? Math.min(18, Math.max(1, Number(view[1]))) : undefined;
  return { lat, lon, ...(zoom ? { zoom } : {}) };
}

/**
 * A slide's media as a story's medium: images, YouTube and Vimeo videos, video and audio files,
 * SoundCloud, posts on X (Twitter), Bluesky and Mastodon, OpenStreetMap maps, and any other web
 * page as a document link. TimelineJS3 asks neither caption nor credit; a story does, so where
 * one is missing the headline (caption) or the provider's name (credit) stands in, and the
 * report says so. Media written as HTML (a blockquote, an embed code) is not carried.
 */
function mediaOf(
  slide: TimelineJSSlide,
  title: string,
  path: string,
  note: (path: string, message: string) => void,
): MediaInput | undefined {
  const given = field(slide.media?.url);
  if (!given) return undefined;
  const where = `${path}.media`;
  if (given.startsWith('<')) {
    note(
      where,
      'media written as HTML (a blockquote, an embed) is not carried: add a quote with its speaker and source by hand',
    );
    return undefined;
  }
  const url = HTTPS_TOO.test(given) ? given.replace(/^(?:http:)?\/\//i, 'https://') : given;
  const caption = plain(slide.media?.caption).text || title;
  const credit = plain(slide.media?.credit).text;
  const alt = plain(slide.media?.alt).text;
  const common = (kind: MediaKind, provider: string) => {
    if (!plain(slide.media?.caption).text)
      note(`${where}.caption`, `the ${kind} has no caption: the headline stands in`);
    if (!credit) note(`${where}.credit`, `the ${kind} has no credit: "${provider}" stands in; give whose it is`);
    return { caption: caption || provider, credit: credit || provider };
  };
  const host = hostOf(url) ?? '';
  const video = videoSource(url);
  if (video)
    return {
      kind: 'video',
      url,
      alt: alt || caption || title || video.provider,
      ...common('video', video.provider || host),
    };
  const audio = audioSource(url);
  if (audio) return { kind: 'audio', url, ...common('audio', audio.provider || host) };
  const post = postSource(url);
  if (post) return { kind: 'post', url, ...common('post', post.provider) };
  const point = openStreetMapPoint(url);
  if (point) return { kind: 'map', ...point, ...common('map', 'OpenStreetMap') };
  if (PLAYER_HOSTS.test(host)) {
    note(
      where,
      `media ${JSON.stringify(given)} is not carried: it is not the address of one video, sound or post on ${host}`,
    );
    return undefined;
  }
  if (isFileAddress(url) && IMAGE_FILE.test(new URL(url, 'https://page.invalid/').pathname)) {
    return { kind: 'image', url, alt: alt || caption || title, ...common('image', host) };
  }
  if (isLinkAddress(url) && /^https?:\/\//i.test(url)) {
    note(where, `media ${JSON.stringify(given)} has no player here: it is carried as a link to the page (a document)`);
    return { kind: 'document', url, ...common('document', host) };
  }
  note(where, `media ${JSON.stringify(given)} is not carried: it is not an http(s) address`);
  return undefined;
}

/** A medium as TimelineJS3's media: its address (a map as its OpenStreetMap page), caption, credit and alt. */
function timelineMedia(media: Media, path: string, note: (path: string, message: string) => void) {
  if (media.kind === 'map')
    note(path, 'TimelineJS3 has no OpenStreetMap player: the map is written as a link to its page');
  if (media.kind === 'post' && !media.provider.startsWith('X')) {
    note(
      path,
      `TimelineJS3 has no player for ${media.provider.replace(/ \(.*\)$/, '')} posts: ` +
        'it may show the address only as a link',
    );
  }
  if (media.srcset || media.width)
    note(path, "the image's other sizes (srcset) and its width and height are not carried");
  if (media.transcript) note(`${path}.transcript`, 'the transcript link is not carried');
  return {
    url: media.kind === 'image' ? media.file! : media.link,
    caption: escapeHtml(media.caption ?? (media.kind === 'image' ? (media.alt ?? '') : '')),
    credit: escapeHtml(media.credit ?? ''),
    ...(media.alt ? { alt: escapeHtml(media.alt) } : {}),
  };
}

function timelineDate(date: StoryDate): TimelineJSDate {
  const fields = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?)?)?$/.exec(date.text);
  const number = (text: string | undefined) => (text === undefined ? undefined : String(Number(text)));
  if (fields) {
    const [, year, month, day, hour, minute, second] = fields;
    const out: TimelineJSDate = { year: number(year) };
    if (month) out.month = number(month);
    if (day) out.day = number(day);
    if (hour) out.hour = number(hour);
    if (minute && date.precision === 'minute') out.minute = number(minute);
    if (second && date.precision === 'minute') out.second = number(second);
    return out;
  }
  // A time with an offset: written as the story's wall clock, which TimelineJS3 shows as it is.
  const wall = new Date(date.wall);
  return {
    year: String(wall.getUTCFullYear()),
    month: String(wall.getUTCMonth() + 1),
    day: String(wall.getUTCDate()),
    hour: String(wall.getUTCHours()),
    ...(date.precision === 'minute' ? { minute: String(wall.getUTCMinutes()) } : {}),
  };
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
