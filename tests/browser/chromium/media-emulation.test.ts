/**
 * Chromium only: these emulate media features and print media through the DevTools protocol
 * (Emulation.setEmulatedMedia, see tests/runner/test-server.mjs), which Firefox's WebDriver BiDi
 * does not offer.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '../../../src/define.js';
import { contrast } from '../contrast.js';
import { renderTestStory, selectedTab, tabs, TEST_STORY, waitUntil } from '../helpers.js';

const emulate = (name: string, value: string) => executeServerCommand('emulate-media-features', [{ name, value }]);
const isDark = (el: HTMLElement) => contrast(getComputedStyle(el).backgroundColor, 'rgb(0, 0, 0)') < 1.5;

describe('<resignation-timeline> under emulated media', () => {
  afterEach(async () => {
    await emulate('forced-colors', '');
    await emulate('prefers-color-scheme', '');
    await emulateMedia({ media: 'screen' });
    document.documentElement.style.colorScheme = '';
  });

  it('still tells the selected event apart without colour in forced-colors mode', async () => {
    await emulate('forced-colors', 'active');
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const el = await renderTestStory({ selected: 'ferries-added' });
    const decoration = (tab: HTMLElement) => getComputedStyle(tab).textDecorationLine;
    expect(decoration(selectedTab(el))).to.equal('underline');
    for (const tab of tabs(el).filter((t) => t !== selectedTab(el))) expect(decoration(tab)).to.equal('none');
    await expect(el).to.be.accessible();
  });

  it('keeps a light page light for a reader who prefers dark, until the page opts in', async () => {
    await emulate('prefers-color-scheme', 'dark');
    const el = await renderTestStory();
    expect(isDark(el)).to.equal(false);
    document.documentElement.style.colorScheme = 'light dark';
    expect(isDark(el)).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('prints every event and every quote, without the interactive chart', async () => {
    const el = await renderTestStory();
    await emulateMedia({ media: 'print' });
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector('.event-table'), 'the table of events was not built for print');
    const shown = (selector: string) => getComputedStyle(root.querySelector(selector)!).display !== 'none';
    expect(shown('.chart')).to.equal(false);
    expect(shown('.event-table')).to.equal(true);
    expect(shown('.story-controls')).to.equal(false);
    expect(root.querySelectorAll('.event-table tbody tr').length).to.equal(TEST_STORY.events.length);
    expect(root.querySelectorAll('.quote-item').length).to.equal(TEST_STORY.quotes.length);
    expect(shown('.quote-list')).to.equal(true);
  });
});
