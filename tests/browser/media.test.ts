/**
 * Media as a reader meets them: each kind drawn in the selected event's panel; a third party's
 * player only after the reader presses its button (checked in the browser's own request log),
 * in a frame with the least rights it needs; keyboard and screen reader reach the button and
 * then the player; images sized before they load and never wider than the page; bad addresses
 * refused; and the same media read back from the story's HTML render.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/define.js';
import type { ResignationTimeline } from '../../src/components/resignation-timeline/resignation-timeline.js';
import { renderStoryHtml } from '../../src/html-story/render.js';
import { parseStory } from '../../src/story/parse.js';
import mediaStory from '../fixtures/media-story.json' with { type: 'json' };
import { centreOf, nextFrames, panel, renderTimeline, waitUntil } from './helpers.js';

const story = () => structuredClone(mediaStory) as Record<string, any>;
const figure = (el: ResignationTimeline, slot: 'event' | 'story' = 'event') =>
  el.shadowRoot!.querySelector<HTMLElement>(`figure[data-media="${slot}"]`);
const loadButton = (el: ResignationTimeline, slot: 'event' | 'story' = 'event') =>
  figure(el, slot)?.querySelector<HTMLButtonElement>('button.media-load') ?? null;
const frames = (el: ResignationTimeline) => [...el.shadowRoot!.querySelectorAll('iframe')];
const render = (selected: string, data = story(), width?: number) =>
  renderTimeline(
    html`<resignation-timeline
      .data=${data}
      selected=${selected}
      style=${width ? `width: ${width}px` : ''}
    ></resignation-timeline>`,
  );
const requestLog = () => executeServerCommand('read-request-log') as Promise<string[]>;
/** Every address asked for that is not this test server's. */
const thirdParty = (urls: string[]) =>
  urls.filter((url) => /^https?:/.test(url) && new URL(url).origin !== location.origin);
/** The text of the elements an attribute's id references name, in the element's shadow root. */
const referenced = (el: ResignationTimeline, element: Element, attribute: string) =>
  (element.getAttribute(attribute) ?? '')
    .split(' ')
    .map((id) => el.shadowRoot!.getElementById(id)?.textContent?.replace(/\s+/g, ' ').trim())
    .join(' | ');

