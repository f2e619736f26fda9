import { expect, html } from '@open-wc/testing';
import '../../src/define.js';
import type { ResignationTimeline } from '../../src/components/resignation-timeline/resignation-timeline.js';
import { renderTimeline, smallStory, tabs, waitUntil } from './helpers.js';

const root = (el: ResignationTimeline) => el.shadowRoot!;
const drawnTabs = (el: ResignationTimeline) => tabs(el).filter((tab) => !tab.classList.contains('offscreen-marker'));

/** WCAG 1.4.12's text spacing, as a reader's style sheet that reaches every element would set it. */
const TEXT_SPACING =
  '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important } p { ' +
  'margin-bottom: 2em !important }';

async function renderAt(width: number, story?: unknown): Promise<ResignationTimeline> {
  const el = await renderTimeline(
    story
      ? html`<resignation-timeline style=${`width: ${width}px`} .data=${story}></resignation-timeline>`
      : html`<resignation-timeline style=${`width: ${width}px`}></resignation-timeline>`,
  );
  root(el).querySelector('.chart')!.scrollIntoView({ block: 'start' });
  await waitUntil(
    () => root(el).querySelector('.chart')!.getBoundingClientRect().width === width && drawnTabs(el).length > 0,
    'not laid out',
  );
  return el;
}

/** What is wrong with the text as drawn: labels cut off, text overlapping, boxes past the edge. */
function problems(el: ResignationTimeline, width: number): string[] {
  const found: string[] = [];
  const name = (e: Element) => `"${e.textContent!.trim().slice(0, 30)}"`;
  for (const label of root(el).querySelectorAll<HTMLElement>('.marker .label, .note')) {
    if (label.scrollWidth > label.clientWidth + 1)
      found.push(`${name(label)} is cut off (${label.scrollWidth} > ${label.clientWidth})`);
    if (label.scrollHeight > label.clientHeight + 1)
      found.push(`${name(label)} is cut off below (${label.scrollHeight} > ${label.clientHeight})`);
  }
  const texts = [...drawnTabs(el), ...root(el).querySelectorAll('.note, .tick text, .era text')]
    .map((e) => ({ e, box: e.getBoundingClientRect() }))
    .filter(({ box }) => box.width > 0 && box.height > 0);
  texts.forEach((a, i) =>
    texts.slice(i + 1).forEach((b) => {
      const apart =
        a.box.right <= b.box.left + 0.5 ||
        b.box.right <= a.box.left + 0.5 ||
        a.box.bottom <= b.box.top + 0.5 ||
        b.box.bottom <= a.box.top + 0.5;
      if (!apart) found.push(`${name(a.e)} overlaps ${name(b.e)}`);
    }),
  );
  const host = el.getBoundingClientRect();
  for (const card of root(el).querySelectorAll<HTMLElement>('.panel, .quote-card, .quote-item, .show-event, .marker')) {
    const box = card.getBoundingClientRect();
    if (box.right > host.right + 0.5 || box.left < host.left - 0.5)
      found.push(`${card.className} ${name(card)} leaves the timeline`);
  }
  if (el.scrollWidth > width) found.push(`the timeline scrolls sideways (${el.scrollWidth} > ${width})`);
  return found;
}

