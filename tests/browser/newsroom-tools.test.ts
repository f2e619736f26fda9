/**
 * The newsroom tools in a browser: an imported TimelineJS3 story told by the element, and the
 * demo playground (check as you type, preview, embed snippet) as an editor uses it.
 */
import { expect, html } from '@open-wc/testing';
import '../../src/define.js';
import type { ResignationTimeline } from '../../src/components/resignation-timeline/resignation-timeline.js';
import { importTimelineJS } from '../../src/tools/index.js';
import { heading, panel, renderTimeline, tabs, waitUntil } from './helpers.js';

/** A spreadsheet as newsrooms fill TimelineJS3's template: HTML in text, a time, a group, a video. */
const SHEET = [
  'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media ' +
    'Caption,Media Thumbnail,Type,Group,Background',
  ',,,,,,,,,Harbour <b>works</b>,"<p>Two years of building.</p>",,,,,title,,',
  '2024,3,1,09:30,,,,,,Works begin,"<p>Cranes <img src=x onerror=""window.hacked=1""> arrive &amp; <a ' +
    'href=""https://example.org/plan"">the plan</a> starts.</p>",,,,,,Port,',
  '2024,9,,,,,,,Autumn,Video of the site,,https://www.youtube.com/watch?v=x,,,,,Residents,',
  '2025,2,14,,2025,3,1,,,Bridge opens,<script>window.hacked=2</script>Open to all.,,,,,,Port,',
].join('\n');

describe('an imported TimelineJS3 spreadsheet', () => {
  it('is told by the element, its HTML shown as text and never run', async () => {
    const result = importTimelineJS(SHEET);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.dropped.map((note) => note.path)).to.deep.equal(['row 4: events[1].media']);
    const el = await renderTimeline(html`<resignation-timeline .data=${result.story}></resignation-timeline>`);
    await waitUntil(() => tabs(el).length === 3, 'the imported story did not render');
    expect(heading(el)).to.equal('Harbour works');
    expect(el.shadowRoot!.querySelector('img[src="x"], script')).to.equal(null);
    expect((window as { hacked?: number }).hacked).to.equal(undefined);
    tabs(el)[0]!.click();
    await el.updateComplete;
    expect(panel(el).textContent).to.contain('Cranes arrive & the plan starts.');
    await expect(el).to.be.accessible();
  });
});

describe('the playground', () => {
  let frame: HTMLIFrameElement;
  const page = () => frame.contentDocument!;
  const byId = <T extends HTMLElement>(id: string) => page().getElementById(id) as T;
  const status = () => byId('story-status').textContent ?? '';
  const preview = () => byId<ResignationTimeline>('preview');
  /** How many events the preview tells (drawn or not: the first marker says "n of N"). */
  const previewEvents = () =>
    Number(preview().shadowRoot?.querySelector('[role="tab"]')?.getAttribute('aria-setsize') ?? 0);

  function type(text: string) {
    const textarea = byId<HTMLTextAreaElement>('story-text');
    textarea.value = text;
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  }

  before(async () => {
    frame = document.createElement('iframe');
    frame.style.cssText = 'width: 900px; height: 1600px; border: 0';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/demo/playground.html';
    document.body.append(frame);
    await loaded;
    await waitUntil(() => status().startsWith('A good story'), 'the default story was not loaded', { timeout: 8000 });
  });

  after(() => frame.remove());

  it('starts from the default story: checked, previewed, and an embed snippet that holds it', async () => {
    const story = JSON.parse(byId<HTMLTextAreaElement>('story-text').value) as {
      story: { title: string };
      events: unknown[];
    };
    expect(status()).to.contain(`${story.events.length} events`);
    await waitUntil(() => previewEvents() === story.events.length, 'no preview');
    const snippet = byId('embed-snippet').textContent!;
    expect(snippet).to.match(
      new RegExp(
        String.raw`^<script type="module" src="https:\/\/unpkg\.com\/resignation-timeline\/dist\/` +
          String.raw`resignation-timeline\.bundle\.js"><\/script>\n<resignation-timeline>`,
      ),
    );
    const inside = /<script type="application\/json">\n([\s\S]*)\n<\/script>/.exec(snippet)![1]!;
    expect(JSON.parse(inside).story.title).to.equal(story.story.title);
  });

  it(
    'lists problems with their paths as they are typed, and a click on one puts the cursor there; the preview ' +
      'keeps the last good story',
    async () => {
      const text = byId<HTMLTextAreaElement>('story-text').value;
      const events = previewEvents();
      type(text.replace('"version": 1', '"version": 2'));
      await waitUntil(() => status().startsWith('1 problem'), 'the problem was not reported');
      const button = byId('story-problems').querySelector('button')!;
      expect(button.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Line 3, column 3: version');
      expect(byId('story-problems').textContent).to.contain('expected 1, got 2');
      button.click();
      const textarea = byId<HTMLTextAreaElement>('story-text');
      expect(textarea.value.slice(textarea.selectionStart, textarea.selectionStart + 9)).to.equal('"version"');
      expect(previewEvents()).to.equal(events);
      expect(events).to.be.greaterThan(3);
    },
  );

  it('converts a pasted TimelineJS3 spreadsheet, saying what it could not carry, and previews it', async () => {
    type(SHEET);
    await waitUntil(() => status().includes('converted from TimelineJS3'), 'the spreadsheet was not converted');
    expect(status()).to.contain('3 events');
    expect(byId('story-problems').textContent).to.contain('row 4: events[1].media');
    await waitUntil(
      () => preview().shadowRoot?.querySelector('h2')?.textContent === 'Harbour works',
      'the preview did not change',
    );
    expect(byId('embed-snippet').textContent).to.contain('"title": "Harbour works"');
  });
});
