// The playground: a story (ours, or TimelineJS3's JSON or CSV) checked as it is typed, previewed
// in the element, and given back as an embed snippet. Every node is rendered by Lit: story text
// is only ever text.
import { html, render } from 'lit';
import type { ResignationTimeline } from '../src/components/resignation-timeline/resignation-timeline.js';
import type { StoryInput } from '../src/story/schema.js';
import { importTimelineJS, validateStory, type ConversionNote, type LocatedProblem } from '../src/tools/index.js';
import type { StoryProblem } from '../src/story/types.js';
import { LANGUAGES } from '../src/i18n/languages.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const textarea = $<HTMLTextAreaElement>('story-text');
const preview = $<ResignationTimeline>('preview');
const BUNDLE = 'https://unpkg.com/resignation-timeline/dist/resignation-timeline.bundle.js';

interface Checked {
  format: 'ours' | 'TimelineJS3';
  story?: StoryInput;
  problems: readonly (StoryProblem & Partial<LocatedProblem>)[];
  dropped: readonly ConversionNote[];
}

/** A TimelineJS3 timeline: CSV, or JSON whose events have start_date. */
function isTimelineJS(text: string): boolean {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{')) return trimmed !== '';
  try {
    const events = (JSON.parse(trimmed) as { events?: { start_date?: unknown }[] }).events;
    return Array.isArray(events) && events.some((event) => event?.start_date !== undefined);
  } catch {
    return false;
  }
}

function check(text: string): Checked {
  if (isTimelineJS(text)) {
    const result = importTimelineJS(text);
    return result.ok
      ? { format: 'TimelineJS3', story: result.story, problems: [], dropped: result.dropped }
      : { format: 'TimelineJS3', problems: result.problems, dropped: result.dropped };
  }
  const result = validateStory(text);
  return {
    format: 'ours',
    story: result.ok ? (JSON.parse(text) as StoryInput) : undefined,
    problems: result.problems,
    dropped: [],
  };
}

/** The story inside the tag; `<` escaped so that no text in it can end the script element. */
function snippet(story: StoryInput): string {
  const json = JSON.stringify(story, null, 2).replace(/</g, '\\u003c');
  const locale = preview.locale ? ` locale="${preview.locale}"` : '';
  return (
    `<script type="module" src="${BUNDLE}"></script>\n<resignation-timeline${locale}>\n<script ` +
    `type="application/json">\n${json}\n</script>\n</resignation-timeline>`
  );
}

// The preview in any language the interface is written in, each named in its own language.
const languageSelect = $<HTMLSelectElement>('preview-language');
for (const language of LANGUAGES) {
  const name = new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
  languageSelect.append(new Option(`${name} (${language})`, language));
}
languageSelect.addEventListener('change', () => {
  preview.locale = languageSelect.value || undefined;
  update();
});

function offsetOf(line: number, column: number): number {
  const lines = textarea.value.split('\n');
  return lines.slice(0, line - 1).reduce((sum, text) => sum + text.length + 1, 0) + column - 1;
}

function goTo(problem: LocatedProblem) {
  const at = offsetOf(problem.line, problem.column);
  textarea.focus();
  textarea.setSelectionRange(at, at);
}

let lastGood: StoryInput | undefined;

function update() {
  const text = textarea.value;
  const checked = text.trim() === '' ? undefined : check(text);
  if (checked?.story) {
    lastGood = checked.story;
    preview.data = checked.story;
  }
  const status = !checked
    ? 'Paste or load a story.'
    : checked.problems.length === 0
      ? `A good story (${checked.format === 'ours' ? 'this timeline’s format' : 'converted from TimelineJS3'}): ` +
        `${checked.story!.events.length} events.`
      : `${checked.problems.length} ${checked.problems.length === 1 ? 'problem' : 'problems'}` +
        `${lastGood ? ': the preview shows the last good story' : ''}.`;
  $('story-status').textContent = status;
  render(
    html`${
      checked && checked.problems.length > 0
        ? html`<h3>Problems</h3>
          <ul class="problem-list">
            ${checked.problems.map((problem) =>
              problem.line === undefined
                ? html`<li><code>${problem.path}</code>: ${problem.message}</li>`
                : html`<li>
                    <button type="button" @click=${() => goTo(problem as LocatedProblem)}>
                      Line ${problem.line}, column ${problem.column}: <code>${problem.path}</code>
                    </button>
                    ${problem.message}
                  </li>`,
            )}
          </ul>`
        : ''
    }
    ${
      checked && checked.dropped.length > 0
        ? html`<h3>Not carried over from TimelineJS3</h3>
          <ul class="dropped-list">
            ${checked.dropped.map((note) => html`<li><code>${note.path}</code>: ${note.message}</li>`)}
          </ul>`
        : ''
    }`,
    $('story-problems'),
  );
  $('embed-snippet').textContent = lastGood ? snippet(lastGood) : '';
}

let pending: ReturnType<typeof setTimeout> | undefined;
textarea.addEventListener('input', () => {
  clearTimeout(pending);
  pending = setTimeout(update, 250);
});

$<HTMLInputElement>('story-file').addEventListener('change', async (event) => {
  const file = (event.target as HTMLInputElement).files?.[0];
  if (!file) return;
  textarea.value = await file.text();
  update();
});

async function loadDefault() {
  const response = await fetch(new URL('../data/ambassador-resignation-2019.json', import.meta.url));
  textarea.value = await response.text();
  update();
}
$('load-default').addEventListener('click', () => void loadDefault());

$('copy-snippet').addEventListener('click', async () => {
  const text = $('embed-snippet').textContent ?? '';
  try {
    await navigator.clipboard.writeText(text);
    $('copy-status').textContent = 'Copied.';
  } catch {
    getSelection()?.selectAllChildren($('embed-snippet'));
    $('copy-status').textContent = 'Selected: press Ctrl+C (⌘C) to copy.';
  }
});

void loadDefault();
