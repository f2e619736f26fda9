import { html } from 'lit';
import type { TimelineStrings } from '../strings.js';
import { isWebLink } from '../story/links.js';
import type { Source } from '../story/types.js';

/**
 * What a source is called: "the article"; else its publisher and title, so a reader can tell
 * an established publisher from an unknown site before following the link; else whichever of
 * the two it has, its host or its id.
 */
export function sourceLabel(source: Source, strings: TimelineStrings): string {
  const { title, publisher } = source;
  if (source.kind === 'article') return strings.articleSource;
  if (title && publisher) return strings.sourceName(publisher, title);
  return title ?? publisher ?? (isWebLink(source.url) ? new URL(source.url).hostname : source.id);
}

/** A source by name, linked where it has an http(s) address. */
export function sourceLink(source: Source, strings: TimelineStrings) {
  const label = sourceLabel(source, strings);
  return isWebLink(source.url) ? html`<a href=${source.url} class="source">${label}</a>` : html`<span class="source">${label}</span>`;
}
