import { Parser } from 'htmlparser2';
import { collapseSpace } from '../format/html.js';

/** A link found in HTML text: where it goes and the words it was on. */
export interface TextLink {
  readonly href: string;
  readonly text: string;
}

export interface PlainText {
  /** The words a reader saw, paragraphs joined by a space, white space collapsed. */
  readonly text: string;
  /** http(s) links, in order; any other scheme is left out. */
  readonly links: readonly TextLink[];
}

/** Elements whose content is never text a reader sees. */
const HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'svg', 'math', 'head', 'title']);
/** Elements that end a run of text: a space stands between their text and what follows. */
const BREAKING = new Set([
  ...['p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'cite', 'section'],
  ...['article', 'header', 'footer', 'tr', 'td', 'th', 'table', 'figure', 'figcaption', 'hr', 'dd', 'dt'],
]);

export interface PlainTextOptions {
  /** Elements with any of these classes are skipped with all they hold. */
  readonly skipClasses?: readonly string[];
}

/**
 * The text of an HTML fragment, as plain text and never as markup: tags are dropped, entities
 * decoded, scripts and styles left out. Works without a DOM (htmlparser2), so in Node as in
 * browsers; the result is safe to show only as text (as every story text is).
 */
export function htmlToPlainText(html: string, options: PlainTextOptions = {}): PlainText {
  const skip = new Set(options.skipClasses ?? []);
  let text = '';
  const links: TextLink[] = [];
  const open: { name: string; hidden: boolean; link?: { href: string; start: number } }[] = [];
  let hiddenDepth = 0;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const classes = (attributes.class ?? '').split(/\s+/);
        const hidden = HIDDEN.has(name) || classes.some((name) => skip.has(name));
        if (hidden) hiddenDepth++;
        const href = name === 'a' ? attributes.href?.trim() : undefined;
        const link = href && /^https?:\/\//i.test(href) && hiddenDepth === 0 ? { href, start: text.length } : undefined;
        if (BREAKING.has(name)) text += ' ';
        open.push({ name, hidden, link });
      },
      ontext(data) {
        if (hiddenDepth === 0) text += data;
      },
      onclosetag(name) {
        const element = open.pop();
        if (!element) return;
        if (element.hidden) hiddenDepth--;
        if (element.link) links.push({ href: element.link.href, text: collapseSpace(text.slice(element.link.start)) });
        if (BREAKING.has(name)) text += ' ';
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  return { text: collapseSpace(text), links };
}
