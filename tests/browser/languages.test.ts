import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { ResignationTimeline } from '../../src/components/resignation-timeline/resignation-timeline.js';
import { announcement, assertRightToLeftTestStory, selectedTab, tabs, testStory, waitUntil } from './helpers.js';

const root = (el: ResignationTimeline) => el.shadowRoot!;
const text = (el: ResignationTimeline, selector: string) =>
  root(el).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const storyIn = (locale: string | undefined) => {
  const story = testStory();
  if (locale) story.story.locale = locale;
  else delete (story.story as { locale?: string }).locale;
  return story;
};

/**
 * Renders a timeline (alone, or inside the elements given) and waits until its interface is
 * written in the language asked for (a language pack may load first).
 */
async function renderIn(template: ReturnType<typeof html>, helpLike: RegExp): Promise<ResignationTimeline> {
  fixtureCleanup(); // one timeline at a time: one rendered below another would wait to be scrolled to
  const rendered = await fixture<HTMLElement>(template);
  const el = (
    rendered.matches('resignation-timeline') ? rendered : rendered.querySelector('resignation-timeline')!
  ) as ResignationTimeline;
  await waitUntil(() => el.story !== undefined || el.problems.length > 0, 'the story did not load', { timeout: 5000 });
  expect(el.problems).to.deep.equal([]);
  await waitUntil(
    () => helpLike.test(text(el, '#keyboard-help')),
    `the interface is not in the language asked for: "${text(el, '#keyboard-help')}"`,
    { timeout: 4000 },
  );
  await el.updateComplete;
  return el;
}

const GERMAN = /Pfeiltasten/;
const ENGLISH = /arrow keys/;

describe('<resignation-timeline> in other languages', () => {
  it('writes the interface in the element’s locale: help, buttons, markers, dates and counts', async () => {
    const el = await renderIn(
      html`<resignation-timeline locale="de" style="width: 1200px" .data=${testStory()}></resignation-timeline>`,
      GERMAN,
    );
    expect(text(el, '.zoom-reset')).to.equal('Ansicht zurücksetzen');
    expect(text(el, '.table-toggle')).to.equal('Als Tabelle zeigen');
    expect(text(el, '.offscreen.after')).to.match(/^1 späteres Ereignis/);
    expect(selectedTab(el).textContent!.replace(/\s+/g, ' ')).to.match(/März 2021/);
    expect(root(el).querySelector('section[part="base"]')!.getAttribute('lang')).to.equal('de');
    await expect(el).to.be.accessible();
  });

  it('takes the element’s lang, else the story’s locale, else the nearest lang in the page', async () => {
    const own = await renderIn(
      html`<resignation-timeline lang="de" .data=${storyIn('en-GB')}></resignation-timeline>`,
      GERMAN,
    );
    expect(own.locale).to.equal(undefined);
    await renderIn(html`<resignation-timeline .data=${storyIn('de-DE')}></resignation-timeline>`, GERMAN);
    const page = await renderIn(
      html`<div lang="de"><div><resignation-timeline .data=${storyIn(undefined)}></resignation-timeline></div></div>`,
      GERMAN,
    );
    // The page switches language: the timeline follows.
    page.parentElement!.parentElement!.lang = 'fr';
    await waitUntil(() => /flèches/.test(text(page, '#keyboard-help')), 'did not follow the page into French');
  });

  it('falls back from a regional tag to its language, and from an unknown one to English', async () => {
    await renderIn(html`<resignation-timeline locale="de-CH" .data=${testStory()}></resignation-timeline>`, GERMAN);
    await renderIn(html`<resignation-timeline locale="xx" .data=${testStory()}></resignation-timeline>`, ENGLISH);
    const chinese = await renderIn(
      html`<resignation-timeline locale="zh-TW" .data=${testStory()}></resignation-timeline>`,
      /方向鍵/,
    );
    expect(text(chinese, '.table-toggle')).to.equal('以表格顯示');
  });

  it('lets `strings` replace one string, as text, a message or a function, over the language’s own', async () => {
    const el = await renderIn(
      html`<resignation-timeline
        locale="de"
        style="width: 1200px"
        .data=${testStory()}
        .strings=${{ resetZoom: 'Alles zeigen', laterEvents: '{count} danach' }}
      ></resignation-timeline>`,
      GERMAN,
    );
    expect(text(el, '.zoom-reset')).to.equal('Alles zeigen');
    expect(text(el, '.offscreen.after')).to.match(/^1 danach/);
    expect(text(el, '.table-toggle')).to.equal('Als Tabelle zeigen');
  });

  it('switches language when `locale` changes, and says the story’s changes in it', async () => {
    const el = await renderIn(html`<resignation-timeline .data=${testStory()}></resignation-timeline>`, ENGLISH);
    el.locale = 'es';
    await waitUntil(() => /flechas/.test(text(el, '#keyboard-help')), 'not in Spanish');
    el.data = { ...testStory(), story: { ...testStory().story, title: 'Otra historia' } };
    await waitUntil(() => announcement(el) === 'En pantalla: Otra historia', `said "${announcement(el)}"`);
  });
});

