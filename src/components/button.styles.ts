import { css } from 'lit';

/**
 * Text buttons (zoom, story mode, filters, "Show event", "Read more"): at least 32 px square, framed, in the text's
 * font.
 */
export const buttonStyles = css`
  .zoom-controls button,
  .story-controls button,
  .nothing-shown button,
  .show-event,
  .read-more,
  .media-load,
  .problems button {
    min-width: 32px;
    min-height: 32px;
    padding: 0.25rem 0.625rem;
    border: 1px solid var(--_border);
    border-radius: 4px;
    background: var(--_background);
    color: var(--_text);
    font: inherit;
    font-size: 0.875rem;
    cursor: pointer;
  }
  .problems button:hover,
  .problems button:focus-visible,
  .media-load:hover,
  .media-load:focus-visible,
  .show-event:hover,
  .show-event:focus-visible {
    background: var(--_accent);
    color: var(--_background);
  }
  /* Every focus ring of a timeline and of its quote cards in the article. */
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
`;