describe('<resignation-timeline> with enlarged text', () => {
  afterEach(() => {
    document.documentElement.style.fontSize = '';
    scrollTo(0, 0);
  });

  for (const width of [320, 360, 1200]) {
    it(`grows labels and boxes together at 200% text, ${width} px, and stays accessible`, async () => {
      document.documentElement.style.fontSize = '200%';
      const el = await renderAt(width);
      expect(getComputedStyle(el).fontSize).to.equal('32px');
      expect(
        root(el)
          .querySelector('.timeline')!
          .classList.contains(width >= 1120 ? 'horizontal' : 'vertical'),
      ).to.equal(true);
      // Boxes in proportion to the text: a label line at 200% is 28 px text, its box taller still.
      for (const tab of drawnTabs(el))
        expect(tab.getBoundingClientRect().height, tab.dataset.eventId).to.be.at.least(56);
      const small = root(el).querySelector(width >= 1120 ? '.tick text' : '.marker .date')!;
      expect(parseFloat(getComputedStyle(small).fontSize), 'axis labels and dates scale too').to.equal(24);
      expect(problems(el, width)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it(`lays out again when the text is enlarged after the first render, ${width} px`, async () => {
      const el = await renderAt(width);
      const before = drawnTabs(el)[0]!.getBoundingClientRect().height;
      document.documentElement.style.fontSize = '200%';
      await waitUntil(
        () => drawnTabs(el)[0] && drawnTabs(el)[0]!.getBoundingClientRect().height >= 1.6 * before,
        'the boxes did not grow with the text',
      );
      root(el).querySelector('.chart')!.scrollIntoView({ block: 'start' });
      await waitUntil(() => drawnTabs(el).length > 1, 'rows not drawn');
      expect(problems(el, width)).to.deep.equal([]);
    });

    it(`takes WCAG 1.4.12 text spacing without cutting or overlapping text, ${width} px`, async () => {
      const el = await renderAt(width);
      const widths = () => drawnTabs(el).reduce((sum, tab) => sum + tab.getBoundingClientRect().width, 0);
      const before = widths();
      const spacing = new CSSStyleSheet();
      spacing.replaceSync(TEXT_SPACING);
      root(el).adoptedStyleSheets = [...root(el).adoptedStyleSheets, spacing];
      expect(getComputedStyle(root(el).querySelector('.marker .line')!).letterSpacing).to.not.equal('normal');
      // Letter spacing widens every label: the layout notices (the probes change size) and measures again.
      await waitUntil(() => widths() > before * 1.05, 'the layout did not measure the spaced text');
      expect(problems(el, width)).to.deep.equal([]);
      const line = root(el).querySelector('.marker .line')!;
      expect(parseFloat(getComputedStyle(line).lineHeight)).to.be.closeTo(
        1.5 * parseFloat(getComputedStyle(line).fontSize),
        0.1,
      );
      await expect(el).to.be.accessible();
    });
  }
});

describe('<resignation-timeline> with titles of emoji, Chinese and Japanese', () => {
  const titles = [
    '👩‍👩‍👧‍👦🎉🇬🇧👍🏽👩‍👩‍👧‍👦🎉🇬🇧👍🏽👩‍👩‍👧‍👦🎉🇬🇧👍🏽👩‍👩‍👧‍👦🎉🇬🇧👍🏽👩‍👩‍👧‍👦🎉🇬🇧👍🏽👩‍👩‍👧‍👦🎉🇬🇧👍🏽👩‍👩‍👧‍👦🎉🇬🇧👍🏽',
    '東京で大きな地震が発生し多くの建物が被害を受けました',
    '中华人民共和国国务院总理在北京发表重要讲话',
    'Ünïcödé accents and a very long English title that goes on',
  ];
  const story = () => {
    const base = smallStory('Scripts');
    base.events = titles.map((title, i) => ({
      id: `e${i}`,
      date: `2020-01-0${i + 1}`,
      category: 'one',
      title,
      summary: 'S',
      sources: ['src'],
    }));
    base.quotes = [];
    return base;
  };
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const graphemes = (text: string) =>
    Array.from(segmenter.segment(text), (part) => part.segment).filter((g) => !/^\s+$/.test(g));

  for (const width of [320, 1200]) {
    it(`cuts and wraps them between whole characters and words, ${width} px`, async () => {
      const el = await renderAt(width, story());
      for (const [i, title] of titles.entries()) {
        const tab = tabs(el).find((t) => t.dataset.eventId === `e${i}`)!;
        const lines = [...tab.querySelectorAll('.line')].map((line) => line.textContent!);
        const shown = graphemes(lines.join('').replace(/…$/, ''));
        expect(shown.length, title).to.be.greaterThan(0);
        // Every grapheme drawn is the title's own, in order: none is cut in two.
        expect(shown, title).to.deep.equal(graphemes(title).slice(0, shown.length));
        if (width < 560 && i === 1) expect(lines.length, 'Japanese wraps').to.be.greaterThan(1);
        if (width < 560 && i === 2) expect(lines.length, 'Chinese wraps').to.be.greaterThan(1);
      }
      expect(problems(el, width)).to.deep.equal([]);
    });
  }
});
