import { html, nothing } from 'lit';
import { formatDateRange } from '../../../format/dates.js';
import type { TimelineStrings } from '../../../strings.js';
import type { Story } from '../../../story/types.js';
import { renderMedia, type MediaStates } from './media.js';

export interface HeaderModel {
  story: Story;
  strings: TimelineStrings;
  locale: string | undefined;
  timeZone: string;
  /** Arrow keys and zoom as they apply: zoom only where time runs across. */
  horizontal: boolean;
  /** The table shows the events: the chart's keys do not apply, and no help is given. */
  table: boolean;
  mediaStates: MediaStates;
  onLoadMedia: (link: string, slot: 'story' | 'event') => void;
  onMediaFailed: (file: string) => void;
}

/**
 * Title, summary, the story's medium and keyboard help; then the eras, said in text. (The legend is the category
 * filter, see story-controls.ts.)
 */
export function renderHeader({
  story,
  strings,
  locale,
  timeZone,
  horizontal,
  table,
  mediaStates,
  onLoadMedia,
  onMediaFailed,
}: HeaderModel) {
  return html`
    <header part="header">
      <h2 id="story-title">${story.title}</h2>
      ${story.summary ? html`<p class="summary">${story.summary}</p>` : nothing}
      ${
        story.media
          ? renderMedia({
              media: story.media,
              slot: 'story',
              strings,
              states: mediaStates,
              onLoad: onLoadMedia,
              onFailed: onMediaFailed,
            })
          : nothing
      }
      ${table ? nothing : html`<p id="keyboard-help" class="help">${keyboardHelp(strings, horizontal)}</p>`}
    </header>
    ${
      story.eras.length > 0
        ? html`<ul class="eras" aria-label=${strings.erasLabel}>
          ${story.eras.map(
            (era) =>
              html`<li>
                <span class="era-key" aria-hidden="true"></span><bdi>${era.label}</bdi>:
                ${formatDateRange(era.start, era.end, locale, timeZone)}
              </li>`,
          )}
        </ul>`
        : nothing
    }
  `;
}

const keyboardHelp = (strings: TimelineStrings, horizontal: boolean) =>
  horizontal ? `${strings.keyboardHelp} ${strings.zoomHelp}` : strings.keyboardHelpVertical;
