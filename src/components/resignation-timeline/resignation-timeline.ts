import { html, LitElement, nothing, type PropertyValues } from 'lit';
import type { ReactiveProperties } from '../reactive-properties.js';
import { ChartHandlers } from './chart-handlers.js';
import { ChartWindowController } from './controllers/chart-window-controller.js';
import { DeepLinkController } from './controllers/deep-link-controller.js';
import { DirectionLanguageController } from './controllers/direction-language-controller.js';
import { ElementWidthController } from './controllers/element-width-controller.js';
import { FilterController } from './controllers/filter-controller.js';
import { MarkerFocusController } from './controllers/marker-focus-controller.js';
import { HoverController } from './controllers/hover-controller.js';
import { LazyStartController } from './controllers/lazy-start-controller.js';
import { LiveRegion } from './live-region.js';
import { PrintController } from './controllers/print-controller.js';
import { TimelineSelection } from './timeline-selection.js';
import { DEFAULT_SRC_TIMEOUT, StorySourceController } from './controllers/story-source-controller.js';
import { MediaController } from './controllers/media-controller.js';
import { TableViewController } from './controllers/table-view-controller.js';
import { TextMetricsController } from './controllers/text-metrics-controller.js';
import { TimeZoomController } from './controllers/time-zoom-controller.js';
import { ViewAnnouncer } from './controllers/view-announcer.js';
import { timelineShownEvent, type SelectTrigger } from '../../events.js';
import type { TimelineFilter } from '../../layout/filter.js';
import { eventTime } from '../../layout/view.js';
import { isRightToLeft } from '../../i18n/languages.js';
import { defaultStrings, type StringOverrides } from '../../strings.js';
import { firstLocale } from '../../story/locale.js';
import type { Story, StoryEvent, StoryProblem } from '../../story/types.js';
import { renderProblems } from './parts/problems.js';
import { renderStoryView, type StoryViewActions } from './parts/story-view.js';
import { timelineStyles } from './timeline.styles.js';
import { InterfaceLanguage } from './interface-language.js';
import { isMarkerDrawn, TimelineStateDeriver, viewAnnouncement, type TimelineState } from './timeline-state.js';

