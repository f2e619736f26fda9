import { html } from 'lit';
import type { ClusterLayout } from '../../../layout/types.js';
import type { TimelineStrings } from '../../../strings.js';
import type { Story, StoryEvent } from '../../../story/types.js';
import { changedStyles } from '../../changed-styles.js';
import { isolated } from '../../bidi.js';
import { moreCount } from '../../../format/count.js';

export interface ClustersModel {
  story: Story;
  clusters: readonly ClusterLayout[];
  strings: TimelineStrings;
  shift: string | undefined;
  dateOf: (event: StoryEvent) => string;
  /** How the counts' numbers are written (the layout measured them so). */
  locale: string | undefined;
  selectedId: string;
  /** Zoomed in as far as it goes, zoom parts a mark's events no further: a press shows them one by one. */
  zoomedInFully: boolean;
  /** Zooms in on the cluster's events; focus goes to `shown`, the one to show. */
  onOpen: (cluster: ClusterLayout, shown: StoryEvent, click: MouseEvent) => void;
}

/** "+N" marks counting the events in view that no lane could hold. */
export function renderClusters(model: ClustersModel) {
  const { story, clusters, strings, shift, dateOf, locale, selectedId, zoomedInFully, onOpen } = model;
  const selected = story.eventById.get(selectedId);
  return html`<div class="clusters" style=${changedStyles({ transform: shift })}>
    ${clusters.map((cluster) => {
      const events = cluster.eventIds.map((id) => story.eventById.get(id)!);
      const [firstEvent, lastEvent] = [events[0]!, events.at(-1)!];
      // From the first to the last, as one span ("9 March 2021" for a day and a time on that day),
      // unless either date is in the story's own words (displayDate). Isolated: no <bdi> can go in a label.
      const dates =
        firstEvent.displayDate || lastEvent.displayDate
          ? [...new Set([firstEvent, lastEvent].map(dateOf))].map(isolated).join(' – ')
          : isolated(dateOf({ ...firstEvent, end: lastEvent.end ?? lastEvent.start }));
      // Zoom can part them no further: each press shows the next after the selected event, in turn.
      const shown = (zoomedInFully && events.find((event) => event.index > (selected?.index ?? -1))) || events[0]!;
      const label = zoomedInFully ? strings.clusterNext : strings.clusterLabel;
      return html`<button
        type="button"
        class="cluster"
        part="cluster"
        style=${changedStyles({ left: `${cluster.at}px`, top: `${cluster.top}px`, width: `${cluster.width}px` })}
        aria-label=${label(cluster.eventIds.length, dates)}
        @click=${(click: MouseEvent) => onOpen(cluster, shown, click)}
      >
        ${moreCount(cluster.eventIds.length, locale)}
      </button>`;
    })}
  </div>`;
}
