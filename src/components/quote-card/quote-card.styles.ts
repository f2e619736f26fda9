import { css } from 'lit';

/**
 * A quote card, in the timeline (panel, "Who said what") and in the article (`<timeline-quote>`):
 * the words, who said them, and the card's frame, lit up while its event is hovered or selected.
 */
export const quoteCardStyles = css`
  .quote-card {
    margin: 0;
  }
  blockquote {
    margin: 0 0 0.5rem;
    padding-inline-start: 0.75rem;
    border-inline-start: 4px solid var(--_border);
    font-family: var(--rt-quote-font-family, Georgia, 'DejaVu Serif', serif);
  }
  /* A paragraph folded away (hidden until found) keeps no space. */
  blockquote p:last-child,
  blockquote p[hidden] {
    margin-bottom: 0;
  }
  figcaption {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .speaker {
    color: var(--_text);
    font-weight: 600;
  }
  a {
    color: var(--_accent);
  }

  /* Lit up: a thicker frame as well as a colour, so that it shows without colour. */
  .quote-item {
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: 8px;
  }
  .quote-item[data-linked] {
    border: 2px solid var(--_accent);
    background: var(--_linked);
    color: var(--_on-linked);
  }
  .quote-item[data-linked] figcaption,
  .quote-item[data-linked] .speaker {
    color: var(--_on-linked);
  }
  .show-event {
    margin-top: 0.5rem;
    border-color: var(--_accent);
    color: var(--_accent);
  }
  .read-more {
    margin-bottom: 0.5rem;
  }
`;
