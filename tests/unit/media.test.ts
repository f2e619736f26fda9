/**
 * Media in the story format: each kind's addresses, the players built from checked ids (never
 * from the address as given), the problems a newsroom sees for a bad or unsupported address,
 * and the HTML render (a plain link, nothing framed).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderStoryHtml } from '../../src/html-story/render.js';
import { storyJsonSchemaText } from '../../src/story/json-schema.js';
import { isFileAddress, postSource } from '../../src/story/media.js';
import { formatProblem, parseStory } from '../../src/story/parse.js';
import type { Media, StoryProblem } from '../../src/story/types.js';
import { testStoryFile } from './helpers.js';

/** The test story with one medium on its first event (and optionally the story's own). */
function withMedia(media: unknown, story: Record<string, unknown> = {}): Record<string, any> {
  const file = testStoryFile();
  file.events[0].media = media;
  delete file.events[0].image;
  Object.assign(file.story, story);
  return file;
}

function mediaOf(media: unknown, story: Record<string, unknown> = {}): Media {
  const result = parseStory(withMedia(media, story));
  assert.ok(result.ok, result.ok ? '' : result.problems.map(formatProblem).join('\n'));
  return result.story.eventById.get(testStoryFile().events[0].id)!.media!;
}

function problemsOf(media: unknown): string[] {
  const result = parseStory(withMedia(media));
  assert.equal(result.ok, false, 'expected the medium to be refused');
  return (result as { problems: readonly StoryProblem[] }).problems.map(formatProblem);
}

const credit = { caption: 'What it shows', credit: 'Agency' };

