import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ChartHandlers } from './chart-handlers.js';
import { ChartWindowController, type ElementWindow } from './controllers/chart-window-controller.js';
import { DeepLinkController } from './controllers/deep-link-controller.js';
import { DirectionLanguageController } from './controllers/direction-language-controller.js';
import { ElementWidthController } from './controllers/element-width-controller.js';
import { FilterController } from './controllers/filter-controller.js';
import { keepMarkerFocus } from './controllers/focus-keeper.js';
import { LazyStartController } from './controllers/lazy-start-controller.js';
import { PrintController } from './controllers/print-controller.js';
import { TimelineSelection } from './timeline-selection.js';
import { DEFAULT_SRC_TIMEOUT, StorySourceController } from './controllers/story-source-controller.js';
import { MediaController } from './controllers/media-controller.js';
import { TableViewController } from './controllers/table-view-controller.js';
import { TextMetricsController } from './controllers/text-metrics-controller.js';
import { TimeZoomController } from './controllers/time-zoom-controller.js';
import { ViewAnnouncer } from './controllers/view-announcer.js';
import { timelineHoverEvent, timelineLoadEvent, type SelectTrigger } from '../../events.js';
import type { TimelineFilter } from '../../layout/filter.js';
import { eventTime } from '../../layout/view.js';
import { isRightToLeft } from '../../i18n/languages.js';
import { defaultStrings, type StringOverrides } from '../../strings.js';
import { firstLocale } from '../../story/locale.js';
import type { ParseResult, Quote, Story, StoryEvent, StoryProblem } from '../../story/types.js';
import { changedStyles } from '../changed-styles.js';
import { renderChartView } from './parts/chart-view.js';
import { part } from './parts/part.js';
import { renderHeader } from './parts/header.js';
import { renderProblems } from './parts/problems.js';
import { renderQuoteList } from './parts/quote-list.js';
import { renderNothingShown, renderWays } from './parts/ways.js';
import { timelineStyles } from './timeline.styles.js';
import { InterfaceLanguage } from './interface-language.js';
import { TimelineStateDeriver, viewAnnouncement, type TimelineState } from './timeline-state.js';

/** Reactive internal state (not attributes; kept apart so the manifest lists only the public API). */
const INTERNAL_STATE = Object.fromEntries(
  ['_story', '_problems', '_hoveredEventId', '_hoveredQuoteId', '_announcement', '_printing', '_width', '_rtl', '_ownLang', '_pageLang', '_textChanges', '_window'].map((name) => [name, { state: true }]),
);

/** Until the element has been measured, lay out for a common article column. */
const FALLBACK_WIDTH = 640;


