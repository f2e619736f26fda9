import { html, nothing, type TemplateResult } from 'lit';
import type { SelectTrigger } from '../../../events.js';
import type { TimelineFilter } from '../../../layout/filter.js';
import type { Quote, StoryEvent } from '../../../story/types.js';
import { changedStyles } from '../../changed-styles.js';
import type { ChartHandlers } from '../chart-handlers.js';
import type { HoverController } from '../controllers/hover-controller.js';
import type { TableViewController } from '../controllers/table-view-controller.js';
import type { TimelineState } from '../timeline-state.js';
import { renderChartView } from './chart-view.js';
import { renderHeader } from './header.js';
import type { MediaStates } from './media.js';
import { renderQuoteList } from './quote-list.js';
import { renderWhenChanged } from './render-when-changed.js';
import { renderNothingShown, renderStoryControls } from './story-controls.js';

/** What the reader can do on a story drawn, besides the chart's own handlers. */
export interface StoryViewActions {
  onSelect: (event: StoryEvent, trigger: SelectTrigger) => void;
  /** A row's title in the table. */
  onTableSelect: (event: StoryEvent) => void;
  /** The pointer came onto a marker, or left it. */
  onHover: (event: StoryEvent | undefined) => void;
  onQuoteHover: (quote: Quote | undefined) => void;
  onShowEvent: (event: StoryEvent) => void;
  onStep: (step: 1 | -1) => void;
  onCategory: (id: string) => void;
  onSpeaker: (id: string) => void;
  onTable: () => void;
  onShowAll: () => void;
  onLoadMedia: (link: string, slot: 'story' | 'event') => void;
  onMediaFailed: (file: string) => void;
}

/**
 * A story drawn: the header, the chart (or the table, or the empty state), the story controls, the
 * list of every quote and, once the page prints, the table beside the chart. The element's parts
 * are passed as they are: `loading` (a story is on its way: `aria-busy`), `printing`, the pointer's
 * `hover`, the `tableView` (shown instead of the chart; its code a chunk, nothing until it is here)
 * and what became of its media (loaded by the reader, or failed).
 */
export function renderStoryView(
  state: TimelineState,
  filter: TimelineFilter | undefined,
  loading: boolean,
  printing: boolean,
  hover: HoverController,
  tableView: TableViewController,
  mediaStates: MediaStates,
  handlers: ChartHandlers,
  actions: StoryViewActions,
): TemplateResult {
  const { story, unfiltered, empty, selected, strings, locale, timeZone, layout } = state;
  const horizontal = layout.orientation === 'horizontal';
  const table = tableView.shown;
  const renderTable = (printOnly: boolean) => tableView.render(state, printOnly, actions.onTableSelect);
  const hoveredQuote = hover.quoteId ? story.quoteById.get(hover.quoteId) : undefined;
  const { onLoadMedia, onMediaFailed } = actions;
  return html`
    <section
      class=${`timeline ${layout.orientation}`}
      part="base"
      lang=${state.locale ?? nothing}
      dir=${state.rtl ? 'rtl' : 'ltr'}
      aria-labelledby="story-title"
      aria-busy=${loading ? 'true' : 'false'}
      style=${changedStyles(state.sizes)}
      @keydown=${handlers.onZoomKey}
    >
      ${renderWhenChanged(renderHeader, {
        story: unfiltered,
        strings,
        locale,
        timeZone,
        horizontal,
        table,
        mediaStates,
        onLoadMedia,
        onMediaFailed,
      })}
      ${
        empty
          ? renderNothingShown({ strings, onShowAll: actions.onShowAll })
          : table
            ? renderTable(false)
            : renderChartView({ ...actions, state, hoveredQuote, handlers, mediaStates })
      }
      ${renderStoryControls({
        story: unfiltered,
        speakers: state.speakers,
        filter: filter,
        position: selected.index + 1,
        total: empty ? 0 : story.events.length,
        table,
        strings,
        ...actions, // onStep, onCategory, onSpeaker, onTable
      })}
      ${
        empty || table
          ? nothing
          : renderWhenChanged(renderQuoteList, {
              story,
              strings,
              quoteOptions: state.quoteOptions,
              highlightedId: hover.eventId ?? selected.id,
              onHover: actions.onQuoteHover,
              onShowEvent: actions.onShowEvent,
            })
      }
      ${printing && !empty && !table ? renderTable(true) : nothing}
    </section>
  `;
}
