import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TextSize } from '../../../layout/metrics.js';
import type { MeasureText } from '../../../layout/text-fit.js';

/** How text is measured, as the page's CSS (and the reader's) has it now. */
export interface TextMeasures extends TextSize {
  /** Widths of marker labels, and of the small text (ticks, dates, notes), in CSS pixels. */
  measureText: MeasureText;
  measureTickText: MeasureText;
  /** The host's font size, which the chart's sizes scale with. */
  fontSize: number;
  /** Line heights of a marker label's line and of the small text, as drawn. */
  lineHeight: number;
  smallLineHeight: number;
}

/** One canvas measures text for every timeline on the page: a 2D context is slow to create. */
let measuringCanvas: CanvasRenderingContext2D | null | undefined;
let measuringFont = '';
const measuringContext = () => (measuringCanvas ??= document.createElement('canvas').getContext('2d'));

/** What a probe holds: a letter, a space (for word spacing) and a letter. */
const PROBE_TEXT = 'M M';

/**
 * Measures text in the fonts, sizes and spacing the timeline draws it with. Two hidden probes,
 * styled as a marker label's line and as the small text, stand in the render root from before
 * the first render, so the first layout already measures right. Each holds a few characters and
 * is watched for a change of size: a page or reader that changes the text size, its line height
 * or its letter and word spacing (WCAG 1.4.12) after the first render, or a web font arriving,
 * changes the probes' boxes: `changes` counts up and the host is asked to update.
 */
export class TextMetricsController implements ReactiveController {
  /** Counts changes of the text's fonts, size or spacing: text is measured again after each. */
  changes = 0;
  readonly #host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };
  readonly #labelProbe = document.createElement('span');
  readonly #tickProbe = document.createElement('span');
  #observer: ResizeObserver | undefined;
  /** The probes' sizes when last read: a resize to the same sizes is not a change. */
  #readSizes = '';

  constructor(host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment }) {
    this.#host = host;
    host.addController(this);
  }

  /** Puts the probes in the host's render root (made before controllers are connected, so before the first render). */
  #addProbes(root: HTMLElement | DocumentFragment): void {
    for (const [probe, className] of [
      [this.#labelProbe, 'probe label-probe'],
      [this.#tickProbe, 'probe tick-probe'],
    ] as const) {
      probe.className = className;
      probe.setAttribute('aria-hidden', 'true');
      probe.textContent = PROBE_TEXT;
      root.appendChild(probe);
    }
  }

  hostConnected(): void {
    if (!this.#labelProbe.isConnected) this.#addProbes(this.#host.renderRoot);
    document.fonts?.addEventListener('loadingdone', this.#fontsLoaded);
    this.#observer = new ResizeObserver(() => {
      if (this.#sizes() === this.#readSizes) return;
      // In the next frame: the new layout changes the host's height (no "ResizeObserver loop").
      requestAnimationFrame(this.#textChanged);
    });
    this.#observer.observe(this.#labelProbe);
    this.#observer.observe(this.#tickProbe);
  }

  hostDisconnected(): void {
    document.fonts?.removeEventListener('loadingdone', this.#fontsLoaded);
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  /** Reads the fonts now in force (a style recalculation: not for every frame). */
  read(): TextMeasures {
    this.#readSizes = this.#sizes();
    measuringFont = ''; // the same font name may now mean another font, or another size
    return {
      measureText: textMeasurer(this.#labelProbe),
      measureTickText: textMeasurer(this.#tickProbe),
      fontSize: parseFloat(getComputedStyle(this.#host).fontSize),
      lineHeight: this.#labelProbe.getBoundingClientRect().height,
      smallLineHeight: this.#tickProbe.getBoundingClientRect().height,
    };
  }

  #sizes(): string {
    return [this.#labelProbe, this.#tickProbe]
      .map((probe) => {
        const { width, height } = probe.getBoundingClientRect();
        return `${width.toFixed(2)}x${height.toFixed(2)}`;
      })
      .join(' ');
  }

  readonly #fontsLoaded = () => {
    measuringFont = '';
    this.#textChanged();
  };

  readonly #textChanged = () => {
    this.changes++;
    this.#host.requestUpdate();
  };
}

/** Spaces that CSS word-spacing widens. */
const SPACES = /[ \u00a0]/g;

/**
 * Measures text in the font of `probe`, remembering each text's width. Canvas text knows nothing
 * of CSS letter and word spacing, so they are added: letter spacing after every character (code
 * points, at least as many as the characters CSS spaces), word spacing at every space.
 */
function textMeasurer(probe: HTMLElement): MeasureText {
  const context = measuringContext();
  const style = getComputedStyle(probe);
  const fontSize = parseFloat(style.fontSize) || 14;
  const letterSpacing = parseFloat(style.letterSpacing) || 0;
  const wordSpacing = parseFloat(style.wordSpacing) || 0;
  const spacing = (text: string) =>
    (letterSpacing ? letterSpacing * Array.from(text).length : 0) +
    (wordSpacing ? wordSpacing * (text.match(SPACES)?.length ?? 0) : 0);
  // Without a canvas (never in a real browser), a rough average width of a character.
  if (!context) return (text) => text.length * fontSize * 0.6 + spacing(text);
  const font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  const widths = new Map<string, number>();
  return (text) => {
    let width = widths.get(text);
    if (width === undefined) {
      // Setting a canvas font parses it again: only when it changes.
      if (measuringFont !== font) context.font = measuringFont = font;
      width = context.measureText(text).width + spacing(text);
      widths.set(text, width);
    }
    return width;
  };
}
