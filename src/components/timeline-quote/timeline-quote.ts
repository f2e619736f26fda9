import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import {
  TIMELINE_ERROR,
  TIMELINE_HOVER,
  TIMELINE_LOAD,
  TIMELINE_SHOWN,
  type TimelineHoverEvent,
} from '../../events.js';
import { isRightToLeft } from '../../i18n/languages.js';
import { focusInView } from '../focus-in-view.js';
import { defaultStrings, type TimelineStrings } from '../../strings.js';
import type { Quote, StoryEvent } from '../../story/types.js';
import type { QuoteCardOptions } from '../quote-card/quote-card.js';
import { isolated } from '../bidi.js';
import { buttonStyles } from '../button.styles.js';
import { quoteCard } from '../quote-card/quote-card.js';
import { quoteCardStyles } from '../quote-card/quote-card.styles.js';
import type { ResignationTimeline } from '../resignation-timeline/resignation-timeline.js';
import { baseStyles } from '../resignation-timeline/resignation-timeline.styles.js';

/** What the card shows: nothing yet, a note in place of the quote, or the quote. */
type CardView =
  | { kind: 'waiting' }
  | { kind: 'note'; text: string }
  | { kind: 'quote'; quote: Quote; options: QuoteCardOptions; selected: StoryEvent | undefined };

/** The part of a timeline's public API that a card reads. */
type LinkedTimeline = Pick<
  ResignationTimeline,
  'quoteCardOptions' | 'selectedEvent' | 'showEvent' | 'highlightQuote' | 'problems' | 'theme'
> &
  HTMLElement;

/** Reactive internal state (kept apart so the manifest lists only the public API). */
const INTERNAL_STATE = { _hoveredEventId: { state: true }, _expanded: { state: true }, _version: { state: true } };

const isTimeline = (element: Element): element is LinkedTimeline =>
  'showEvent' in element && 'quoteCardOptions' in element;

/**
 * @summary One quote of a timeline's story, placed anywhere in the article and linked to its
 * moment on the timeline.
 *
 * `<timeline-quote for="timeline-id" quote="quote-id">` shows the quote as the timeline's own
 * cards do, with a button that selects its event on that timeline. It follows the timeline: it
 * links up when the timeline is defined or loads its story later, shows a new story's quote when
 * the timeline is given one, and is `active` while one of its events is selected, however that
 * happened. It takes the timeline's `theme`, light or dark, as its own. A timeline or quote that
 * cannot be found gives a quiet note and one console warning.
 *
 * @csspart base - The card's frame, lit up while one of its events is hovered or selected.
 * @csspart quote-card - The quote with its speaker (as in the timeline).
 * @csspart show-event - The "Show on the timeline" button.
 * @csspart note - What is shown in place of a quote that cannot be found.
 *
 * @cssproperty --rt-font-family - Font of all text but the quote's words.
 * @cssproperty --rt-quote-font-family - Font of the quote's words.
 * @cssproperty --rt-text - Text colour.
 * @cssproperty --rt-muted - Secondary text colour.
 * @cssproperty --rt-background - Background of the card.
 * @cssproperty --rt-surface - Background of buttons.
 * @cssproperty --rt-border - Colour of borders.
 * @cssproperty --rt-accent - Frame, button and link colour.
 * @cssproperty --rt-linked - Background while lit up.
 * @cssproperty --rt-on-linked - Text colour on that background.
 * @cssproperty --rt-category-0 - Colour of the story's first category (up to --rt-category-7), as in the timeline.
 * @cssproperty --rt-category-1 - Colour of the second category.
 * @cssproperty --rt-category-2 - Colour of the third category.
 * @cssproperty --rt-category-3 - Colour of the fourth category.
 * @cssproperty --rt-category-4 - Colour of the fifth category.
 * @cssproperty --rt-category-5 - Colour of the sixth category.
 * @cssproperty --rt-category-6 - Colour of the seventh category.
 * @cssproperty --rt-category-7 - Colour of the eighth category.
 */