describe('media: each kind in the panel', () => {
  it('an image: responsive, lazy, sized before it loads, with alt, caption and credit', async () => {
    const el = await render('photo');
    const img = figure(el)!.querySelector('img')!;
    expect(img.getAttribute('alt')).to.equal('A drawing of an arch bridge over blue water');
    expect(img.getAttribute('srcset')).to.equal(
      '/tests/fixtures/media/harbour-480.svg 480w, /tests/fixtures/media/harbour-960.svg 960w',
    );
    expect(img.getAttribute('sizes')).to.contain('100vw');
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect([img.getAttribute('width'), img.getAttribute('height')]).to.deep.equal(['960', '540']);
    expect(figure(el)!.querySelector('figcaption')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'The bridge from the north shore Drawing: the newsroom',
    );
    await expect(el).to.be.accessible();
  });

  it('a YouTube video: a local placeholder with provider, caption, credit, a button and a link; no frame', async () => {
    const el = await render('youtube');
    const media = figure(el)!;
    expect(frames(el)).to.have.length(0);
    // The pack's kind is a word for sentences ("video"); the heading shows it with a capital.
    const heading = media.querySelector('.media-from')!;
    expect(heading.textContent!.trim()).to.equal('video · YouTube');
    expect(getComputedStyle(heading, '::first-letter').textTransform).to.equal('uppercase');
    expect(loadButton(el)!.textContent!.trim()).to.equal('Load the video from YouTube');
    expect(referenced(el, loadButton(el)!, 'aria-describedby')).to.contain(
      'Nothing comes from YouTube until you press it',
    );
    expect(referenced(el, loadButton(el)!, 'aria-describedby')).to.contain('The climb, filmed from the south pylon');
    const link = media.querySelector<HTMLAnchorElement>('a.media-link')!;
    expect([link.href, link.textContent!.trim()]).to.deep.equal([
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      'Open it on YouTube',
    ]);
    expect(media.querySelector<HTMLAnchorElement>('a.media-transcript')!.href).to.equal(
      'https://example.org/transcripts/climb',
    );
    expect(media.textContent).to.contain('Video: Harbour Authority');
    await expect(el).to.be.accessible();
  });

  it("files on this site play in the browser's own players, which fetch nothing until played", async () => {
    const el = await render('clip');
    const video = figure(el)!.querySelector('video')!;
    expect([video.controls, video.preload, video.getAttribute('src')]).to.deep.equal([
      true,
      'none',
      '/demo/media/clip.webm',
    ]);
    expect(video.getAttribute('aria-label')).to.equal('A clip served by this site (video)');
    expect(loadButton(el)).to.equal(null);
    await expect(el).to.be.accessible();
    el.selected = 'sound';
    await el.updateComplete;
    const audio = figure(el)!.querySelector('audio')!;
    expect([audio.controls, audio.preload, audio.getAttribute('src')]).to.deep.equal([
      true,
      'none',
      '/demo/media/tone.mp3',
    ]);
    await expect(el).to.be.accessible();
  });

  it(
    "SoundCloud, X, Mastodon and the story's map wait for a button; a Bluesky post by handle and a document " +
      'are links only',
    async () => {
      const el = await render('soundcloud');
      const expectations: [string, string | null, string, string][] = [
        [
          'soundcloud',
          'Load the audio from SoundCloud',
          'https://soundcloud.com/harbour-radio/the-engineer',
          'Open it on SoundCloud',
        ],
        ['post-x', 'Load the post from X', 'https://x.com/harbourworks/status/1765000000000000000', 'Open it on X'],
        [
          'post-mastodon',
          'Load the post from Mastodon (mastodon.social)',
          'https://mastodon.social/@harbour/112000000000000000',
          'Open it on Mastodon (mastodon.social)',
        ],
        ['post-bluesky', null, 'https://bsky.app/profile/harbour.example.org/post/3kabcdefghijk', 'Open it on Bluesky'],
        ['report', null, 'https://example.org/reports/bridge.pdf', 'Open it on example.org'],
      ];
      for (const [id, button, link, linkText] of expectations) {
        el.selected = id;
        await el.updateComplete;
        expect(loadButton(el)?.textContent?.trim() ?? null, id).to.equal(button);
        expect(figure(el)!.querySelector<HTMLAnchorElement>('a.media-link')!.href, id).to.equal(link);
        expect(figure(el)!.querySelector('a.media-link')!.textContent!.trim(), id).to.equal(linkText);
        expect(frames(el), id).to.have.length(0);
        await expect(el).to.be.accessible();
      }
      expect(loadButton(el, 'story')!.textContent!.trim()).to.equal('Load the map from OpenStreetMap');
    },
  );
});