/**
 * @summary A news story as an interactive timeline of events with linked quote cards. The story
 * comes from `data`, else `src`, else a `<script type="application/json">` child, else the default.
 *
 * @event timeline-select - The reader selected an event; `detail` is `{ eventId, trigger }`.
 * @event timeline-filter-change - The reader changed what is shown; `detail` is the new `filter`.
 * @event timeline-load - A story was drawn (the first, and each one given after); `detail` is `{ title, eventCount }`.
 * @event timeline-hover - The reader's pointer came onto an event's marker or left it; `detail` is `{ eventId }`.
 * @event timeline-error - A story failed to load or has problems; `detail` is `{ problems }`.
 * @event timeline-shown - The event shown as selected (`selectedEvent`) changed, whatever changed it. Does not bubble.
 *
 * @slot - The story as HTML, or an optional `<script type="application/json">` holding it; the HTML is shown until the
 * story is drawn.
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

  /**
   * The public properties (strings unless a `type` says otherwise, Lit's default); what the page and
   * the reader decide is kept by the controllers below.
   */
  static override properties: ReactiveProperties<ResignationTimeline> = {
    src: { reflect: true },
    srcTimeout: { type: Number, attribute: 'src-timeout' },
    data: { attribute: false },
    selected: { reflect: true },
    locale: { reflect: true },
    theme: { reflect: true },
    timeZone: { attribute: 'time-zone', reflect: true },
    strings: { attribute: false },
    filter: { attribute: false },
    hash: { reflect: true },
  };

  /** URL of a story JSON file. */
  src: string | undefined;
  /** How long a `src` story may take to arrive, in milliseconds (15,000 unless set), before the timeline gives up. */
  srcTimeout = DEFAULT_SRC_TIMEOUT;
  /** A story as an object or JSON text; takes precedence over `src` and inline JSON. */
  data: unknown;
  /** The id of the selected event; when unset or unknown, the first event in the first view. */
  selected: string | undefined;
  /**
   * BCP 47 locale of the interface, dates and lists; defaults to the element's `lang`, then the
   * story's locale, then the nearest `lang` in the page. The interface is in that language where
   * there is a pack for it (a regional tag falls back to its language), else in English.
   */
  locale: string | undefined;
  /** Interface strings to replace over the language's own: functions, messages with placeholders, or a whole pack. */
  strings: StringOverrides | undefined;
  /** `light` or `dark` forces a theme; unset, the timeline follows the page's `color-scheme`. */
  theme: 'light' | 'dark' | undefined;
  /**
   * Where times of day are shown: an IANA zone such as `America/New_York`, or `reader` for the
   * reader's own; the story's zone when unset. Dates without a time never shift.
   */
  timeZone: string | undefined;
  /** The ids of the categories whose events are shown and of the people whose quotes are; a list left out shows all. */
  filter: TimelineFilter | undefined;
  /**
   * Deep links: `#<hash>-<eventId>` in the page's address selects, and follows, an event; a bare `hash` is `event`. Off
   * when unset.
   */
  hash: string | undefined;

  readonly #source = new StorySourceController(
    this,
    () => this.#language.strings !== undefined, // ready: timeline-load waits for the interface's language
    (story, previous) => {
      if (previous) this.#liveRegion.say((this.#language.strings ?? defaultStrings).storyLoaded(story.title));
      this.#lazy.storyArrived();
    },
  );
  readonly #lazy = new LazyStartController(this);
  readonly #zoom = new TimeZoomController(this);
  readonly #text = new TextMetricsController(this);
  readonly #chartWindow = new ChartWindowController(this);
  readonly #deriver = new TimelineStateDeriver(() => this.#text.read());
  readonly #liveRegion = new LiveRegion(this);
  readonly #announcer = new ViewAnnouncer(this, this.#liveRegion.say, () => viewAnnouncement(this.#state));
  readonly #selection = new TimelineSelection(this, {
    shown: () => this.#state,
    reveal: (event) => this.#zoom.reveal(eventTime(event)),
    selectedByReader: (event) => this.#deepLink.follow(event.id),
  });
  readonly #handlers = new ChartHandlers(this.#zoom, this.#announcer, this.#selection, () => this.#state);
  readonly #filters = new FilterController(this, () => this.#state, this.#selection, this.#liveRegion.say);
  readonly #table = new TableViewController(
    this,
    () => this.#source.story !== undefined,
    () => this.#print.printing,
  );
  readonly #media = new MediaController(this);
  readonly #deepLink = new DeepLinkController(
    this,
    () => this.hash ?? undefined,
    (id) => {
      this.selected = this.#linkedEvent = id;
    },
    () => this.#source.story,
  );
  /** The event a deep link named: brought into view once drawn, as a link to a place in a page is. */
  #linkedEvent: string | undefined;
  readonly #language = new InterfaceLanguage(this);
  readonly #width = new ElementWidthController(this);
  readonly #page = new DirectionLanguageController(this);
  readonly #print = new PrintController(this, () => this.performUpdate()); // at once: the page is laid out for print
  readonly #hover = new HoverController(this, (eventId) => isMarkerDrawn(this.#state, eventId));
  #state: TimelineState | undefined;

  constructor() {
    super();
    new MarkerFocusController(this);
  }

  /** The story on screen: the last one that loaded without problems. */
  get story(): Story | undefined {
    return this.#source.story;
  }

  /** Problems with the story most recently given, each with its JSON path; empty when it loaded. */
  get problems(): readonly StoryProblem[] {
    return this.#source.problems;
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
    const { story } = this.#source;
    // The whole story's: a card in the article shows its quote whatever the timeline's filter hides.
    if (this.#state) return { ...this.#state.quoteOptions, story: this.#state.unfiltered };
    if (!story) return undefined;
    const strings = this.#language.strings ?? defaultStrings;
    const { ownLang, pageLang } = this.#page;
    const locale = firstLocale(this.locale, ownLang);
    return this.#deriver.quoteOptions({ story, strings, locale, timeZone: this.timeZone, pageLang });
  }

  /**
   * Selects an event as a reader would: its marker scrolled into view (smoothly unless the reader
   * prefers reduced motion) and focused; `timeline-select` fires with `trigger` if it changed.
   */
  showEvent(eventId: string, trigger: SelectTrigger = 'quote'): void {
    this.#lazy.start(); // a timeline far below the fold is laid out at once
    if (this.#filters.reveal(eventId)) void this.updateComplete.then(() => this.#selection.show(eventId, trigger));
    else this.#selection.show(eventId, trigger);
  }

  /** Lights up a quote's events, as hovering its card does; undefined puts them out. */
  highlightQuote(quoteId: string | undefined): void {
    this.#hover.hoverQuote(quoteId);
  }

  /** Everything drawn is derived here, before rendering, from the element's state. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('filter')) this.#filters.changed();
    if (changed.has('hash')) this.#deepLink.read();
    this.#deepLink.settle();
    if (this.selected || this.#print.printing) this.#lazy.start(); // a deep link or printing needs it drawn now
    const story = this.#lazy.started ? this.#source.story : undefined;
    const page = this.#page;
    // The interface's language: the element's, else the story's, else the page's around it. Until
    // its pack is here, nothing is drawn in another language (the page's own content stays).
    const storyLocale = this.#source.story?.locale;
    const { asked, locale } = this.#language.update(this.locale, page, storyLocale, this.strings);
    const strings = this.#language.strings;
    this.#state =
      story &&
      strings &&
      this.#deriver.derive({
        story,
        selectedId: this.selected,
        filter: this.filter,
        strings,
        locale: asked,
        timeZone: this.timeZone,
        pageLang: page.pageLang,
        width: this.#width.layoutWidth,
        rtl: page.rtl || isRightToLeft(locale),
        textChanges: this.#text.changes,
        window: this.#chartWindow.window,
        view: this.#zoom.viewFor(this.#deriver.initialView(story)),
        gesturing: this.#zoom.gesturing,
      });
    if (this.#state) this.#announcer.follow(story, this.#state.layout.view, this.#state.gesturing);
  }

  protected override updated(changed: PropertyValues<this>): void {
    const chart = (this.isConnected && this.renderRoot.querySelector<HTMLElement>('.chart')) || undefined;
    this.#chartWindow.follow(this.#state?.chartWindow && chart);
    this.#zoom.follow(chart, this.#state, this.#source.story, changed.has('selected'));
    if (this.#linkedEvent !== undefined && this.#state) {
      if (this.#state.selected.id === this.#linkedEvent) {
        const marker = this.renderRoot.querySelector(`#tab-${this.#state.selected.index}`);
        if (marker?.getClientRects().length) marker.scrollIntoView({ block: 'center' });
        else this.scrollIntoView({ block: 'start' }); // its marker not drawn yet: zoom is on its way to it
      }
      this.#linkedEvent = undefined;
    }
    if (this.#state?.selected !== this.#shownSelected) {
      this.#shownSelected = this.#state?.selected;
      this.dispatchEvent(timelineShownEvent());
    }
  }
  /** The event last told in `timeline-shown`. */
  #shownSelected: StoryEvent | undefined;

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

  /**
   * Does what a story control asks, then brings the control back into view if what changed above
   * it (the panel, the chart or the table) pushed it out, so that focus is not left off screen.
   */
  #keepingFocusInView(action: () => void): void {
    const control = this.shadowRoot?.activeElement;
    action();
    if (!control) return;
    void this.updateComplete.then(() =>
      requestAnimationFrame(() => {
        if (this.shadowRoot?.activeElement !== control) return;
        const { top, bottom } = control.getBoundingClientRect();
        if (top < 0 || bottom > innerHeight) control.scrollIntoView({ block: 'nearest' });
      }),
    );
  }

  /** What the reader does on a story drawn (see renderStoryView). */
  readonly #actions: StoryViewActions = {
    onSelect: (event, trigger) => this.#selection.selectAsReader(event, trigger),
    onTableSelect: (event) => this.#selection.selectAsReader(event, 'table'),
    onHover: (event) => this.#hover.hoverEvent(event?.id),
    onQuoteHover: (quote) => this.#hover.hoverQuote(quote?.id),
    onShowEvent: (event) => this.showEvent(event.id),
    onStep: (step) => this.#keepingFocusInView(() => this.#liveRegion.say(this.#selection.storyStep(step))),
    onCategory: (id) => this.#keepingFocusInView(() => this.#filters.toggleCategory(id)),
    onSpeaker: (id) => this.#keepingFocusInView(() => this.#filters.toggleSpeaker(id)),
    onTable: () => this.#keepingFocusInView(() => this.#table.toggle()),
    onShowAll: () => this.#filters.showAll(),
    onLoadMedia: (link, slot) => this.#media.load(link, slot),
    onMediaFailed: (file) => this.#media.failed(file),
  };

  override render() {
    const strings = this.#language.strings ?? defaultStrings;
    const { story, problems, retry } = this.#source;
    const state = this.#state;
    const loading = (this.#source.loading || story) && this.#language.strings && !this.#source.hasFallback;
    return html`
      ${problems.length > 0 ? renderProblems({ problems, keptPrevious: story !== undefined, strings, retry }) : nothing}
      ${
        state
          ? renderStoryView(
              state,
              this.filter,
              this.#source.loading,
              this.#print.printing,
              this.#hover,
              this.#table,
              this.#media.states,
              this.#handlers,
              this.#actions,
            )
          : html`<slot></slot>${loading ? html`<p class="loading">${strings.loading}</p>` : nothing}`
      }
      <div class="visually-hidden" role="status" aria-live="polite">${this.#liveRegion.text}</div>
    `;
  }
}