export class TimelineQuote extends LitElement {
  static override styles = [
    baseStyles,
    buttonStyles,
    quoteCardStyles,
    css`
      :host {
        /* The timeline sets its marker size from its text metrics; a card draws no marker. */
        --_marker-size: 0.75em;
      }
      .on-timeline {
        font-size: 0.875rem;
        font-weight: 600;
      }
      .note {
        color: var(--_muted);
        font-size: 0.875rem;
      }
    `,
  ];

  static override properties = {
    htmlFor: { attribute: 'for', reflect: true },
    quote: { reflect: true },
    active: { type: Boolean, reflect: true },
    strings: { attribute: false },
    ...INTERNAL_STATE,
  };

  /** The id of the `<resignation-timeline>` whose story holds the quote (attribute `for`). */
  htmlFor: string | undefined;
  /** The id of the quote in that story. */
  quote: string | undefined;
  /**
   * Set by the card itself (never by the page) while the timeline's selected event is one of the
   * quote's: reflected, so that a page can style `timeline-quote[active]`.
   */
  active = false;
  /** Interface strings to replace; by default the card uses its timeline's. */
  strings: Partial<TimelineStrings> | undefined;

  private _hoveredEventId: string | undefined = undefined;
  private _expanded = false;
  /** Bumped when the timeline changes what it shows, for a new render. */
  private _version = 0;

