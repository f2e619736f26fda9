import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { ChartWindowController, type ElementWindow } from '../../controllers/chart-window-controller.js';
import { DirectionLanguageController } from '../../controllers/direction-language-controller.js';
import { ElementWidthController } from '../../controllers/element-width-controller.js';
import { FocusKeeper } from '../../controllers/focus-keeper.js';
import { PrintController } from '../../controllers/print-controller.js';
import { DEFAULT_SRC_TIMEOUT, StorySourceController } from '../../controllers/story-source-controller.js';
import { TextMetricsController } from '../../controllers/text-metrics-controller.js';
import { TimeZoomController } from '../../controllers/time-zoom-controller.js';
import { ViewAnnouncer } from '../../controllers/view-announcer.js';
import { timelineSelectEvent, type SelectTrigger } from '../../events.js';
import { indexAfterKey } from '../../keyboard/roving-index.js';
import type { ClusterLayout } from '../../layout/types.js';
import { eventTime, zoomLimits } from '../../layout/view.js';
import type { TimelineStrings } from '../../strings.js';
import type { ParseResult, Quote, Story, StoryEvent, StoryProblem } from '../../story/types.js';
import { changedStyles } from '../changed-styles.js';
import { renderChart } from './parts/chart.js';
import { renderEventList } from './parts/event-list.js';
import { renderHeader } from './parts/header.js';
import { renderPanel } from './parts/panel.js';
import { renderProblems } from './parts/problems.js';
import { renderQuoteList } from './parts/quote-list.js';
import { renderZoomControls } from './parts/zoom-controls.js';
import { chartStyles } from './chart.styles.js';
import { mediaStyles } from './media.styles.js';
import { panelStyles } from './panel.styles.js';
import { baseStyles } from './resignation-timeline.styles.js';
import { mergeStrings, TimelineStateDeriver, viewAnnouncement, type TimelineState } from './timeline-state.js';

/** Reactive internal state (not attributes; kept apart so the manifest lists only the public API). */
const INTERNAL_STATE = Object.fromEntries(
  ['_story', '_problems', '_hoveredEventId', '_hoveredQuoteId', '_announcement', '_printing', '_width', '_rtl', '_pageLang', '_textChanges', '_window'].map(
    (name) => [name, { state: true }],
  ),
);

/** Until the element has been measured, lay out for a common article column. */
const FALLBACK_WIDTH = 640;

/** A part of the page re-rendered only when a value of its model changes. */
const part = <Model extends object>(render: (model: Model) => unknown, model: Model) => guard(Object.values(model), () => render(model));

/**
 * @summary A news story as an interactive timeline of events with linked quote cards. The story
 * comes from `data`, else `src`, else a `<script type="application/json">` child, else the default.
 *
 * @event timeline-select - The reader selected an event; `detail` is `{ eventId, trigger }`.
 * @event timeline-error - A story failed to load or has problems; `detail` is `{ problems }`.
 *
 * @csspart base - The whole timeline.
 * @csspart header - Title, summary, keyboard help and legend.
 * @csspart chart - The time axis with the event markers.
 * @csspart marker - One event marker (a tab).
 * @csspart cluster - A mark counting events there was no room to label.
 * @csspart zoom-controls - The zoom buttons and the counts of events out of view.
 * @csspart panel - The selected event with its quotes.
 * @csspart quote-card - One quote with its speaker.
 * @csspart quotes - The list of every quote.
 * @csspart problems - The list of problems found in a story that failed to load.
 *
 * @cssproperty --rt-font-family - Font of all text.
 * @cssproperty --rt-quote-font-family - Font of quotations.
 * @cssproperty --rt-text - Text colour.
 * @cssproperty --rt-muted - Secondary text colour.
 * @cssproperty --rt-background - Background of the timeline.
 * @cssproperty --rt-surface - Background of markers and cards.
 * @cssproperty --rt-border - Colour of borders and the axis.
 * @cssproperty --rt-accent - Focus ring and selection colour.
 * @cssproperty --rt-linked - Background of what is linked to the event or quote under the pointer.
 * @cssproperty --rt-on-linked - Text colour on that background.
 * @cssproperty --rt-category-0 - Colour of the story's first category (a story has up to 8).
 * @cssproperty --rt-category-1 - Colour of the second category.
 * @cssproperty --rt-category-2 - Colour of the third category.
 * @cssproperty --rt-category-3 - Colour of the fourth category.
 * @cssproperty --rt-category-4 - Colour of the fifth category.
 * @cssproperty --rt-category-5 - Colour of the sixth category.
 * @cssproperty --rt-category-6 - Colour of the seventh category.
 * @cssproperty --rt-category-7 - Colour of the eighth category.
 */