describe('media: nothing from a third party before the reader asks', () => {
  afterEach(() => executeServerCommand('stop-request-log'));

  it(
    'asks no third-party host for anything until the button is pressed; then loads the player in a sandboxed ' +
      'frame',
    async () => {
      await executeServerCommand('start-request-log');
      const el = await render('photo');
      // Every kind drawn in turn (and the story's map all along): still nothing asked of another host.
      for (const event of mediaStory.events) {
        el.selected = event.id;
        await el.updateComplete;
        await nextFrames();
      }
      el.selected = 'youtube';
      await el.updateComplete;
      await nextFrames(4);
      expect(thirdParty(await requestLog())).to.deep.equal([]);
      expect(frames(el)).to.have.length(0);

      loadButton(el)!.scrollIntoView({ block: 'center' });
      await nextFrames();
      await sendMouse({ type: 'click', position: centreOf(loadButton(el)!) });
      await waitUntil(() => frames(el).length === 1, 'the player was not loaded');
      const frame = frames(el)[0]!;
      expect(frame.src).to.equal('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ');
      expect(frame.getAttribute('sandbox')).to.equal('allow-scripts allow-same-origin allow-presentation');
      expect(frame.getAttribute('allow')).to.equal('fullscreen; encrypted-media; picture-in-picture');
      expect(frame.getAttribute('referrerpolicy')).to.equal('strict-origin-when-cross-origin');
      expect(frame.getAttribute('loading')).to.equal('lazy');
      expect(frame.title).to.equal('The climb, filmed from the south pylon (video)');
      expect(el.shadowRoot!.activeElement).to.equal(frame);
      // The log sees the frame's request: it would have seen one made before the click.
      await waitUntil(async () => thirdParty(await requestLog()).length > 0, 'the log never saw the player asked for', {
        timeout: 5000,
      });
      expect(
        thirdParty(await requestLog()).every((url) => url.startsWith('https://www.youtube-nocookie.com/')),
      ).to.equal(true);
      await expect(el).to.be.accessible();
    },
  );

  it(
    'gives each player only what it needs: posts may open links, maps run script only, SoundCloud asks no ' +
      'permission',
    async () => {
      const el = await render('post-x');
      const loaded = async (id: string) => {
        el.selected = id;
        await el.updateComplete;
        loadButton(el)!.click();
        await el.updateComplete;
        return frames(el)[0]!;
      };
      const x = await loaded('post-x');
      expect([x.src, x.getAttribute('sandbox'), x.getAttribute('allow')]).to.deep.equal([
        'https://platform.twitter.com/embed/Tweet.html?id=1765000000000000000&dnt=true',
        'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox',
        '',
      ]);
      const sound = await loaded('soundcloud');
      expect([sound.getAttribute('sandbox'), sound.getAttribute('allow')]).to.deep.equal([
        'allow-scripts allow-same-origin',
        '',
      ]);
      loadButton(el, 'story')!.click();
      await el.updateComplete;
      const map = figure(el, 'story')!.querySelector('iframe')!;
      expect(map.src).to.match(
        new RegExp(
          String.raw`^https:\/\/www\.openstreetmap\.org\/export\/embed\.html\?bbox=[-\d.,]+` +
            String.raw`&layer=mapnik&marker=-33\.8523,151\.2108$`,
        ),
      );
      expect(map.getAttribute('sandbox')).to.equal('allow-scripts');
      await expect(el).to.be.accessible();
    },
  );

  it("plays a file from another host in the browser's own player, but only once the reader asks", async () => {
    await executeServerCommand('start-request-log');
    const data = story();
    data.events[2].media.url = 'https://cdn.example.org/harbour/clip.webm';
    const el = await render('clip', data);
    expect(figure(el)!.querySelector('video')).to.equal(null);
    expect(loadButton(el)!.textContent!.trim()).to.equal('Load the video from cdn.example.org');
    await expect(el).to.be.accessible();
    loadButton(el)!.click();
    await el.updateComplete;
    const video = figure(el)!.querySelector('video')!;
    expect([video.getAttribute('src'), video.preload, video.controls]).to.deep.equal([
      'https://cdn.example.org/harbour/clip.webm',
      'none',
      true,
    ]);
    expect(el.shadowRoot!.activeElement).to.equal(video);
    expect(thirdParty(await requestLog())).to.deep.equal([]);
  });

  it('shows links only, and no button, where the story says "links-only"', async () => {
    const data = story();
    data.story.embeds = 'links-only';
    const el = await render('youtube', data);
    expect(loadButton(el)).to.equal(null);
    expect(loadButton(el, 'story')).to.equal(null);
    expect(figure(el)!.querySelector<HTMLAnchorElement>('a.media-link')!.href).to.equal(
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    );
    await expect(el).to.be.accessible();
  });
});

