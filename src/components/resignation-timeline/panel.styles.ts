import { css } from 'lit';

/** The selected event's panel, quote cards, the list of quotes and the problems alert. */
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
  .event-image {
    margin: 0 0 0.5rem;
  }
  .event-image img {
    max-width: 100%;
    height: auto;
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

  .quote-card {
    margin: 0;
  }
  blockquote {
    margin: 0 0 0.5rem;
    padding-inline-start: 0.75rem;
    border-inline-start: 4px solid var(--_border);
    font-family: var(--rt-quote-font-family, Georgia, 'DejaVu Serif', serif);
  }
  blockquote p:last-child {
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

  .all-quotes {
    margin-top: 1.5rem;
  }
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
  .show-event:hover,
  .show-event:focus-visible,
  .problems button:hover,
  .problems button:focus-visible {
    background: var(--_accent);
    color: var(--_background);
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
