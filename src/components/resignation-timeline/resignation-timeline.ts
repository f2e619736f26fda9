import { html, LitElement, nothing, svg, type PropertyValues } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { changedStyles } from '../changed-styles.js';
import { childrenParsed } from '../children-parsed.js';
import { ElementWidthController } from '../../controllers/element-width-controller.js';
import { indexAfterKey } from '../../controllers/roving-index.js';
import { TimeZoomController } from '../../controllers/time-zoom-controller.js';
import { timelineSelectEvent, type SelectTrigger } from '../../events.js';
import { formatDateRange, formatEventDate } from '../../layout/format.js';
import { eventTime, followView, initialView, layoutTimeline, orientationFor, type MarkerLayout, type TimelineLayout, type TimeSpan } from '../../layout/layout.js';
import { defaultStrings, type TimelineStrings } from '../../strings.js';
import { isTimeZone } from '../../story/dates.js';
import { firstLocale } from '../../story/locale.js';
import { parseStory, parseStoryJson } from '../../story/parse.js';
import type { ParseResult, Story, StoryEvent, StoryProblem } from '../../story/types.js';
import { categoryClass, categoryShape } from '../category-shape.js';
import { quoteCard } from '../quote-card/quote-card.js';
import { sourceLink } from '../source-link.js';
import { styles } from './resignation-timeline.styles.js';

/** Reactive internal state (not attributes; kept apart so the manifest lists only the public API). */
const INTERNAL_STATE = {
  _story: { state: true },
  _problems: { state: true },
  _loading: { state: true },
  _hoveredEventId: { state: true },
  _hoveredQuoteId: { state: true },
  _announcement: { state: true },
  _printing: { state: true },
} as const;

/** Until the element has been measured, lay out for a common article column. */
const FALLBACK_WIDTH = 640;

/** Positions along the time axis map to x when horizontal and to y when vertical. */
const pointOnAxis = (horizontal: boolean) => (along: number, across: number) =>
  horizontal ? { x: along, y: across } : { x: across, y: along };

/** One canvas measures text for every timeline on the page: a 2D context is slow to create. */
let measuringCanvas: CanvasRenderingContext2D | null | undefined;
let measuringFont = '';
const measuringContext = () => (measuringCanvas ??= document.createElement('canvas').getContext('2d'));

/**
 * @summary A news story as an interactive timeline of events with linked quote cards.
 *
 * @event timeline-select - The reader selected an event; `detail` is `{ eventId, trigger }`.
 *
 * @slot - An optional `<script type="application/json">` holding the story.
 *
 * @csspart base - The whole timeline.
 * @csspart header - Title, summary, keyboard help and legend.
 * @csspart chart - The time axis with the event markers.
 * @csspart marker - One event marker (a tab).
 * @csspart panel - The selected event with its quotes.
 * @csspart quote-card - One quote with its speaker.
 * @csspart quotes - The list of every quote.
 * @csspart problems - The list of problems found in a story that failed to load.
 *
 * @cssproperty --rt-font-family - Font of all text.
 * @cssproperty --rt-text - Text colour.
 * @cssproperty --rt-muted - Secondary text colour.
 * @cssproperty --rt-background - Background of the timeline.
 * @cssproperty --rt-surface - Background of markers and cards.
 * @cssproperty --rt-accent - Focus ring and selection colour.
 * @cssproperty --rt-category-0 - Colour of the first category (up to --rt-category-5).
 */
export class ResignationTimeline extends LitElement {
  static override styles = styles;

  static override properties = {
    src: { type: String, reflect: true },
    data: { attribute: false },
    selected: { type: String, reflect: true },
    locale: { type: String, reflect: true },
    theme: { type: String, reflect: true },
    timeZone: { type: String, attribute: 'time-zone', reflect: true },
    strings: { attribute: false },
    ...INTERNAL_STATE,
  };

  /** URL of a story JSON file. */
  declare src: string | undefined;
  /** A story as an object or JSON text; takes precedence over `src` and inline JSON. */
  declare data: unknown;
  /** The id of the selected event; the first event when unset or unknown. */
  declare selected: string | undefined;
  /** BCP 47 locale for dates and lists; defaults to the story's locale, then the page's. */
  declare locale: string | undefined;
  /** Interface strings to replace, for translation. */
  declare strings: Partial<TimelineStrings> | undefined;
  /** `light` or `dark` forces a theme; unset, the timeline follows the page's `color-scheme`. */
  declare theme: 'light' | 'dark' | undefined;
  /**
   * Where times of day are shown: an IANA zone such as `America/New_York`, or `reader` for the
   * reader's own; the story's zone when unset. Dates without a time never shift.
   */
  declare timeZone: string | undefined;

