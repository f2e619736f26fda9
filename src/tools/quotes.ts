import { diffArrays, diffChars } from 'diff';
import type { Quote, Story } from '../story/types.js';

/** A quote mark or apostrophe in any of its typographic forms, and the straight one it counts as. */
const SINGLE_MARKS = /[‘’‚‛′`]/g;
const DOUBLE_MARKS = /[“”„‟″«»]/g;
/** A paragraph that opens with a quote mark: British style reopens each paragraph of a long quote. */
const REOPENED_PARAGRAPH = /\n[^\S\n]*(?:\n\s*)*['"]/g;
const WORD_OR_MARK = /[\p{L}\p{N}\p{M}]+(?:['-][\p{L}\p{N}\p{M}]+)*|[^\s\p{L}\p{N}\p{M}]/gu;
const LETTER = /[\p{L}\p{N}\p{M}]/u;

/**
 * Text as it is compared: curly and straight quote marks alike, a paragraph's reopening quote
 * mark dropped, every run of white space (line breaks and no-break spaces too) one space.
 */
export function normaliseQuoted(text: string): string {
  return text
    .normalize('NFC')
    .replace(SINGLE_MARKS, "'")
    .replace(DOUBLE_MARKS, '"')
    .replace(/\r\n?/g, '\n')
    .replace(REOPENED_PARAGRAPH, '\n')
    .replace(/\s+/g, ' ')
    .trim();
}

/** One place where the quote and the source differ: words of the quote, words the source has there. */
export interface QuoteChange {
  readonly quoted: string;
  readonly source: string;
}

export interface QuoteCheck {
  readonly quoteId: string;
  /**
   * `found`: every word as the source prints it. `near-miss`: close to a passage, with changes. `not-found`: nothing
   * close. `not-checked`: the quote cites another source.
   */
  readonly status: 'found' | 'near-miss' | 'not-found' | 'not-checked';
  /** The quote's fragment or paragraph that was checked (for a near miss, the sentence that differs). */
  readonly text?: string;
  readonly changes?: readonly QuoteChange[];
  /** The sentence of the source closest to the quoted text. */
  readonly closestSentence?: string;
  /** Why a quote whose every sentence is in the source was still not found. */
  readonly reason?: 'sentences-apart';
  /** The source the quote cites, where it was not checked against this one. */
  readonly citedSourceId?: string;
}

export type Provenance = 'article' | 'public-record' | 'article and public record' | 'nothing';

export interface EventProvenance {
  readonly eventId: string;
  readonly title: string;
  readonly cites: Provenance;
  /** Publishers (else titles, else ids) of the public records the event cites. */
  readonly publicRecords: readonly string[];
}

export interface QuoteReport {
  /** True when every quote checked was found verbatim. */
  readonly ok: boolean;
  readonly quotes: readonly QuoteCheck[];
  readonly events: readonly EventProvenance[];
}

export interface CheckQuotesOptions {
  /**
   * The source the text is: quotes citing it are checked. Default: the story's own article, else every source of kind
   * `article`.
   */
  readonly sourceId?: string;
}

/**
 * Checks each quote of a story against the text of the source it cites (the article): found
 * verbatim, or a near miss with the changed words and the closest source sentence. Quote marks,
 * white space and British multi-paragraph quoting are normalised first. Also says, per event,
 * whether it cites the article, the public record, or nothing.
 */
export function checkQuotes(story: Story, sourceText: string, options: CheckQuotesOptions = {}): QuoteReport {
  const checkedSources = options.sourceId
    ? new Set([options.sourceId])
    : new Set(
        story.sourceId
          ? [story.sourceId]
          : [...story.sources.values()].filter((s) => s.kind === 'article').map((s) => s.id),
      );
  const source = new SourceText(sourceText);
  const quotes = story.quotes.flatMap((quote) =>
    checkedSources.has(quote.sourceId)
      ? checkQuote(quote, source)
      : [{ quoteId: quote.id, status: 'not-checked' as const, citedSourceId: quote.sourceId }],
  );
  return {
    ok: quotes.every((check) => check.status === 'found' || check.status === 'not-checked'),
    quotes,
    events: story.events.map((event) => provenance(story, event.id)),
  };
}

function provenance(story: Story, eventId: string): EventProvenance {
  const event = story.eventById.get(eventId)!;
  const sources = event.sourceIds.map((id) => story.sources.get(id)!);
  const article = sources.some((source) => source.kind === 'article');
  const records = sources.filter((source) => source.kind === 'public-record');
  const cites: Provenance =
    article && records.length > 0
      ? 'article and public record'
      : article
        ? 'article'
        : records.length > 0
          ? 'public-record'
          : 'nothing';
  return {
    eventId,
    title: event.title,
    cites,
    publicRecords: records.map((record) => record.publisher ?? record.title ?? record.id),
  };
}

function checkQuote(quote: Quote, source: SourceText): QuoteCheck[] {
  // Paragraphs are continuous text: checked as one passage, so their order counts too.
  const passages = quote.form === 'paragraphs' ? [quote.text.join('\n\n')] : quote.text;
  const misses = passages.filter((passage) => !source.includes(passage));
  if (misses.length === 0) return [{ quoteId: quote.id, status: 'found' }];
  // A missing passage is looked at sentence by sentence, so that a changed word is shown in its sentence.
  const differing = misses.flatMap((passage) =>
    sentencesOf(normaliseQuoted(passage)).filter((sentence) => !source.includes(sentence)),
  );
  const checks = differing.map((sentence) => source.nearest(quote.id, sentence));
  // Every sentence is in the source, but not together or not in this order.
  return checks.length > 0
    ? checks
    : [{ quoteId: quote.id, status: 'not-found', text: misses[0], reason: 'sentences-apart' }];
}

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const sentencesOf = (text: string) =>
  [...sentenceSegmenter.segment(text)].map((segment) => segment.segment.trim()).filter((sentence) => sentence !== '');

interface Token {
  readonly text: string;
  readonly index: number;
}
const tokensOf = (text: string): Token[] =>
  [...text.matchAll(WORD_OR_MARK)].map((match) => ({ text: match[0], index: match.index }));

class SourceText {
  readonly #text: string;
  readonly #tokens: Token[];

  constructor(text: string) {
    this.#text = normaliseQuoted(text);
    this.#tokens = tokensOf(this.#text);
  }

  /** Whether the passage is in the text word for word, not as part of a longer word. */
  includes(passage: string): boolean {
    const needle = normaliseQuoted(passage);
    for (let at = this.#text.indexOf(needle); at !== -1; at = this.#text.indexOf(needle, at + 1)) {
      const before = this.#text[at - 1] ?? ' ';
      const after = this.#text[at + needle.length] ?? ' ';
      if (!LETTER.test(before) && !LETTER.test(after)) return true;
    }
    return false;
  }

  /**
   * The passage of the source with the most words in common with the quoted text (a window of as
   * many words, slid along the source), and the words that differ.
   */
  nearest(quoteId: string, quoted: string): QuoteCheck {
    const words = tokensOf(quoted).map((token) => token.text);
    const best = this.#bestWindow(words);
    if (!best) return { quoteId, status: 'not-found', text: quoted };
    // Words added to or left out of the quote shift the passage: look a little either side.
    // (Not where no word is shared: that window was chosen letter by letter, and is the passage.)
    const slack = best.shared > 0 ? Math.max(2, Math.ceil(words.length / 4)) : 0;
    const from = Math.max(0, best.start - slack);
    const window = this.#tokens.slice(from, best.start + words.length + slack);
    const parts = diffArrays(
      words,
      window.map((token) => token.text),
    );
    // Source words at either end that replace nothing in the quote are the slack, not the passage.
    let skipped = 0;
    if (parts[0]?.added && !parts[1]?.removed) skipped += parts.shift()!.count ?? 0;
    else if (parts[0]?.added) {
      const { value } = parts[0];
      const keep = Math.min(value.length, parts[1]!.count ?? 0);
      skipped += value.length - keep;
      parts[0] = { ...parts[0], value: value.slice(value.length - keep), count: keep };
    }
    if (parts.at(-1)?.added && !parts.at(-2)?.removed) parts.pop();
    else if (parts.at(-1)?.added) {
      const last = parts.at(-1)!;
      parts[parts.length - 1] = { ...last, value: last.value.slice(0, parts.at(-2)!.count ?? 0) };
    }
    const changes: QuoteChange[] = [];
    let shared = 0;
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      if (!part.added && !part.removed) {
        shared += part.value.join('').length;
        continue;
      }
      const next = parts[i + 1];
      if (part.removed && next?.added) {
        changes.push({ quoted: joinWords(part.value), source: joinWords(next.value) });
        i++;
      } else if (part.removed) changes.push({ quoted: joinWords(part.value), source: '' });
      else changes.push({ quoted: '', source: joinWords(part.value) });
    }
    // Nothing alike, or a single word misspelt past recognition: not the same passage misquoted.
    const alike = shared > 0 ? shared / words.join('').length : wordLikeness(changes[0]);
    if (alike < 0.5) return { quoteId, status: 'not-found', text: quoted };
    return {
      quoteId,
      status: 'near-miss',
      text: quoted,
      changes,
      closestSentence: this.#sentenceAround(window[skipped]?.index ?? window[0]!.index),
    };
  }

  /** Counts shared words (as a multiset) in every window of the source, in one pass. */
  #bestWindow(words: string[]): { start: number; shared: number } | undefined {
    const size = words.length;
    const tokens = this.#tokens;
    if (size === 0 || tokens.length === 0) return undefined;
    const wanted = new Map<string, number>();
    for (const word of words) wanted.set(word, (wanted.get(word) ?? 0) + 1);
    const inWindow = new Map<string, number>();
    let shared = 0;
    const add = (word: string, by: 1 | -1) => {
      const count = (inWindow.get(word) ?? 0) + by;
      inWindow.set(word, count);
      const limit = wanted.get(word) ?? 0;
      if (by === 1 && count <= limit) shared++;
      if (by === -1 && count < limit) shared--;
    };
    let best = { start: 0, shared: 0 };
    for (let end = 0; end < tokens.length; end++) {
      add(tokens[end]!.text, 1);
      if (end >= size) add(tokens[end - size]!.text, -1);
      const start = Math.max(0, end - size + 1);
      if (shared > best.shared) best = { start, shared };
    }
    if (best.shared > 0) return best;
    // No word in common: a word misspelt, say. The window of the same length closest letter by letter.
    const quoted = words.join(' ');
    let closest = { start: 0, likeness: 0 };
    for (let start = 0; start + size <= tokens.length; start++) {
      const likeness = letterLikeness(
        quoted,
        tokens
          .slice(start, start + size)
          .map((token) => token.text)
          .join(' '),
      );
      if (likeness > closest.likeness) closest = { start, likeness };
    }
    return closest.likeness >= 0.5 ? { start: closest.start, shared: 0 } : undefined;
  }

  #sentenceAround(index: number): string {
    for (const segment of sentenceSegmenter.segment(this.#text)) {
      if (index < segment.index + segment.segment.length) return segment.segment.trim();
    }
    return '';
  }
}

/** The share of letters two texts have in common, in order (0 to 1). */
function letterLikeness(a: string, b: string): number {
  const common = diffChars(a, b).reduce((sum, part) => (part.added || part.removed ? sum : sum + part.value.length), 0);
  return (2 * common) / (a.length + b.length || 1);
}

const wordLikeness = (change: QuoteChange | undefined) => (change ? letterLikeness(change.quoted, change.source) : 0);

/** Words and punctuation back into text: no space before punctuation that closes. */
const joinWords = (words: readonly string[]) => words.join(' ').replace(/ (?=[.,;:!?)\]}])/g, '');