  #timeline: LinkedTimeline | undefined;
  #view: CardView = { kind: 'waiting' };
  /** Until the page is parsed and a frame has passed, a missing timeline may still be on its way. */
  #settled = false;
  #warned = '';
  readonly #observer = new MutationObserver(() => this._version++);
  /**
   * The card's document or shadow root: its timeline taken out (with whatever holds it), renamed,
   * put back, or one added, and the card follows, rather than keep a button that shows nothing.
   */
  readonly #pageWatch = new MutationObserver(() => this.#find().timeline !== this.#timeline && this._version++);

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener(TIMELINE_LOAD, this.#relink);
    document.addEventListener(TIMELINE_ERROR, this.#relink);
    this.#settled = false;
    this.#pageWatch.observe(this.getRootNode(), { subtree: true, childList: true, attributeFilter: ['id'] });
    void new Promise((resolve) => requestAnimationFrame(resolve)).then(async () => {
      if (document.readyState === 'loading')
        await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
      this.#settled = true;
      this._version++;
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener(TIMELINE_LOAD, this.#relink);
    document.removeEventListener(TIMELINE_ERROR, this.#relink);
    this.#pageWatch.disconnect();
    if (this.#highlighting) this.#unhighlight(); // taken away under the pointer
    this.#follow(undefined);
  }

  /** Any timeline drew a story, or failed to: it may be this card's, new or given a new story. */
  readonly #relink = () => this._version++;

  readonly #onTimelineHover = (event: TimelineHoverEvent) => (this._hoveredEventId = event.detail.eventId);

  #follow(timeline: LinkedTimeline | undefined): void {
    if (timeline === this.#timeline) return;
    this.#timeline?.removeEventListener(TIMELINE_HOVER, this.#onTimelineHover);
    this.#timeline?.removeEventListener(TIMELINE_SHOWN, this.#relink);
    this.#observer.disconnect();
    this.#timeline = timeline;
    this._hoveredEventId = undefined;
    if (!timeline) return;
    timeline.addEventListener(TIMELINE_HOVER, this.#onTimelineHover);
    // What it shows as selected, however that changed: the reader, the page, a filter, its first layout.
    timeline.addEventListener(TIMELINE_SHOWN, this.#relink);
    this.#observer.observe(timeline, { attributes: true, attributeFilter: ['locale', 'time-zone', 'theme'] });
  }

  /** The timeline the card names, found in the card's own document or shadow root. */
  #find(): { timeline: LinkedTimeline | undefined; missing: boolean } {
    const root = this.getRootNode() as Document | ShadowRoot;
    const found = this.htmlFor && this.isConnected ? root.getElementById(this.htmlFor) : null;
    if (found && isTimeline(found)) return { timeline: found, missing: false };
    // An element of a tag not yet defined may become the timeline.
    const undefinedTag = found !== null && found.localName.includes('-') && !customElements.get(found.localName);
    return { timeline: undefined, missing: this.#settled && !undefinedTag };
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('quote')) this._expanded = false;
    const { timeline, missing } = this.#find();
    this.#follow(timeline);
    // Its timeline's theme, which a page may force on the timeline alone (the styles match :host([theme])).
    const theme = timeline?.theme;
    if (theme) this.setAttribute('theme', theme);
    else this.removeAttribute('theme');
    const options = timeline?.quoteCardOptions;
    const strings = { ...(options?.strings ?? defaultStrings), ...this.strings };
    const quote = options && this.quote !== undefined ? options.story.quoteById.get(this.quote) : undefined;
    if (!timeline)
      this.#view = missing ? { kind: 'note', text: strings.timelineNotFound(this.htmlFor ?? '') } : { kind: 'waiting' };
    else if (!options)
      // The story is on its way, or could not be had: said as the timeline says it.
      this.#view = timeline.problems.length ? { kind: 'note', text: strings.storyNotLoaded } : { kind: 'waiting' };
    else if (!quote) this.#view = { kind: 'note', text: strings.quoteNotFound(this.quote ?? '') };
    else this.#view = { kind: 'quote', quote, options: { ...options, strings }, selected: timeline.selectedEvent };
    const view = this.#view;
    this.active =
      view.kind === 'quote' && view.selected !== undefined && view.quote.eventIds.includes(view.selected.id);
  }

  protected override updated(): void {
    const note = this.#view.kind === 'note' ? this.#view.text : '';
    if (note && note !== this.#warned) console.warn(`<timeline-quote>: ${note}`);
    this.#warned = note;
  }

  readonly #toggle = async () => {
    this._expanded = !this._expanded;
    await this.updateComplete;
    // Folding a long quote moves its button up by the words it hid, often above the screen:
    // brought back as focus would bring it (nothing happens to a button that is not focused).
    const button = this.renderRoot.querySelector<HTMLElement>('.read-more');
    if (button && (this.renderRoot as ShadowRoot).activeElement === button) focusInView(button, false);
  };
  /** The card is hovered or focused, its events lit up on the timeline. */
  #highlighting = false;
  readonly #highlight = () => {
    this.#highlighting = true;
    this.#timeline?.highlightQuote(this.quote);
  };
  readonly #unhighlight = () => {
    this.#highlighting = false;
    this.#timeline?.highlightQuote(undefined);
  };

  /** The quote's event on the timeline: the selected one if it is the quote's, else its first. */
  readonly #show = () => {
    const view = this.#view;
    if (view.kind !== 'quote') return;
    this.#timeline?.showEvent(this.active ? view.selected!.id : view.quote.eventIds[0]!, 'quote');
  };

  override render() {
    const view = this.#view;
    if (view.kind === 'waiting') return nothing;
    if (view.kind === 'note') return html`<p class="note" part="note">${view.text}</p>`;
    const { quote, options, selected } = view;
    const { strings } = options;
    // Named by the event it shows: a page of cards is not a list of buttons all called the same.
    const shows = this.active ? selected : options.story.eventById.get(quote.eventIds[0]!);
    // In its timeline's language and direction, wherever in the page it stands.
    return html`<div
      class="quote-item"
      part="base"
      lang=${options.locale ?? nothing}
      dir=${isRightToLeft(options.locale) ? 'rtl' : nothing}
      ?data-linked=${quote.eventIds.includes(this._hoveredEventId ?? selected?.id ?? '')}
      @pointerenter=${this.#highlight}
      @pointerleave=${this.#unhighlight}
      @focusin=${this.#highlight}
      @focusout=${this.#unhighlight}
    >
      ${this.active ? html`<p class="on-timeline" id="on-timeline">${strings.selectedOnTimeline}</p>` : nothing}
      ${quoteCard(quote, options, { expanded: this._expanded, onToggle: this.#toggle })}
      <button
        type="button"
        class="show-event"
        part="show-event"
        aria-label=${shows ? `${strings.labelled(strings.showOnTimeline)} ${isolated(shows.title)}` : nothing}
        aria-describedby=${this.active ? 'on-timeline' : nothing}
        @click=${this.#show}
      >
        ${strings.showOnTimeline}
      </button>
    </div>`;
  }
}