describe('media: what each kind accepts and the player it gets', () => {
  it('builds a YouTube player on youtube-nocookie.com from the video id, whichever address form is given', () => {
    for (const url of [
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=10s',
      'https://youtu.be/dQw4w9WgXcQ',
      'https://m.youtube.com/watch?v=dQw4w9WgXcQ',
      'https://www.youtube.com/shorts/dQw4w9WgXcQ',
      'https://www.youtube.com/embed/dQw4w9WgXcQ',
    ]) {
      const media = mediaOf({ kind: 'video', url, alt: 'A man sings', ...credit });
      assert.equal(media.provider, 'YouTube');
      assert.equal(media.link, 'https://www.youtube.com/watch?v=dQw4w9WgXcQ');
      assert.deepEqual(media.embed, {
        src: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
        sandbox: 'allow-scripts allow-same-origin allow-presentation',
        allow: 'fullscreen; encrypted-media; picture-in-picture',
      });
    }
  });

  it('builds Vimeo (do-not-track), SoundCloud, X, Bluesky (by DID), Mastodon and OpenStreetMap players', () => {
    assert.equal(
      mediaOf({ kind: 'video', url: 'https://vimeo.com/76979871', transcript: 'https://example.org/t.txt', ...credit })
        .embed?.src,
      'https://player.vimeo.com/video/76979871?dnt=1',
    );
    const sound = mediaOf({ kind: 'audio', url: 'https://soundcloud.com/artist/a-track', ...credit });
    assert.equal(
      sound.embed?.src,
      'https://w.soundcloud.com/player/?url=https%3A%2F%2Fsoundcloud.com%2Fartist%2Fa-track&visual=false',
    );
    assert.equal(sound.embed?.allow, '');
    const x = mediaOf({ kind: 'post', url: 'https://twitter.com/someone/status/1148563452004683776', ...credit });
    assert.equal(x.link, 'https://x.com/someone/status/1148563452004683776');
    assert.equal(x.embed?.src, 'https://platform.twitter.com/embed/Tweet.html?id=1148563452004683776&dnt=true');
    assert.equal(x.embed?.sandbox, 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox');
    assert.equal(
      mediaOf({
        kind: 'post',
        url: 'https://bsky.app/profile/did:plc:z72i7hdynmk6r22z27h6tvur/post/3l6oveex3ii2l',
        ...credit,
      }).embed?.src,
      'https://embed.bsky.app/embed/did:plc:z72i7hdynmk6r22z27h6tvur/app.bsky.feed.post/3l6oveex3ii2l',
    );
    assert.equal(
      mediaOf({ kind: 'post', url: 'https://mastodon.social/@Gargron/113488837930430224', ...credit }).embed?.src,
      'https://mastodon.social/@Gargron/113488837930430224/embed',
    );
    const map = mediaOf({ kind: 'map', lat: 51.5007, lon: -0.1246, zoom: 16, ...credit });
    assert.equal(
      map.embed?.src,
      'https://www.openstreetmap.org/export/embed.html?bbox=-0.130093,51.497953,-0.119107,51.503447' +
        '&layer=mapnik&marker=51.5007,-0.1246',
    );
    assert.equal(map.embed?.sandbox, 'allow-scripts');
    assert.equal(map.link, 'https://www.openstreetmap.org/?mlat=51.5007&mlon=-0.1246#map=16/51.5007/-0.1246');
  });

  it("gives a Bluesky post named by handle, a document and a file no player: a link, or the browser's own", () => {
    const bluesky = mediaOf({
      kind: 'post',
      url: 'https://bsky.app/profile/example.bsky.social/post/3l6oveex3ii2l',
      ...credit,
    });
    assert.equal(bluesky.embed, undefined);
    assert.equal(bluesky.link, 'https://bsky.app/profile/example.bsky.social/post/3l6oveex3ii2l');
    assert.equal(mediaOf({ kind: 'document', url: 'https://example.org/report.pdf', ...credit }).embed, undefined);
    const file = mediaOf({ kind: 'video', url: 'media/clip.webm', alt: 'A crowd', ...credit });
    assert.deepEqual([file.file, file.embed, file.provider], ['media/clip.webm', undefined, '']);
    assert.equal(
      mediaOf({ kind: 'audio', url: 'https://cdn.example.org/a.MP3?v=2', ...credit }).file,
      'https://cdn.example.org/a.MP3?v=2',
    );
  });

  it('builds srcset from checked addresses, and reads the older image field as an image', () => {
    const image = mediaOf({
      kind: 'image',
      url: 'a-480.jpg',
      alt: 'A hall',
      width: 960,
      height: 540,
      srcset: [
        { url: 'a-480.jpg', width: 480 },
        { url: 'https://example.org/a-960.jpg', width: 960 },
      ],
      ...credit,
    });
    assert.equal(image.srcset, 'a-480.jpg 480w, https://example.org/a-960.jpg 960w');
    const file = testStoryFile();
    file.events[0].image = { src: 'https://example.org/a.jpg', alt: 'A', credit: 'B' };
    const result = parseStory(file);
    assert.ok(result.ok);
    const {
      kind,
      provider,
      link,
      file: src,
      alt,
      credit: imageCredit,
      caption,
    } = result.story.eventById.get(file.events[0].id)!.media!;
    assert.deepEqual(
      { kind, provider, link, src, alt, imageCredit, caption },
      {
        kind: 'image',
        provider: 'example.org',
        link: 'https://example.org/a.jpg',
        src: 'https://example.org/a.jpg',
        alt: 'A',
        imageCredit: 'B',
        caption: undefined,
      },
    );
  });

  it('gives no player at all where the story says "links-only", and carries the story\'s own medium', () => {
    const file = withMedia(
      { kind: 'video', url: 'https://youtu.be/dQw4w9WgXcQ', alt: 'A', ...credit },
      { embeds: 'links-only', media: { kind: 'map', lat: 0, lon: 0, ...credit } },
    );
    const result = parseStory(file);
    assert.ok(result.ok);
    assert.equal(result.story.embeds, 'links-only');
    assert.equal(result.story.eventById.get(file.events[0].id)!.media!.embed, undefined);
    assert.equal(result.story.media?.embed, undefined);
    assert.equal(result.story.media?.link, 'https://www.openstreetmap.org/?mlat=0&mlon=0#map=14/0/0');
    const files = parseStory(
      withMedia({ kind: 'audio', url: 'https://cdn.example.org/a.mp3', ...credit }, { embeds: 'links-only' }),
    );
    assert.ok(files.ok);
    assert.equal(
      files.story.events.find((event) => event.media)!.media!.file,
      undefined,
      'a file from another host is a link only',
    );
    assert.equal(
      mediaOf({ kind: 'audio', url: 'media/a.mp3', ...credit }, { embeds: 'links-only' }).file,
      'media/a.mp3',
    );
  });
});

describe('media: bad or unsupported addresses are refused with their path and a reason', () => {
  const cases: [string, unknown, string][] = [
    [
      'a video page that is not a player',
      { kind: 'video', url: 'https://example.org/watch/123', alt: 'A', ...credit },
      'events[0].media.url: "https://example.org/watch/123" is not a video this format plays: give a YouTube or ' +
        'Vimeo address, or an .mp4 or .webm file (https, or a path on this site)',
    ],
    [
      'a YouTube address without a video id',
      { kind: 'video', url: 'https://www.youtube.com/watch?v=short', alt: 'A', ...credit },
      'events[0].media.url: "https://www.youtube.com/watch?v=short" is not a video this format plays',
    ],
    [
      'a video file over http',
      { kind: 'video', url: 'http://example.org/a.mp4', alt: 'A', ...credit },
      'events[0].media.url: "http://example.org/a.mp4" is not a video',
    ],
    [
      'a javascript: address',
      { kind: 'document', url: 'javascript:alert(1)', ...credit },
      'events[0].media.url: "javascript:alert(1)" is not a document link',
    ],
    [
      'a protocol-relative image',
      { kind: 'image', url: '//evil.example/a.png', alt: 'A', ...credit },
      'events[0].media.url: "//evil.example/a.png" is not an image address',
    ],
    [
      'a data: image',
      { kind: 'image', url: 'data:image/png;base64,AAAA', alt: 'A', ...credit },
      'events[0].media.url: "data:image/png;base64,AAAA" is not an image address',
    ],
    [
      'an .ogg file as audio',
      { kind: 'audio', url: 'https://example.org/a.ogg', ...credit },
      'events[0].media.url: "https://example.org/a.ogg" is not audio this format plays',
    ],
    [
      'a profile instead of a post',
      { kind: 'post', url: 'https://x.com/someone', ...credit },
      'events[0].media.url: "https://x.com/someone" is not a post this format shows',
    ],
    [
      'a map off the globe',
      { kind: 'map', lat: 91, lon: 0, ...credit },
      'events[0].media.lat: lat must be a number from -90 to 90',
    ],
    [
      'a kind this format does not know',
      { kind: 'gif', url: 'https://example.org/a.gif', ...credit },
      'events[0].media.kind: expected ("image" | "video" | "audio" | "post" | "map" | "document"), got "gif"',
    ],
    [
      'a field another kind takes',
      { kind: 'post', url: 'https://x.com/a/status/1', alt: 'A', ...credit },
      'events[0].media.alt: is not a field of a medium of kind "post"',
    ],
    ['a map without its point', { kind: 'map', lat: 1, ...credit }, 'events[0].media.lon: is required'],
    ['an image without alt', { kind: 'image', url: 'a.jpg', ...credit }, 'events[0].media.alt: is required'],
    [
      'a medium without a credit',
      { kind: 'image', url: 'https://example.org/a.jpg', alt: 'A', caption: 'C' },
      'events[0].media.credit: is required',
    ],
    [
      'a video without alt or transcript',
      { kind: 'video', url: 'https://youtu.be/dQw4w9WgXcQ', ...credit },
      'events[0].media.alt: a video needs alt (what it shows) or a transcript link, for readers who cannot see ' +
        'or hear it',
    ],
    [
      'a srcset address with a comma',
      { kind: 'image', url: 'a.jpg', alt: 'A', srcset: [{ url: 'a,b.jpg', width: 10 }], ...credit },
      'events[0].media.srcset[0].url: "a,b.jpg" is not an image address (without a comma): give an https link, ' +
        'or a path on this site',
    ],
  ];
  for (const [what, media, expected] of cases) {
    it(`refuses ${what}`, () => {
      const problems = problemsOf(media);
      assert.ok(
        problems.some((problem) => problem.startsWith(expected)),
        `missing: ${expected}\n got: ${problems.join('\n')}`,
      );
    });
  }

  it('refuses an event with both media and the older image', () => {
    const file = withMedia({ kind: 'image', url: 'a.jpg', alt: 'A', ...credit });
    file.events[0].image = { src: 'https://example.org/a.jpg', alt: 'A' };
    const result = parseStory(file);
    assert.equal(result.ok, false);
    assert.ok(
      !result.ok &&
        result.problems.some(
          (problem) =>
            formatProblem(problem) ===
            'events[0].image: an event holds one medium: give it in media (image is its older form), not both',
        ),
    );
  });

  it('takes only https or page-relative file addresses, and no address with spaces or control characters', () => {
    assert.deepEqual(
      [
        'media/a.webm',
        '/a.mp4',
        '../a.mp3',
        'https://example.org/a.mp4',
        'http://example.org/a.mp4',
        'ftp://x/a.mp4',
        'a .mp4',
        'a\u0001.mp4',
        '\\\\evil/a.mp4',
        '',
      ].map(isFileAddress),
      [true, true, true, true, false, false, false, false, false, false],
    );
    assert.equal(postSource('https://user:pw@x.com/a/status/1'), undefined);
  });
});

describe('media in the HTML render', () => {
  it(
    'writes each medium as a plain link (an image as an image) with its caption and credit, and frames ' + 'nothing',
    () => {
      const file = withMedia({
        kind: 'video',
        url: 'https://youtu.be/dQw4w9WgXcQ',
        alt: 'A man sings',
        transcript: 'https://example.org/t',
        ...credit,
      });
      file.events[1].media = {
        kind: 'image',
        url: 'https://example.org/a.jpg',
        alt: 'A "hall"',
        width: 800,
        height: 600,
        ...credit,
      };
      const html = renderStoryHtml(file);
      assert.ok(!/<iframe|<script|<video|<audio/.test(html), 'nothing is framed or played');
      assert.match(
        html,
        new RegExp(
          String.raw`<figure data-media="video"><p><a href="https:\/\/www\.youtube\.com\/watch\?v=dQw4w9WgXcQ">` +
            String.raw`Video · YouTube: Open it on YouTube<\/a><\/p><p data-field="alt">A man sings<\/p>` +
            String.raw`<figcaption><span data-field="caption">What it shows<\/span> ` +
            String.raw`<small data-field="credit">Agency<\/small> ` +
            String.raw`<a data-field="transcript" href="https:\/\/example\.org\/t">Transcript<\/a>` +
            String.raw`<\/figcaption><\/figure>`,
        ),
      );
      assert.match(
        html,
        /<img src="https:\/\/example\.org\/a\.jpg" alt="A &quot;hall&quot;" width="800" height="600" loading="lazy">/,
      );
    },
  );
});

describe('media in the JSON Schema', () => {
  it('names each kind, and for editors the fields each kind needs and takes', () => {
    const schema = JSON.parse(storyJsonSchemaText());
    for (const media of [schema.properties.story.properties.media, schema.properties.events.items.properties.media]) {
      assert.deepEqual(media.properties.kind.enum, ['image', 'video', 'audio', 'post', 'map', 'document']);
      const map = media.allOf.find(
        (rule: { if: { properties: { kind: { const: string } } } }) => rule.if.properties.kind.const === 'map',
      );
      assert.deepEqual(map.then.required, ['lat', 'lon']);
      assert.ok(
        map.then.not.anyOf.some((rule: { required: string[] }) => rule.required[0] === 'url'),
        'a map takes no url',
      );
      assert.deepEqual(media.required, ['kind', 'caption', 'credit']);
    }
  });
});
