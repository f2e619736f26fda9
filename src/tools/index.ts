/**
 * resignation-timeline/tools: newsroom tools for stories before they are published. Pure
 * functions that run in browsers and in Node (no `node:` imports), never part of the reader's
 * bundle. The `resignation-timeline` command line (bin/) is a thin wrapper over them.
 */
export { renderStoryEmbed, renderStoryHtml, StoryProblemsError, type RenderOptions } from '../html-story/render.js';
export { validateStory, lineAndColumn, pathSegments, type LocatedProblem, type ValidationResult } from './validate.js';
export {
  checkQuotes,
  normaliseQuoted,
  type CheckQuotesOptions,
  type EventProvenance,
  type Provenance,
  type QuoteChange,
  type QuoteCheck,
  type QuoteReport,
} from './quotes.js';
export {
  importTimelineJS,
  exportTimelineJS,
  slugOf,
  UNGROUPED,
  type ConversionNote,
  type ExportResult,
  type ImportOptions,
  type ImportResult,
  type TimelineJSData,
  type TimelineJSDate,
  type TimelineJSEra,
  type TimelineJSSlide,
} from './timelinejs.js';
export { readSheet, writeSheet, SHEET_COLUMNS, type SheetRead } from './timelinejs-format.js';
export { escapeHtml } from '../format/html.js';
export { htmlToPlainText, type PlainText, type TextLink } from './html-text.js';
export { languageFor } from '../i18n/languages.js';
