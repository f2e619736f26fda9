import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { childrenParsed } from '../../children-parsed.js';
import { timelineErrorEvent, timelineLoadEvent } from '../../../events.js';
import { parseStory, parseStoryJson } from '../../../story/parse.js';
import type { ParseResult, Story, StoryProblem } from '../../../story/types.js';

/** What a story is read from, in order of precedence: `data`, `src`, inline JSON, HTML content, the default. */
export interface StorySourceHost extends ReactiveControllerHost, HTMLElement {
  data: unknown;
  src: string | undefined;
  /** How long a `src` story may take to arrive, in milliseconds. */
  srcTimeout: number;
}

/** How long a `src` story may take to arrive, in milliseconds, unless the page says otherwise. */
export const DEFAULT_SRC_TIMEOUT = 15_000;

/** The largest `src` story read, in bytes: ten times a 10,000-event story. */
export const MAX_STORY_BYTES = 10 * 2 ** 20;

const problem = (message: string): ParseResult => ({ ok: false, problems: [{ path: '(story)', message }] });

/** What went wrong, in words: an error's message, or whatever else was thrown. */
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The body's text, or undefined once it proves larger than `limit` bytes (by its header or as read). */
async function readText(response: Response, limit: number): Promise<string | undefined> {
  if (Number(response.headers.get('content-length')) > limit) return undefined;
  const reader = response.body?.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) return void reader.cancel().catch(() => undefined);
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

/**
 * Reads the story the host is given (see `StorySourceHost`), and again whenever that changes,
 * including an inline `<script type="application/json">` that a CMS fills in after the element
 * upgrades. A newer request drops an older one still on its way (@lit/task aborts it and ignores
 * its result). It keeps the story on screen (the last one that loaded without problems) and the
 * problems of the last one given; `onStory` hears of each story that loaded, with the one before.
 * Once `ready` (the interface's language is here), each story that loaded is told (`timeline-load`).
 */
export class StorySourceController implements ReactiveController {
  story: Story | undefined;
  problems: readonly StoryProblem[] = [];
  /** A story has arrived whose `timeline-load` waits until the host is `ready`. */
  #loadUntold = false;
  readonly #ready: () => boolean;
  readonly #host: StorySourceHost;
  readonly #task: Task<[unknown, string | undefined, number], ParseResult>;
  #inlineObserver: MutationObserver | undefined;
  /** Bumped when the inline JSON changes, so that the task sees new arguments. */
  #inlineVersion = 0;
  #inlineChangeQueued = false;
  /** A read cut short because the element left the page: done again when it comes back. */
  #interrupted = false;
  /** The last `src` story failed: the reader may ask for it again. */
  #srcFailed = false;
  /** The reader asked for it again, from the alert's button, which stays until the answer. */
  #retrying: { hadFocus: boolean } | undefined;

  constructor(
    host: StorySourceHost,
    ready: () => boolean,
    onStory: (story: Story, previous: Story | undefined) => void,
  ) {
    this.#host = host;
    this.#ready = ready;
    host.addController(this);
    this.#task = new Task(host, {
      task: ([data, src], { signal }) => this.#read(data, src, signal),
      args: () => [host.data, host.src, this.#inlineVersion],
      onComplete: (result) => {
        host.requestUpdate();
        // The button goes with the alert once the story arrives: focus follows to the story.
        if (result.ok && this.#retrying?.hadFocus) void host.updateComplete.then(() => this.#focusStory());
        this.#retrying = undefined;
        if (!result.ok) {
          host.dispatchEvent(timelineErrorEvent({ problems: result.problems }));
          this.problems = result.problems;
          return;
        }
        const previous = this.story;
        this.story = result.story;
        this.#loadUntold = true;
        onStory(result.story, previous);
        this.problems = [];
      },
    });
  }

  /** Told once the interface's language is here, so that quote cards linking up read it in that language. */
  hostUpdated(): void {
    const story = this.story;
    if (!this.#loadUntold || !story || !this.#ready()) return;
    this.#loadUntold = false;
    this.#host.dispatchEvent(timelineLoadEvent({ title: story.title, eventCount: story.events.length }));
  }

  /** Reads the `src` story again; undefined unless it is what last failed. */
  get retry(): (() => void) | undefined {
    return this.#srcFailed || this.#retrying ? this.#retry : undefined;
  }

  readonly #retry = () => {
    const root = this.#host.shadowRoot;
    this.#retrying = { hadFocus: root?.activeElement?.closest('.problems') != null };
    void this.#task.run();
  };

