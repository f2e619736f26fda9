import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { childrenParsed } from '../components/children-parsed.js';
import type { ParseResult } from '../story/types.js';

/** What a story is read from, in order of precedence: `data`, `src`, inline JSON, HTML content, the default. */
export interface StorySourceHost extends ReactiveControllerHost, HTMLElement {
  data: unknown;
  src: string | undefined;
}

const problem = (message: string): ParseResult => ({ ok: false, problems: [{ path: '(story)', message }] });

/**
 * Reads the story the host is given (see `StorySourceHost`), and again whenever that changes,
 * including an inline `<script type="application/json">` that a CMS fills in after the element
 * upgrades. A newer request drops an older one still on its way (@lit/task aborts it and ignores
 * its result); each result that arrives is handed to `onResult`.
 */
export class StorySourceController implements ReactiveController {
  readonly #host: StorySourceHost;
  readonly #task: Task<[unknown, string | undefined, number], ParseResult>;
  #inlineObserver: MutationObserver | undefined;
  /** Bumped when the inline JSON changes, so that the task sees new arguments. */
  #inlineVersion = 0;
  #inlineChangeQueued = false;
  /** A read cut short because the element left the page: done again when it comes back. */
  #interrupted = false;

  constructor(host: StorySourceHost, onResult: (result: ParseResult) => void) {
    this.#host = host;
    host.addController(this);
    this.#task = new Task(host, {
      task: ([data, src], { signal }) => this.#read(data, src, signal),
      args: () => [host.data, host.src, this.#inlineVersion],
      onComplete: onResult,
    });
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
    void childrenParsed(this.#host).then(() => observer.observe(this.#host, { childList: true, subtree: true, characterData: true }));
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
    // The checker (valibot and the schema) is a chunk of its own, asked for at once and loaded
    // while the story is fetched: the script a reader downloads first only draws.
    const checker = import('../story/parse.js');
    checker.catch(() => undefined); // a failure is reported where it is awaited
    const check = async (story: { json: string } | { value: unknown }) => {
      const { parseStory, parseStoryJson } = await checker;
      return 'json' in story ? parseStoryJson(story.json) : parseStory(story.value);
    };
    try {
      if (data !== undefined) return await check(typeof data === 'string' ? { json: data } : { value: data });
      if (src) {
        const response = await fetch(new URL(src, document.baseURI), { signal });
        if (!response.ok) return problem(`could not load "${src}": HTTP ${response.status}`);
        return await check({ json: await response.text() });
      }
      // While the parser has not passed the end tag, an inline story may be on its way.
      await childrenParsed(this.#host);
      const inline = this.#inlineScript();
      if (inline) return await check({ json: inline.textContent ?? '' });
      if (this.#host.querySelector(':scope > [data-story], ol')) {
        const { readStoryHtml, withMarkupPaths } = await import('../html-story/read.js');
        const read = readStoryHtml(this.#host);
        return withMarkupPaths(await check({ value: read.input }), read);
      }
      const { defaultStory } = await import('../default-story.js');
      return await check({ value: defaultStory });
    } catch (error) {
      if (signal.aborted) throw error; // superseded: the task drops it
      return problem(`could not load the story: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** True where the host holds content of its own (a story in HTML, say) to show until a story is drawn. */
  get hasFallback(): boolean {
    return [...this.#host.children].some((child) => child.localName !== 'script');
  }

  #inlineScript(): Element | null {
    return this.#host.querySelector(':scope > script[type="application/json"]');
  }
}
