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
