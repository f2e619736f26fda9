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
  /** Zooms in on the cluster's events; focus goes to the first of them. */
  onOpen: (cluster: ClusterLayout, first: StoryEvent, click: MouseEvent) => void;
}

/** "+N" marks counting the events in view that no lane could hold. */
export function renderClusters({ story, clusters, strings, shift, dateOf, locale, onOpen }: ClustersModel) {
  return html`<div class="clusters" style=${changedStyles({ transform: shift })}>
    ${clusters.map((cluster) => {
      const first = story.eventById.get(cluster.eventIds[0]!)!;
      const last = story.eventById.get(cluster.eventIds.at(-1)!)!;
      // A date may be the story's own words (displayDate): isolated, as no <bdi> can go in a label.
      const dates = first === last ? isolated(dateOf(first)) : `${isolated(dateOf(first))} – ${isolated(dateOf(last))}`;
      return html`<button
        type="button"
        class="cluster"
        part="cluster"
        style=${changedStyles({ left: `${cluster.at}px`, top: `${cluster.top}px`, width: `${cluster.width}px` })}
        aria-label=${strings.clusterLabel(cluster.eventIds.length, dates)}
        @click=${(click: MouseEvent) => onOpen(cluster, first, click)}
      >
        ${moreCount(cluster.eventIds.length, locale)}
      </button>`;
    })}
  </div>`;
}