describe('<timeline-quote> of a timeline in another language', () => {
  it('is written in its timeline’s language and direction, even where the pack arrives after the story', async () => {
    const quoteId = testStory().quotes[0]!.id;
    const page = await fixture<HTMLElement>(html`<div>
      <timeline-quote for="arabic" quote=${quoteId}></timeline-quote>
      <resignation-timeline id="arabic" locale="ar" .data=${testStory()}></resignation-timeline>
    </div>`);
    const card = page.querySelector('timeline-quote')!;
    const button = () => card.shadowRoot?.querySelector('.show-event')?.textContent?.trim() ?? '';
    await waitUntil(() => button() === 'اعرض على الخط الزمني', `the card says "${button()}"`, { timeout: 4000 });
    expect(card.shadowRoot!.querySelector('[part="base"]')!.getAttribute('dir')).to.equal('rtl');
    await expect(card).to.be.accessible();
  });
});

describe('<resignation-timeline> in a right-to-left language', () => {
  it(
    'lays the horizontal timeline out from right to left in Arabic, even in a left-to-right page, with arrow ' +
      'keys mirrored',
    async () => {
      const el = await renderIn(
        html`<resignation-timeline locale="ar" style="width: 900px" .data=${testStory()}></resignation-timeline>`,
        /مفتاحي السهم/,
      );
      expect(root(el).querySelector('section[part="base"]')!.getAttribute('dir')).to.equal('rtl');
      // Tab order and the one tab stop are unchanged; the arrows follow the direction of time.
      expect(tabs(el).filter((tab) => tab.tabIndex === 0)).to.have.length(1);
      await assertRightToLeftTestStory(el);
    },
  );

  it('runs vertical rows down the right in Hebrew, in date order, keys Up and Down', async () => {
    const el = await renderIn(
      html`<div lang="he"><resignation-timeline
        style="width: 360px"
        .data=${storyIn(undefined)}
      ></resignation-timeline></div>`,
      /החצים/,
    );
    const chart = root(el).querySelector('.chart')!.getBoundingClientRect();
    for (const tab of tabs(el))
      expect(chart.right - tab.getBoundingClientRect().right, tab.dataset.eventId).to.be.within(0, 12);
    const tops = tabs(el).map((tab) => tab.getBoundingClientRect().top);
    expect(tops).to.deep.equal([...tops].sort((a, b) => a - b));
    selectedTab(el).focus();
    const before = el.selectedEvent!.id;
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.selected).to.not.equal(before);
    await expect(el).to.be.accessible();
  });
});

// ---------------------------------------------------------------------------------------------
// Each script at a phone's width and a wide page's: no text cut off, overlapping or past the edge.

