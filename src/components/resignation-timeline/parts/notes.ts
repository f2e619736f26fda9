import { html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { NoteLayout } from '../../../layout/types.js';
import { changedStyles } from '../../changed-styles.js';

export interface NotesModel {
  /** The notes near the reader's view. */
  notes: readonly NoteLayout[];
}

/**
 * Vertical: headings of periods, breaks in time and era names between the rows. Hidden from
 * assistive technology, which hears each row's own date in its name (and the eras in text).
 */
export function renderNotes({ notes }: NotesModel) {
  return html`<div class="notes" aria-hidden="true">
    ${repeat(
      notes,
      (note) => `${note.kind} ${note.top}`,
      (note) =>
        html`<span
          class=${`note ${note.kind}`}
          style=${changedStyles({
            top: `${note.top}px`,
            left: `${note.left}px`,
            width: `${note.width}px`,
            height: `${note.height}px`,
          })}
          >${note.lines.map((line) => html`<span class="line">${line}</span>`)}</span
        >`,
    )}
  </div>`;
}
