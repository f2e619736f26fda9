/**
 * The story format: one valibot schema as the single source of truth. The TypeScript input types
 * are inferred from it and `data/story.schema.json` is generated from it (`npm run schema`).
 * Checks that span the whole story (unique ids, references, ends after starts) live in
 * `parse.ts`, which reports them with the same JSON paths.
 */
import * as v from 'valibot';
import { CATEGORY_STYLES } from './categories.js';
import { DATE_PATTERN_SOURCE, dateProblem, isStoryDate, isTimeZone, PRECISIONS } from './dates.js';
import { isWebLink } from './links.js';
import { isLocale } from './locale.js';
import { MEDIA_KINDS } from './media.js';
import { hasVisibleCharacter, unpairedDirectionControl } from './text.js';

export const STORY_FORMAT_VERSION = 1;

export { CATEGORY_STYLES };

/**
 * Story text is shown to readers, often inside interface text ("Show event: ..."): it must show
 * something (not only zero-width, formatting or direction characters), and its direction
 * controls must be paired so that they cannot reorder the words around it.
 */
const visible = (what: string) =>
  v.check(
    (value: string) => value === '' || hasVisibleCharacter(value),
    `${what} has no visible character (only spaces, zero-width, direction or other formatting characters)`,
  );
const pairedDirectionControls = (what: string) =>
  v.check(
    (value: string) => unpairedDirectionControl(value) === undefined,
    (issue) => `${what} ${unpairedDirectionControl(issue.input as string)}`,
  );

const text = (what: string) =>
  v.pipe(v.string(), v.trim(), v.nonEmpty(`${what} must not be empty`), visible(what), pairedDirectionControls(what));

const id = v.pipe(
  v.string(),
  v.regex(
    /^[A-Za-z0-9][A-Za-z0-9_.-]*$/,
    (issue) => `${JSON.stringify(issue.input)} is not a valid id (letters, digits, "-", "_" and "." only)`,
  ),
  v.description('An identifier, unique within its list, used to link items together.'),
);

const storyDate = v.pipe(
  v.string(),
  v.regex(new RegExp(DATE_PATTERN_SOURCE), (issue) => dateProblem(issue.input)),
  v.check(isStoryDate, (issue) => dateProblem(issue.input)),
  v.description(
    'YYYY, YYYY-MM or YYYY-MM-DD for a calendar year, month or day (never shifted by time zone), ' +
      "or YYYY-MM-DDTHH:MM for an instant on the story's wall clock (an offset such as Z or +01:00 may follow).",
  ),
);

const webLink = v.pipe(
  v.string(),
  v.check(
    (value: string) => isWebLink(value),
    (issue) => `${JSON.stringify(issue.input)} is not an http(s) link`,
  ),
  v.description('An absolute http:// or https:// address; no other scheme is accepted.'),
);

const idList = v.pipe(v.array(id), v.minLength(1, 'must name at least one id'));

export const SourceSchema = v.strictObject({
  id,
  kind: v.pipe(
    v.picklist(['article', 'public-record']),
    v.description(
      '"article" for the news article the story is told from; "public-record" for a cited fact from elsewhere.',
    ),
  ),
  title: v.optional(text('title')),
  publisher: v.optional(text('publisher')),
  date: v.optional(storyDate),
  url: v.optional(webLink),
});

export const CategorySchema = v.strictObject({
  id,
  label: text('label'),
});

export const PersonSchema = v.strictObject({
  id,
  name: text('name'),
  role: v.optional(text('role')),
});

const number = (what: string, min: number, max: number, whole = false) =>
  v.pipe(
    v.number(),
    v.check(
      (value: number) => value >= min && value <= max && (!whole || Number.isInteger(value)),
      `${what} must be a ${whole ? 'whole ' : ''}number from ${min} to ${max}`,
    ),
  );
const pixels = (what: string) =>
  v.optional(
    v.pipe(
      number(what, 1, 20000, true),
      v.description(`Its ${what} in pixels: with the other, it holds its space before it loads.`),
    ),
  );
