import type { StoryDate } from './dates.js';
import type { MediaEmbed, MediaKind } from './media.js';
import type { EmbedChoice, EventStatus, QuoteMedium } from './schema.js';

/** One thing wrong with a story, located by its JSON path (e.g. `events[3].date`). */
export interface StoryProblem {
  readonly path: string;
  readonly message: string;
}

export interface Source {
  readonly id: string;
  readonly kind: 'article' | 'public-record';
  readonly title?: string;
  readonly publisher?: string;
  readonly date?: StoryDate;
  readonly url?: string;
}

export interface Category {
  readonly id: string;
  readonly label: string;
  /** Position in the story's list; picks the category's colour and marker shape. */
  readonly index: number;
}

export interface Person {
  readonly id: string;
  readonly name: string;
  readonly role?: string;
}

/**
 * An event's or the story's one medium, checked and read: what the reader sees before anything
 * loads (caption, credit, provider), the plain link, and what may load: an image or a file the
 * browser plays itself, or a third-party player (`embed`) loaded only when the reader asks.
 */
export interface Media {
  readonly kind: MediaKind;
  /** Required in `media`; an event's older `image` field may leave them out. */
  readonly caption?: string;
  readonly credit?: string;
  /** Who serves it ("YouTube", "OpenStreetMap"), or its host's name; "" for the page's own site. */
  readonly provider: string;
  /** The address a reader can follow without any player: the original page, or the file. */
  readonly link: string;
  /** An image's address, or a video or audio file the browser plays itself. */
  readonly file?: string;
  /**
   * A third-party player; absent for files, documents, Bluesky posts given by handle, and when the story says
   * "links-only".
   */
  readonly embed?: MediaEmbed;
  /** Images: alternative text ("" for a decorative one); videos: what it shows. */
  readonly alt?: string;
  /** Images: the `srcset` attribute, built from checked addresses. */
  readonly srcset?: string;
  readonly width?: number;
  readonly height?: number;
  /** Video and audio: a link to what is said. */
  readonly transcript?: string;
}

export interface StoryEvent {
  readonly id: string;
  /** Position in date order. */
  readonly index: number;
  readonly start: StoryDate;
  readonly end?: StoryDate;
  readonly approximate: boolean;
  readonly displayDate?: string;
  readonly status: EventStatus;
  readonly categoryId: string;
  readonly title: string;
  /** What happened; a story may give only a title. */
  readonly summary?: string;
  readonly personIds: readonly string[];
  /** Its one medium: `media`, or the older `image` field read as an image. */
  readonly media?: Media;
  /** Ids of the sources given for the event; empty where the story gives none. */
  readonly sourceIds: readonly string[];
  /** Quotes linked to this event, in story order. */
  readonly quoteIds: readonly string[];
}

export interface Era {
  readonly id: string;
  readonly label: string;
  readonly start: StoryDate;
  readonly end: StoryDate;
}

export interface Quote {
  readonly id: string;
  readonly speakerId: string;
  readonly form: 'fragments' | 'paragraphs';
  readonly text: readonly string[];
  /** Linked events in date order; the first is the one a reader is taken to. */
  readonly eventIds: readonly string[];
  readonly aboutIds: readonly string[];
  readonly medium: QuoteMedium;
  readonly sourceId: string;
  readonly date?: StoryDate;
}

/** A checked, normalised story: events and quotes in date order, every reference resolved. */
export interface Story {
  readonly title: string;
  readonly summary?: string;
  readonly timeZone: string;
  readonly locale?: string;
  readonly sourceId?: string;
  /** The story's own medium, shown under its title. */
  readonly media?: Media;
  /** Whether a reader may load third-party players ("on-request"), or gets links only. */
  readonly embeds: EmbedChoice;
  readonly sources: ReadonlyMap<string, Source>;
  readonly categories: readonly Category[];
  readonly categoryById: ReadonlyMap<string, Category>;
  readonly people: ReadonlyMap<string, Person>;
  readonly events: readonly StoryEvent[];
  readonly eventById: ReadonlyMap<string, StoryEvent>;
  readonly eras: readonly Era[];
  readonly quotes: readonly Quote[];
  readonly quoteById: ReadonlyMap<string, Quote>;
}

export type ParseResult =
  { readonly ok: true; readonly story: Story } | { readonly ok: false; readonly problems: readonly StoryProblem[] };
