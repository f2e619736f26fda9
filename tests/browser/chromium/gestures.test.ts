/**
 * Chromium only: two-finger touch and reduced-motion emulation go through the DevTools protocol
 * (Input.dispatchTouchEvent, Emulation.setEmulatedMedia; see tests/runner/test-server.mjs), which
 * Firefox's WebDriver BiDi does not offer.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../../src/define.js';
import { nextFrames, waitUntil } from '../helpers.js';
import { renderHorizontal, spacing } from '../zoom-helpers.js';

describe('<resignation-timeline> gestures in Chromium', () => {
  after(async () => {
    await executeServerCommand('emulate-media-features', [{ name: 'prefers-reduced-motion', value: '' }]);
  });

  it('zooms in when pinched open', async () => {
    // d3-zoom listens for touches only where the device has a touch screen.
    await executeServerCommand('emulate-touch');
    const el = await renderHorizontal();
    const start = spacing(el);
    const chart = el.shadowRoot!.querySelector('.chart')!.getBoundingClientRect();
    const [x, y] = [Math.round(chart.left + 350), Math.round(chart.top + 24)];
    await executeServerCommand('touch-gesture', {
      fingers: [
        [
          [x - 50, y],
          [x - 150, y],
        ],
        [
          [x + 50, y],
          [x + 150, y],
        ],
      ],
    });
    await waitUntil(() => spacing(el) > start * 2, 'pinching did not zoom', { timeout: 3000 });
  });

  it('pans when dragged with one finger', async () => {
    await executeServerCommand('emulate-touch');
    const el = await renderHorizontal();
    const before = el.view!.start.getTime();
    const chart = el.shadowRoot!.querySelector('.chart')!.getBoundingClientRect();
    const y = Math.round(chart.top + 24);
    await executeServerCommand('touch-gesture', {
      fingers: [
        [
          [Math.round(chart.left + 500), y],
          [Math.round(chart.left + 300), y],
        ],
      ],
    });
    await waitUntil(() => el.view!.start.getTime() > before, 'dragging did not pan', { timeout: 3000 });
  });

  it('zooms without animation when the reader asks for reduced motion', async () => {
    await executeServerCommand('emulate-media-features', [{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    const el = await renderHorizontal();
    const start = spacing(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.zoom-in')!.click();
    // Two frames, not the length of an animation: without one, the view is there at once.
    await nextFrames();
    await el.updateComplete;
    expect(spacing(el)).to.be.closeTo(start * 2, start * 0.05);
    await expect(el).to.be.accessible();
  });
});
