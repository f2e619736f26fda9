import { html, nothing, type TemplateResult } from 'lit';
import type { SelectTrigger } from '../../../events.js';
import type { TimelineFilter } from '../../../layout/filter.js';
import type { Quote, StoryEvent } from '../../../story/types.js';
import { changedStyles } from '../../changed-styles.js';
import type { ChartHandlers } from '../chart-handlers.js';
import type { TimelineState } from '../timeline-state.js';
import { renderChartView } from './chart-view.js';
import { renderHeader } from './header.js';
import { renderQuoteList } from './quote-list.js';
import { renderWhenChanged } from './render-when-changed.js';
import { renderNothingShown, renderStoryControls } from './story-controls.js';

/** What the reader can do on a story drawn, besides the chart's own handlers. */
export interface StoryViewActions {
  onSelect: (event: StoryEvent, trigger: SelectTrigger) => void;
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
}

export interface StoryViewModel {
  state: TimelineState;
  filter: TimelineFilter | undefined;
  /** The table is shown instead of the chart. */
  table: boolean;
  /** The table of the shown events (a chunk: nothing until it is here); `printOnly` beside the chart. */
  renderTable: (printOnly: boolean) => unknown;
  printing: boolean;
  /** A story is on its way (`aria-busy`). */
  loading: boolean;
  hoveredEventId: string | undefined;
  hoveredQuoteId: string | undefined;
  loadedMedia: ReadonlySet<string>;
  handlers: ChartHandlers;
  actions: StoryViewActions;
}

/**
 * A story drawn: the header, the chart (or the table, or the empty state), the story controls, the
 * list of every quote and, once the page prints, the table beside the chart.
 */
export function renderStoryView(model: StoryViewModel): TemplateResult {
  const { state, table, actions, loadedMedia } = model;
  const { story, unfiltered, empty, selected, strings, locale, timeZone, layout } = state;
  const horizontal = layout.orientation === 'horizontal';
  const hoveredQuote = model.hoveredQuoteId ? story.quoteById.get(model.hoveredQuoteId) : undefined;
  const { onLoadMedia } = actions;
  return html`
    <section
      class=${`timeline ${layout.orientation}`}
      part="base"
      lang=${state.locale ?? nothing}
      dir=${state.rtl ? 'rtl' : 'ltr'}
      aria-labelledby="story-title"
      aria-busy=${model.loading ? 'true' : 'false'}
      style=${changedStyles(state.sizes)}
      @keydown=${model.handlers.onZoomKey}
    >
      ${renderWhenChanged(renderHeader, {
        story: unfiltered,
        strings,
        locale,
        timeZone,
        horizontal,
        loadedMedia,
        onLoadMedia,
      })}
      ${
        empty
          ? renderNothingShown({ strings, onShowAll: actions.onShowAll })
          : table
            ? model.renderTable(false)
            : renderChartView({ ...actions, state, hoveredQuote, handlers: model.handlers, loadedMedia })
      }
      ${renderStoryControls({
        story: unfiltered,
        speakers: state.speakers,
        filter: model.filter,
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
              highlightedId: model.hoveredEventId ?? selected.id,
              onHover: actions.onQuoteHover,
              onShowEvent: actions.onShowEvent,
            })
      }
      ${model.printing && !empty && !table ? model.renderTable(true) : nothing}
    </section>
  `;
}
