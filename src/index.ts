/**
 * resignation-timeline: the element classes (the timeline and its quote card) and the pure story
 * and layout functions. Importing this module registers nothing; import
 * `resignation-timeline/define.js` to define the tags.
 */
export { ResignationTimeline } from './components/resignation-timeline/resignation-timeline.js';
export { TimelineQuote } from './components/timeline-quote/timeline-quote.js';
export { parseStory, parseStoryJson, formatProblem, formatPath } from './story/parse.js';
export { StorySchema, STORY_FORMAT_VERSION } from './story/schema.js';
export type { StoryInput, StoryFile, EventStatus, QuoteMedium, MediaInput, EmbedChoice } from './story/schema.js';
export type { MediaKind, MediaEmbed } from './story/media.js';
export type * from './story/types.js';
export { parseStoryDate, type StoryDate, type Precision } from './story/dates.js';
export {
  layoutTimeline,
  type TimelineLayout,
  type MarkerLayout,
  type TickLayout,
  type LayoutOptions,
} from './layout/layout.js';
export { formatEventDate, formatStoryDate } from './format/dates.js';
export { defaultStrings, englishPack, stringsFromPack, type StringOverrides, type TimelineStrings } from './strings.js';
export { LANGUAGES, languageFor, isRightToLeft, type Language } from './i18n/languages.js';
export { formatMessage, type Message, type PluralMessage, type Pack } from './i18n/messages.js';
export {
  TIMELINE_SELECT,
  type TimelineSelectEvent,
  type TimelineSelectDetail,
  type SelectTrigger,
  TIMELINE_FILTER_CHANGE,
  type TimelineFilterChangeEvent,
} from './events.js';
export type { TimelineFilter } from './layout/filter.js';
export { renderStoryHtml, StoryProblemsError, type RenderOptions } from './html-story/render.js';
export {
  TIMELINE_LOAD,
  type TimelineLoadEvent,
  type TimelineLoadDetail,
  TIMELINE_HOVER,
  type TimelineHoverEvent,
  type TimelineHoverDetail,
} from './events.js';
export { TIMELINE_ERROR, type TimelineErrorEvent, type TimelineErrorDetail } from './events.js';
