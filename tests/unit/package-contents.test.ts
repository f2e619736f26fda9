/**
 * What `npm pack` would publish (`npm pack --dry-run --json`, after `npm run build`): the builds,
 * their sources (so the source maps and declaration maps resolve), the story data and schema, the
 * manifest, the iframe page and its parent script, the command-line tool, README, LICENSE and CHANGELOG; every file the
 * package names or a published script imports; nothing of the tests, benchmarks, tools or demos.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { before, describe, it } from 'node:test';
import { init, parse } from 'es-module-lexer';
import { repoFile } from './helpers.js';

const pkg = JSON.parse(readFileSync(repoFile('package.json'), 'utf8'));
let published: Set<string>;

before(async () => {
  for (const built of ['dist/resignation-timeline.all.js', 'custom-elements.json']) {
    assert.ok(existsSync(repoFile(built)), `${built} is missing: run \`npm run build\` first (npm test does)`);
  }
  const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: repoFile('.'),
    encoding: 'utf8',
  });
  published = new Set((JSON.parse(output) as { files: { path: string }[] }[])[0]!.files.map((file) => file.path));
  await init;
});

/** Every path the package.json names as an entry point, without its leading `./`. */
function entryPoints(): string[] {
  const targets = (value: unknown): string[] =>
    typeof value === 'string'
      ? [value]
      : value && typeof value === 'object'
        ? Object.values(value).flatMap(targets)
        : [];
  // A pattern ("./src/i18n/packs/*.json") stands for each language's pack.
  const expand = (path: string) =>
    path.includes('*') ? ['en', 'de', 'ar', 'zh-Hant'].map((language) => path.replace('*', language)) : [path];
  return [pkg.main, pkg.module, pkg.types, pkg.customElements, ...targets(pkg.exports), ...targets(pkg.bin)]
    .flatMap(expand)
    .map((path: string) => normalize(path));
}

describe('npm pack', () => {
  it('publishes the builds, data, manifest, iframe page and the project documents', () => {
    const expected = [
      'package.json',
      'README.md',
      'LICENSE',
      'CHANGELOG.md',
      'custom-elements.json',
      'data/story.schema.json',
      'data/ambassador-resignation-2019.json',
      'dist/resignation-timeline.bundle.js',
      'dist/resignation-timeline.all.js',
      'demo/embed.html',
      'demo/embed.js',
      'demo/embed.css',
      'demo/embed-parent.js',
      ...entryPoints(),
    ];
    assert.deepEqual(
      expected.filter((path) => !published.has(path)),
      [],
    );
    assert.ok(
      [...published].some((path) => /^dist\/chunks\/d3-time-zoom-[\w-]+\.js$/.test(path)),
      'the zoom chunk',
    );
  });

  it('publishes nothing of the tests, benchmarks, tools, screenshots or demo pages', () => {
    const allowed = new RegExp(
      String.raw`^(dist\/|src\/|data\/|bin\/resignation-timeline\.mjs$|demo\/embed(-parent)?\.(html|js|css)$|` +
        String.raw`(package\.json|README\.md|LICENSE|CHANGELOG\.md|custom-elements\.json)$)`,
    );
    assert.deepEqual(
      [...published].filter((path) => !allowed.test(path)),
      [],
    );
    assert.deepEqual(
      [...published].filter((path) => /(^|\/)(tests?|bench|scripts|docs|node_modules)\//.test(path)),
      [],
    );
  });

  it('publishes every module a published script imports by a relative path', () => {
    const missing: string[] = [];
    for (const file of [...published].filter((path) => /^(dist|demo)\/.*\.js$/.test(path))) {
      const [imports] = parse(readFileSync(repoFile(file), 'utf8'));
      for (const { n: specifier } of imports) {
        if (!specifier?.startsWith('.')) continue;
        const target = normalize(join(dirname(file), specifier));
        if (!published.has(target)) missing.push(`${file} imports ${specifier}`);
      }
    }
    assert.deepEqual(missing, []);
  });

  it('publishes the sources every source map and declaration map points to', () => {
    const missing: string[] = [];
    for (const map of [...published].filter((path) => path.endsWith('.map'))) {
      const { sources } = JSON.parse(readFileSync(repoFile(map), 'utf8')) as { sources: string[] };
      for (const source of sources) {
        const target = normalize(join(dirname(map), source));
        if (!published.has(target)) missing.push(`${map} -> ${target}`);
      }
    }
    assert.deepEqual(missing, []);
  });

  it('names the CHANGELOG version the package has, in Keep a Changelog form', () => {
    const changelog = readFileSync(repoFile('CHANGELOG.md'), 'utf8');
    assert.match(changelog, /^# Changelog\n/);
    assert.match(changelog, /^## \[Unreleased\]$/m);
    assert.match(changelog, new RegExp(`^## \\[${pkg.version.replaceAll('.', '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm'));
    for (const [, version] of changelog.matchAll(/^## \[([^\]]+)\]/gm)) {
      assert.match(version!, /^(Unreleased|\d+\.\d+\.\d+(-[\w.]+)?)$/, `"${version}" is not a semantic version`);
    }
  });
});
