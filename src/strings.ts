import english from './i18n/packs/en.json' with { type: 'json' };
import { formatMessage, type Message, type Pack } from './i18n/messages.js';
import type { MediaKind } from './story/media.js';
import type { EventStatus, QuoteMedium } from './story/schema.js';

/**
 * Every interface string the timeline shows or announces, as the timeline's code reads them. The
 * words come from a language pack (`src/i18n/packs/*.json`, see `stringsFromPack`); a page
 * rewords any of them through the element's `strings` property (see `StringOverrides`).
 */
export interface TimelineStrings {
  eventsLabel: string;
  /** Keyboard help where time runs across (horizontal), and where it runs down the page (vertical). */
  keyboardHelp: string;
  keyboardHelpVertical: string;
  legendLabel: string;
  erasLabel: string;
  storyLoaded: (title: string) => string;
  quotesHeading: string;
  allEventsHeading: string;
  quotesInEvent: string;
  /** Where the story has quotes, but none on the selected event. */
  noQuotesInEvent: string;
  peopleLabel: string;
  sourcesLabel: string;
  articleSource: string;
  /** A public-record source named by its publisher and the title it published. */
  sourceName: (publisher: string, title: string) => string;
  quotedIn: string;
  /** The name of a quote card, for assistive technology. */
  quoteFrom: (speaker: string) => string;
  showEvent: (eventTitle: string) => string;
  /** Who a quote is about, given as a list of names. */
  quoteAbout: (names: string) => string;
  /** A long quote's disclosure button, closed and open. */
  readMore: string;
  readLess: string;
  /** `<timeline-quote>`: its button to the quote's event, and what it says while that event is selected. */
  showOnTimeline: string;
  selectedOnTimeline: string;
  /**
   * `<timeline-quote>`, quietly, where the page names a timeline or a quote that is not there, or
   * the timeline could not have its story.
   */
  timelineNotFound: (timelineId: string) => string;
  quoteNotFound: (quoteId: string) => string;
  storyNotLoaded: string;
  approximately: (date: string) => string;
  status: Record<EventStatus, string>;
  medium: Record<QuoteMedium, string>;
  openQuote: string;
  closeQuote: string;
  zoomHelp: string;
  zoomControlsLabel: string;
  zoomIn: string;
  zoomOut: string;
  /** Said by a zoom button that can go no further (it stays focusable, marked aria-disabled). */
  zoomInLimit: string;
  zoomOutLimit: string;
  /** Said politely once the reader has zoomed or panned: the time in view and how much of the story. */
  viewChanged: (dates: string, shown: number, total: number) => string;
  resetZoom: string;
  earlierEvents: (count: number) => string;
  laterEvents: (count: number) => string;
  clusterLabel: (count: number, dates: string) => string;
  /** A "+N" mark at the closest zoom, whose events zooming cannot part: pressed, it shows the next. */
  clusterNext: (count: number, dates: string) => string;
  /** Vertical: a break in time between two rows, given its length in words ("5 months"). */
  later: (duration: string) => string;
  loading: string;
  problemsHeading: (count: number) => string;
  /** After the problems listed, how many more there are. */
  moreProblems: (count: number) => string;
  keptPreviousStory: string;
  /** The button that asks again for a story that could not be fetched. */
  retry: string;
  tabDescription: (date: string, category: string, quoteCount: number) => string;
  /** Story mode: Previous and Next through the shown events, the position, and what is said on a step. */
  storyModeLabel: string;
  previousEvent: string;
  nextEvent: string;
  position: (position: number, total: number) => string;
  storyStep: (position: number, total: number, title: string, date: string) => string;
  /** Filters: the people whose quotes are shown; what is shown, said politely; the empty state. */
  speakersLabel: string;
  eventsShown: (shown: number, total: number) => string;
  noEventsShown: string;
  showAll: string;
  /** The table view: its toggle and its column headings (the caption is `allEventsHeading`). */
  showTable: string;
  showChart: string;
  dateColumn: string;
  eventColumn: string;
  categoryColumn: string;
  summaryColumn: string;
  /**
   * Punctuation: a field's label before its value ("People: …"), between the parts of a line ("name, role, date"), and
   * at a line's end.
   */
  labelled: (label: string) => string;
  separator: string;
  fullStop: string;
  /** Media: each kind's name, as it reads inside the sentences below ("video", "map"). */
  mediaKind: Record<MediaKind, string>;
  /**
   * Above a medium that has not loaded: its kind and who serves it ("video · YouTube", its first letter shown as a
   * capital).
   */
  mediaFrom: (kind: string, provider: string) => string;
  /** The button that loads a third-party player, only when the reader presses it. */
  loadMedia: (kind: string, provider: string) => string;
  /** Beside that button: what pressing it does. */
  mediaPrivacy: (provider: string) => string;
  /** The plain link to a medium on its provider's site, and to a file or document. */
  openMedia: (provider: string) => string;
  openFile: (kind: string) => string;
  /** Where a file is on the page's own site, said in place of a provider's name. */
  thisSite: string;
  /** A player's name (an iframe's title, a video's label): its kind and caption. */
  mediaTitle: (kind: string, caption: string) => string;
  /** The link to a transcript of a video or audio. */
  transcript: string;
}

