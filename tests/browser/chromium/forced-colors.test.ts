/**
 * Chromium only: forced-colors emulation goes through the DevTools protocol
 * (Emulation.setEmulatedMedia, see web-test-runner.config.mjs), which Firefox's WebDriver BiDi
 * does not offer.
 */
import { expect, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../../src/define.js';
import { renderTimeline, selectedTab, tabs } from '../helpers.js';

describe('<resignation-timeline> in forced-colors mode', () => {
  after(async () => {
    await executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'none' }]);
  });

  it('still tells the selected event apart without colour', async () => {
    await executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }]);
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const el = await renderTimeline(html`<resignation-timeline selected="itv-debate"></resignation-timeline>`);
    const decoration = (tab: HTMLElement) => getComputedStyle(tab).textDecorationLine;
    expect(decoration(selectedTab(el))).to.equal('underline');
    for (const tab of tabs(el).filter((t) => t !== selectedTab(el))) expect(decoration(tab)).to.equal('none');
    await expect(el).to.be.accessible();
  });
});
