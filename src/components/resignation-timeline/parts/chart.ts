import { html } from 'lit';
import { changedStyles } from '../../changed-styles.js';
import type { ChartWindowContents } from '../timeline-state.js';
import { renderAxis } from './axis.js';
import { renderClusters, type ClustersModel } from './clusters.js';
import { renderMarkers, type MarkersModel } from './markers.js';
import { renderNotes } from './notes.js';
import { renderRail } from './rail.js';
import { renderStems } from './stems.js';

export interface ChartModel extends Omit<MarkersModel, 'shift'> {
  rtl: boolean;
  /** Vertical: what lies near the reader's view; undefined when horizontal. */
  chartWindow: ChartWindowContents | undefined;
  onClusterOpen: ClustersModel['onOpen'];
  locale: ClustersModel['locale'];
  zoomedInFully: boolean;
}

/**
 * The chart: horizontal, the time axis with stems, markers in lanes and cluster marks; vertical, the rail
 * and notes between rows near the reader's view, and the rows there.
 */
export function renderChart(model: ChartModel) {
  const { story, layout, markersToDraw, strings, dateOf, rtl, chartWindow, locale } = model;
  const shift = layout.shift ? `translateX(${layout.shift}px)` : undefined;
  return html`<div class="chart" part="chart" style=${changedStyles({ height: `${layout.height}px` })}>
    ${
      chartWindow
        ? html`${renderRail({ layout, window: chartWindow })}${renderNotes({ notes: chartWindow.notes })}`
        : html`${renderAxis({ layout, rtl })}
          <div class="layer" style=${changedStyles({ transform: shift })}>${renderStems({
            story,
            layout,
            markersToDraw,
          })}</div>`
    }
    ${renderMarkers({ ...model, shift })}
    ${
      chartWindow
        ? ''
        : renderClusters({
            story,
            clusters: layout.clusters,
            strings,
            shift,
            dateOf,
            locale,
            selectedId: model.selectedId,
            zoomedInFully: model.zoomedInFully,
            onOpen: model.onClusterOpen,
          })
    }
  </div>`;
}
