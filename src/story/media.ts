/**
 * An event's (or the story's) one medium: which addresses each kind accepts, and, from a parsed
 * and checked address, the player a reader may load. Pure (no DOM), shared by the schema's
 * checks, normalisation, the static HTML render and the TimelineJS3 converters.
 *
 * Embeds are never the address a story gives: each is built here from an id read out of it
 * (a YouTube video id, a Vimeo number, a post's id), so a story cannot point a frame anywhere
 * else, and each frame gets only the sandbox rights and permissions its player needs.
 */

export const MEDIA_KINDS = ['image', 'video', 'audio', 'post', 'map', 'document'] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];

/** A third-party player, loaded only when the reader asks for it. */
export interface MediaEmbed {
  /** The frame's address, built from a checked id. */
  readonly src: string;
  /** The frame's `sandbox` rights: only what its player needs. */
  readonly sandbox: string;
  /** The frame's permissions policy (`allow`); empty where the player needs none. */
  readonly allow: string;
}

/** What an address is, once read: its provider, a player to load, or a file to play. */
export interface MediaSource {
  /** Who serves it, as readers know them ("YouTube", "Vimeo", "OpenStreetMap") or the host's name. */
  readonly provider: string;
  /** The address a reader can follow without any player (the original page, or the file). */
  readonly link: string;
  /** A third-party player (video, audio, post, map). */
  readonly embed?: MediaEmbed;
  /** A file the browser plays itself (`<video>`, `<audio>`), or an image's address. */
  readonly file?: string;
}

const VIDEO_FILE = /\.(?:mp4|webm)$/i;
const AUDIO_FILE = /\.(?:mp3|m4a)$/i;
const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const VIDEO_PLAYER = 'allow-scripts allow-same-origin allow-presentation';
const VIDEO_ALLOW = 'fullscreen; encrypted-media; picture-in-picture';
// Posts hold links that open the post on the provider's site, in a new tab.
const POST_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

const embed = (src: string, sandbox: string, allow = ''): MediaEmbed => ({ src, sandbox, allow });

/**
 * An address a story may give for a file: absolute https, or relative to the page (a newsroom's
 * own files; no scheme, not `//host`). Never `http:`, `data:`, `javascript:` or anything else.
 */
export function isFileAddress(address: string): boolean {
  if (typeof address !== 'string' || address.trim() !== address || address === '') return false;
  // No white space, backslash or control character: each would be read differently by browsers.
  if (/[\s\\]/.test(address) || [...address].some((character) => character.charCodeAt(0) < 0x20)) return false;
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(address)) return absolute(address) !== undefined;
  if (address.startsWith('//')) return false;
  try {
    new URL(address, 'https://page.invalid/');
    return true;
  } catch {
    return false;
  }
}

/** A link a reader may follow: absolute http(s), or relative to the page. */
export const isLinkAddress = (address: string) => isFileAddress(address.replace(/^http:/i, 'https:'));

/** The path of an address, absolute or relative, without its query or fragment. */
function pathOf(address: string): string {
  return new URL(address, 'https://page.invalid/').pathname;
}

/** The host of an absolute address without a leading "www."; undefined for a relative one. */
export function hostOf(address: string): string | undefined {
  try {
    return new URL(address).hostname.replace(/^www\./, '');
  } catch {
    return undefined; // relative: the page's own
  }
}

/** The provider's name for a file: its host, or "" for the page's own (the render says "this site"). */
const fileProvider = (address: string) => hostOf(address) ?? '';

function youTubeId(url: URL): string | undefined {
  const host = url.hostname.replace(/^(?:www|m)\./, '');
  let id: string | undefined;
  if (host === 'youtu.be') id = url.pathname.slice(1);
  else if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
    if (url.pathname === '/watch') id = url.searchParams.get('v') ?? undefined;
    else id = /^\/(?:embed|shorts|live)\/([^/]+)\/?$/.exec(url.pathname)?.[1];
  }
  return id && YOUTUBE_ID.test(id) ? id : undefined;
}

function vimeo(url: URL): { id: string; hash?: string } | undefined {
  const host = url.hostname.replace(/^www\./, '');
  if (host === 'player.vimeo.com') {
    const match = /^\/video\/(\d{1,12})\/?$/.exec(url.pathname);
    const hash = url.searchParams.get('h');
    return match ? { id: match[1]!, ...(hash && /^[0-9a-f]{6,20}$/.test(hash) ? { hash } : {}) } : undefined;
  }
  if (host !== 'vimeo.com') return undefined;
  const match = /^\/(\d{1,12})(?:\/([0-9a-f]{6,20}))?\/?$/.exec(url.pathname);
  return match ? { id: match[1]!, ...(match[2] ? { hash: match[2] } : {}) } : undefined;
}

