import { css } from 'lit';

/** The selected event's panel, the lists of quotes and the problems alert (quote cards: quote-card.styles.ts). */
export const panelStyles = css`
  .panel {
    padding: 1rem;
    border: 1px solid var(--_border);
    border-radius: 8px;
    background: var(--_surface);
  }
  .event-meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .status {
    color: var(--_text);
  }
  .field-label {
    font-weight: 600;
  }
  .sources {
    margin-top: 1rem;
  }
  /* Media: every box is as wide as the panel at most, and holds its size before anything loads. */
  .media {
    max-width: 40rem;
    margin: 0.75rem 0;
  }
  .media-box.video,
  .media-box.map {
    display: grid;
    aspect-ratio: 16 / 9;
  }
  .media img,
  .media video {
    display: block;
    max-width: 100%;
    height: auto;
  }
  .media .unsized {
    width: 100%;
    aspect-ratio: 16 / 9;
    object-fit: contain;
    background: var(--_border);
  }
  .media-box video,
  .media iframe {
    width: 100%;
    height: 100%;
    border: 0;
  }
  .media-box.post iframe {
    height: 36rem;
  }
  .media-box.audio iframe {
    height: 10.5rem;
  }
  .media audio {
    display: block;
    width: 100%;
  }
  .media-placeholder {
    display: flex;
    flex-direction: column;
    justify-content: center;
    align-items: flex-start;
    gap: 0.5rem;
    margin: 0;
    padding: 1rem;
    border: 1px dashed var(--_muted);
    border-radius: 8px;
    background: var(--_background);
    overflow-wrap: anywhere;
  }
  .media-placeholder p {
    margin: 0;
  }
  .media-from {
    font-weight: 600;
  }
  /* "video · YouTube" reads "Video · YouTube": the kind is a word for sentences in every pack. */
  .media-from::first-letter {
    text-transform: uppercase;
  }
  .media-note {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .media figcaption {
    margin-top: 0.25rem;
    font-size: 0.875rem;
  }
  .media-credit,
  .media-transcript {
    margin-inline-start: 0.5rem;
    color: var(--_muted);
  }
  .media-transcript {
    color: inherit;
  }
  .panel-quotes,
  .quote-list {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    /* One column no wider than the timeline: a long word (at 200% text in 320 px) wraps, not the page. */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75rem;
  }

  .all-quotes {
    margin-top: 1.5rem;
  }
  .problems {
    margin: 0 0 1rem;
    padding: 0.75rem 1rem;
    border: 2px solid var(--_alert);
    border-radius: 8px;
    background: var(--_alert-background);
    color: var(--_text);
  }
  .problems ul {
    margin: 0 0 0.5rem;
    padding-inline-start: 1.25rem;
  }
  .problems code {
    overflow-wrap: anywhere;
  }

`;