export class ResignationTimeline extends LitElement {
  static override styles = [baseStyles, chartStyles, panelStyles, mediaStyles];

  static override properties = {
    src: { type: String, reflect: true },
    srcTimeout: { type: Number, attribute: 'src-timeout' },
    data: { attribute: false },
    selected: { type: String, reflect: true },
    locale: { type: String, reflect: true },
    theme: { type: String, reflect: true },
    timeZone: { type: String, attribute: 'time-zone', reflect: true },
    strings: { attribute: false },
    ...INTERNAL_STATE,
  };

  /** URL of a story JSON file. */
  src: string | undefined = undefined;
  /** How long a `src` story may take to arrive, in milliseconds (15,000 unless set), before the timeline gives up. */
  srcTimeout = DEFAULT_SRC_TIMEOUT;
  /** A story as an object or JSON text; takes precedence over `src` and inline JSON. */
  data: unknown = undefined;
  /** The id of the selected event; when unset or unknown, the first event in the first view. */
  selected: string | undefined = undefined;
  /** BCP 47 locale for dates and lists; defaults to the story's locale, then the page's. */
  locale: string | undefined = undefined;
  /** Interface strings to replace, for translation. */
  strings: Partial<TimelineStrings> | undefined = undefined;
  /** `light` or `dark` forces a theme; unset, the timeline follows the page's `color-scheme`. */
  theme: 'light' | 'dark' | undefined = undefined;
  /**
   * Where times of day are shown: an IANA zone such as `America/New_York`, or `reader` for the
   * reader's own; the story's zone when unset. Dates without a time never shift.
   */
  timeZone: string | undefined = undefined;

  private _story: Story | undefined = undefined;
  private _problems: readonly StoryProblem[] = [];
  private _hoveredEventId: string | undefined = undefined;
  private _hoveredQuoteId: string | undefined = undefined;
  private _announcement = '';
  /** True once the page is printed: the list of every event is built only then. */
  private _printing = false;
  /** What the page and reader decide: the element's width, text direction, language and text. */
  private _width = 0;
  private _rtl = false;
  private _pageLang = '';
  private _textChanges = 0;
  /** Narrow: the part of the chart near the reader's view, where rows are drawn. */
  private _window: ElementWindow | undefined = undefined;

