import { svg, type SVGTemplateResult } from 'lit';
import { CATEGORY_STYLES } from '../story/categories.js';

/**
 * Marker shapes, one per category (the schema allows CATEGORY_STYLES of them), so that colour is
 * never the only cue. Drawn in a 16 x 16 box centred on the origin.
 */
const SHAPES: readonly SVGTemplateResult[] = [
  svg`<circle r="6.5"></circle>`,
  svg`<rect x="-6" y="-6" width="12" height="12"></rect>`,
  svg`<path d="M0 -7.5 L7.5 0 L0 7.5 L-7.5 0 Z"></path>`,
  svg`<path d="M0 -7 L7 6 L-7 6 Z"></path>`,
  svg`<path d="M-3.5 -6.5 L3.5 -6.5 L7 0 L3.5 6.5 L-3.5 6.5 L-7 0 Z"></path>`,
  svg`<path d="M0 7 L7 -6 L-7 -6 Z"></path>`,
  svg`<path d="M-2.5 -7 H2.5 V-2.5 H7 V2.5 H2.5 V7 H-2.5 V2.5 H-7 V-2.5 H-2.5 Z"></path>`,
  svg`<path d="M0 -7.5 L7.1 -2.3 L4.4 6.1 L-4.4 6.1 L-7.1 -2.3 Z"></path>`,
];

/** The class that gives a category its colour (see the element's styles). */
export function categoryClass(categoryIndex: number): string {
  return `category-${categoryIndex % CATEGORY_STYLES}`;
}

export function categoryShape(categoryIndex: number) {
  return svg`<svg class="shape" viewBox="-8 -8 16 16" aria-hidden="true" focusable="false">${
    SHAPES[categoryIndex % CATEGORY_STYLES]
  }</svg>`;
}
