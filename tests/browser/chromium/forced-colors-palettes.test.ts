/**
 * Chromium only: forced colours and a preferred colour scheme are emulated through the DevTools
 * protocol (Emulation.setEmulatedMedia, see tests/runner/test-server.mjs), which Firefox's
 * WebDriver BiDi does not offer. A dark forced palette is forced-colors with a dark preference.
 */
import { expect, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { ResignationTimeline } from '../../../src/components/resignation-timeline/resignation-timeline.js';
import { contrast } from '../contrast.js';
import { renderTimeline, waitUntil } from '../helpers.js';

const emulate = (features: { name: string; value: string }[]) =>
  executeServerCommand('emulate-media-features', features);

/** The palette's system colours, as this browser resolves them now. */
function systemColours(): Record<'Canvas' | 'CanvasText' | 'Highlight', string> {
  const probe = document.createElement('div');
  document.body.append(probe);
  const resolve = (colour: string) => {
    probe.style.color = colour;
    return getComputedStyle(probe).color;
  };
  const colours = { Canvas: resolve('Canvas'), CanvasText: resolve('CanvasText'), Highlight: resolve('Highlight') };
  probe.remove();
  return colours;
}

/** Every painted part of the chart's drawings (bands, lines, marks, labels) and what it paints. */
function paints(el: ResignationTimeline): { what: string; property: 'fill' | 'stroke'; colour: string }[] {
  const found: { what: string; property: 'fill' | 'stroke'; colour: string }[] = [];
  for (const shape of el.shadowRoot!.querySelectorAll<SVGElement>(
    '.chart svg :is(rect, line, path, circle, text, polygon), .chart .shape, .legend .shape',
  )) {
    if (shape.closest('defs, symbol')) continue;
    const style = getComputedStyle(shape);
    const what = `${shape.closest('[class]')?.getAttribute('class')} ${shape.tagName}`;
    if (style.fill !== 'none') found.push({ what, property: 'fill', colour: style.fill });
    if (style.stroke !== 'none') found.push({ what, property: 'stroke', colour: style.stroke });
  }
  return found;
}

for (const scheme of ['dark', 'light'] as const) {
  describe(`<resignation-timeline> in forced colours, ${scheme} palette`, () => {
    beforeEach(() =>
      emulate([
        { name: 'forced-colors', value: 'active' },
        { name: 'prefers-color-scheme', value: scheme },
      ]),
    );
    afterEach(() =>
      emulate([
        { name: 'forced-colors', value: '' },
        { name: 'prefers-color-scheme', value: '' },
      ]),
    );

    for (const width of [360, 1200]) {
      it(`paints every band, mark and label in system colours, ${width} px`, async () => {
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        const el = await renderTimeline(
          html`<resignation-timeline style=${`width: ${width}px`} selected="itv-debate"></resignation-timeline>`,
        );
        await waitUntil(() => el.shadowRoot!.querySelector('.era rect'), 'no era band drawn');
        const system = systemColours();
        expect(contrast(system.Canvas, system.CanvasText)).to.be.at.least(7);
        expect(contrast(system.Canvas, 'rgb(0, 0, 0)') < 1.5).to.equal(scheme === 'dark');
        const painted = paints(el);
        expect(painted.length).to.be.greaterThan(10);
        for (const { what, property, colour } of painted) {
          expect([system.Canvas, system.CanvasText, system.Highlight], `${what} ${property} ${colour}`).to.include(
            colour,
          );
        }
        // The era band is the page's own colour: what is drawn on it stands out as on the page.
        const band = getComputedStyle(el.shadowRoot!.querySelector('.era rect')!).fill;
        expect(band).to.equal(system.Canvas);
        for (const { what, property, colour } of painted.filter((paint) => paint.what !== 'era rect')) {
          if (colour === system.Canvas) continue; // a shape's outline against its own fill
          expect(contrast(colour, band), `${what} ${property} on the band`).to.be.at.least(
            property === 'fill' && what.endsWith('text') ? 4.5 : 3,
          );
        }
        // Text drawn as HTML (rows, notes, panel) is forced by the browser: it matches the palette too.
        for (const text of el.shadowRoot!.querySelectorAll('.marker .line, .note, .panel p')) {
          expect(contrast(getComputedStyle(text).color, system.Canvas), text.textContent!).to.be.at.least(4.5);
        }
        // axe takes text colour from -webkit-text-fill-color, which Chromium leaves at the author's
        // colour under emulated forced colours while it paints the forced one (checked above): its
        // contrast check would judge dark text the reader never sees on the dark palette.
        if (scheme === 'light') await expect(el).to.be.accessible();
        else await expect(el).to.be.accessible({ ignoredRules: ['color-contrast'] });
      });
    }
  });
}