const address = (what: string) => v.optional(v.pipe(v.string(), v.description(what)));

/**
 * One medium. Its shape is checked here; which fields each kind takes, which it needs, and what
 * its addresses may be are checked in media.ts (`mediaProblems`), each problem with its path.
 */
export const MediaSchema = v.pipe(
  v.strictObject({
    kind: v.picklist(MEDIA_KINDS),
    url: address(
      'image: an https link or a path on this site; video: YouTube, Vimeo, or an .mp4 or .webm file; ' +
        'audio: SoundCloud, or an .mp3 or .m4a file; ' +
        'post: one post on X, Bluesky or Mastodon; document: an http(s) link or a path on this site. Not for a map.',
    ),
    alt: v.optional(
      v.pipe(
        v.string(),
        visible('alt'),
        pairedDirectionControls('alt'),
        v.description(
          'Image (required): what it shows, "" only if decorative. Video: what it shows (or give transcript).',
        ),
      ),
    ),
    srcset: v.optional(
      v.pipe(
        v.array(v.strictObject({ url: v.string(), width: number('width', 1, 20000, true) })),
        v.minLength(1, 'must give at least one size'),
        v.description('Image: the same image at other widths, for the browser to choose from.'),
      ),
    ),
    width: pixels('width'),
    height: pixels('height'),
    transcript: address('Video or audio: a link to a transcript of what is said.'),
    lat: v.optional(v.pipe(number('lat', -90, 90), v.description('Map: latitude of its marker.'))),
    lon: v.optional(v.pipe(number('lon', -180, 180), v.description('Map: longitude of its marker.'))),
    zoom: v.optional(
      v.pipe(
        number('zoom', 1, 18, true),
        v.description('Map: from 1 (the world) to 18 (a street); 14 (a town) when left out.'),
      ),
    ),
    caption: v.pipe(
      text('caption'),
      v.description('What it shows or says, in a sentence; also the name of its player.'),
    ),
    credit: v.pipe(text('credit'), v.description('Whose it is, e.g. "Photo: A. Person / Agency".')),
  }),
  v.description(
    'One medium: an image, a video (YouTube, Vimeo, or an .mp4 or .webm file), ' +
      'audio (SoundCloud, or an .mp3 or .m4a file), ' +
      'a post (X, Bluesky, Mastodon), a map (OpenStreetMap, by lat and lon) or a document link. ' +
      'Nothing from a third party loads until the reader asks.',
  ),
);

export const EMBED_CHOICES = ['on-request', 'links-only'] as const;

export const EVENT_STATUSES = ['confirmed', 'scheduled', 'cancelled', 'postponed'] as const;

export const EventSchema = v.strictObject({
  id,
  date: v.pipe(storyDate, v.description('When it happened, or when a range starts.')),
  end: v.optional(v.pipe(storyDate, v.description('Where the event is a range: when it ends.'))),
  precision: v.optional(
    v.pipe(
      v.picklist(PRECISIONS),
      v.description('How precisely the date is known; coarser than the date text only (e.g. "hour" for 18:00).'),
    ),
  ),
  approximate: v.optional(v.boolean()),
  displayDate: v.optional(
    v.pipe(text('displayDate'), v.description('Shown instead of the formatted date, e.g. "late 2019".')),
  ),
  status: v.optional(v.picklist(EVENT_STATUSES)),
  category: id,
  title: text('title'),
  summary: v.optional(v.pipe(text('summary'), v.description('What happened, in our own words.'))),
  people: v.optional(v.array(id)),
  media: v.optional(MediaSchema),
  image: v.optional(
    v.strictObject({
      src: v.pipe(
        v.string(),
        v.startsWith(
          'https://',
          (issue) => `${JSON.stringify(issue.input)} is not an https link (images are fetched by every reader)`,
        ),
        v.url((issue) => `${JSON.stringify(issue.input)} is not an https link (images are fetched by every reader)`),
      ),
      alt: v.pipe(
        v.string(),
        v.check(
          (value: string) => value === '' || hasVisibleCharacter(value),
          'alt has no visible character: leave it empty ("") for a purely decorative image, ' +
            'else say what the image shows',
        ),
        pairedDirectionControls('alt'),
        v.description('Alternative text; empty only for a purely decorative image.'),
      ),
      credit: v.optional(text('credit')),
    }),
  ),
  sources: v.optional(
    v.pipe(
      v.array(id),
      v.description('Ids of the sources that support this event; none where the story has none to give.'),
    ),
    [],
  ),
});

