import type { StoryDate } from './dates.js';
import type { EventStatus, QuoteMedium } from './schema.js';

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
  readonly image?: { readonly src: string; readonly alt: string; readonly credit?: string };
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
  | { readonly ok: true; readonly story: Story }
  | { readonly ok: false; readonly problems: readonly StoryProblem[] };
