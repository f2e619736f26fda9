import type { TimelineStrings } from '../strings.js';
import { isWebLink } from './links.js';
import type { Source } from './types.js';

/**
 * What a source is called: "the article"; else its publisher and title, so a reader can tell
 * an established publisher from an unknown site before following the link; else whichever of
 * the two it has, its host or its id. The timeline and its static HTML both name sources so.
 */
export function sourceLabel(
  source: Pick<Source, 'id' | 'kind' | 'title' | 'publisher' | 'url'>,
  strings: Pick<TimelineStrings, 'articleSource' | 'sourceName'>,
): string {
  const { title, publisher } = source;
  if (source.kind === 'article') return strings.articleSource;
  if (title && publisher) return strings.sourceName(publisher, title);
  return title ?? publisher ?? (isWebLink(source.url) ? new URL(source.url).hostname : source.id);
}
