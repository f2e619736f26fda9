/**
 * Requests the test server holds back until a test lets them go: what a reader on a slow network
 * sees, and races between loads (an older story made to arrive after a newer one). A test names a
 * text to look for in request URLs (`hold-requests`), waits for a request to arrive
 * (`await-held-request`) or counts those waiting (`held-requests`), then lets them go
 * (`release-requests`), which answers once their responses are done. A story's URL carries a key
 * of its own (`?hold=KEY`, see heldStory in tests/browser/helpers.ts); a chunk's is matched by its
 * name (`/d3-time-zoom-`). A forgotten hold lets go by itself after 30 s rather than stall every
 * file after it. Tests only: `npm start` serves every URL at once.
 */
export class RequestHolds {
  #holds = new Map(); // match -> { waiting: [{ resume, outcome }], arrived, markArrived, timer }
  #timeout;

  /** @param {{ timeout?: number }} [options] how long a hold lasts if no test lets it go, in ms */
  constructor({ timeout = 30000 } = {}) {
    this.#timeout = timeout;
  }

  /** Holds every request whose URL contains `match` from now until `release(match)`. */
  hold(match) {
    if (!match) throw new Error('A hold needs a text to look for in request URLs.');
    const existing = this.#holds.get(match);
    if (existing) clearTimeout(existing.timer);
    const hold = existing ?? { waiting: [] };
    if (!existing) hold.arrived = new Promise((resolve) => (hold.markArrived = resolve));
    hold.timer = setTimeout(() => {
      if (hold.waiting.length > 0) console.warn(`Requests for "${match}" held ${this.#timeout} ms: let go.`);
      void this.release(match);
    }, this.#timeout);
    hold.timer.unref?.();
    this.#holds.set(match, hold);
  }

  /** The text of the hold that a request for `url` falls under, if any. */
  matching(url) {
    for (const match of this.#holds.keys()) if (url.includes(match)) return match;
    return undefined;
  }

  /**
   * A request for `url` arrives: resolves at once if no hold matches it, otherwise when the hold
   * is released. `outcome` resolves once its response is done: true if sent in full, false if the
   * page gave the request up first.
   */
  enter(url, outcome) {
    const match = this.matching(url);
    if (match === undefined) return Promise.resolve();
    const hold = this.#holds.get(match);
    return new Promise((resume) => {
      hold.waiting.push({ resume, outcome });
      hold.markArrived();
    });
  }

  /** Resolves once a request has arrived under the hold for `match` (at once if one did already). */
  requested(match) {
    const hold = this.#holds.get(match);
    if (!hold) return Promise.reject(new Error(`Nothing holds requests for "${match}".`));
    return hold.arrived;
  }

  /** How many requests wait under the hold for `match`, or under every hold. */
  waiting(match) {
    const holds = match === undefined ? [...this.#holds.values()] : [this.#holds.get(match)];
    return holds.reduce((sum, hold) => sum + (hold?.waiting.length ?? 0), 0);
  }

  /**
   * Ends the hold for `match` (every hold, without one) and lets its requests go; resolves once
   * their responses are done, with how many were sent in full (`delivered`) and how many the page
   * had given up (`dropped`).
   */
  async release(match) {
    const matches = match === undefined ? [...this.#holds.keys()] : [match];
    const released = [];
    for (const each of matches) {
      const hold = this.#holds.get(each);
      if (!hold) continue;
      clearTimeout(hold.timer);
      this.#holds.delete(each);
      released.push(...hold.waiting);
    }
    for (const { resume } of released) resume();
    const outcomes = await Promise.all(released.map(({ outcome }) => outcome));
    const delivered = outcomes.filter(Boolean).length;
    return { delivered, dropped: outcomes.length - delivered };
  }
}

/** Koa middleware: a request under a hold waits for its release, then is served as usual. */
export function holdingMiddleware(holds) {
  return async (context, next) => {
    if (holds.matching(context.url) === undefined) return next();
    const { res } = context;
    // 'close' before the response finished: the page gave the request up (an aborted fetch).
    const outcome = new Promise((resolve) => {
      res.once('finish', () => resolve(true));
      res.once('close', () => resolve(res.writableFinished));
    });
    await holds.enter(context.url, outcome);
    return next();
  };
}

/** The test runner's commands for the holds (see the top of this file). */
export function holdCommands(holds) {
  return {
    name: 'request-holds',
    async executeCommand({ command, payload }) {
      switch (command) {
        case 'hold-requests':
          holds.hold(payload.match);
          return true;
        case 'await-held-request':
          await holds.requested(payload.match);
          return true;
        case 'held-requests':
          return holds.waiting(payload?.match);
        case 'release-requests':
          return holds.release(payload?.match);
        default:
          return undefined;
      }
    },
  };
}
