import { html, type TemplateResult } from 'lit';

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

// Noncharacters, reserved by Unicode for a program's own use. Story text never goes through the
// placeholder pass; only the interface string's own text does, which has no reason to hold them.
const OPEN = '\uFDD0';
const CLOSE = '\uFDD1';
const SLOTS = new RegExp(`${OPEN}(\\d+)${CLOSE}`);

/**
 * Interface text with story text in it, each piece of story text in its own `<bdi>`.
 * `compose` builds the text, calling `story(text)` wherever story text goes, e.g.
 * `withStoryText((story) => strings.showEvent(story(event.title)))`. Interface strings are
 * replaceable functions: one that does more with its argument than place it (shortens it, say)
 * gets the text itself, unisolated, rather than a placeholder.
 */
export function withStoryText(compose: (story: (text: string) => string) => string): TemplateResult | string {
  const plain = compose((text) => text);
  const values: string[] = [];
  const pieces = compose((text) => `${OPEN}${values.push(text) - 1}${CLOSE}`).split(SLOTS);
  const storyAt = (piece: string) => values[Number(piece)] ?? '';
  // Odd pieces are slot numbers. The placeholders must come back whole and in place of the text.
  if (pieces.map((piece, i) => (i % 2 === 1 ? storyAt(piece) : piece)).join('') !== plain) return plain;
  return html`${pieces.map((piece, i) => (i % 2 === 1 ? html`<bdi>${storyAt(piece)}</bdi>` : piece))}`;
}
