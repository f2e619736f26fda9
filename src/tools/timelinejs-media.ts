/**
 * Media both ways between TimelineJS3 and our story format (see timelinejs.ts): a slide's media
 * as a story's medium, and a medium as TimelineJS3's media. What one side cannot hold is noted.
 */
import {
  audioSource,
  hostOf,
  isFileAddress,
  isLinkAddress,
  postSource,
  videoSource,
  type MediaKind,
} from '../story/media.js';
import type { MediaInput } from '../story/schema.js';
import type { Media } from '../story/types.js';
import { escapeHtml } from '../format/html.js';

/** Notes something the conversion could not carry, at its path. */
type Note = (path: string, message: string) => void;

/** A slide's media as plain text (its address trimmed; caption, credit and alt without markup). */
export interface SlideMedia {
  readonly url: string;
  readonly caption: string;
  readonly credit: string;
  readonly alt: string;
}

const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif|svg)(?:$|[?#])/i;
/** Hosts that serve the same files over https as over http. */
const HTTPS_TOO = new RegExp(
  String.raw`^(?:http:)?\/\/(?:upload\.wikimedia\.org|[^/]*\.staticflickr\.com|(?:www\.|m\.)?youtube\.com|` +
    String.raw`youtu\.be|(?:www\.|player\.)?vimeo\.com|(?:www\.)?soundcloud\.com|` +
    String.raw`(?:www\.|mobile\.)?(?:twitter|x)\.com|bsky\.app|(?:www\.)?openstreetmap\.org)\/`,
  'i',
);
/** Providers whose addresses name one video, sound or post: another address of theirs is not carried. */
const PLAYER_HOSTS = new RegExp(
  String.raw`^(?:www\.|m\.|mobile\.|player\.)?` +
    String.raw`(?:youtube\.com|youtu\.be|vimeo\.com|soundcloud\.com|twitter\.com|x\.com|bsky\.app)$`,
  'i',
);

/** An OpenStreetMap page's address: its marker (mlat, mlon) or its view (#map=zoom/lat/lon). */
function openStreetMapPoint(url: string): { lat: number; lon: number; zoom?: number } | undefined {
  let address: URL;
  try {
    address = new URL(url);
  } catch {
    return undefined;
  }
  if (!/^(?:www\.)?openstreetmap\.org$/.test(address.hostname)) return undefined;
  const view = /^#map=(\d{1,2})\/(-?[\d.]+)\/(-?[\d.]+)/.exec(address.hash);
  const lat = Number(address.searchParams.get('mlat') ?? view?.[2]);
  const lon = Number(address.searchParams.get('mlon') ?? view?.[3]);
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) return undefined;
  const zoom = view ? Math.min(18, Math.max(1, Number(view[1]))) : undefined;
  return { lat, lon, ...(zoom ? { zoom } : {}) };
}

/**
 * A slide's media as a story's medium: images, YouTube and Vimeo videos, video and audio files,
 * SoundCloud, posts on X (Twitter), Bluesky and Mastodon, OpenStreetMap maps, and any other web
 * page as a document link. TimelineJS3 asks neither caption nor credit; a story does, so where
 * one is missing the headline (caption) or the provider's name (credit) stands in, and the
 * report says so. Media written as HTML (a blockquote, an embed code) is not carried.
 */
export function storyMedium(slideMedia: SlideMedia, title: string, path: string, note: Note): MediaInput | undefined {
  const given = slideMedia.url;
  if (!given) return undefined;
  const where = `${path}.media`;
  if (given.startsWith('<')) {
    note(
      where,
      'media written as HTML (a blockquote, an embed) is not carried: add a quote with its speaker and source by hand',
    );
    return undefined;
  }
  const url = HTTPS_TOO.test(given) ? given.replace(/^(?:http:)?\/\//i, 'https://') : given;
  const caption = slideMedia.caption || title;
  const credit = slideMedia.credit;
  const alt = slideMedia.alt;
  const common = (kind: MediaKind, provider: string) => {
    if (!slideMedia.caption)
      note(
        `${where}.caption`,
        `the ${kind} has no caption: ${title ? 'the headline' : `"${provider}"`} stands in; say what it shows`,
      );
    if (!credit) note(`${where}.credit`, `the ${kind} has no credit: "${provider}" stands in; give whose it is`);
    return { caption: caption || provider, credit: credit || provider };
  };
  const host = hostOf(url) ?? '';
  const video = videoSource(url);
  if (video)
    return {
      kind: 'video',
      url,
      alt: alt || caption || title || video.provider,
      ...common('video', video.provider || host),
    };
  const audio = audioSource(url);
  if (audio) return { kind: 'audio', url, ...common('audio', audio.provider || host) };
  const post = postSource(url);
  if (post) return { kind: 'post', url, ...common('post', post.provider) };
  const point = openStreetMapPoint(url);
  if (point) return { kind: 'map', ...point, ...common('map', 'OpenStreetMap') };
  if (PLAYER_HOSTS.test(host)) {
    note(
      where,
      `media ${JSON.stringify(given)} is not carried: it is not the address of one video, sound or post on ${host}`,
    );
    return undefined;
  }
  if (isFileAddress(url) && IMAGE_FILE.test(new URL(url, 'https://page.invalid/').pathname)) {
    return { kind: 'image', url, alt: alt || caption || title, ...common('image', host) };
  }
  if (isLinkAddress(url) && /^https?:\/\//i.test(url)) {
    note(where, `media ${JSON.stringify(given)} has no player here: it is carried as a link to the page (a document)`);
    return { kind: 'document', url, ...common('document', host) };
  }
  note(where, `media ${JSON.stringify(given)} is not carried: it is not an http(s) address`);
  return undefined;
}

/** A medium as TimelineJS3's media: its address (a map as its OpenStreetMap page), caption, credit and alt. */
export function timelineMedia(media: Media, path: string, note: Note) {
  if (media.kind === 'map')
    note(path, 'TimelineJS3 has no OpenStreetMap player: the map is written as a link to its page');
  if (media.kind === 'post' && !media.provider.startsWith('X')) {
    note(
      path,
      `TimelineJS3 has no player for ${media.provider.replace(/ \(.*\)$/, '')} posts: ` +
        'it may show the address only as a link',
    );
  }
  if (media.srcset || media.width)
    note(path, "the image's other sizes (srcset) and its width and height are not carried");
  if (media.transcript) note(`${path}.transcript`, 'the transcript link is not carried');
  return {
    url: media.kind === 'image' ? media.file! : media.link,
    caption: escapeHtml(media.caption ?? (media.kind === 'image' ? (media.alt ?? '') : '')),
    credit: escapeHtml(media.credit ?? ''),
    ...(media.alt ? { alt: escapeHtml(media.alt) } : {}),
  };
}