  declare private _story: Story | undefined;
  declare private _problems: readonly StoryProblem[];
  declare private _loading: boolean;
  declare private _hoveredEventId: string | undefined;
  declare private _hoveredQuoteId: string | undefined;
  declare private _announcement: string;
  /** True once the page is printed: the list of every event is built only then. */
  declare private _printing: boolean;

  readonly #width = new ElementWidthController(this);
  readonly #zoom = new TimeZoomController(this);
  #initialView: { story: Story; view: TimeSpan } | undefined;
  /** The layout when no gesture was under way: labels keep their lanes while the reader drags. */
  #settledLayout: { story: Story; key: string; layout: TimelineLayout } | undefined;
  #loading: AbortController | undefined;
  #inlineChangeQueued = false;
  #layoutCache: { story: Story; key: string; layout: TimelineLayout } | undefined;
  #inlineObserver: MutationObserver | undefined;
  #dirObserver: MutationObserver | undefined;
  #printMedia: MediaQueryList | undefined;
  readonly #labelProbe = document.createElement('span');
  readonly #tickProbe = document.createElement('span');

  constructor() {
    super();
    this.src = undefined;
    this.data = undefined;
    this.selected = undefined;
    this.locale = undefined;
    this.strings = undefined;
    this.theme = undefined;
    this.timeZone = undefined;
    this._story = undefined;
    this._problems = [];
    this._loading = false;
    this._announcement = '';
    this._printing = false;
    this.addEventListener('keydown', this.#onZoomKey);
  }

  /** The story on screen: the last one that loaded without problems. */
  get story(): Story | undefined {
    return this._story;
  }

  /**
   * The span of time in view, as the reader has zoomed and panned it (dates on the story's wall
   * clock). Undefined when the timeline is vertical, where all of it is shown.
   */
  get view(): { start: Date; end: Date } | undefined {
    const layout = this.#layoutCache?.layout;
    if (!layout || layout.orientation !== 'horizontal') return undefined;
    return { start: new Date(layout.view[0]), end: new Date(layout.view[1]) };
  }

  /** Problems with the story most recently given, each with its JSON path; empty when it loaded. */
  get problems(): readonly StoryProblem[] {
    return this._problems;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A CMS may fill in the inline JSON after the element upgrades.
    this.#inlineObserver = new MutationObserver(() => {
      if (this.data !== undefined || this.src || this.#inlineChangeQueued) return;
      // A script filled in several steps is read once, when the steps are done.
      this.#inlineChangeQueued = true;
      requestAnimationFrame(() => {
        this.#inlineChangeQueued = false;
        void this.#load();
      });
    });
    // What the parser adds is read once it is past the end tag (#readStory), later changes here.
    void childrenParsed(this).then(() => this.#inlineObserver?.observe(this, { childList: true, subtree: true, characterData: true }));
    // A page that switches its language, and so its direction, gets a mirrored timeline at once.
    this.#dirObserver = new MutationObserver(() => {
      if (this.#styles && this.#dirAttributeDirection() !== this.#styles.dir) this.requestUpdate();
    });
    this.#dirObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['dir'], subtree: true });
    document.fonts?.addEventListener('loadingdone', this.#onFontsLoaded);
    this.#printMedia = matchMedia('print');
    this.#printMedia.addEventListener('change', this.#onBeforePrint);
    window.addEventListener('beforeprint', this.#onBeforePrint);
    if (this.#printMedia.matches) this._printing = true;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#inlineObserver?.disconnect();
    this.#inlineObserver = undefined;
    this.#dirObserver?.disconnect();
    this.#dirObserver = undefined;
    this.#loading?.abort();
    this.#loading = undefined;
    document.fonts?.removeEventListener('loadingdone', this.#onFontsLoaded);
    this.#printMedia?.removeEventListener('change', this.#onBeforePrint);
    window.removeEventListener('beforeprint', this.#onBeforePrint);
  }

  /**
   * Printing shows every event as a list instead of the chart. Built only now (a story of
   * thousands of events would otherwise pay for it on every page view), and at once: the browser
   * lays the page out for print as soon as this returns.
   */
  #onBeforePrint = () => {
    if (this._printing) return;
    this._printing = true;
    this.performUpdate();
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('data') || changed.has('src')) void this.#load();
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // Styled like a marker label and a tick label, and present before the first render, so that
    // the first layout already measures text in the fonts it is drawn in.
    for (const [probe, className] of [
      [this.#labelProbe, 'label-probe'],
      [this.#tickProbe, 'tick-probe'],
    ] as const) {
      probe.className = className;
      probe.setAttribute('aria-hidden', 'true');
      root.appendChild(probe);
    }
    return root;
  }

  #onFontsLoaded = () => {
    measuringFont = ''; // the same font name may now mean the web font
    this.#styles = undefined;
    this.#layoutCache = undefined;
    this.requestUpdate();
  };

  /**
   * What the page's CSS decides for layout: text direction and the fonts text is measured in.
   * Read once per width and dir attribute (reading computed style forces a style recalculation,
   * too slow for every zoom frame), and again when web fonts arrive.
   */
  #stylesAt(width: number) {
    const dir = this.#dirAttributeDirection();
    if (this.#styles?.width !== width || this.#styles.dir !== dir) {
      this.#styles = {
        width,
        dir,
        rtl: getComputedStyle(this).direction === 'rtl',
        measureText: this.#textMeasurer(this.#labelProbe),
        measureTickText: this.#textMeasurer(this.#tickProbe),
      };
    }
    return this.#styles;
  }

  /**
   * The direction the dir attributes around the element give it, across shadow roots: a cheap
   * stand-in, read on every render, for a change of the computed direction.
   */
  #dirAttributeDirection(): string {
    return this.matches(':dir(rtl)') ? 'rtl' : 'ltr';
  }

  #styles: { width: number; dir: string; rtl: boolean; measureText: (text: string) => number; measureTickText: (text: string) => number } | undefined;

  get #strings(): TimelineStrings {
    return this.strings ? { ...defaultStrings, ...this.strings } : defaultStrings;
  }