/** A short story written in one language, so that marker labels are in its script too. */
function storyWritten(
  locale: string,
  words: { title: string; category: string; person: string; quote: string; events: string[] },
) {
  const dates = ['2021-03-06', '2021-03-07', '2021-03-07', '2021-03-08', '2021-03-09', '2021-03-10', '2021-07-01'];
  return {
    version: 1,
    story: { title: words.title, timeZone: 'UTC', locale, source: 'article' },
    sources: [{ id: 'article', kind: 'article', date: '2021-03-10' }],
    categories: [{ id: 'c', label: words.category }],
    people: [{ id: 'p', name: words.person }],
    events: words.events.map((title, i) => ({
      id: `e${i}`,
      date: dates[i],
      category: 'c',
      title,
      summary: title,
      sources: ['article'],
    })),
    quotes: [
      {
        id: 'q',
        speaker: 'p',
        form: 'fragments',
        text: [words.quote],
        events: ['e2'],
        medium: 'statement',
        source: 'article',
      },
    ],
  };
}

const SCRIPTS = {
  Latin: storyWritten('de', {
    title: 'Fünf Tage im März',
    category: 'Politik',
    person: 'Erika Mustermann',
    quote: 'Die Brücke ist sicher',
    events: [
      'Risse in der Brücke entdeckt',
      'Bürgermeisterin widerspricht',
      'Stadtrat schweigt',
      'Brücke gesperrt',
      'Chefingenieurin tritt zurück',
      'Untersuchung eingeleitet',
      'Brücke wieder geöffnet',
    ],
  }),
  Arabic: storyWritten('ar', {
    title: 'خمسة أيام في مارس',
    category: 'سياسة',
    person: 'ليلى حسن',
    quote: 'الجسر آمن',
    events: [
      'اكتشاف تشققات في الجسر',
      'رئيسة البلدية تنفي',
      'صمت المجلس البلدي',
      'إغلاق الجسر',
      'استقالة كبيرة المهندسين',
      'فتح تحقيق',
      'إعادة فتح الجسر',
    ],
  }),
  Hebrew: storyWritten('he', {
    title: 'חמישה ימים במרץ',
    category: 'פוליטיקה',
    person: 'נועה לוי',
    quote: 'הגשר בטוח',
    events: [
      'נמצאו סדקים בגשר',
      'ראשת העיר מכחישה',
      'מועצת העיר שותקת',
      'הגשר נסגר',
      'המהנדסת הראשית מתפטרת',
      'נפתחה חקירה',
      'הגשר נפתח מחדש',
    ],
  }),
  Devanagari: storyWritten('hi', {
    title: 'मार्च के पाँच दिन',
    category: 'राजनीति',
    person: 'अनीता शर्मा',
    quote: 'पुल सुरक्षित है',
    events: [
      'पुल में दरारें मिलीं',
      'महापौर ने खंडन किया',
      'नगर परिषद चुप',
      'पुल बंद किया गया',
      'मुख्य अभियंता का इस्तीफ़ा',
      'जाँच शुरू',
      'पुल फिर से खुला',
    ],
  }),
  CJK: storyWritten('ja', {
    title: '三月の五日間',
    category: '政治',
    person: '山田花子',
    quote: '橋は安全だ',
    events: [
      '橋にひび割れが見つかる',
      '市長が否定',
      '市議会は沈黙',
      '橋を通行止めに',
      '主任技師が辞任',
      '調査を開始',
      '橋の通行を再開',
    ],
  }),
  'CJK (Chinese)': storyWritten('zh-Hans', {
    title: '三月的五天',
    category: '政治',
    person: '王丽',
    quote: '大桥是安全的',
    events: ['大桥发现裂缝', '市长否认', '市议会沉默', '大桥封闭', '总工程师辞职', '展开调查', '大桥重新开放'],
  }),
};

