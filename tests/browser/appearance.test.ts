import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { assertContrast, contrast } from './contrast.js';
import { assertRightToLeftTestStory, renderTestStory, shapeLeft, tabs, waitUntil } from './helpers.js';

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
    await assertRightToLeftTestStory(el);
  });

  it('keeps the era label inside its band, read from its right edge', async () => {
    const el = await renderTestStory({ dir: 'rtl', width: 700 });
    const band = el.shadowRoot!.querySelector('.era rect')!.getBoundingClientRect();
    const label = el.shadowRoot!.querySelector('.era text')!.getBoundingClientRect();
    expect(label.width).to.be.greaterThan(0);
    expect(label.right).to.be.within(band.right - 12, band.right);
    expect(label.left).to.be.at.least(band.left);
  });

  it('runs vertical rows down the right, each shape on the rail, in right-to-left text', async () => {
    const el = await renderTestStory({ dir: 'rtl', width: 320 });
    const chart = el.shadowRoot!.querySelector('.chart')!.getBoundingClientRect();
    const rail = [...el.shadowRoot!.querySelectorAll('.rail .axis-line')].map((line) => line.getBoundingClientRect());
    expect(rail.length).to.be.greaterThan(2);
    for (const tab of tabs(el)) {
      const [box, shape] = [tab.getBoundingClientRect(), tab.querySelector('.shape')!.getBoundingClientRect()];
      expect(chart.right - box.right, tab.dataset.eventId).to.be.within(0, 12);
      expect(shape.right).to.be.greaterThan(box.right - 40);
      expect(
        Math.abs((shape.left + shape.right) / 2 - (rail[0]!.left + rail[0]!.right) / 2),
        'shape on the rail',
      ).to.be.below(1.5);
    }
  });

  it('mirrors as soon as the page changes direction', async () => {
    const el = await renderTestStory({ width: 700 });
    expect(shapeLeft(el, 'cracks-found')).to.be.lessThan(shapeLeft(el, 'engineer-resigns'));
    el.parentElement!.dir = 'rtl';
    await waitUntil(
      () => shapeLeft(el, 'cracks-found') > shapeLeft(el, 'engineer-resigns'),
      'the timeline did not mirror',
    );
  });
});
