import { html, nothing } from 'lit';
import type { TimelineFilter } from '../../../layout/filter.js';
import type { TimelineStrings } from '../../../strings.js';
import type { Story } from '../../../story/types.js';
import { categoryClass, categoryShape } from '../../category-shape.js';

export interface StoryControlsModel {
  /** The unfiltered story: every category and speaker has its toggle. */
  story: Story;
  speakers: readonly string[];
  filter: TimelineFilter | undefined;
  /** The selected event's place among the shown events (1 on), and how many are shown. */
  position: number;
  total: number;
  table: boolean;
  strings: TimelineStrings;
  onStep: (step: 1 | -1) => void;
  onCategory: (id: string) => void;
  onSpeaker: (id: string) => void;
  onTable: () => void;
}

const shownIn = (list: readonly string[] | undefined, id: string) => (!list || list.includes(id) ? 'true' : 'false');

/**
 * The story controls, after the selected event's panel (the part named `ways`): story mode (Previous, the position,
 * Next), the legend as toggles of the categories shown, toggles of the speakers whose quotes are
 * shown, and the table view's toggle. Buttons at an end stay focusable, marked aria-disabled.
 */
export function renderStoryControls({
  story,
  speakers,
  filter,
  position,
  total,
  table,
  strings,
  onStep,
  onCategory,
  onSpeaker,
  onTable,
}: StoryControlsModel) {
  const toggle = (pressed: string, label: unknown, onClick: () => void, className = '') =>
    html`<button type="button" class=${`toggle ${className}`} aria-pressed=${pressed} @click=${onClick}
      >${label}</button
    >`;
  return html`<div class="story-controls" part="ways">
    ${
      total > 0
        ? html`<div class="story-mode" role="group" aria-label=${strings.storyModeLabel}>
          <button
            type="button"
            class="previous"
            aria-disabled=${position <= 1 ? 'true' : 'false'}
            @click=${() => onStep(-1)}
          >
            <span aria-hidden="true">‹</span> ${strings.previousEvent}
          </button>
          <span class="position">${strings.position(position, total)}</span>
          <button
            type="button"
            class="next"
            aria-disabled=${position >= total ? 'true' : 'false'}
            @click=${() => onStep(1)}
          >
            ${strings.nextEvent} <span aria-hidden="true">›</span>
          </button>
        </div>`
        : nothing
    }
    <div class="legend" role="group" aria-labelledby="categories-label">
      <span id="categories-label">${strings.labelled(strings.legendLabel)}</span>
      ${story.categories.map((category) =>
        toggle(
          shownIn(filter?.categories, category.id),
          html`${categoryShape(category.index)}${category.label}`,
          () => onCategory(category.id),
          categoryClass(category.index),
        ),
      )}
    </div>
    ${
      speakers.length > 1
        ? html`<div class="legend speakers" role="group" aria-labelledby="speakers-label">
          <span id="speakers-label">${strings.labelled(strings.speakersLabel)}</span>
          ${speakers.map((id) =>
            toggle(shownIn(filter?.speakers, id), html`<bdi>${story.people.get(id)?.name ?? id}</bdi>`, () =>
              onSpeaker(id),
            ),
          )}
        </div>`
        : nothing
    }
    <button type="button" class="table-toggle" @click=${onTable}
      >${table ? strings.showChart : strings.showTable}</button
    >
  </div>`;
}

/** Every category hidden: said plainly, with the way back. */
export function renderNothingShown({ strings, onShowAll }: { strings: TimelineStrings; onShowAll: () => void }) {
  return html`<div class="nothing-shown">
    <p>${strings.noEventsShown}</p>
    <button type="button" class="show-all" @click=${onShowAll}>${strings.showAll}</button>
  </div>`;
}
