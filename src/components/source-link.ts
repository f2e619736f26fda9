import { html } from 'lit';
import type { TimelineStrings } from '../strings.js';
import { isWebLink } from '../story/links.js';
import { sourceLabel } from '../story/source-label.js';
import type { Source } from '../story/types.js';

/** A source by name, linked where it has an http(s) address. */
export function sourceLink(source: Source, strings: TimelineStrings) {
  const label = sourceLabel(source, strings);
  return isWebLink(source.url)
    ? html`<a href=${source.url} class="source">${label}</a>`
    : html`<span class="source">${label}</span>`;
}