/** What is wrong with the text as drawn: labels or buttons cut off, text overlapping, boxes past the edge. */
function textProblems(el: ResignationTimeline, width: number): string[] {
  const found: string[] = [];
  const name = (e: Element) => `"${e.textContent!.trim().slice(0, 30)}"`;
  const cutOff = root(el).querySelectorAll<HTMLElement>(
    '.marker .label, .note, button:not([role="tab"]), h2, h3, .help, .position, th, td',
  );
  for (const box of cutOff) {
    if (box.clientWidth === 0) continue;
    if (box.scrollWidth > box.clientWidth + 1)
      found.push(`${name(box)} is cut off (${box.scrollWidth} > ${box.clientWidth})`);
    // Text may stand out of a box it does not fill (a tall CJK line in its line box): it is cut
    // off only where the box clips.
    // In Firefox a line of CJK text in a fallback font stands up to 2 px taller than its line
    // height (the two fonts' line boxes are aligned on one baseline), with its glyphs well inside:
    // a tenth of the line is allowed for that.
    const style = getComputedStyle(box);
    const clips = style.overflowY !== 'visible';
    const lineHeight = parseFloat(style.lineHeight);
    const slack = 1 + 0.1 * (Number.isNaN(lineHeight) ? 1.5 * parseFloat(style.fontSize) : lineHeight);
    if (clips && box.scrollHeight > box.clientHeight + slack)
      found.push(`${name(box)} is cut off below (${box.scrollHeight} > ${box.clientHeight})`);
  }
  const drawn = tabs(el).filter((tab) => !tab.classList.contains('offscreen-marker'));
  const texts = [...drawn, ...root(el).querySelectorAll('.note, .tick text, .era text, .zoom-controls button')]
    .map((e) => ({ e, box: e.getBoundingClientRect() }))
    .filter(({ box }) => box.width > 0 && box.height > 0);
  texts.forEach((a, i) =>
    texts.slice(i + 1).forEach((b) => {
      if (a.e.contains(b.e) || b.e.contains(a.e)) return;
      const apart =
        a.box.right <= b.box.left + 0.5 ||
        b.box.right <= a.box.left + 0.5 ||
        a.box.bottom <= b.box.top + 0.5 ||
        b.box.bottom <= a.box.top + 0.5;
      if (!apart) found.push(`${name(a.e)} overlaps ${name(b.e)}`);
    }),
  );
  const host = el.getBoundingClientRect();
  for (const part of root(el).querySelectorAll<HTMLElement>(
    '.panel, .quote-card, .marker, .story-controls button, .zoom-controls button',
  )) {
    const box = part.getBoundingClientRect();
    if (box.width > 0 && (box.right > host.right + 0.5 || box.left < host.left - 0.5))
      found.push(`${part.className} ${name(part)} leaves the timeline`);
  }
  if (el.scrollWidth > width) found.push(`the timeline scrolls sideways (${el.scrollWidth} > ${width})`);
  return found;
}

describe('<resignation-timeline> in each script', () => {
  before(() => setViewport({ width: 1280, height: 1000 }));
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(() => scrollTo(0, 0));

  for (const [script, story] of Object.entries(SCRIPTS)) {
    for (const width of [360, 1200]) {
      it(
        `${script} (${story.story.locale}) at ${width} px: nothing cut off, overlapping or past the ` + `edge`,
        async () => {
          const el = await renderIn(
            html`<resignation-timeline style=${`width: ${width}px`} .data=${story}></resignation-timeline>`,
            /./,
          );
          await waitUntil(() => !/arrow keys/.test(text(el, '#keyboard-help')), 'the interface is still in English');
          const chart = root(el).querySelector('.chart')!;
          chart.scrollIntoView({ block: 'start' });
          await waitUntil(() => tabs(el).length > 0 && chart.getBoundingClientRect().width === width, 'not laid out');
          await document.fonts.ready;
          const box = el.getBoundingClientRect();
          await executeServerCommand('save-screenshot', {
            name: `${script.replace(/\W+/g, '-').toLowerCase()}-${width}`,
            clip: { x: box.left + scrollX, y: box.top + scrollY, width: box.width, height: Math.min(box.height, 2400) },
          });
          expect(textProblems(el, width)).to.deep.equal([]);
        },
      );
    }
  }
});
