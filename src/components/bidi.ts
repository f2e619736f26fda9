import { html, type TemplateResult } from 'lit';
import { storyTextPieces } from '../format/story-text-slots.js';

/*
 * Story text inside interface text ("Show event: <title>", "<name> (<role>)") is isolated, so
 * that its direction cannot reorder the words around it: a Hebrew title does not pull the colon
 * or a following date into its run. The parser already refuses unpaired direction controls
 * (story/text.ts); isolation also covers plain right-to-left letters and marks.
 */

/** First-strong isolate and pop directional isolate: isolation in attribute text, where no <bdi> can go. */
const FSI = '\u2068';
const PDI = '\u2069';

/** `text` isolated with FSI ... PDI, for interface text that is an attribute value (`aria-label`). */
export function isolated(text: string): string {
  return `${FSI}${text}${PDI}`;
}

/**
 * Interface text with story text in it, each piece of story text in its own `<bdi>`.
 * `compose` builds the text, calling `story(text)` wherever story text goes, e.g.
 * `withStoryText((story) => strings.showEvent(story(event.title)))`. Interface strings are
 * replaceable functions: one that does more with its argument than place it (shortens it, say)
 * gets the text itself, unisolated, rather than a placeholder.
 */
export function withStoryText(compose: (story: (text: string) => string) => string): TemplateResult | string {
  const pieces = storyTextPieces(compose);
  if (!pieces) return compose((text) => text);
  return html`${pieces.map((piece, i) => (i % 2 === 1 ? html`<bdi>${piece}</bdi>` : piece))}`;
}
