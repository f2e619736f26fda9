import type { MediaKind } from './story/media.js';
import type { EventStatus, QuoteMedium } from './story/schema.js';

/**
 * Every interface string the timeline shows or announces. Pass a partial object as the
 * element's `strings` property to translate or reword any of them.
 */
export interface TimelineStrings {
  eventsLabel: string;
  /** Keyboard help where time runs across (wide), and where it runs down the page (narrow). */
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
  /** `<timeline-quote>`, quietly, where the page names a timeline or a quote that is not there. */
  timelineNotFound: (timelineId: string) => string;
  quoteNotFound: (quoteId: string) => string;
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
  /** Narrow: a break in time between two rows, given its length in words ("5 months"). */
  later: (duration: string) => string;
  loading: string;
  problemsHeading: (count: number) => string;
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
  /** Media: each kind's name, as it reads inside the sentences below ("video", "map"). */
  mediaKind: Record<MediaKind, string>;
  /** Above a medium that has not loaded: its kind and who serves it ("Video · YouTube"). */
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

export const defaultStrings: TimelineStrings = {
  eventsLabel: 'Events, in date order',
  keyboardHelp:
    'Use the Left and Right arrow keys to move between events, Home and End for the first and last. ' +
    'The selected event and what was said about it appear below.',
  keyboardHelpVertical:
    'Use the Up and Down arrow keys to move between events, Home and End for the first and last. ' +
    'The selected event and what was said about it appear below the timeline.',
  legendLabel: 'Categories',
  erasLabel: 'Periods',
  storyLoaded: (title) => `Now showing: ${title}`,
  quotesHeading: 'Who said what',
  allEventsHeading: 'Every event',
  quotesInEvent: 'What was said',
  // Said only where the story has quotes; it may be told from no article at all.
  noQuotesInEvent: 'The story quotes no one on this event.',
  peopleLabel: 'People',
  sourcesLabel: 'Sources',
  articleSource: 'the article',
  sourceName: (publisher, title) => `${publisher}, “${title}”`,
  quotedIn: 'As printed in',
  quoteFrom: (speaker) => `Quote from ${speaker}`,
  showEvent: (eventTitle) => `Show event: ${eventTitle}`,
  quoteAbout: (names) => `About ${names}.`,
  readMore: 'Read more',
  readLess: 'Show less',
  showOnTimeline: 'Show on the timeline',
  selectedOnTimeline: 'Selected on the timeline',
  timelineNotFound: (timelineId) => `This quote is not shown: the page has no timeline “${timelineId}”.`,
  quoteNotFound: (quoteId) => `This quote is not shown: its timeline's story has no quote “${quoteId}”.`,
  approximately: (date) => `about ${date}`,
  status: {
    confirmed: '',
    scheduled: 'Scheduled',
    cancelled: 'Cancelled',
    postponed: 'Postponed',
  },
  medium: {
    letter: 'letter',
    tweet: 'post on Twitter',
    'leaked-cable': 'leaked diplomatic cable',
    'leaked-email': 'leaked email',
    statement: 'statement',
    interview: 'interview',
    speech: 'speech',
    debate: 'debate',
    other: '',
  },
  openQuote: '‘',
  closeQuote: '’',
  zoomHelp: 'Plus and minus zoom the timeline and 0 resets it; with a mouse, drag to pan and hold Ctrl while scrolling to zoom.',
  zoomControlsLabel: 'Zoom',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  zoomInLimit: 'Zoomed in as far as it goes',
  zoomOutLimit: 'The whole story is in view',
  viewChanged: (dates, shown, total) => `${dates}: ${shown} of ${total} ${total === 1 ? 'event' : 'events'}`,
  resetZoom: 'Reset view',
  earlierEvents: (count) => (count === 1 ? '1 earlier event' : `${count} earlier events`),
  laterEvents: (count) => (count === 1 ? '1 later event' : `${count} later events`),
  clusterLabel: (count, dates) => `${count} more events, ${dates}: zoom in to show them`,
  later: (duration) => `${duration} later`,
  loading: 'Loading the story…',
  problemsHeading: (count) => (count === 1 ? 'The story has a problem' : `The story has ${count} problems`),
  keptPreviousStory: 'The story shown is the last one that loaded without problems.',
  retry: 'Try again',
  tabDescription: (date, category, quoteCount) =>
    [date, category, quoteCount === 0 ? '' : quoteCount === 1 ? '1 quote' : `${quoteCount} quotes`]
      .filter(Boolean)
      .join(', '),
  storyModeLabel: 'Story mode',
  previousEvent: 'Previous',
  nextEvent: 'Next',
  position: (position, total) => `${position} of ${total}`,
  storyStep: (position, total, title, date) => `${position} of ${total}: ${title}, ${date}`,
  speakersLabel: 'Quotes by',
  eventsShown: (shown, total) => `${shown} of ${total} ${total === 1 ? 'event' : 'events'} shown`,
  noEventsShown: 'No event is shown: every category is hidden.',
  showAll: 'Show all',
  showTable: 'Show as a table',
  showChart: 'Show as a chart',
  dateColumn: 'Date',
  eventColumn: 'Event',
  categoryColumn: 'Category',
  summaryColumn: 'What happened',
  mediaKind: {
    image: 'image',
    video: 'video',
    audio: 'audio',
    post: 'post',
    map: 'map',
    document: 'document',
  },
  mediaFrom: (kind, provider) => `${kind.charAt(0).toUpperCase()}${kind.slice(1)} · ${provider}`,
  loadMedia: (kind, provider) => `Load the ${kind} from ${provider}`,
  mediaPrivacy: (provider) => `Nothing comes from ${provider} until you press it; then ${provider} can see your address.`,
  openMedia: (provider) => `Open it on ${provider}`,
  openFile: (kind) => `Open the ${kind}`,
  thisSite: 'this site',
  mediaTitle: (kind, caption) => `${caption} (${kind})`,
  transcript: 'Transcript',
};