function absolute(address: string): URL | undefined {
  try {
    const url = new URL(address);
    return url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** Reads a video address: YouTube, Vimeo, or an .mp4 or .webm file. */
export function videoSource(address: string): MediaSource | undefined {
  const url = absolute(address);
  const youTube = url && youTubeId(url);
  if (youTube) {
    return {
      provider: 'YouTube',
      link: `https://www.youtube.com/watch?v=${youTube}`,
      embed: embed(`https://www.youtube-nocookie.com/embed/${youTube}`, VIDEO_PLAYER, VIDEO_ALLOW),
    };
  }
  const onVimeo = url && vimeo(url);
  if (onVimeo) {
    const hash = onVimeo.hash ? `h=${onVimeo.hash}&` : '';
    return {
      provider: 'Vimeo',
      link: `https://vimeo.com/${onVimeo.id}${onVimeo.hash ? `/${onVimeo.hash}` : ''}`,
      embed: embed(`https://player.vimeo.com/video/${onVimeo.id}?${hash}dnt=1`, VIDEO_PLAYER, VIDEO_ALLOW),
    };
  }
  if (isFileAddress(address) && VIDEO_FILE.test(pathOf(address)))
    return { provider: fileProvider(address), link: address, file: address };
  return undefined;
}

/** Reads an audio address: SoundCloud, or an .mp3 or .m4a file. */
export function audioSource(address: string): MediaSource | undefined {
  const url = absolute(address);
  const host = url?.hostname.replace(/^(?:www|m)\./, '');
  if (url && host === 'soundcloud.com' && /^\/[\w-]+\/(?:sets\/)?[\w-]+\/?$/.test(url.pathname)) {
    const track = `https://soundcloud.com${url.pathname.replace(/\/$/, '')}`;
    return {
      provider: 'SoundCloud',
      link: track,
      embed: embed(
        `https://w.soundcloud.com/player/?url=${encodeURIComponent(track)}&visual=false`,
        'allow-scripts allow-same-origin',
      ),
    };
  }
  if (isFileAddress(address) && AUDIO_FILE.test(pathOf(address)))
    return { provider: fileProvider(address), link: address, file: address };
  return undefined;
}

/**
 * Reads a social post's address: X (or Twitter), Bluesky, or Mastodon. X's and Mastodon's
 * posts have a page made to be framed; Bluesky's embed needs the author's DID, so a post
 * addressed by handle is a link only (finding the DID would ask Bluesky before the reader does).
 */
export function postSource(address: string): MediaSource | undefined {
  const url = absolute(address);
  if (!url || url.username || url.password || url.port) return undefined;
  const host = url.hostname.replace(/^(?:www|mobile)\./, '');
  if (host === 'x.com' || host === 'twitter.com') {
    const match = /^\/(\w{1,15})\/status\/(\d{1,20})\/?$/.exec(url.pathname);
    if (!match) return undefined;
    return {
      provider: 'X',
      link: `https://x.com/${match[1]}/status/${match[2]}`,
      embed: embed(`https://platform.twitter.com/embed/Tweet.html?id=${match[2]}&dnt=true`, POST_SANDBOX),
    };
  }
  if (host === 'bsky.app') {
    const match = /^\/profile\/([A-Za-z0-9.:-]{3,253})\/post\/([a-z0-9]{8,20})\/?$/.exec(url.pathname);
    if (!match) return undefined;
    const [, author, post] = match as unknown as [string, string, string];
    const link = `https://bsky.app/profile/${author}/post/${post}`;
    return /^did:(?:plc|web):[A-Za-z0-9.:-]+$/.test(author)
      ? {
          provider: 'Bluesky',
          link,
          embed: embed(`https://embed.bsky.app/embed/${author}/app.bsky.feed.post/${post}`, POST_SANDBOX),
        }
      : { provider: 'Bluesky', link };
  }
  // Mastodon, on any server: https://server/@user/123 (each server frames its own posts).
  const mastodon = /^\/@(\w{1,30})\/(\d{1,20})\/?$/.exec(url.pathname);
  if (mastodon && /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i.test(url.hostname)) {
    const link = `https://${url.hostname}/@${mastodon[1]}/${mastodon[2]}`;
    return { provider: `Mastodon (${url.hostname})`, link, embed: embed(`${link}/embed`, POST_SANDBOX) };
  }
  return undefined;
}

/** The bounding box that frames a point at a zoom level, as OpenStreetMap's embed takes it. */
function boundingBox(lat: number, lon: number, zoom: number): string {
  const width = 360 / 2 ** zoom;
  const height = width / 2;
  const round = (value: number) => Number(value.toFixed(6));
  return [
    round(Math.max(-180, lon - width)),
    round(Math.max(-90, lat - height)),
    round(Math.min(180, lon + width)),
    round(Math.min(90, lat + height)),
  ].join(',');
}

/** An OpenStreetMap map centred on a point, with a marker there. */
export function mapSource(lat: number, lon: number, zoom: number): MediaSource {
  return {
    provider: 'OpenStreetMap',
    link: `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=${zoom}/${lat}/${lon}`,
    embed: embed(
      `https://www.openstreetmap.org/export/embed.html?bbox=${boundingBox(lat, lon, zoom)}` +
        `&layer=mapnik&marker=${lat},${lon}`,
      'allow-scripts',
    ),
  };
}

/** A medium as a story gives it (the fields the readers of addresses need). */
export interface MediaFields {
  readonly kind: MediaKind;
  readonly url?: string;
  readonly lat?: number;
  readonly lon?: number;
  readonly zoom?: number;
}

export const DEFAULT_MAP_ZOOM = 14;

/** Reads any medium's address (or point), or undefined where it is not one that kind accepts. */
export function mediaSource(media: MediaFields): MediaSource | undefined {
  const url = media.url ?? '';
  switch (media.kind) {
    case 'image':
      return isFileAddress(url) ? { provider: fileProvider(url), link: url, file: url } : undefined;
    case 'video':
      return videoSource(url);
    case 'audio':
      return audioSource(url);
    case 'post':
      return postSource(url);
    case 'map':
      return typeof media.lat === 'number' && typeof media.lon === 'number'
        ? mapSource(media.lat, media.lon, media.zoom ?? DEFAULT_MAP_ZOOM)
        : undefined;
    case 'document':
      return isLinkAddress(url) ? { provider: fileProvider(url), link: url } : undefined;
  }
}

/** The fields each kind takes besides kind, caption and credit; the first is required (alt only for images). */
export const MEDIA_FIELDS: Record<MediaKind, string[]> = {
  image: ['url', 'alt', 'srcset', 'width', 'height'],
  video: ['url', 'alt', 'transcript', 'width', 'height'],
  audio: ['url', 'transcript'],
  post: ['url'],
  map: ['lat', 'lon', 'zoom'],
  document: ['url'],
};

/**
 * What is wrong with a medium beyond its shape (which the schema checks), as [path within the
 * medium, message] pairs: fields its kind does not take or needs, addresses it cannot use.
 */
export function mediaProblems(media: Record<string, unknown>): [string, string][] {
  const kind = media.kind as MediaKind;
  // Own keys only: a kind such as "constructor" would find a member of every object.
  if (typeof kind !== 'string' || !Object.hasOwn(MEDIA_FIELDS, kind)) return []; // the schema reports it
  const fields = MEDIA_FIELDS[kind];
  const problems: [string, string][] = [];
  const address = (key: string, value: unknown, ok: (value: string) => boolean, what: string) => {
    if (typeof value === 'string' && !ok(value))
      problems.push([key, `${JSON.stringify(value)} is not ${what}: give an https link, or a path on this site`]);
  };
  for (const key of Object.keys(media)) {
    if (!['kind', 'caption', 'credit', ...fields].includes(key))
      problems.push([key, `is not a field of a medium of kind "${kind}"`]);
  }
  for (const key of kind === 'map' ? ['lat', 'lon'] : kind === 'image' ? ['url', 'alt'] : ['url']) {
    if (media[key] === undefined) problems.push([key, 'is required']);
  }
  if (typeof media.url === 'string' && kind !== 'map' && !mediaSource({ kind, url: media.url }))
    problems.push(['url', mediaAddressProblem(kind, media.url)]);
  address('transcript', media.transcript, isLinkAddress, 'a transcript link');
  // In srcset, a comma would end the address.
  (Array.isArray(media.srcset) ? media.srcset : []).forEach((size, i) =>
    address(
      `srcset[${i}].url`,
      size?.url,
      (value) => isFileAddress(value) && !value.includes(','),
      'an image address (without a comma)',
    ),
  );
  if (kind === 'video' && media.alt === undefined && media.transcript === undefined) {
    problems.push([
      'alt',
      'a video needs alt (what it shows) or a transcript link, for readers who cannot see or hear it',
    ]);
  }
  return problems;
}

const ON_SITE = '(https, or a path on this site)';

/** Why an address is refused, said for each kind. */
export function mediaAddressProblem(kind: Exclude<MediaKind, 'map'>, address: unknown): string {
  return `${JSON.stringify(address)} is not ${
    {
      image: `an image address: give an https link, or a path on this site`,
      video: `a video this format plays: give a YouTube or Vimeo address, or an .mp4 or .webm file ${ON_SITE}`,
      audio: `audio this format plays: give a SoundCloud address, or an .mp3 or .m4a file ${ON_SITE}`,
      post: 'a post this format shows: give the address of one post on X, Bluesky or Mastodon',
      document: 'a document link: give an http(s) link, or a path on this site',
    }[kind]
  }`;
}