export const EraSchema = v.strictObject({
  id,
  label: text('label'),
  start: storyDate,
  end: storyDate,
});

export const QUOTE_MEDIA = [
  'letter',
  'tweet',
  'leaked-cable',
  'leaked-email',
  'statement',
  'interview',
  'speech',
  'debate',
  'other',
] as const;

export const QuoteSchema = v.strictObject({
  id,
  speaker: v.pipe(id, v.description('The id of the person who said or wrote it.')),
  form: v.pipe(
    v.picklist(['fragments', 'paragraphs']),
    v.description('"fragments": separate words or phrases as the source quotes them; "paragraphs": continuous text.'),
  ),
  text: v.pipe(
    v.array(text('quoted text')),
    v.minLength(1, 'must hold at least one fragment or paragraph'),
    v.description('The words exactly as the source prints them, without the surrounding quote marks.'),
  ),
  events: v.pipe(idList, v.description('Ids of the events this quote belongs to.')),
  about: v.optional(v.pipe(v.array(id), v.description('Ids of the people the quote is about.'))),
  medium: v.picklist(QUOTE_MEDIA),
  source: v.pipe(id, v.description('The id of the source that prints these words.')),
  date: v.optional(storyDate),
});

export const StorySchema = v.strictObject({
  $schema: v.optional(v.string()),
  version: v.literal(STORY_FORMAT_VERSION),
  story: v.strictObject({
    title: text('title'),
    summary: v.optional(text('summary')),
    timeZone: v.pipe(
      v.string(),
      v.check(isTimeZone, (issue) => `${JSON.stringify(issue.input)} is not a known time zone`),
      v.description('IANA time zone in which times of day are read and shown, e.g. "Europe/London".'),
    ),
    locale: v.optional(
      v.pipe(
        v.string(),
        v.check(isLocale, (issue) => `${JSON.stringify(issue.input)} is not a valid language tag (e.g. "en-GB")`),
        v.description('BCP 47 language tag of the story, e.g. "en-GB".'),
      ),
    ),
    source: v.optional(v.pipe(id, v.description('The id of the source article this story is told from.'))),
    media: v.optional(MediaSchema),
    embeds: v.optional(
      v.pipe(
        v.picklist(EMBED_CHOICES),
        v.description(
          '"on-request" (the default): a reader may load a video, audio, post or map player from its provider ' +
            'by pressing its button; "links-only": never, each is a link to its provider.',
        ),
      ),
    ),
  }),
  sources: v.optional(v.array(SourceSchema), []),
  categories: v.pipe(
    v.array(CategorySchema),
    v.minLength(1, 'must name at least one category'),
    v.maxLength(
      CATEGORY_STYLES,
      `must name at most ${CATEGORY_STYLES} categories, so that each keeps its own colour and shape`,
    ),
  ),
  people: v.optional(v.array(PersonSchema), []),
  events: v.pipe(v.array(EventSchema), v.minLength(1, 'must hold at least one event')),
  eras: v.optional(v.array(EraSchema), []),
  quotes: v.optional(v.array(QuoteSchema), []),
});

/** A story file as written (input of `parseStory`). */
export type StoryInput = v.InferInput<typeof StorySchema>;
/** A story file once its shape is checked, with defaults filled in. */
export type StoryFile = v.InferOutput<typeof StorySchema>;
export type EventStatus = (typeof EVENT_STATUSES)[number];
export type QuoteMedium = (typeof QUOTE_MEDIA)[number];
export type MediaInput = v.InferInput<typeof MediaSchema>;
export type EmbedChoice = (typeof EMBED_CHOICES)[number];
export { MEDIA_KINDS };