/**
 * @summary A news story as an interactive timeline of events with linked quote cards. The story
 * comes from `data`, else `src`, else a `<script type="application/json">` child, else the default.
 *
 * @event timeline-select - The reader selected an event; `detail` is `{ eventId, trigger }`.
 * @event timeline-filter-change - The reader changed what is shown; `detail` is the new `filter`.
 * @event timeline-load - A story was drawn (the first, and each one given after); `detail` is `{ title, eventCount }`.
 * @event timeline-hover - The reader's pointer came onto an event's marker or left it; `detail` is `{ eventId }`.
 * @event timeline-error - A story failed to load or has problems; `detail` is `{ problems }`.
 *
 * @slot - The story as HTML, or an optional `<script type="application/json">` holding it; the HTML is shown until the story is drawn.
 *
 * @csspart base - The whole timeline.
 * @csspart header - Title, summary and keyboard help.
 * @csspart chart - The time axis with the event markers.
 * @csspart marker - One event marker (a tab).
 * @csspart cluster - A mark counting events there was no room to label.
 * @csspart zoom-controls - The zoom buttons and the counts of events out of view.
 * @csspart panel - The selected event with its quotes.
 * @csspart ways - Story mode, the filters (the legend's toggles) and the table view's toggle.
 * @csspart table - The table of every shown event.
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
  static override styles = timelineStyles;

  static override properties = {
    src: { type: String, reflect: true },
    srcTimeout: { type: Number, attribute: 'src-timeout' },
    data: { attribute: false },
    selected: { type: String, reflect: true },
    locale: { type: String, reflect: true },
    theme: { type: String, reflect: true },
    timeZone: { type: String, attribute: 'time-zone', reflect: true },
    strings: { attribute: false },
    filter: { attribute: false },
    hash: { type: String, reflect: true },
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
  /**
   * BCP 47 locale of the interface, dates and lists; defaults to the element's `lang`, then the
   * story's locale, then the nearest `lang` in the page. The interface is in that language where
   * there is a pack for it (a regional tag falls back to its language), else in English.
   */
  locale: string | undefined = undefined;
  /** Interface strings to replace over the language's own: functions, messages with placeholders, or a whole pack. */
  strings: StringOverrides | undefined = undefined;
  /** `light` or `dark` forces a theme; unset, the timeline follows the page's `color-scheme`. */
  theme: 'light' | 'dark' | undefined = undefined;
  /**
   * Where times of day are shown: an IANA zone such as `America/New_York`, or `reader` for the
   * reader's own; the story's zone when unset. Dates without a time never shift.
   */
  timeZone: string | undefined = undefined;
  /** The ids of the categories whose events are shown and of the people whose quotes are; a list left out shows all. */
  filter: TimelineFilter | undefined = undefined;
  /** Deep links: `#<hash>-<eventId>` in the page's address selects, and follows, an event; a bare `hash` is `event`. Off when unset. */
  hash: string | undefined = undefined;

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
  private _ownLang = '';
  private _pageLang = '';
  /** A story has arrived whose `timeline-load` waits for its language's pack. */
  #loadUntold = false;
  private _textChanges = 0;
  /** Narrow: the part of the chart near the reader's view, where rows are drawn. */
  private _window: ElementWindow | undefined = undefined;

  readonly #source = new StorySourceController(this, (result) => this.#showStory(result));
  readonly #lazy = new LazyStartController(this);
  readonly #zoom = new TimeZoomController(this);
  readonly #text = new TextMetricsController(this, () => this._textChanges++);
  readonly #chartWindow = new ChartWindowController(this, (window) => (this._window = window));
  readonly #deriver = new TimelineStateDeriver(() => this.#text.read());
  readonly #announcer = new ViewAnnouncer(this, () => {
    const text = this.#state && viewAnnouncement(this.#state);
    if (text) this._announcement = text;
  });
  readonly #selection = new TimelineSelection(this, {
    shown: () => this.#state,
    reveal: (event) => this.#zoom.reveal(eventTime(event)),
    chosen: (event) => this.#deepLink.follow(event.id),
  });
  readonly #handlers = new ChartHandlers(this.#zoom, this.#announcer, this.#selection, () => this.#state);
  readonly #filters = new FilterController(this, {
    state: () => this.#state,
    reselect: (event) => this.#selection.choose(event, 'filter'),
    announce: (text) => (this._announcement = text),
  });
  readonly #table = new TableViewController(this, { storyArrived: () => this._story !== undefined, needed: () => this._printing });
  readonly #media = new MediaController(this);
  readonly #deepLink = new DeepLinkController(this, () => this.hash ?? undefined, (id) => (this.selected = id));
  readonly #language = new InterfaceLanguage(this);
  #state: TimelineState | undefined;

  constructor() {
    super();
    // What the page decides, kept as reactive state: a change re-derives what depends on it.
    new ElementWidthController(this, (width) => (this._width = width));
    new DirectionLanguageController(this, ({ rtl, ownLang, pageLang }) => {
      this._rtl = rtl;
      this._ownLang = ownLang;
      this._pageLang = pageLang;
    });
    keepMarkerFocus(this);
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

  /** The event shown as selected: the one `selected` names, else the first in the first view. */
  get selectedEvent(): StoryEvent | undefined {
    return this.#state?.selected;
  }

  /** How this timeline writes a quote (strings, locale, time zone), for `<timeline-quote>`. */
  get quoteCardOptions(): TimelineState['quoteOptions'] | undefined {
    const { _story: story, timeZone, _pageLang: pageLang } = this;
    const strings = this.#language.strings ?? defaultStrings;
    const locale = firstLocale(this.locale, this._ownLang);
    return this.#state?.quoteOptions ?? (story && this.#deriver.quoteOptions({ story, strings, locale, timeZone, pageLang }));
  }

  /**
   * Selects an event as a reader would: its marker scrolled into view (smoothly unless the reader
   * prefers reduced motion) and focused; `timeline-select` fires with `trigger` if it changed.
   */
  showEvent(eventId: string, trigger: SelectTrigger = 'quote'): void {
    this.#lazy.start(); // a timeline far below the fold is laid out at once
    const show = () => {
      const event = this.#state?.story.eventById.get(eventId); // the shown story: a filter renumbers
      if (event) this.#selection.choose(event, trigger, 'scroll');
    };
    if (this.#state) show();
    else void this.updateComplete.then(show);
  }

  /** Lights up a quote's events, as hovering its card does; undefined puts them out. */
  highlightQuote(quoteId: string | undefined): void {
    this._hoveredQuoteId = quoteId;
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
    if (this._story) this._announcement = (this.#language.strings ?? defaultStrings).storyLoaded(result.story.title);
    this._story = result.story;
    this.#lazy.storyArrived();
    this._problems = [];
  }

  /** Everything drawn is derived here, before rendering, from the element's state. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('filter')) this.#filters.changed();
    if (changed.has('hash')) this.#deepLink.read();
    if (this.selected || this._printing) this.#lazy.start(); // a deep link or printing needs it drawn now
    const story = this.#lazy.started ? this._story : undefined;
    // The interface's language: the element's, else the story's, else the page's around it. Until
    // its pack is here, nothing is drawn in another language (the page's own content stays).
    const { asked, locale } = this.#language.update({
      locale: this.locale,
      ownLang: this._ownLang,
      storyLocale: this._story?.locale,
      pageLang: this._pageLang,
      overrides: this.strings,
    });
    const strings = this.#language.strings;
    this.#state = story && strings && this.#deriver.derive({
      story,
      selectedId: this.selected,
      filter: this.filter,
      strings,
      locale: asked,
      timeZone: this.timeZone,
      pageLang: this._pageLang,
      width: this._width || this.clientWidth || FALLBACK_WIDTH, // read once, before the first resize report
      rtl: this._rtl || isRightToLeft(locale),
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
    if (changed.has('_hoveredEventId')) this.dispatchEvent(timelineHoverEvent({ eventId: this._hoveredEventId }));
    // Told once the interface's language is here, so that quote cards linking up read it in that language.
    if (changed.has('_story') && this._story) this.#loadUntold = true;
    if (this.#loadUntold && this._story && this.#language.strings) {
      this.#loadUntold = false;
      this.dispatchEvent(timelineLoadEvent({ title: this._story.title, eventCount: this._story.events.length }));
    }
  }

  /** Selects a shown event by id, as the page may: no event is fired. False where no shown event has that id. */
  select(eventId: string): boolean {
    return this.#selection.select(eventId);
  }

  /** Selects the next shown event in date order, as story mode's Next does, but fires no event. False at the last. */
  next(): boolean {
    return this.#selection.step(1) !== undefined;
  }

  /** Selects the previous shown event in date order; fires no event. False at the first. */
  previous(): boolean {
    return this.#selection.step(-1) !== undefined;
  }

  readonly #choose = (event: StoryEvent, trigger: SelectTrigger) => this.#selection.choose(event, trigger);
  readonly #onTableSelect = (event: StoryEvent) => this.#selection.choose(event, 'table');
  readonly #onMarkerHover = (event: StoryEvent | undefined) => (this._hoveredEventId = event?.id);
  readonly #onQuoteHover = (quote: Quote | undefined) => (this._hoveredQuoteId = quote?.id);
  readonly #onShowEvent = (event: StoryEvent) => this.showEvent(event.id);

  override render() {
    const strings = this.#language.strings ?? defaultStrings;
    return html`
      ${this._problems.length > 0 ? renderProblems({ problems: this._problems, keptPrevious: this._story !== undefined, strings, retry: this.#source.retry }) : nothing}
      ${this.#state
        ? this.#renderStory(this.#state)
        : html`<slot></slot>${(this.#source.loading || this._story) && this.#language.strings && !this.#source.hasFallback ? html`<p class="loading">${strings.loading}</p>` : nothing}`}
      <div class="visually-hidden" role="status" aria-live="polite">${this._announcement}</div>
    `;
  }

  #renderStory(state: TimelineState): TemplateResult {
    const { story, whole, empty, selected, strings, locale, timeZone, horizontal } = { ...state, horizontal: state.layout.orientation === 'horizontal' };
    const table = this.#table.shown;
    const hoveredQuote = this._hoveredQuoteId ? story.quoteById.get(this._hoveredQuoteId) : undefined;
    return html`
      <section
        class=${`timeline ${state.layout.orientation}`}
        part="base"
        lang=${state.locale ?? nothing}
        dir=${state.rtl ? 'rtl' : 'ltr'}
        aria-labelledby="story-title"
        aria-busy=${this.#source.loading ? 'true' : 'false'}
        style=${changedStyles(state.sizes)}
        @keydown=${this.#handlers.onZoomKey}
      >
        ${part(renderHeader, { story: whole, strings, locale, timeZone, horizontal, loadedMedia: this.#media.loaded, onLoadMedia: this.#media.load })}
        ${empty
          ? renderNothingShown({ strings, onShowAll: () => this.#filters.showAll() })
          : table
            ? this.#table.render(state, false, this.#onTableSelect)
            : renderChartView({
                state,
                hoveredQuote,
                handlers: this.#handlers,
                onSelect: this.#choose,
                onHover: this.#onMarkerHover,
                loadedMedia: this.#media.loaded,
                onLoadMedia: this.#media.load,
              })}
        ${renderWays({
          story: whole,
          speakers: state.speakers,
          filter: this.filter,
          position: selected.index + 1,
          total: empty ? 0 : story.events.length,
          table,
          strings,
          onStep: (step) => (this._announcement = this.#selection.storyStep(step) ?? this._announcement),
          onCategory: (id) => this.#filters.toggleCategory(id),
          onSpeaker: (id) => this.#filters.toggleSpeaker(id),
          onTable: () => this.#table.toggle(),
        })}
        ${empty || table
          ? nothing
          : part(renderQuoteList, {
              story,
              strings,
              quoteOptions: state.quoteOptions,
              highlightedId: this._hoveredEventId ?? selected.id,
              onHover: this.#onQuoteHover,
              onShowEvent: this.#onShowEvent,
            })}
        ${this._printing && !empty && !table ? this.#table.render(state, true, this.#onTableSelect) : nothing}
      </section>
    `;
  }
}