  get #locale(): string | undefined {
    return firstLocale(this.locale, this._story?.locale, document.documentElement.lang);
  }

  get #selectedEvent(): StoryEvent | undefined {
    const story = this._story;
    if (!story) return undefined;
    return (this.selected !== undefined ? story.eventById.get(this.selected) : undefined) ?? story.events[0];
  }

  async #load(): Promise<void> {
    this.#loading?.abort(); // a newer story was asked for: drop the older request
    const loading = new AbortController();
    this.#loading = loading;
    this._loading = true;
    const result = await this.#readStory(loading.signal);
    if (loading.signal.aborted) return;
    this._loading = false;
    if (result.ok) {
      if (this._story) this._announcement = this.#strings.storyLoaded(result.story.title);
      this._story = result.story;
      this._problems = [];
    } else {
      this._problems = result.problems;
    }
  }

  async #readStory(signal: AbortSignal): Promise<ParseResult> {
    try {
      if (this.data !== undefined) {
        return typeof this.data === 'string' ? parseStoryJson(this.data) : parseStory(this.data);
      }
      if (this.src) {
        const response = await fetch(new URL(this.src, document.baseURI), { signal });
        if (!response.ok) {
          return problem(`could not load "${this.src}": HTTP ${response.status}`);
        }
        return parseStoryJson(await response.text());
      }
      // While the page is still being parsed, an inline story may be on its way.
      await childrenParsed(this);
      const inline = this.#inlineScript();
      if (inline) return parseStoryJson(inline.textContent ?? '');
      const { defaultStory } = await import('../../default-story.js');
      return parseStory(defaultStory);
    } catch (error) {
      if (signal.aborted) return problem('superseded');
      return problem(`could not load the story: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  #inlineScript(): Element | null {
    return this.querySelector(':scope > script[type="application/json"]');
  }

  #initialViewOf(story: Story): TimeSpan {
    if (this.#initialView?.story !== story) this.#initialView = { story, view: initialView(story) };
    return this.#initialView.view;
  }

  #layoutFor(story: Story): TimelineLayout {
    // Before the first resize notification, read the width once, so the first render is final.
    const width = this.#width.width || this.clientWidth || FALLBACK_WIDTH;
    const locale = this.#locale;
    const orientation = orientationFor(width);
    const view = orientation === 'horizontal' ? this.#zoom.viewFor(this.#initialViewOf(story)) : undefined;
    const { rtl, measureText, measureTickText } = this.#stylesAt(width);
    const selectedId = this.#selectedEvent?.id;
    // What the layout depends on besides the view; mid-gesture, the last settled layout moves
    // with the view while this stays the same.
    const settledKey = `${width}|${locale}|${rtl}|${selectedId}`;
    const key = `${settledKey}|${view?.join('-')}|${this.#zoom.gesturing}`;
    if (this.#layoutCache?.key !== key || this.#layoutCache.story !== story) {
      const options = { width, measureText, measureTickText, locale, view, orientation, rtl, selectedId };
      const settled = this.#settledLayout;
      let layout: TimelineLayout;
      if (this.#zoom.gesturing && settled?.story === story && settled.key === settledKey) {
        layout = followView(settled.layout, story, options);
      } else {
        layout = layoutTimeline(story, options);
        this.#settledLayout = { story, key: settledKey, layout };
      }
      this.#layoutCache = { story, key, layout };
    }
    return this.#layoutCache.layout;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!this.isConnected) return this.#zoom.detach();
    const story = this._story;
    const chart = this.renderRoot.querySelector<HTMLElement>('.chart');
    const layout = this.#layoutCache?.layout;
    if (story && chart && layout?.orientation === 'horizontal') {
      this.#zoom.attach(chart, layout.extent, layout.range, this.#initialViewOf(story));
      // However it was chosen, the selected event is kept in view.
      const selected = this.#selectedEvent;
      if ((changed.has('selected') || (changed as Map<PropertyKey, unknown>).has('_story')) && selected) this.#zoom.reveal(eventTime(selected));
    } else {
      this.#zoom.detach();
    }
    // A marker that zoom took away under the pointer never sees the pointer leave.
    const hovered = this._hoveredEventId;
    if (hovered && !this.#drawnCache?.drawn.some(({ event, marker }) => marker.visible && event.id === hovered)) {
      this._hoveredEventId = undefined;
    }
  }

  /** +, - and 0 zoom in, out and back while focus is anywhere in the timeline. */
  #onZoomKey = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey || this.#layoutCache?.layout.orientation !== 'horizontal') return;
    const around = this.#selectedEvent ? eventTime(this.#selectedEvent) : undefined;
    if (event.key === '+' || event.key === '=') this.#zoom.zoomIn(around);
    else if (event.key === '-' || event.key === '_') this.#zoom.zoomOut(around);
    else if (event.key === '0') this.#zoom.reset();
    else return;
    event.preventDefault();
  };

  /** Measures text in the font of `probe` (a label or a tick), as the page's CSS has it now. */
  #textMeasurer(probe: HTMLElement): (text: string) => number {
    const context = measuringContext();
    const style = getComputedStyle(probe);
    const fontSize = parseFloat(style.fontSize) || 14;
    if (!context) return (text) => text.length * fontSize * 0.6;
    const font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const widths = new Map<string, number>();
    return (text) => {
      let width = widths.get(text);
      if (width === undefined) {
        // Setting a canvas font parses it again: only when it changes.
        if (measuringFont !== font) context.font = measuringFont = font;
        width = context.measureText(text).width;
        widths.set(text, width);
      }
      return width;
    };
  }

  #select(event: StoryEvent, trigger: SelectTrigger, moveFocus: boolean): void {
    const changed = event.id !== this.#selectedEvent?.id;
    // A new selection is revealed once rendered (updated()); one brought back by a button,
    // already selected, is revealed here.
    if (moveFocus && this.selected === event.id) this.#zoom.reveal(eventTime(event));
    this.selected = event.id;
    if (moveFocus) {
      void this.updateComplete.then(() => {
        this.renderRoot.querySelector<HTMLElement>(`#tab-${event.index}`)?.focus();
      });
    }
    if (changed) this.dispatchEvent(timelineSelectEvent({ eventId: event.id, trigger }));
  }

  #onTabKeydown(keyEvent: KeyboardEvent): void {
    const story = this._story;
    const current = this.#selectedEvent;
    if (!story || !current) return;
    // The direction the timeline was laid out in, so that arrows follow what the reader sees.
    const rtl = this.#styles?.rtl ?? getComputedStyle(this).direction === 'rtl';
    const direction = rtl ? 'rtl' : 'ltr';
    const next = indexAfterKey(keyEvent.key, current.index, story.events.length, direction);
    if (next === undefined) return;
    keyEvent.preventDefault();
    const target = story.events[next];
    if (target) this.#select(target, 'keyboard', true);
  }

  override render() {
    const story = this._story;
    return html`
      ${this._problems.length > 0 ? this.#renderProblems(story !== undefined) : nothing}
      ${story ? this.#renderStory(story) : this._loading ? html`<p class="loading">${this.#strings.loading}</p>` : nothing}
      <div class="visually-hidden" role="status" aria-live="polite">${this._announcement}</div>
    `;
  }

  #renderProblems(keptPrevious: boolean) {
    const strings = this.#strings;
    return html`
      <div class="problems" part="problems" role="alert">
        <p><strong>${strings.problemsHeading(this._problems.length)}</strong></p>
        <ul>
          ${this._problems.map((p) => html`<li><code>${p.path}</code>: ${p.message}</li>`)}
        </ul>
        ${keptPrevious ? html`<p>${strings.keptPreviousStory}</p>` : nothing}
      </div>
    `;
  }

  #renderStory(story: Story) {
    const strings = this.#strings;
    const layout = this.#layoutFor(story);
    const selected = this.#selectedEvent!;
    const horizontal = layout.orientation === 'horizontal';
    const shifted = layout.shift ? `translateX(${layout.shift}px)` : undefined;
    return html`
      <section
        class=${`timeline ${layout.orientation}`}
        part="base"
        aria-labelledby="story-title"
        aria-busy=${this._loading ? 'true' : 'false'}
      >
        <header part="header">
          <h2 id="story-title">${story.title}</h2>
          ${story.summary ? html`<p class="summary">${story.summary}</p>` : nothing}
          <ul class="legend" aria-label=${strings.legendLabel}>
            ${story.categories.map(
              (category) =>
                html`<li class=${categoryClass(category.index)}>${categoryShape(category.index)}${category.label}</li>`,
            )}
          </ul>
          <p id="keyboard-help" class="help">
            ${strings.keyboardHelp} ${horizontal ? strings.zoomHelp : nothing}
          </p>
        </header>
        ${story.eras.length > 0
          ? html`<ul class="eras" aria-label=${strings.erasLabel}>
              ${story.eras.map(
                (era) =>
                  html`<li>
                    <span class="era-key" aria-hidden="true"></span>${era.label}:
                    ${formatDateRange(era.start, era.end, this.#locale, this.#displayTimeZone(story))}
                  </li>`,
              )}
            </ul>`
          : nothing}
        ${horizontal ? this.#renderZoomControls(story, layout) : nothing}
        <div class="chart" part="chart" style=${changedStyles({ height: `${layout.height}px` })}>
          ${this.#renderAxis(story, layout)}
          <div class="layer" style=${changedStyles({ transform: shifted })}>${this.#renderStems(story, layout)}</div>
          <div
            class="markers"
            style=${changedStyles({ transform: shifted })}
            role="tablist"
            aria-label=${strings.eventsLabel}
            aria-describedby="keyboard-help"
            aria-orientation=${layout.orientation}
            @keydown=${this.#onTabKeydown}
          >
            ${repeat(
              this.#drawnMarkers(layout, selected),
              ({ event }) => event.id,
              ({ event, marker }) => this.#renderMarker(story, event, marker, selected),
            )}
          </div>
          <div class="clusters" style=${changedStyles({ transform: shifted })}>
            ${layout.clusters.map((cluster) => this.#renderCluster(story, cluster))}
          </div>
        </div>
        ${guard([story, selected, this.#locale, this.strings, this.timeZone, this._hoveredEventId], () => [
          this.#renderPanel(story, selected),
          this.#renderAllQuotes(story, selected),
        ])}
        ${guard([story, this.#locale, this.strings, this.timeZone, this._printing], () =>
          this._printing ? this.#renderEventList(story) : nothing,
        )}
      </section>
    `;
  }

  #renderZoomControls(story: Story, layout: TimelineLayout) {
    const strings = this.#strings;
    const { before, after } = layout.offscreen;
    // Edge buttons light up, as markers do, when the quote under the pointer links beyond them.
    const linkedIds = (this._hoveredQuoteId && story.quoteById.get(this._hoveredQuoteId)?.eventIds) || [];
    // Arrows point the way time runs: earlier is to the left, or to the right in right-to-left text.
    const [earlierArrow, laterArrow] = layout.range[0] > layout.range[1] ? ['›', '‹'] : ['‹', '›'];
    const edgeButton = (side: 'before' | 'after', ids: string[]) => {
      const text = side === 'before' ? strings.earlierEvents(ids.length) : strings.laterEvents(ids.length);
      const arrow = html`<span aria-hidden="true">${side === 'before' ? earlierArrow : laterArrow}</span>`;
      return html`<button
        type="button"
        class=${`offscreen ${side}`}
        ?hidden=${ids.length === 0}
        ?data-linked=${linkedIds.some((id) => ids.includes(id))}
        @click=${() => {
          // The button may vanish once nothing lies beyond it: focus goes to the event shown.
          const nearest = story.eventById.get(ids[0]!);
          if (nearest) this.#select(nearest, 'keyboard', true);
        }}
      >
        ${side === 'before' ? html`${arrow} ${text}` : html`${text} ${arrow}`}
      </button>`;
    };
    const around = () => eventTime(this.#selectedEvent!);
    return html`<div class="zoom-controls" part="zoom-controls" role="group" aria-label=${strings.zoomControlsLabel}>
      ${edgeButton('before', before)}
      <span class="zoom-buttons">
        <button type="button" class="zoom-out" @click=${() => this.#zoom.zoomOut(around())}>
          <span aria-hidden="true">−</span><span class="visually-hidden">${strings.zoomOut}</span>
        </button>
        <button type="button" class="zoom-in" @click=${() => this.#zoom.zoomIn(around())}>
          <span aria-hidden="true">+</span><span class="visually-hidden">${strings.zoomIn}</span>
        </button>
        <button type="button" class="zoom-reset" @click=${() => this.#zoom.reset()}>${strings.resetZoom}</button>
      </span>
      ${edgeButton('after', after)}
    </div>`;
  }

  #renderAxis(story: Story, layout: TimelineLayout) {
    const { axis, orientation } = layout;
    const horizontal = orientation === 'horizontal';
    // SVG text follows the page's direction (so mixed scripts read right), and so do its anchors:
    // in right-to-left text "start" is the right end. An era's label starts at the band's edge
    // where reading starts; tick labels of the vertical axis end just left of it.
    const rtl = this.#styles?.rtl ?? false;
    const point = pointOnAxis(horizontal);
    const axisEnd = point(horizontal ? layout.width : layout.height, axis);
    const axisStart = point(0, axis);
    return html`<svg class="axis" aria-hidden="true" width=${layout.width} height=${layout.height}>
      ${layout.eras.map((era) => {
        const [low, high] = [Math.min(era.from, era.to), Math.max(era.from, era.to)];
        const from = point(low, 0);
        const size = Math.max(high - low, 1);
        return svg`<g class="era">
          <rect x=${from.x} y=${from.y} width=${horizontal ? size : layout.width} height=${horizontal ? layout.height : size}></rect>
          ${horizontal
            ? svg`<line class="era-edge" x1=${low} x2=${low} y1="0" y2=${layout.height}></line>
                <line class="era-edge" x1=${high} x2=${high} y1="0" y2=${layout.height}></line>
                <text x=${rtl ? Math.min(high, layout.width) - 4 : Math.max(low, 0) + 4} y="14">${era.label}</text>`
            : nothing}
        </g>`;
      })}
      <line class="axis-line" x1=${axisStart.x} y1=${axisStart.y} x2=${axisEnd.x} y2=${axisEnd.y}></line>
      ${layout.ticks.map((tick) => {
        const at = point(tick.at, axis);
        return svg`<g class="tick" transform=${`translate(${at.x},${at.y})`}>
          <line x1=${horizontal ? 0 : -4} x2=${horizontal ? 0 : 4} y1=${horizontal ? -4 : 0} y2=${horizontal ? 4 : 0}></line>
          <text x=${horizontal ? 0 : -8} y=${horizontal ? -10 : 4} text-anchor=${horizontal ? 'middle' : rtl ? 'start' : 'end'}>${tick.label}</text>
        </g>`;
      })}
    </svg>`;
  }

  /** The line from each drawn marker to its place on the axis, and the span of a range. */
  #renderStems(story: Story, layout: TimelineLayout) {
    const { axis } = layout;
    const horizontal = layout.orientation === 'horizontal';
    const point = pointOnAxis(horizontal);
    return html`<svg class="stems" aria-hidden="true" width=${layout.width} height=${layout.height}>
      ${this.#drawnMarkers(layout, this.#selectedEvent!).map(({ event, marker }) => {
        if (!marker.visible) return nothing;
        const category = story.categoryById.get(event.categoryId)!;
        const onAxis = point(marker.at, axis);
        const spanFrom = marker.span ? Math.min(marker.span.from, marker.span.to) : 0;
        const spanSize = marker.span ? Math.max(Math.abs(marker.span.to - marker.span.from), 2) : 0;
        const spanAt = point(spanFrom, axis - 3);
        const span = marker.span
          ? svg`<rect class="span" x=${spanAt.x} y=${spanAt.y} width=${horizontal ? spanSize : 6} height=${horizontal ? 6 : spanSize} rx="3"></rect>`
          : nothing;
        const stem = horizontal
          ? `M${onAxis.x} ${onAxis.y}V${marker.shapeY}`
          : `M${onAxis.x} ${onAxis.y}H${onAxis.x + 6}L${marker.left - 2} ${marker.shapeY}H${marker.shapeX}`;
        return svg`<g class=${`stem ${categoryClass(category.index)}`}>
          ${span}<path d=${stem}></path><circle class="on-axis" cx=${onAxis.x} cy=${onAxis.y} r="3"></circle>
        </g>`;
      })}
    </svg>`;
  }

  #renderMarker(story: Story, event: StoryEvent, marker: TimelineLayout['markers'][number], selected: StoryEvent) {
    const strings = this.#strings;
    const category = story.categoryById.get(event.categoryId)!;
    const isSelected = event.id === selected.id;
    const hoveredQuote = this._hoveredQuoteId ? story.quoteById.get(this._hoveredQuoteId) : undefined;
    const linked = hoveredQuote?.eventIds.includes(event.id) ?? false;
    const date = this.#formatDate(event);
    const status = strings.status[event.status];
    return html`<button
      type="button"
      role="tab"
      id=${`tab-${event.index}`}
      class=${`marker ${categoryClass(category.index)} label-${marker.labelSide}${event.approximate ? ' approximate' : ''}${marker.visible ? '' : ' offscreen-marker'}`}
      part="marker"
      aria-selected=${isSelected ? 'true' : 'false'}
      aria-posinset=${event.index + 1}
      aria-setsize=${story.events.length}
      aria-controls="event-panel"
      tabindex=${isSelected ? 0 : -1}
      ?data-linked=${linked}
      data-event-id=${event.id}
      style=${changedStyles({
        left: `${marker.left}px`,
        top: `${marker.top}px`,
        width: `${marker.width}px`,
        height: `${marker.height}px`,
        '--shape-x': `${marker.shapeX - marker.left}px`,
      })}
      @click=${(click: MouseEvent) => this.#select(event, click.detail === 0 ? 'keyboard' : 'pointer', false)}
      @focus=${(focus: FocusEvent) => {
        // Keyboard focus brings the marker into view; a press that starts a drag must not pan.
        if ((focus.currentTarget as HTMLElement).matches(':focus-visible')) this.#zoom.reveal(eventTime(event));
      }}
      @pointerenter=${() => (this._hoveredEventId = event.id)}
      @pointerleave=${() => (this._hoveredEventId = undefined)}
    >
      ${categoryShape(category.index)}
      <span class="label" aria-hidden="true">${marker.lines.map((line) => html`<span class="line">${line}</span>`)}</span>
      <span class="visually-hidden"
        >${event.title}, ${strings.tabDescription(
          [status, date].filter(Boolean).join(' '),
          category.label,
          event.quoteIds.length,
        )}</span
      >
    </button>`;
  }

  /** The markers to draw: those in view, and the selected one, which holds the tab stop. */
  #drawnMarkers(layout: TimelineLayout, selected: StoryEvent) {
    const story = this._story!;
    if (this.#drawnCache?.layout === layout && this.#drawnCache.selected === selected) return this.#drawnCache.drawn;
    const drawn = layout.markers.flatMap((marker) =>
      marker.visible || marker.eventId === selected.id ? [{ marker, event: story.eventById.get(marker.eventId)! }] : [],
    );
    this.#drawnCache = { layout, selected, drawn };
    return drawn;
  }

  #drawnCache: { layout: TimelineLayout; selected: StoryEvent; drawn: { marker: MarkerLayout; event: StoryEvent }[] } | undefined;

  #renderCluster(story: Story, cluster: TimelineLayout['clusters'][number]) {
    const first = story.eventById.get(cluster.eventIds[0]!)!;
    const last = story.eventById.get(cluster.eventIds.at(-1)!)!;
    const dates = first === last ? this.#formatDate(first) : `${this.#formatDate(first)} – ${this.#formatDate(last)}`;
    return html`<button
      type="button"
      class="cluster"
      part="cluster"
      style=${changedStyles({ left: `${cluster.at}px`, top: `${cluster.top}px`, width: `${cluster.width}px` })}
      aria-label=${this.#strings.clusterLabel(cluster.eventIds.length, dates)}
      @click=${() => {
        this.#zoom.showSpan(cluster.from, cluster.to);
        // The cluster goes once its events fit: focus goes to the first of them.
        this.#select(first, 'keyboard', true);
      }}
    >
      +${cluster.eventIds.length}
    </button>`;
  }

  /** An event's date as shown. Kept per story, language, zone and strings: zoom frames ask again. */
  #formatDate(event: StoryEvent): string {
    const story = this._story!;
    const locale = this.#locale;
    let cache = this.#dateLabels;
    if (cache?.story !== story || cache.locale !== locale || cache.timeZone !== this.timeZone || cache.strings !== this.strings) {
      cache = this.#dateLabels = { story, locale, timeZone: this.timeZone, strings: this.strings, labels: new Map() };
    }
    let label = cache.labels.get(event);
    if (label === undefined) {
      label = formatEventDate(event, { locale, timeZone: this.#displayTimeZone(story), approximately: this.#strings.approximately });
      cache.labels.set(event, label);
    }
    return label;
  }

  #dateLabels:
    | { story: Story; locale: string | undefined; timeZone: string | undefined; strings: Partial<TimelineStrings> | undefined; labels: Map<StoryEvent, string> }
    | undefined;

  #quoteOptions(story: Story) {
    return { story, strings: this.#strings, locale: this.#locale, timeZone: this.#displayTimeZone(story) };
  }

  #displayTimeZone(story: Story): string {
    const asked = this.timeZone === 'reader' ? new Intl.DateTimeFormat().resolvedOptions().timeZone : this.timeZone;
    return asked && isTimeZone(asked) ? asked : story.timeZone;
  }

  #renderPanel(story: Story, event: StoryEvent) {
    const strings = this.#strings;
    const category = story.categoryById.get(event.categoryId)!;
    const status = strings.status[event.status];
    const people = event.personIds.map((id) => story.people.get(id)).filter((person) => person !== undefined);
    return html`
      <div id="event-panel" class="panel" part="panel" role="tabpanel" aria-labelledby=${`tab-${event.index}`} tabindex="0">
        <p class="event-meta">
          <span class=${`category ${categoryClass(category.index)}`}>${categoryShape(category.index)}${category.label}</span>
          <time datetime=${event.start.text}>${this.#formatDate(event)}</time>
          ${status ? html`<strong class="status">${status}</strong>` : nothing}
        </p>
        <h3 class="event-title">${event.title}</h3>
        <p class="event-summary">${event.summary}</p>
        ${event.image
          ? html`<figure class="event-image">
              <img src=${event.image.src} alt=${event.image.alt} loading="lazy" />
              ${event.image.credit ? html`<figcaption>${event.image.credit}</figcaption>` : nothing}
            </figure>`
          : nothing}
        ${people.length > 0
          ? html`<p class="people">
              <span class="field-label">${strings.peopleLabel}:</span>
              ${people.map((person, i) => html`${i > 0 ? '; ' : ''}${person.name}${person.role ? ` (${person.role})` : ''}`)}
            </p>`
          : nothing}
        <h4>${strings.quotesInEvent}</h4>
        ${event.quoteIds.length > 0
          ? html`<ul class="panel-quotes">
              ${event.quoteIds.map((id) => html`<li>${quoteCard(story.quoteById.get(id)!, this.#quoteOptions(story))}</li>`)}
            </ul>`
          : html`<p class="no-quotes">${strings.noQuotesInEvent}</p>`}
        <p class="sources">
          <span class="field-label">${strings.sourcesLabel}:</span>
          ${event.sourceIds.map((id, i) => html`${i > 0 ? ', ' : ''}${sourceLink(story.sources.get(id)!, strings)}`)}
        </p>
      </div>
    `;
  }

  /** Every event in date order: printed instead of the interactive chart. */
  #renderEventList(story: Story) {
    return html`<section class="print-only event-list" aria-labelledby="event-list-heading">
      <h3 id="event-list-heading">${this.#strings.allEventsHeading}</h3>
      <ol>
        ${story.events.map(
          (event) => html`<li>
            <strong>${this.#formatDate(event)}: ${event.title}.</strong> ${event.summary}
          </li>`,
        )}
      </ol>
    </section>`;
  }

  #renderAllQuotes(story: Story, selected: StoryEvent) {
    if (story.quotes.length === 0) return nothing;
    const strings = this.#strings;
    const highlighted = this._hoveredEventId ?? selected.id;
    return html`
      <section class="all-quotes" part="quotes" aria-labelledby="quotes-heading">
        <h3 id="quotes-heading">${strings.quotesHeading}</h3>
        <ol class="quote-list">
          ${story.quotes.map((quote) => {
            const firstEvent = story.eventById.get(quote.eventIds[0]!)!;
            const linked = quote.eventIds.includes(highlighted);
            const hover = () => (this._hoveredQuoteId = quote.id);
            const leave = () => (this._hoveredQuoteId = undefined);
            return html`<li
              class="quote-item"
              data-quote-id=${quote.id}
              ?data-linked=${linked}
              @pointerenter=${hover}
              @pointerleave=${leave}
              @focusin=${hover}
              @focusout=${leave}
            >
              ${quoteCard(quote, this.#quoteOptions(story))}
              <button type="button" class="show-event" @click=${() => this.#select(firstEvent, 'quote', true)}>
                ${strings.showEvent(firstEvent.title)}
              </button>
            </li>`;
          })}
        </ol>
      </section>
    `;
  }
}

function problem(message: string): ParseResult {
  return { ok: false, problems: [{ path: '(story)', message }] };
}
