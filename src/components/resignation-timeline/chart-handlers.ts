import { clickTrigger } from '../../events.js';
import { indexAfterKey } from '../../keyboard/roving-index.js';
import type { ClusterLayout, TimelineLayout } from '../../layout/types.js';
import { eventTime } from '../../layout/view.js';
import type { StoryEvent } from '../../story/types.js';
import type { TimelineSelection, ShownSelection } from './timeline-selection.js';
import type { TimeZoomController } from './controllers/time-zoom-controller.js';
import type { ViewAnnouncer } from './controllers/view-announcer.js';

/** What the chart's handlers read of the timeline's derived state. */
export interface ChartState extends ShownSelection {
  layout: TimelineLayout;
  rtl: boolean;
}

/**
 * The event handlers of the chart and its controls (not a controller: no lifecycle): arrow keys
 * between events, zoom by button and key, the edge buttons and "+N" marks. A change of view the reader asked for is
 * announced once it rests (see ViewAnnouncer); arrow keys' reveals are not.
 */
export class ChartHandlers {
  readonly #zoom: TimeZoomController;
  readonly #announcer: ViewAnnouncer;
  readonly #selection: TimelineSelection;
  readonly #state: () => ChartState | undefined;

  constructor(
    zoom: TimeZoomController,
    announcer: ViewAnnouncer,
    selection: TimelineSelection,
    state: () => ChartState | undefined,
  ) {
    this.#zoom = zoom;
    this.#announcer = announcer;
    this.#selection = selection;
    this.#state = state;
  }

  /** Arrow keys, Home and End move between events in date order, mirrored in right-to-left text. */
  readonly onKeydown = (key: KeyboardEvent) => {
    const state = this.#state();
    if (!state) return;
    const next = indexAfterKey(
      key.key,
      state.selected.index,
      state.story.events.length,
      state.rtl ? 'rtl' : 'ltr',
      state.layout.orientation,
    );
    const target = next === undefined ? undefined : state.story.events[next];
    if (!target) return;
    key.preventDefault();
    this.#selection.selectAsReader(target, 'keyboard', true);
  };

  /** Keyboard focus brings a marker into view; a press that starts a drag must not pan. */
  readonly onFocusVisible = (event: StoryEvent) => this.#zoom.reveal(eventTime(event));

  readonly onClusterOpen = (cluster: ClusterLayout, shown: StoryEvent, click: MouseEvent) => {
    this.#announcer.expectChange();
    this.#zoom.showSpan(cluster.from, cluster.to);
    this.#selection.selectAsReader(shown, clickTrigger(click), true); // the cluster goes once its events fit
  };

  /** An edge button may vanish once nothing lies beyond it: focus goes to the event it shows. */
  readonly onEdge = (eventId: string, click: MouseEvent) => {
    const event = this.#state()?.story.eventById.get(eventId);
    if (!event) return;
    this.#announcer.expectChange();
    this.#selection.selectAsReader(event, clickTrigger(click), true);
  };

  readonly #aroundSelected = () => {
    const state = this.#state();
    return state ? eventTime(state.selected) : undefined;
  };
  readonly onZoomIn = () => (this.#announcer.expectChange(), this.#zoom.zoomIn(this.#aroundSelected()));
  readonly onZoomOut = () => (this.#announcer.expectChange(), this.#zoom.zoomOut(this.#aroundSelected()));
  readonly onReset = () => (this.#announcer.expectChange(), this.#zoom.reset());

  /** +, - and 0 zoom in, out and back while focus is anywhere in the timeline. */
  readonly onZoomKey = (key: KeyboardEvent) => {
    if (key.ctrlKey || key.metaKey || key.altKey || this.#state()?.layout.orientation !== 'horizontal') return;
    const action = {
      '+': this.onZoomIn,
      '=': this.onZoomIn,
      '-': this.onZoomOut,
      _: this.onZoomOut,
      '0': this.onReset,
    }[key.key];
    if (!action) return;
    action();
    key.preventDefault();
  };
}
