import { expect } from '@open-wc/testing';
import type { ResignationTimeline } from '../../src/components/resignation-timeline/resignation-timeline.js';

/** WCAG 2 contrast ratio of two computed colours ("rgb(r, g, b)"). */
export function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = color
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((c) => {
        const v = Number(c) / 255;
        return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Checks every text and mark colour of the timeline against its background. */
export function assertContrast(el: ResignationTimeline): void {
  const root = el.shadowRoot!;
  const background = getComputedStyle(el).backgroundColor;
  const text = (selector: string) => getComputedStyle(root.querySelector(selector)!).color;
  for (const selector of ['h2', '.summary', '.help', '.tick text', '.quote-item figcaption']) {
    const color = selector === '.tick text' ? getComputedStyle(root.querySelector(selector)!).fill : text(selector);
    expect(contrast(color, background), `${selector} text`).to.be.at.least(4.5);
  }
  const shapes = [...root.querySelectorAll('.legend .shape')].map((shape) => getComputedStyle(shape).fill);
  expect(shapes.length).to.be.at.least(5);
  for (const fill of shapes) expect(contrast(fill, background), `category mark ${fill}`).to.be.at.least(3);
  const panel = getComputedStyle(root.querySelector('.panel')!);
  expect(contrast(panel.color, panel.backgroundColor), 'panel text').to.be.at.least(4.5);
  expect(contrast(getComputedStyle(root.querySelector('.axis-line')!).stroke, background), 'axis line').to.be.at.least(
    3,
  );
}