  readonly #source = new StorySourceController(this, (result) => this.#showStory(result));
  readonly #zoom = new TimeZoomController(this);
  readonly #text = new TextMetricsController(this, () => this._textChanges++);
  readonly #chartWindow = new ChartWindowController(this, (window) => (this._window = window));
  readonly #deriver = new TimelineStateDeriver(() => this.#text.read());
  readonly #announcer = new ViewAnnouncer(this, () => {
    const text = this.#state && viewAnnouncement(this.#state);
    if (text) this._announcement = text;
  });
  #state: TimelineState | undefined;

  constructor() {
    super();
    // What the page decides, kept as reactive state: a change re-derives what depends on it.
    new ElementWidthController(this, (width) => (this._width = width));
    new DirectionLanguageController(this, ({ rtl, pageLang }) => {
      this._rtl = rtl;
      this._pageLang = pageLang;
    });
    new FocusKeeper(
      this,
      (element) => (element.getAttribute('role') === 'tab' ? (element as HTMLElement).dataset.eventId : undefined),
      (eventId) => [...this.renderRoot.querySelectorAll<HTMLElement>('[role="tab"]')].find((tab) => tab.dataset.eventId === eventId),
    );
    new PrintController(this, () => {
      this._printing = true;
      this.performUpdate(); // at once: the browser lays the page out for print when this returns
    });
  }

  /** The story on screen: the last one that loaded without problems. */
  get story(): Story | undefined {
    return this._story;
  }

  /** Problems with the story most recently given, each with its JSON path; empty when it loaded. */
  get problems(): readonly StoryProblem[] {
    return this._problems;
  }

  /**
   * The span of time in view, as the reader has zoomed and panned it (dates on the story's wall
   * clock). Undefined when the timeline is vertical, where all of it is shown.
   */
  get view(): { start: Date; end: Date } | undefined {
    const layout = this.#state?.layout;
    if (!layout || layout.orientation !== 'horizontal') return undefined;
    return { start: new Date(layout.view[0]), end: new Date(layout.view[1]) };
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    this.#text.addProbes(root);
    return root;
  }

  #showStory(result: ParseResult): void {
    if (!result.ok) {
      this._problems = result.problems;
      return;
    }
    if (this._story) this._announcement = mergeStrings({ strings: this.strings }).storyLoaded(result.story.title);
    this._story = result.story;
    this._problems = [];
  }

  /** Everything drawn is derived here, before rendering, from the element's state. */
  protected override willUpdate(): void {
    const story = this._story;
    this.#state = story && this.#deriver.derive({
      story,
      selectedId: this.selected,
      strings: this.strings,
      locale: this.locale,
      timeZone: this.timeZone,
      pageLang: this._pageLang,
      width: this._width || this.clientWidth || FALLBACK_WIDTH, // read once, before the first resize report
      rtl: this._rtl,
      textChanges: this._textChanges,
      window: this._window ?? this.#chartWindow.window,
      view: this.#zoom.viewFor(this.#deriver.initialView(story)),
      gesturing: this.#zoom.gesturing,
    });
    if (this.#state) this.#announcer.follow(story, this.#state.layout.view, this.#state.gesturing);
  }

  protected override updated(changed: PropertyValues): void {
    if (!this.isConnected) return this.#zoom.detach();
    const derived = this.#state;
    const chart = this.renderRoot.querySelector<HTMLElement>('.chart');
    if (chart && derived?.narrow) this.#chartWindow.attach(chart);
    else this.#chartWindow.detach();
    if (derived && chart && derived.layout.orientation === 'horizontal') {
      const { story, layout, selected } = derived;
      this.#zoom.attach(chart, layout.extent, layout.range, this.#deriver.initialView(story));
      // However it was chosen, the selected event is kept in view.
      if (changed.has('selected') || changed.has('_story')) this.#zoom.reveal(eventTime(selected));
    } else {
      this.#zoom.detach();
    }
    // A marker that zoom took away under the pointer never sees the pointer leave.
    const hovered = this._hoveredEventId;
    if (hovered && !derived?.drawn.some(({ event, marker }) => marker.visible && event.id === hovered)) this._hoveredEventId = undefined;
  }

  #select(event: StoryEvent, trigger: SelectTrigger, moveFocus: boolean): void {
    const changed = event.id !== this.#state?.selected.id;
    // A new selection is revealed once rendered (updated()); one brought back by a button,
    // already selected, is revealed here.
    if (moveFocus && this.selected === event.id) this.#zoom.reveal(eventTime(event));
    this.selected = event.id;
    if (moveFocus) {
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${event.index}`)?.focus());
    }
    if (changed) this.dispatchEvent(timelineSelectEvent({ eventId: event.id, trigger }));
  }

  readonly #onMarkerSelect = (event: StoryEvent, trigger: SelectTrigger) => this.#select(event, trigger, false);
  /** Keyboard focus brings a marker into view; a press that starts a drag must not pan. */
  readonly #onMarkerFocusVisible = (event: StoryEvent) => this.#zoom.reveal(eventTime(event));
  readonly #onMarkerHover = (event: StoryEvent | undefined) => (this._hoveredEventId = event?.id);
  readonly #onQuoteHover = (quote: Quote | undefined) => (this._hoveredQuoteId = quote?.id);
  readonly #onShowEvent = (event: StoryEvent) => this.#select(event, 'quote', true);
  readonly #onClusterOpen = (cluster: ClusterLayout, first: StoryEvent) => {
    this.#announcer.expectChange();
    this.#zoom.showSpan(cluster.from, cluster.to);
    this.#select(first, 'keyboard', true); // the cluster goes once its events fit
  };
  /** An edge button may vanish once nothing lies beyond it: focus goes to the event it shows. */
  readonly #onEdge = (eventId: string) => {
    const event = this._story?.eventById.get(eventId);
    if (!event) return;
    this.#announcer.expectChange();
    this.#select(event, 'keyboard', true);
  };
  readonly #aroundSelected = () => (this.#state ? eventTime(this.#state.selected) : undefined);
  readonly #zoomIn = () => (this.#announcer.expectChange(), this.#zoom.zoomIn(this.#aroundSelected()));
  readonly #zoomOut = () => (this.#announcer.expectChange(), this.#zoom.zoomOut(this.#aroundSelected()));
  readonly #resetZoom = () => (this.#announcer.expectChange(), this.#zoom.reset());

  /** Arrow keys, Home and End move between events in date order, mirrored in right-to-left text. */
  readonly #onTabKeydown = (key: KeyboardEvent) => {
    const derived = this.#state;
    if (!derived) return;
    const next = indexAfterKey(key.key, derived.selected.index, derived.story.events.length, derived.rtl ? 'rtl' : 'ltr', derived.layout.orientation);
    const target = next === undefined ? undefined : derived.story.events[next];
    if (!target) return;
    key.preventDefault();
    this.#select(target, 'keyboard', true);
  };

  /** +, - and 0 zoom in, out and back while focus is anywhere in the timeline. */
  readonly #onZoomKey = (key: KeyboardEvent) => {
    if (key.ctrlKey || key.metaKey || key.altKey || this.#state?.layout.orientation !== 'horizontal') return;
    const action = { '+': this.#zoomIn, '=': this.#zoomIn, '-': this.#zoomOut, _: this.#zoomOut, '0': this.#resetZoom }[key.key];
    if (!action) return;
    action();
    key.preventDefault();
  };

  override render() {
    const strings = mergeStrings({ strings: this.strings });
    return html`
      ${this._problems.length > 0 ? renderProblems({ problems: this._problems, keptPrevious: this._story !== undefined, strings, retry: this.#source.retry }) : nothing}
      ${this.#state ? this.#renderStory(this.#state) : this.#source.loading ? html`<p class="loading">${strings.loading}</p>` : nothing}
      <div class="visually-hidden" role="status" aria-live="polite">${this._announcement}</div>
    `;
  }

  #renderStory({ story, selected, strings, locale, timeZone, rtl, layout, drawn, narrow, sizes, dateOf, quoteOptions }: TimelineState): TemplateResult {
    const horizontal = layout.orientation === 'horizontal';
    const linkedIds = (this._hoveredQuoteId && story.quoteById.get(this._hoveredQuoteId)?.eventIds) || [];
    return html`
      <section
        class=${`timeline ${layout.orientation}`}
        part="base"
        aria-labelledby="story-title"
        aria-busy=${this.#source.loading ? 'true' : 'false'}
        style=${changedStyles(sizes)}
        @keydown=${this.#onZoomKey}
      >
        ${part(renderHeader, { story, strings, locale, timeZone, horizontal })}
        ${renderChart({
          story,
          layout,
          drawn,
          narrow,
          rtl,
          selectedId: selected.id,
          linkedIds,
          strings,
          dateOf,
          onSelect: this.#onMarkerSelect,
          onFocusVisible: this.#onMarkerFocusVisible,
          onHover: this.#onMarkerHover,
          onKeydown: this.#onTabKeydown,
          onClusterOpen: this.#onClusterOpen,
        })}
        ${horizontal
          ? renderZoomControls({
              offscreen: layout.offscreen,
              reversed: layout.range[0] > layout.range[1],
              linkedIds,
              strings,
              limits: zoomLimits(layout.view, layout.extent),
              onEdge: this.#onEdge,
              onZoomIn: this.#zoomIn,
              onZoomOut: this.#zoomOut,
              onReset: this.#resetZoom,
            })
          : nothing}
        ${part(renderPanel, { story, event: selected, strings, date: dateOf(selected), quoteOptions })}
        ${part(renderQuoteList, {
          story,
          highlightedId: this._hoveredEventId ?? selected.id,
          strings,
          quoteOptions,
          onHover: this.#onQuoteHover,
          onShowEvent: this.#onShowEvent,
        })}
        ${this._printing ? part(renderEventList, { story, strings, dateOf }) : nothing}
      </section>
    `;
  }
}
