import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { describe, it } from 'node:test';
import type { Readable } from 'node:stream';
import { holdCommands, holdingMiddleware, RequestHolds } from '../runner/request-holds.mjs';
import { chromiumOnlyRun, filesNamedOnCommandLine } from '../runner/named-files.mjs';
import { fingersAt, generatedStories, OVERSIZED, strictPageFor, uncachedBuilds } from '../runner/test-server.mjs';

/** 'done' if the promise has settled by the next turn of the event loop, else 'pending'. */
const state = (promise: Promise<unknown>) =>
  Promise.race([promise.then(() => 'done'), new Promise((resolve) => setImmediate(() => resolve('pending')))]);

const finished = (delivered = true) => Promise.resolve(delivered);

describe('requests the test server holds back', () => {
  it('holds the requests whose URL contains the text asked for, path or query, and no other', async () => {
    const holds = new RequestHolds();
    holds.hold('/d3-time-zoom-');
    holds.hold('hold=7');
    assert.equal(holds.matching('/dist/chunks/d3-time-zoom-Ab12.js'), '/d3-time-zoom-');
    assert.equal(holds.matching('/tests/story.json?hold=7'), 'hold=7');
    assert.equal(holds.matching('/dist/chunks/story-checker-Ab12.js'), undefined);
    assert.equal(await state(holds.enter('/dist/chunks/story-checker-Ab12.js', finished())), 'done');
    assert.equal(await state(holds.enter('/tests/story.json?hold=7', finished())), 'pending');
    await holds.release();
  });

  it('lets a held request go only when released, after which the same URL passes at once', async () => {
    const holds = new RequestHolds();
    holds.hold('hold=1');
    const entered = holds.enter('/story.json?hold=1', finished());
    assert.equal(await state(entered), 'pending');
    assert.equal(holds.waiting('hold=1'), 1);
    assert.deepEqual(await holds.release('hold=1'), { delivered: 1, dropped: 0 });
    assert.equal(await state(entered), 'done');
    assert.equal(holds.waiting('hold=1'), 0);
    assert.equal(await state(holds.enter('/story.json?hold=1', finished())), 'done');
  });

  it('releases one hold by its text, or every hold without one', async () => {
    const holds = new RequestHolds();
    holds.hold('hold=older');
    holds.hold('hold=newer');
    const older = holds.enter('/a.json?hold=older', finished());
    const newer = holds.enter('/b.json?hold=newer', finished());
    assert.equal(holds.waiting(), 2);
    await holds.release('hold=newer');
    assert.deepEqual([await state(older), await state(newer)], ['pending', 'done']);
    await holds.release();
    assert.equal(await state(older), 'done');
    assert.deepEqual(await holds.release(), { delivered: 0, dropped: 0 });
  });

  it('tells when a request has arrived, even one that arrived before the test asked', async () => {
    const holds = new RequestHolds();
    holds.hold('hold=2');
    const requested = holds.requested('hold=2');
    assert.equal(await state(requested), 'pending');
    void holds.enter('/story.json?hold=2', finished());
    assert.equal(await state(requested), 'done');
    assert.equal(await state(holds.requested('hold=2')), 'done');
    await assert.rejects(holds.requested('hold=unknown'), /Nothing holds requests for "hold=unknown"/);
    await holds.release();
  });

  it('answers a release once the responses are done, counting those the page gave up', async () => {
    const holds = new RequestHolds();
    holds.hold('/chunk-');
    let sent!: (delivered: boolean) => void;
    void holds.enter('/chunk-a.js', new Promise((resolve) => (sent = resolve)));
    void holds.enter('/chunk-b.js', finished(false));
    const released = holds.release('/chunk-');
    assert.equal(await state(released), 'pending');
    sent(true);
    assert.deepEqual(await released, { delivered: 1, dropped: 1 });
  });

  it('keeps what it holds when the same text is held again', async () => {
    const holds = new RequestHolds();
    holds.hold('/chunk-');
    const entered = holds.enter('/chunk-a.js', finished());
    holds.hold('/chunk-');
    assert.equal(holds.waiting('/chunk-'), 1);
    assert.deepEqual(await holds.release('/chunk-'), { delivered: 1, dropped: 0 });
    assert.equal(await state(entered), 'done');
    assert.throws(() => holds.hold(''), /needs a text/);
  });

  it('lets go by itself when no test releases it', async (t) => {
    t.mock.method(console, 'warn', () => {});
    const holds = new RequestHolds({ timeout: 5 });
    holds.hold('/chunk-');
    const entered = holds.enter('/chunk-a.js', finished());
    await new Promise((resolve) => setTimeout(resolve, 30));
    assert.equal(await state(entered), 'done');
    assert.equal(holds.matching('/chunk-a.js'), undefined);
  });

  it('as middleware: serves a held request once released, and reports a request the page gave up', async () => {
    const holds = new RequestHolds();
    const middleware = holdingMiddleware(holds);
    const response = () => Object.assign(new EventEmitter(), { writableFinished: false });
    const served: string[] = [];
    const serve = (url: string) => async () => void served.push(url);

    await middleware({ url: '/free.json', res: response() }, serve('/free.json'));
    assert.deepEqual(served, ['/free.json']);

    holds.hold('hold=3');
    const [kept, givenUp] = [response(), response()];
    const keptServed = middleware({ url: '/a.json?hold=3', res: kept }, serve('/a.json?hold=3'));
    void middleware({ url: '/b.json?hold=3', res: givenUp }, serve('/b.json?hold=3'));
    givenUp.emit('close'); // before its response finished: an aborted fetch
    assert.equal(await state(keptServed), 'pending');
    const released = holds.release('hold=3');
    await keptServed;
    assert.deepEqual(served, ['/free.json', '/a.json?hold=3', '/b.json?hold=3']);
    kept.writableFinished = true;
    kept.emit('finish');
    kept.emit('close');
    assert.deepEqual(await released, { delivered: 1, dropped: 1 });
  });

  it('as commands: hold, count, await and release, and nothing said about any other command', async () => {
    const plugin = holdCommands(new RequestHolds());
    const run = (command: string, payload?: object) =>
      plugin.executeCommand!({ command, payload, session: undefined as never });
    assert.equal(await run('hold-requests', { match: '/chunk-' }), true);
    assert.equal(await run('held-requests'), 0);
    assert.equal(await run('wheel', { x: 0, y: 0 }), undefined);
    assert.deepEqual(await run('release-requests'), { delivered: 0, dropped: 0 });
  });
});

