// The frame side of demo/embed.html: shows the story named by `?src=`, sends the parent page its
// height whenever it changes, and the reader's selections. Messages go in two formats:
// - pym.js (`pymxPYMx<childId>xPYMxheightxPYMx<px>`, childId from the URL pym.Parent builds), so
//   a page that uses pym.js (`new pym.Parent(...)`) resizes the frame as it would any pym child;
// - AMP's `{ sentinel: 'amp', type: 'embed-size', height }`, which <amp-iframe resizable> and
//   embed-parent.js understand.
// A selection goes to the parent as `{ sentinel: 'resignation-timeline', type: 'timeline-select',
// eventId, trigger }` (and as a pym message of type `timeline-select` carrying the event id);
// the frame's own URL is never written. Nothing here is secret, so messages go to any origin.
import '../dist/resignation-timeline.bundle.js';

const params = new URLSearchParams(location.search);
const childId = params.get('childId');
const parent = window.parent === window ? undefined : window.parent;

/** A story's address may be http(s), or relative to this page; nothing else (javascript:, data:). */
function isStoryAddress(value) {
  try {
    return ['http:', 'https:'].includes(new URL(value, location.href).protocol);
  } catch {
    return false;
  }
}

function tell(pymType, pymMessage, message) {
  if (!parent) return;
  if (childId) parent.postMessage(['pym', childId, pymType, pymMessage].join('xPYMx'), '*');
  parent.postMessage(message, '*');
}

const src = params.get('src');
if (src !== null && !isStoryAddress(src)) {
  const problem = document.createElement('p');
  problem.className = 'embed-problem';
  problem.setAttribute('role', 'alert');
  problem.textContent =
    'This timeline cannot be shown: its story address must start with http:// or https://, or be relative.';
  document.body.append(problem);
} else {
  const timeline = document.createElement('resignation-timeline');
  if (src) timeline.src = src;
  for (const name of ['selected', 'locale', 'theme', 'time-zone']) {
    const value = params.get(name);
    if (value) timeline.setAttribute(name, value);
  }
  document.body.append(timeline);
}

document.addEventListener('timeline-select', ({ detail: { eventId, trigger } }) =>
  tell('timeline-select', eventId, { sentinel: 'resignation-timeline', type: 'timeline-select', eventId, trigger }),
);

let sentHeight = -1;
function tellHeight() {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === sentHeight) return;
  sentHeight = height;
  tell('height', String(height), { sentinel: 'amp', type: 'embed-size', height });
}
new ResizeObserver(tellHeight).observe(document.documentElement);
// Chromium runs no ResizeObserver in a frame of another origin out of the parent's view: a frame
// far down the article would keep its first height until the reader reached it. The story drawn,
// or refused, is told as well, once rendered.
for (const type of ['timeline-load', 'timeline-error'])
  document.addEventListener(type, ({ target }) => void target.updateComplete?.then(tellHeight));