/**
 * The values each message that takes any is given, by name, in the order its function takes them.
 * A plural message is chosen by `count`.
 */
export const MESSAGE_PARAMETERS: Readonly<Partial<Record<keyof TimelineStrings, readonly string[]>>> = {
  storyLoaded: ['title'],
  sourceName: ['publisher', 'title'],
  quoteFrom: ['speaker'],
  showEvent: ['event'],
  quoteAbout: ['names'],
  timelineNotFound: ['id'],
  quoteNotFound: ['id'],
  approximately: ['date'],
  viewChanged: ['dates', 'shown', 'count'],
  earlierEvents: ['count'],
  laterEvents: ['count'],
  clusterLabel: ['count', 'dates'],
  clusterNext: ['count', 'dates'],
  later: ['duration'],
  problemsHeading: ['count'],
  moreProblems: ['count'],
  tabDescription: ['date', 'category', 'count'],
  position: ['position', 'count'],
  storyStep: ['position', 'count', 'title', 'date'],
  eventsShown: ['shown', 'count'],
  labelled: ['label'],
  mediaFrom: ['kind', 'provider'],
  loadMedia: ['kind', 'provider'],
  mediaPrivacy: ['provider'],
  openMedia: ['provider'],
  openFile: ['kind'],
  mediaTitle: ['kind', 'caption'],
};

/** The English pack: in the first download, and what any other pack falls back to, key by key. */
export const englishPack: Pack = english;

/**
 * What a page may give as `strings`: any string, as a function as before or as a message with
 * placeholders (`'{count} plus tard'`, or plural variants `{ one: …, other: … }`); the statuses
 * and media as partial records; or a whole language pack as its JSON has it ("status.scheduled").
 */
export type StringOverrides = {
  [Key in keyof TimelineStrings]?: TimelineStrings[Key] extends string
    ? string
    : TimelineStrings[Key] extends (...args: never[]) => string
      ? TimelineStrings[Key] | Message
      : Partial<TimelineStrings[Key]>;
} & Readonly<Record<string, unknown>>;

/**
 * The strings of a language pack written in `lang`, with English for any key it lacks, and then
 * `overrides` over them, whose messages are in `overridesLang` (plural rules and numbers: a page
 * may give a whole pack in its own language to a build that has only English).
 */
export function stringsFromPack(
  pack: Pack,
  lang: string,
  overrides?: StringOverrides,
  overridesLang = lang,
): TimelineStrings {
  const strings: Record<string, unknown> = { status: {}, medium: {}, mediaKind: {} };
  const set = (key: string, value: unknown, lang: string) => {
    const [group, name] = key.split('.');
    if (name !== undefined) (strings[group!] as Record<string, unknown>)[name] = value;
    else if (key === 'status' || key === 'medium' || key === 'mediaKind') Object.assign(strings[key] as object, value);
    else {
      const parameters = MESSAGE_PARAMETERS[key as keyof TimelineStrings];
      strings[key] =
        parameters && typeof value !== 'function'
          ? (...args: (string | number)[]) =>
              formatMessage(value as Message, Object.fromEntries(parameters.map((name, i) => [name, args[i]!])), lang)
          : value;
    }
  };
  for (const [key, message] of Object.entries({ ...englishPack, ...pack })) set(key, message, lang);
  for (const [key, value] of Object.entries(overrides ?? {}))
    if (value !== undefined && value !== null) set(key, value, overridesLang);
  return strings as unknown as TimelineStrings;
}

/** The English strings. */
export const defaultStrings: TimelineStrings = stringsFromPack(englishPack, 'en');
