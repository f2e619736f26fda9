import { html, nothing } from 'lit';
import type { TimelineStrings } from '../../../strings.js';
import type { StoryProblem } from '../../../story/types.js';

export interface ProblemsModel {
  problems: readonly StoryProblem[];
  /** A story given earlier is still shown. */
  keptPrevious: boolean;
  strings: TimelineStrings;
  /** Given when the story could not be fetched: a button asks for it again. */
  retry?: () => void;
}

/** The most problems listed: past these, a count (a page of them takes seconds to draw, and says no more). */
export const PROBLEMS_LISTED = 50;

/** The problems with the story last given, each with its JSON path, in an alert. */
export function renderProblems({ problems, keptPrevious, strings, retry }: ProblemsModel) {
  const more = problems.length - PROBLEMS_LISTED;
  return html`
    <div class="problems" part="problems" role="alert">
      <p><strong>${strings.problemsHeading(problems.length)}</strong></p>
      <ul>
        ${problems.slice(0, PROBLEMS_LISTED).map((p) => html`<li><code>${p.path}</code>: ${p.message}</li>`)}
        ${more > 0 ? html`<li>${strings.moreProblems(more)}</li>` : nothing}
      </ul>
      ${keptPrevious ? html`<p>${strings.keptPreviousStory}</p>` : nothing}
      ${retry ? html`<button type="button" @click=${retry}>${strings.retry}</button>` : nothing}
    </div>
  `;
}
