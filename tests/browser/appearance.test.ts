import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { assertContrast, contrast } from './contrast.js';
import { renderTestStory, selectedTab, shapeOf, tabFor } from './helpers.js';

/** Where an event's shape is across the page. */
const x = (el: HTMLElement, id: string) => shapeOf(tabFor(el, id)).getBoundingClientRect().left;

describe('<resignation-timeline> themes', () => {
  it('stays light in a light page, with text and marks in contrast', async () => {
    const el = await renderTestStory();
    expect(contrast(getComputedStyle(el).backgroundColor, 'rgb(255, 255, 255)')).to.be.below(1.1);
    assertContrast(el);
  });

  it('turns dark with theme="dark", with text and marks in contrast', async () => {
    const el = await renderTestStory({ theme: 'dark' });
    expect(contrast(getComputedStyle(el).backgroundColor, 'rgb(0, 0, 0)')).to.be.below(1.5);
    assertContrast(el);
    await expect(el).to.be.accessible();
  });

  it("follows a dark page's color-scheme", async () => {
    const wrapper = document.createElement('div');
    wrapper.style.colorScheme = 'dark';
    document.body.append(wrapper);
    const el = await renderTestStory();
    wrapper.append(el);
    await waitUntil(() => contrast(getComputedStyle(el).backgroundColor, 'rgb(0, 0, 0)') < 1.5, 'did not turn dark');
    assertContrast(el);
    wrapper.remove();
  });
});

describe('<resignation-timeline> right to left', () => {
  it('runs time from right to left and mirrors the arrow keys', async () => {
    const el = await renderTestStory({ dir: 'rtl', width: 700 });
    expect(x(el, 'cracks-found')).to.be.greaterThan(x(el, 'engineer-resigns'));
    selectedTab(el).focus();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(el.selected).to.equal('council-silent');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.selected).to.equal('cracks-found');
    await expect(el).to.be.accessible();
  });

  it('keeps the era label inside its band, read from its right edge', async () => {
    const el = await renderTestStory({ dir: 'rtl', width: 700 });
    const band = el.shadowRoot!.querySelector('.era rect')!.getBoundingClientRect();
    const label = el.shadowRoot!.querySelector('.era text')!.getBoundingClientRect();
    expect(label.width).to.be.greaterThan(0);
    expect(label.right).to.be.within(band.right - 12, band.right);
    expect(label.left).to.be.at.least(band.left);
  });

  it('keeps tick labels beside the axis when narrow', async () => {
    const el = await renderTestStory({ dir: 'rtl', width: 320 });
    const axis = el.shadowRoot!.querySelector('.axis-line')!.getBoundingClientRect();
    const labels = [...el.shadowRoot!.querySelectorAll('.tick text')].map((text) => text.getBoundingClientRect());
    expect(labels.length).to.be.greaterThan(2);
    expect(labels.every((label) => label.left >= 0 && label.right <= axis.left)).to.equal(true);
  });

  it('mirrors as soon as the page changes direction', async () => {
    const el = await renderTestStory({ width: 700 });
    expect(x(el, 'cracks-found')).to.be.lessThan(x(el, 'engineer-resigns'));
    el.parentElement!.dir = 'rtl';
    await waitUntil(() => x(el, 'cracks-found') > x(el, 'engineer-resigns'), 'the timeline did not mirror');
  });
});