describe('the test server', () => {
  it('moves each finger in a straight line from its first point to its second', () => {
    const fingers: [[number, number], [number, number]][] = [
      [
        [100, 50],
        [60, 50],
      ],
      [
        [120, 50],
        [160, 90],
      ],
    ];
    assert.deepEqual(fingersAt(fingers, 0, 8), [
      { x: 100, y: 50, id: 0 },
      { x: 120, y: 50, id: 1 },
    ]);
    assert.deepEqual(fingersAt(fingers, 2, 8), [
      { x: 90, y: 50, id: 0 },
      { x: 130, y: 60, id: 1 },
    ]);
    assert.deepEqual(fingersAt(fingers, 8, 8), [
      { x: 60, y: 50, id: 0 },
      { x: 160, y: 90, id: 1 },
    ]);
  });

  it('builds the strict page: its builds in the order asked, and the policy asked for', () => {
    const page = strictPageFor({ scripts: 'all,copy' })!;
    const scripts = [...page.html.matchAll(/<script[^>]* src="([^"]+)"/g)].map((match) => match[1]);
    assert.deepEqual(scripts, [
      '/tests/fixtures/csp-watch.js',
      '/dist/resignation-timeline.all.js',
      '/dist/resignation-timeline.bundle.js?copy',
    ]);
    assert.equal(
      page.policy,
      "default-src 'self'; script-src 'self'; style-src 'self'; " +
        "require-trusted-types-for 'script'; trusted-types lit-html",
    );
    assert.doesNotMatch(page.html, /<script>|<style|style=/);
    assert.match(strictPageFor({ duplicates: '' })!.policy!, /trusted-types lit-html 'allow-duplicates'$/);
    assert.match(strictPageFor({})!.html, /src="\/dist\/resignation-timeline.bundle.js"/);
    assert.equal(strictPageFor({ csp: 'none' })!.policy, undefined);
    assert.equal(strictPageFor({ scripts: 'bundle,other' }), undefined);
  });

  it('makes a story of as many events as asked for, each with a paragraph of summary', async () => {
    const context: { path: string; query: object; type?: string; body?: string } = {
      path: '/test-server/generated-story.json',
      query: { events: '30' },
    };
    await generatedStories(context, () => assert.fail('passed on'));
    const story = JSON.parse(context.body!) as { events: { title: string; summary: string }[] };
    assert.equal(context.type, 'application/json');
    assert.equal(story.events.length, 30);
    for (const event of story.events) assert.ok(event.summary.startsWith(`${event.title}: what happened`));
    assert.match(context.body!, /^\{\n {2}"/); // indented, as an editor saves it
  });

  it('sends the oversized story in full, or stalls after its first piece when it declares its length', async () => {
    const read = async (query: object) => {
      const context: { path: string; query: object; body?: Readable; length?: number } = {
        path: '/test-server/oversized.json',
        query,
      };
      await generatedStories(context, () => assert.fail('passed on'));
      let bytes = 0;
      context.body!.on('data', (piece: Buffer) => (bytes += piece.length));
      const ended = new Promise((resolve) => context.body!.once('end', () => resolve('ended')));
      const stalled = new Promise((resolve) => setTimeout(() => resolve('stalled'), 200));
      const result = await Promise.race([ended, stalled]);
      context.body!.destroy();
      return { result, bytes, length: context.length };
    };
    const full = await read({});
    assert.deepEqual(full, { result: 'ended', bytes: OVERSIZED - 64 * 1024, length: undefined });
    assert.ok(full.bytes > 10 * 2 ** 20);
    assert.deepEqual(await read({ declared: '' }), { result: 'stalled', bytes: 64 * 1024, length: OVERSIZED });
    let passedOn = false;
    await generatedStories({ path: '/other.json', query: {} }, () => (passedOn = true));
    assert.equal(passedOn, true);
  });

  it('marks the builds, and nothing else, not to be cached, whatever later middleware sets', async () => {
    const respond = async (path: string) => {
      const headers = new Map<string, string>();
      const res = {
        setHeader: (name: string, value: string) => headers.set(name, value),
        writeHead() {
          return this;
        },
      };
      await uncachedBuilds({ path, res }, () => res.setHeader('Cache-Control', 'max-age=31536000'));
      res.writeHead();
      return headers.get('Cache-Control');
    };
    assert.equal(await respond('/dist/chunks/d3-time-zoom-Ab12.js'), 'no-store');
    assert.equal(await respond('/tests/fixtures/apollo-11.json'), 'max-age=31536000');
  });
});

describe('files named on the test runner’s command line', () => {
  it('reads them after --files, up to the next option, or from --files=', () => {
    assert.equal(filesNamedOnCommandLine(['node', 'wtr', '--config', 'x.mjs']), undefined);
    assert.deepEqual(filesNamedOnCommandLine(['wtr', '--files', 'a.test.ts', 'b.test.ts', '--watch']), [
      'a.test.ts',
      'b.test.ts',
    ]);
    assert.deepEqual(filesNamedOnCommandLine(['wtr', '--files=a.test.ts']), ['a.test.ts']);
  });

  it('runs Chromium-only files in Chromium alone when named alone, in their own group otherwise', (t) => {
    const warn = t.mock.method(console, 'warn', () => {});
    assert.deepEqual(chromiumOnlyRun(['wtr']), {
      chromiumOnlyFiles: ['tests/browser/chromium/*.test.ts'],
      onlyChromium: false,
    });
    assert.deepEqual(chromiumOnlyRun(['wtr', '--files', './tests/browser/chromium/gestures.test.ts']), {
      chromiumOnlyFiles: ['./tests/browser/chromium/gestures.test.ts'],
      onlyChromium: true,
    });
    const others = chromiumOnlyRun(['wtr', '--files', 'tests/browser/zoom.test.ts']);
    assert.deepEqual(others, { chromiumOnlyFiles: [], onlyChromium: false });
    assert.equal(warn.mock.callCount(), 0);
    const files = ['tests/browser/zoom.test.ts', 'tests/browser/chromium/gestures.test.ts'];
    const mixed = chromiumOnlyRun(['wtr', '--files', ...files]);
    assert.deepEqual(mixed, { chromiumOnlyFiles: [files[1]], onlyChromium: false });
    assert.equal(warn.mock.callCount(), 1);
  });
});
