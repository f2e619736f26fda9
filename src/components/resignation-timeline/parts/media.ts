import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { TimelineStrings } from '../../../strings.js';
import type { Media } from '../../../story/types.js';

/** What became of the story's media on this page (see MediaController): a new object on each change. */
export interface MediaStates {
  /** The addresses (`media.link`) whose players the reader asked to load. */
  readonly loaded: ReadonlySet<string>;
  /** The image files the browser could not load: their description and link stand in for them. */
  readonly failed: ReadonlySet<string>;
}

export interface MediaModel {
  media: Media;
  /** Where it sits, for ids in the shadow root: "story" or "event". */
  slot: 'story' | 'event';
  strings: TimelineStrings;
  states: MediaStates;
  onLoad: (link: string, slot: 'story' | 'event') => void;
  onFailed: (file: string) => void;
}

/** True where an address is on the page's own site (a relative path, or this origin). */
const isOwnSite = (address: string) => new URL(address, document.baseURI).origin === location.origin;

/**
 * An event's or the story's medium. Nothing from a third party loads until the reader presses
 * its button: until then a local placeholder says what it is, whose, and from where, beside a
 * plain link to it. Images load like the article's own (lazy, sized before they arrive); files on
 * the page's own site play in the browser's own player, which fetches nothing until played.
 * Every player fills a box of the size it will have, so nothing moves when it loads.
 */
export function renderMedia({ media, slot, strings, states, onLoad, onFailed }: MediaModel) {
  const kind = strings.mediaKind[media.kind];
  const provider = media.provider || strings.thisSite;
  const captionId = `${slot}-media-caption`;
  const ownFile = media.file !== undefined && isOwnSite(media.file);
  const asked = states.loaded.has(media.link);
  // An image that did not load shows its description and link, not the browser's broken image.
  const failedImage = media.kind === 'image' && states.failed.has(media.file!);
  const title = strings.mediaTitle(kind, media.caption ?? media.alt ?? provider);
  const openLink = html`<a class="media-link" href=${media.link}
    >${media.provider && !ownFile ? strings.openMedia(provider) : strings.openFile(kind)}</a
  >`;
  // Unsized, an image or video file keeps a 16:9 box; sized, its width and height give the box.
  const sizing = media.width && media.height ? 'sized' : 'unsized';

  let body: unknown;
  if (media.kind === 'image' && !failedImage) {
    body = html`<img
      class=${sizing}
      src=${media.file!}
      srcset=${ifDefined(media.srcset)}
      sizes=${ifDefined(media.srcset ? 'auto, (min-width: 40rem) 40rem, 100vw' : undefined)}
      width=${ifDefined(media.width)}
      height=${ifDefined(media.height)}
      alt=${media.alt ?? ''}
      loading="lazy"
      @error=${() => onFailed(media.file!)}
    />`;
  } else if (media.kind !== 'image' && media.file && (ownFile || asked)) {
    // The browser's own player: `preload="none"` fetches nothing until the reader plays it.
    body =
      media.kind === 'video'
        ? html`<video
            class=${sizing}
            src=${media.file}
            width=${ifDefined(media.width)}
            height=${ifDefined(media.height)}
            controls
            preload="none"
            aria-label=${title}
            aria-describedby=${captionId}
          >
            ${openLink}
          </video>`
        : html`<audio src=${media.file} controls preload="none" aria-label=${title} aria-describedby=${captionId}
            >${openLink}</audio
          >`;
  } else if (media.embed && asked) {
    body = html`<iframe
      src=${media.embed.src}
      title=${title}
      sandbox=${media.embed.sandbox}
      allow=${media.embed.allow}
      referrerpolicy="strict-origin-when-cross-origin"
      loading="lazy"
      aria-describedby=${captionId}
    ></iframe>`;
  } else {
    const canLoad = !failedImage && (media.embed !== undefined || media.file !== undefined);
    body = html`<div class="media-placeholder">
      <p class="media-from">${strings.mediaFrom(kind, provider)}</p>
      ${failedImage && media.alt ? html`<p class="media-alt">${media.alt}</p>` : nothing}
      ${
        canLoad
          ? html`<button
              type="button"
              class="media-load"
              aria-describedby=${`${slot}-media-note ${captionId}`}
              @click=${() => onLoad(media.link, slot)}
            >
              ${strings.loadMedia(kind, provider)}
            </button>
            <p id=${`${slot}-media-note`} class="media-note">${strings.mediaPrivacy(provider)}</p>`
          : nothing
      }
      <p>${openLink}</p>
    </div>`;
  }

  return html`<figure class=${`media ${media.kind}`} data-media=${slot}>
    <div class=${`media-box ${media.kind}`}>${body}</div>
    ${
      media.caption || media.credit || media.transcript
        ? html`<figcaption id=${captionId}>
          ${media.caption ? html`<span class="media-caption">${media.caption}</span>` : nothing}
          ${media.credit ? html`<small class="media-credit">${media.credit}</small>` : nothing}
          ${
            media.transcript
              ? html`<a class="media-transcript" href=${media.transcript}>${strings.transcript}</a>`
              : nothing
          }
        </figcaption>`
        : nothing
    }
  </figure>`;
}
