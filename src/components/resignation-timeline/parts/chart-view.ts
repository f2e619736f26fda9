import { html, nothing } from 'lit';
import type { ChartHandlers } from '../chart-handlers.js';
import { zoomLimits } from '../../../layout/view.js';
import type { Quote, StoryEvent } from '../../../story/types.js';
import type { SelectTrigger } from '../../../events.js';
import type { TimelineState } from '../timeline-state.js';
import { renderChart } from './chart.js';
import type { MediaStates } from './media.js';
import { renderPanel } from './panel.js';
import { renderWhenChanged } from './render-when-changed.js';
import { renderZoomControls } from './zoom-controls.js';

export interface ChartViewModel {
  state: TimelineState;
  /** The quote under the reader's pointer, whose events are lit up. */
  hoveredQuote: Quote | undefined;
  handlers: ChartHandlers;
  onSelect: (event: StoryEvent, trigger: SelectTrigger) => void;
  onHover: (event: StoryEvent | undefined) => void;
  mediaStates: MediaStates;
  onLoadMedia: (link: string, slot: 'story' | 'event') => void;
  onMediaFailed: (file: string) => void;
}

/** The chart view: the chart, its zoom controls (horizontal only) and the selected event's panel. */
export function renderChartView({
  state,
  hoveredQuote,
  handlers,
  onSelect,
  onHover,
  mediaStates,
  onLoadMedia,
  onMediaFailed,
}: ChartViewModel) {
  const { story, selected, strings, rtl, layout, markersToDraw, chartWindow, dateOf, quoteOptions, locale } = state;
  const linkedIds = hoveredQuote?.eventIds ?? [];
  const limits = zoomLimits(layout.view, layout.extent);
  return html`${renderChart({
    ...handlers,
    story,
    layout,
    markersToDraw,
    chartWindow,
    rtl,
    selectedId: selected.id,
    linkedIds,
    strings,
    dateOf,
    locale,
    zoomedInFully: limits.closest,
    onSelect,
    onHover,
  })}
    ${
      layout.orientation === 'horizontal'
        ? renderZoomControls({
            ...handlers,
            offscreen: layout.offscreen,
            reversed: layout.range[0] > layout.range[1],
            linkedIds,
            strings,
            limits,
          })
        : nothing
    }
    ${renderWhenChanged(renderPanel, {
      story,
      event: selected,
      strings,
      date: dateOf(selected),
      quoteOptions,
      mediaStates,
      onLoadMedia,
      onMediaFailed,
    })}`;
}
