/**
 * The demo pages a newcomer opens first (`npm start`): each fits a window from 320 px up without
 * scrolling sideways, with its code snippets wrapped inside their boxes; every page has the same
 * navigation; and every page names an icon that exists, so none asks for a missing /favicon.ico.
 * standalone.html and the frame in iframe.html load the bundle from dist/: run `npm run build`
 * first (`npm test` does).
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from './helpers.js';

/** The pages in the demos' navigation, as its links name them. */
const PAGES = ['./', './inline-story.html', './standalone.html', './playground.html', './iframe.html'];
/** embed.html is what goes inside a newsroom's iframe: no navigation, but it must fit all the same. */
const ALL_PAGES = [...PAGES, './embed.html'];

const pageUrl = (page: string) => new URL(page, new URL('/demo/', location.href)).href;

/** The timelines in a document and in the frames inside it. */
function timelines(doc: Document): HTMLElement[] {
  const inFrames = [...doc.querySelectorAll('iframe')].flatMap((frame) =>
    frame.contentDocument ? timelines(frame.contentDocument) : [],
  );
  return [...doc.querySelectorAll<HTMLElement>('resignation-timeline'), ...inFrames];
}

const drawn = (timeline: HTMLElement) => timeline.shadowRoot?.querySelector('[role="tab"]') != null;

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

/**
 * Opens a demo page in an iframe `width` px wide (its window), with every timeline in it drawn;
 * `textSize` enlarges the page's text as a reader's setting would (200%: WCAG 1.4.4).
 */
async function openPage(page: string, width: number, textSize = '100%'): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.title = page;
  frame.style.cssText = `width: ${width}px; height: 800px; border: 0; display: block`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = pageUrl(page);
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const doc = frame.contentDocument!;
  doc.documentElement.style.fontSize = textSize;
  if (page === './playground.html') {
    await waitUntil(() => doc.getElementById('embed-snippet')?.textContent, 'the playground did not load its story', {
      timeout: 10000,
    });
  }
  await waitUntil(() => timelines(doc).length > 0, `no timeline in ${page}`, { timeout: 10000 });
  // A timeline far down the page lays out only once it is near the view: bring each to it.
  for (const timeline of timelines(doc)) {
    timeline.scrollIntoView({ block: 'start' });
    await waitUntil(() => drawn(timeline), `a timeline in ${page} was not drawn`, { timeout: 10000 });
  }
  await new Promise((resolve) =>
    frame.contentWindow!.requestAnimationFrame(() => frame.contentWindow!.requestAnimationFrame(resolve)),
  );
  return doc;
}

/** What sticks out past the right edge of the window, for the failure message. */
function pastTheEdge(doc: Document): string[] {
  const width = doc.documentElement.clientWidth;
  return [...doc.body.querySelectorAll('*')]
    .filter((element) => element.getBoundingClientRect().right > width + 0.5)
    .map(
      (element) =>
        `${element.localName}${element.id ? `#${element.id}` : ''} (right edge ` +
        `${Math.round(element.getBoundingClientRect().right)})`,
    )
    .slice(0, 5);
}

describe('the demo pages', () => {
  for (const [width, textSize] of [
    [320, '100%'],
    [1280, '100%'],
    [320, '200%'],
  ] as const) {
    for (const page of ALL_PAGES) {
      it(
        `${page} fits a ${width} px window at ${textSize} text: nothing scrolls sideways, snippets wrap in ` +
          `their boxes`,
        async () => {
          const doc = await openPage(page, width, textSize);
          expect(doc.defaultView!.innerWidth).to.equal(width);
          // The root's client width leaves out a vertical scroll bar (Firefox draws one).
          const { scrollWidth, clientWidth } = doc.documentElement;
          expect(
            scrollWidth,
            `${page} is ${scrollWidth} px wide in a ${clientWidth} px window: ${pastTheEdge(doc).join(', ')}`,
          ).to.be.at.most(clientWidth);
          for (const pre of doc.querySelectorAll('pre')) {
            expect(
              pre.scrollWidth,
              `a snippet in ${page} runs ${pre.scrollWidth - pre.clientWidth} px past its box`,
            ).to.be.at.most(pre.clientWidth);
          }
        },
      );
    }

    it(
      `playground.html keeps its story text, preview and snippet inside the column at ${width} px, ${textSize} ` +
        `text`,
      async () => {
        const doc = await openPage('./playground.html', width, textSize);
        const main = doc.querySelector('main')!;
        const { left, right } = main.getBoundingClientRect();
        const style = getComputedStyle(main);
        const column = { left: left + parseFloat(style.paddingLeft), right: right - parseFloat(style.paddingRight) };
        expect(column.right - column.left).to.be.greaterThan(200);
        for (const selector of ['h2', '#story-text', '.playground-actions > *', '#preview', 'pre']) {
          for (const element of doc.querySelectorAll(selector)) {
            const box = element.getBoundingClientRect();
            const name = `${element.localName}${element.id ? `#${element.id}` : ''}`;
            expect(box.left, `${name} starts left of the column`).to.be.at.least(column.left - 0.5);
            expect(box.right, `${name} ends ${Math.round(box.right - column.right)} px past the column`).to.be.at.most(
              column.right + 0.5,
            );
          }
        }
      },
    );
  }

  it('have the same navigation, which names every page and marks the one shown', async () => {
    const navigations = await Promise.all(
      PAGES.map(async (page) => {
        const doc = new DOMParser().parseFromString(await (await fetch(pageUrl(page))).text(), 'text/html');
        const links = [...doc.querySelectorAll<HTMLAnchorElement>('nav.demo-nav a')];
        const current = links
          .filter((link) => link.getAttribute('aria-current') === 'page')
          .map((link) => link.getAttribute('href'));
        expect(current, `${page} marks itself, and only itself, as the current page`).to.deep.equal([page]);
        return links.map((link) => `${link.getAttribute('href')} ${link.textContent!.trim()}`);
      }),
    );
    expect(navigations[0]!.map((link) => link.split(' ')[0])).to.deep.equal(PAGES);
    for (const [i, navigation] of navigations.entries())
      expect(navigation, `${PAGES[i]}'s navigation`).to.deep.equal(navigations[0]);
  });

  it('each name an icon that loads, so no browser asks for a missing /favicon.ico', async () => {
    for (const page of ALL_PAGES) {
      const doc = new DOMParser().parseFromString(await (await fetch(pageUrl(page))).text(), 'text/html');
      const icons = [...doc.querySelectorAll('link[rel~="icon"]')];
      expect(icons, `${page} has no icon link`).to.have.length(1);
      const image = new Image();
      image.src = new URL(icons[0]!.getAttribute('href')!, pageUrl(page)).href;
      await image.decode().catch(() => expect.fail(`${page}'s icon ${image.src.slice(0, 60)} does not load`));
      expect(image.naturalWidth).to.be.greaterThan(0);
    }
  });
});
