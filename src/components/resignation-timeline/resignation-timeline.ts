import { html, LitElement, nothing, svg, type PropertyValues } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { ElementWidthController } from '../../controllers/element-width-controller.js';
import { indexAfterKey } from '../../controllers/roving-index.js';
import { timelineSelectEvent, type SelectTrigger } from '../../events.js';
import { formatEventDate } from '../../layout/format.js';
import { layoutTimeline, METRICS, type TimelineLayout } from '../../layout/layout.js';
import { defaultStrings, type TimelineStrings } from '../../strings.js';
import { parseStory, parseStoryJson } from '../../story/parse.js';
import type { ParseResult, Source, Story, StoryEvent, StoryProblem } from '../../story/types.js';
import { categoryClass, categoryShape } from '../category-shape.js';
import { quoteCard } from '../quote-card/quote-card.js';
import { styles } from './resignation-timeline.styles.js';

/** Reactive internal state (not attributes; kept apart so the manifest lists only the public API). */
const INTERNAL_STATE = {
  _story: { state: true },
  _problems: { state: true },
  _loading: { state: true },
  _hoveredEventId: { state: true },
  _hoveredQuoteId: { state: true },
} as const;

/** Until the element has been measured, lay out for a common article column. */
const FALLBACK_WIDTH = 640;

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

  declare private _story: Story | undefined;
  declare private _problems: readonly StoryProblem[];
  declare private _loading: boolean;
  declare private _hoveredEventId: string | undefined;
  declare private _hoveredQuoteId: string | undefined;

  readonly #width = new ElementWidthController(this);
  #loadCount = 0;
  #layoutCache: { story: Story; key: string; layout: TimelineLayout } | undefined;
  #inlineObserver: MutationObserver | undefined;
  #measureContext: CanvasRenderingContext2D | null | undefined;
  readonly #labelProbe = document.createElement('span');

  constructor() {
    super();
    this.src = undefined;
    this.data = undefined;
    this.selected = undefined;
    this.locale = undefined;
    this.strings = undefined;
    this._story = undefined;
    this._problems = [];
    this._loading = false;
  }

  /** The story on screen: the last one that loaded without problems. */
  get story(): Story | undefined {
    return this._story;
  }

  /** Problems with the story most recently given, each with its JSON path; empty when it loaded. */
  get problems(): readonly StoryProblem[] {
    return this._problems;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A CMS may fill in the inline JSON after the element upgrades.
    this.#inlineObserver = new MutationObserver(() => {
      if (this.data === undefined && !this.src) void this.#load();
    });
    this.#inlineObserver.observe(this, { childList: true, subtree: true, characterData: true });
    document.fonts?.addEventListener('loadingdone', this.#onFontsLoaded);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#inlineObserver?.disconnect();
    this.#inlineObserver = undefined;
    document.fonts?.removeEventListener('loadingdone', this.#onFontsLoaded);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('data') || changed.has('src')) void this.#load();
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // Styled like a marker label and present before the first render, so that the first layout
    // already measures labels in the font they are drawn in.
    this.#labelProbe.className = 'label-probe';
    this.#labelProbe.setAttribute('aria-hidden', 'true');
    root.appendChild(this.#labelProbe);
    return root;
  }

  #onFontsLoaded = () => {
    this.#layoutCache = undefined;
    this.requestUpdate();
  };

  get #strings(): TimelineStrings {
    return this.strings ? { ...defaultStrings, ...this.strings } : defaultStrings;
  }

  get #locale(): string | undefined {
    return this.locale || this._story?.locale || document.documentElement.lang || undefined;
  }

  get #selectedEvent(): StoryEvent | undefined {
    const story = this._story;
    if (!story) return undefined;
    return (this.selected !== undefined ? story.eventById.get(this.selected) : undefined) ?? story.events[0];
  }

  async #load(): Promise<void> {
    const load = ++this.#loadCount;
    this._loading = true;
    const result = await this.#readStory();
    if (load !== this.#loadCount) return; // a newer story was asked for meanwhile
    this._loading = false;
    if (result.ok) {
      this._story = result.story;
      this._problems = [];
    } else {
      this._problems = result.problems;
    }
  }

  async #readStory(): Promise<ParseResult> {
    try {
      if (this.data !== undefined) {
        return typeof this.data === 'string' ? parseStoryJson(this.data) : parseStory(this.data);
      }
      if (this.src) {
        const response = await fetch(new URL(this.src, document.baseURI));
        if (!response.ok) {
          return problem(`could not load "${this.src}": HTTP ${response.status}`);
        }
        return parseStoryJson(await response.text());
      }
      const inline = this.querySelector(':scope > script[type="application/json"]');
      if (inline) return parseStoryJson(inline.textContent ?? '');
      const { defaultStory } = await import('../../default-story.js');
      return parseStory(defaultStory);
    } catch (error) {
      return problem(`could not load the story: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  #layoutFor(story: Story): TimelineLayout {
    const width = this.#width.width || FALLBACK_WIDTH;
    const locale = this.#locale;
    const key = `${width}|${locale}`;
    if (this.#layoutCache?.key !== key || this.#layoutCache.story !== story) {
      const measureText = this.#textMeasurer();
      this.#layoutCache = { story, key, layout: layoutTimeline(story, { width, measureText, locale }) };
    }
    return this.#layoutCache.layout;
  }

  /** Measures text in the marker label font, as the page's CSS has it now. */
  #textMeasurer(): (text: string) => number {
    this.#measureContext ??= document.createElement('canvas').getContext('2d');
    const context = this.#measureContext;
    const style = getComputedStyle(this.#labelProbe);
    const fontSize = parseFloat(style.fontSize) || 14;
    if (!context) return (text) => text.length * fontSize * 0.6;
    context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    return (text) => context.measureText(text).width;
  }

  #select(event: StoryEvent, trigger: SelectTrigger, moveFocus: boolean): void {
    const changed = event.id !== this.#selectedEvent?.id;
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
    const direction = getComputedStyle(this).direction === 'rtl' ? 'rtl' : 'ltr';
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
      ${story
        ? this.#renderStory(story)
        : this._loading
          ? html`<p class="loading" role="status">${this.#strings.loading}</p>`
          : nothing}
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
    return html`
      <section class="timeline" part="base" aria-labelledby="story-title" aria-busy=${this._loading ? 'true' : 'false'}>
        <header part="header">
          <h2 id="story-title">${story.title}</h2>
          ${story.summary ? html`<p class="summary">${story.summary}</p>` : nothing}
          <ul class="legend" aria-label=${strings.legendLabel}>
            ${story.categories.map(
              (category) =>
                html`<li class=${categoryClass(category.index)}>${categoryShape(category.index)}${category.label}</li>`,
            )}
          </ul>
          <p id="keyboard-help" class="help">${strings.keyboardHelp}</p>
        </header>
        <div class="chart" part="chart" style=${styleMap({ height: `${layout.height}px` })}>
          ${this.#renderAxis(story, layout)}
          <div
            class="markers"
            role="tablist"
            aria-label=${strings.eventsLabel}
            aria-describedby="keyboard-help"
            @keydown=${this.#onTabKeydown}
          >
            ${layout.markers.map((marker, i) => this.#renderMarker(story, story.events[i]!, marker, selected))}
          </div>
        </div>
        ${this.#renderPanel(story, selected)} ${this.#renderAllQuotes(story, selected)}
      </section>
    `;
  }

  #renderAxis(story: Story, layout: TimelineLayout) {
    const { axisY } = layout;
    return html`<svg class="axis" aria-hidden="true" width=${layout.width} height=${layout.height}>
      ${layout.eras.map(
        (era) => svg`<g class="era">
          <rect x=${era.x1} y="0" width=${Math.max(era.x2 - era.x1, 1)} height=${layout.height}></rect>
          <text x=${era.x1 + 4} y="14">${era.label}</text>
        </g>`,
      )}
      <line class="axis-line" x1="0" x2=${layout.width} y1=${axisY} y2=${axisY}></line>
      ${layout.ticks.map(
        (tick) => svg`<g class="tick" transform=${`translate(${tick.x},0)`}>
          <line y1=${axisY - 4} y2=${axisY + 4}></line>
          <text y=${axisY - 10} text-anchor="middle">${tick.label}</text>
        </g>`,
      )}
      ${layout.markers.map((marker, i) => {
        const category = story.categoryById.get(story.events[i]!.categoryId)!;
        return svg`<g class=${`stem ${categoryClass(category.index)}`}>
          ${marker.span
            ? svg`<rect class="span" x=${marker.span.x1} y=${axisY - 3} width=${Math.max(marker.span.x2 - marker.span.x1, 2)} height="6" rx="3"></rect>`
            : nothing}
          <line x1=${marker.x} x2=${marker.x} y1=${axisY} y2=${marker.top + METRICS.markerHeight / 2}></line>
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
      class=${`marker ${categoryClass(category.index)} label-${marker.labelSide}${event.approximate ? ' approximate' : ''}`}
      part="marker"
      aria-selected=${isSelected ? 'true' : 'false'}
      aria-controls="event-panel"
      tabindex=${isSelected ? 0 : -1}
      ?data-linked=${linked}
      data-event-id=${event.id}
      style=${styleMap({
        left: `${marker.left}px`,
        top: `${marker.top}px`,
        width: `${marker.width}px`,
        '--shape-x': `${marker.x - marker.left}px`,
      })}
      @click=${() => this.#select(event, 'pointer', false)}
      @pointerenter=${() => (this._hoveredEventId = event.id)}
      @pointerleave=${() => (this._hoveredEventId = undefined)}
    >
      ${categoryShape(category.index)}
      <span class="label" aria-hidden="true">${marker.label}</span>
      <span class="visually-hidden"
        >${event.title}, ${strings.tabDescription(
          [status, date].filter(Boolean).join(' '),
          category.label,
          event.quoteIds.length,
        )}</span
      >
    </button>`;
  }

  #formatDate(event: StoryEvent): string {
    const story = this._story!;
    return formatEventDate(event, {
      locale: this.#locale,
      timeZone: story.timeZone,
      approximately: this.#strings.approximately,
    });
  }

  #quoteOptions(story: Story) {
    return { story, strings: this.#strings, locale: this.#locale, timeZone: story.timeZone };
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
          ${event.sourceIds.map((id, i) => html`${i > 0 ? ', ' : ''}${this.#renderSource(story.sources.get(id)!)}`)}
        </p>
      </div>
    `;
  }

  #renderSource(source: Source) {
    const label = source.kind === 'article' ? this.#strings.articleSource : (source.title ?? source.publisher ?? hostOf(source.url));
    return isWebLink(source.url) ? html`<a href=${source.url} class="source">${label}</a>` : html`<span class="source">${label}</span>`;
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

function isWebLink(url: string | undefined): url is string {
  return url !== undefined && /^https?:\/\//i.test(url);
}

function hostOf(url: string | undefined): string {
  try {
    return url ? new URL(url).hostname : '';
  } catch {
    return '';
  }
}
