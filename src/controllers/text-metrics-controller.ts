import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MeasureText } from '../layout/text-fit.js';

/** How text is measured, as the page's CSS has it now. */
export interface TextMeasures {
  /** Widths of marker labels and of tick labels, in CSS pixels. */
  measureText: MeasureText;
  measureTickText: MeasureText;
  /** The host's font size, which the chart's sizes scale with. */
  fontSize: number;
}

/** One canvas measures text for every timeline on the page: a 2D context is slow to create. */
let measuringCanvas: CanvasRenderingContext2D | null | undefined;
let measuringFont = '';
const measuringContext = () => (measuringCanvas ??= document.createElement('canvas').getContext('2d'));

/**
 * Measures text in the fonts the timeline draws it in. Two hidden probes, styled as a marker label
 * and a tick label, stand in the render root from before the first render, so the first layout
 * already measures in the right fonts. When web fonts arrive, `onFontsLoaded` is called: the
 * same font name may now mean another font.
 */
export class TextMetricsController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #onFontsLoaded: () => void;
  readonly #labelProbe = document.createElement('span');
  readonly #tickProbe = document.createElement('span');

  constructor(host: ReactiveControllerHost & HTMLElement, onFontsLoaded: () => void) {
    this.#host = host;
    this.#onFontsLoaded = onFontsLoaded;
    host.addController(this);
  }

  /** Puts the probes in the host's render root (call from `createRenderRoot`). */
  addProbes(root: HTMLElement | DocumentFragment): void {
    for (const [probe, className] of [
      [this.#labelProbe, 'label-probe'],
      [this.#tickProbe, 'tick-probe'],
    ] as const) {
      probe.className = className;
      probe.setAttribute('aria-hidden', 'true');
      root.appendChild(probe);
    }
  }

  hostConnected(): void {
    document.fonts?.addEventListener('loadingdone', this.#fontsLoaded);
  }

  hostDisconnected(): void {
    document.fonts?.removeEventListener('loadingdone', this.#fontsLoaded);
  }

  /** Reads the fonts now in force (a style recalculation: not for every frame). */
  read(): TextMeasures {
    return {
      measureText: textMeasurer(this.#labelProbe),
      measureTickText: textMeasurer(this.#tickProbe),
      fontSize: parseFloat(getComputedStyle(this.#host).fontSize),
    };
  }

  readonly #fontsLoaded = () => {
    measuringFont = '';
    this.#onFontsLoaded();
  };
}

/** Measures text in the font of `probe`, remembering each text's width. */
function textMeasurer(probe: HTMLElement): MeasureText {
  const context = measuringContext();
  const style = getComputedStyle(probe);
  const fontSize = parseFloat(style.fontSize) || 14;
  // Without a canvas (never in a real browser), a rough average width of a character.
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