describe('media: keyboard and screen reader', () => {
  it('Tab from the panel reaches the button; Enter loads the player and puts focus on it', async () => {
    const el = await render('youtube');
    panel(el).focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(loadButton(el));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => frames(el).length === 1, 'Enter did not load the player');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(frames(el)[0]);
    expect(frames(el)[0]!.getAttribute('aria-describedby')).to.equal('event-media-caption');
    expect(referenced(el, frames(el)[0]!, 'aria-describedby')).to.contain('The climb, filmed from the south pylon');
  });

  it('Tab from the panel reaches the video player on this site, named by its caption', async () => {
    const el = await render('clip');
    panel(el).focus();
    await sendKeys({ press: 'Tab' });
    const video = figure(el)!.querySelector('video')!;
    // The native player's controls are focusable; in either browser focus lands in the video.
    expect(el.shadowRoot!.activeElement === video || video.contains(el.shadowRoot!.activeElement)).to.equal(true);
  });
});

describe('media: images never shift the page or make it scroll sideways', () => {
  it("holds the image's height before it arrives, and fits a 320 px column", async () => {
    const el = await render('photo', story(), 320);
    const img = figure(el)!.querySelector('img')!;
    const box = img.getBoundingClientRect();
    expect(box.width).to.be.at.most(320);
    expect(box.height).to.be.closeTo((box.width * 540) / 960, 1);
    expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
    await expect(el).to.be.accessible();
  });

  it("shows a missing image's description and link, not the browser's broken image", async () => {
    const data = story();
    const media = data.events.find((event: { id: string }) => event.id === 'photo').media;
    delete media.srcset;
    media.url = '/tests/fixtures/media/no-such-image.svg';
    const el = await render('photo', data);
    await waitUntil(() => !figure(el)!.querySelector('img'), 'the broken image stayed', { timeout: 4000 });
    const placeholder = figure(el)!.querySelector('.media-placeholder')!;
    expect(placeholder.querySelector('.media-alt')!.textContent).to.equal(media.alt);
    expect(placeholder.querySelector<HTMLAnchorElement>('a.media-link')!.href).to.equal(
      new URL(media.url, location.href).href,
    );
    expect(placeholder.querySelector('button'), 'nothing to load').to.equal(null);
    expect(figure(el)!.querySelector('figcaption')!.textContent).to.contain(media.caption);
    await expect(el).to.be.accessible();
  });

  it('gives an image without a size a 16:9 box', async () => {
    const data = story();
    delete data.events[0].media.width;
    delete data.events[0].media.height;
    const el = await render('photo', data, 400);
    const box = figure(el)!.querySelector('img')!.getBoundingClientRect();
    expect(box.height).to.be.closeTo((box.width * 9) / 16, 1);
  });
});

describe('media: bad addresses and the HTML render', () => {
  it('refuses a bad or unsupported address with its path, and keeps loading nothing', async () => {
    const data = story();
    data.events[1].media.url = 'https://example.org/not-a-player/123';
    data.events[5].media.url = 'javascript:alert(1)';
    const el = await render('photo', data);
    const messages = el.problems.map((problem) => `${problem.path}: ${problem.message}`);
    expect(messages).to.include(
      'events[1].media.url: "https://example.org/not-a-player/123" is not a video this format plays: give a ' +
        'YouTube or Vimeo address, or an .mp4 or .webm file (https, or a path on this site)',
    );
    expect(
      messages.some((message) => message.startsWith('events[5].media.url: "javascript:alert(1)" is not a post')),
    ).to.equal(true);
    expect(frames(el)).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('reads every medium back from the story written as HTML, which links to each and frames nothing', async () => {
    const rendered = renderStoryHtml(story());
    expect(rendered).not.to.match(/<iframe|<video|<audio/);
    const el = document.createElement('resignation-timeline');
    el.append(...new DOMParser().parseFromString(`<body>${rendered}</body>`, 'text/html').body.childNodes);
    await fixture(html`<div></div>`).then((holder) => holder.append(el));
    await waitUntil(() => el.story !== undefined || el.problems.length > 0, 'the HTML story was not read', {
      timeout: 5000,
    });
    expect(el.problems).to.deep.equal([]);
    const expected = parseStory(story());
    expect(expected.ok).to.equal(true);
    if (!expected.ok) return;
    expect(el.story!.media).to.deep.equal(expected.story.media);
    expect(el.story!.events.map((event) => event.media)).to.deep.equal(
      expected.story.events.map((event) => event.media),
    );
  });
});