  /** The selected event's marker. */
  #focusStory(): void {
    this.#host.shadowRoot?.querySelector<HTMLElement>('[role="tab"][tabindex="0"]')?.focus();
  }

  /** True while a story is being fetched or read. */
  get loading(): boolean {
    return this.#task.status === TaskStatus.PENDING;
  }

  hostConnected(): void {
    this.#inlineObserver = new MutationObserver(() => {
      if (this.#host.data !== undefined || this.#host.src || this.#inlineChangeQueued) return;
      // A script filled in several steps is read once, when the steps are done.
      this.#inlineChangeQueued = true;
      requestAnimationFrame(() => {
        this.#inlineChangeQueued = false;
        this.#inlineVersion++;
        this.#host.requestUpdate();
      });
    });
    // What the parser adds is read once it is past the end tag (#read); later changes, here.
    const observer = this.#inlineObserver;
    void childrenParsed(this.#host).then(() =>
      observer.observe(this.#host, { childList: true, subtree: true, characterData: true }),
    );
    if (this.#interrupted) {
      this.#interrupted = false;
      void this.#task.run();
    }
  }

  hostDisconnected(): void {
    this.#inlineObserver?.disconnect();
    this.#inlineObserver = undefined;
    if (this.loading) {
      this.#interrupted = true;
      this.#task.abort();
    }
  }

  async #read(data: unknown, src: string | undefined, signal: AbortSignal): Promise<ParseResult> {
    this.#srcFailed = false;
    try {
      if (data !== undefined) return typeof data === 'string' ? parseStoryJson(data) : parseStory(data);
      if (src) {
        const fetched = await this.#fetch(src, signal);
        if ('json' in fetched) return parseStoryJson(fetched.json);
        this.#srcFailed = true;
        return fetched;
      }
      // While the parser has not passed the end tag, an inline story may be on its way.
      await childrenParsed(this.#host);
      const inline = this.#inlineScript();
      if (inline) return parseStoryJson(inline.textContent ?? '');
      if (this.#host.querySelector(':scope > [data-story], ol')) {
        const { readStoryHtml, withMarkupPaths } = await import('../../../html-story/read.js');
        const read = readStoryHtml(this.#host);
        return withMarkupPaths(parseStory(read.input), read);
      }
      const { defaultStory } = await import('../../../default-story.js');
      return parseStory(defaultStory);
    } catch (error) {
      if (signal.aborted) throw error; // superseded: the task drops it
      return problem(`could not load the story: ${messageOf(error)}`);
    }
  }

  /** True where the host holds content of its own (a story in HTML, say) to show until a story is drawn. */
  get hasFallback(): boolean {
    return [...this.#host.children].some((child) => child.localName !== 'script');
  }

  /** The text of a `src` story, or what kept it from arriving whole and in time. */
  async #fetch(src: string, signal: AbortSignal): Promise<{ json: string } | ParseResult> {
    const timeout = this.#host.srcTimeout > 0 ? this.#host.srcTimeout : DEFAULT_SRC_TIMEOUT;
    const limit = new AbortController();
    const stop = () => limit.abort();
    signal.addEventListener('abort', stop);
    const timer = setTimeout(stop, timeout);
    const failed = (reason: unknown) => problem(`could not load "${src}": ${messageOf(reason)}`);
    try {
      const response = await fetch(new URL(src, document.baseURI), { signal: limit.signal });
      if (!response.ok) return failed(`HTTP ${response.status}`);
      const json = await readText(response, MAX_STORY_BYTES);
      return json === undefined ? failed('larger than 10 MB') : { json };
    } catch (error) {
      if (signal.aborted) throw error; // superseded: the task drops it
      const seconds = timeout / 1000;
      return failed(limit.signal.aborted ? `it took more than ${seconds} second${seconds === 1 ? '' : 's'}` : error);
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', stop);
    }
  }

  #inlineScript(): Element | null {
    return this.#host.querySelector(':scope > script[type="application/json"]');
  }
}
