#!/usr/bin/env node
// The `resignation-timeline` command: a thin Node wrapper over resignation-timeline/tools (the
// built dist/tools/, so `npm run build` first in a checkout). Exit codes: 0 all good, 1 problems
// found in the story (or what was read), 2 the command itself was wrong (usage, unreadable file).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const USAGE = `Usage: resignation-timeline <command> [options]

Commands:
  validate <story.json>                      every problem with its JSON path, line and column
  check-quotes <story.json> --source <article.txt> [--source-id <id>]
                                             each quote found word for word in the source; near
                                             misses with the changed words; what each event cites
  import-timelinejs <timeline.json|sheet.csv> [--time-zone <zone>]
                                             a TimelineJS3 timeline (JSON or its spreadsheet
                                             template as CSV) as a story, on stdout; what could
                                             not be carried, on stderr
  export-timelinejs <story.json> [--csv]     a story as TimelineJS3 JSON (or CSV), on stdout
  render <story.json> [--document]           the story as plain HTML inside the tag, to paste
                                             into a page (whole page with --document)

Options:
  --json      results as JSON on stdout, for other programs
  -h, --help  this help

Exit codes: 0 all good, 1 problems found, 2 usage error or unreadable file.
`;

class UsageError extends Error {}

function readText(path) {
  if (!path) throw new UsageError('a file to read is required');
  try {
    // A byte-order mark, as some editors on Windows save, is no part of the text.
    return readFileSync(path === '-' ? 0 : path, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${error.message}`);
  }
}

const problemLine = (file, problem) =>
  `${file}${problem.line ? `:${problem.line}:${problem.column}` : ''}: ${problem.path}: ${problem.message}`;

async function main(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        source: { type: 'string' },
        'source-id': { type: 'string' },
        'time-zone': { type: 'string' },
        csv: { type: 'boolean', default: false },
        document: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(error.message);
  }
  const { values, positionals } = parsed;
  const [command, file, ...extra] = positionals;
  if (values.help || command === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (!command) throw new UsageError('a command is required');
  if (extra.length > 0) throw new UsageError(`unexpected arguments: ${extra.join(' ')}`);
  const tools = await import('../dist/tools/index.js').catch(() => {
    throw new UsageError('dist/tools/ is missing: run `npm run build` first');
  });
  const out = (json, human) => process.stdout.write(values.json ? `${JSON.stringify(json, null, 2)}\n` : human);

  switch (command) {
    case 'validate': {
      const result = tools.validateStory(readText(file));
      out(
        { ok: result.ok, problems: result.problems },
        result.ok
          ? `${file}: a valid story\n`
          : result.problems.map((problem) => `${problemLine(file, problem)}\n`).join(''),
      );
      return result.ok ? 0 : 1;
    }
    case 'check-quotes': {
      if (!values.source) throw new UsageError('check-quotes needs --source <article.txt>');
      const sourceText = readText(values.source);
      const validated = tools.validateStory(readText(file));
      if (!validated.ok) {
        out(
          { ok: false, problems: validated.problems },
          validated.problems.map((problem) => `${problemLine(file, problem)}\n`).join(''),
        );
        return 1;
      }
      const report = tools.checkQuotes(validated.story, sourceText, { sourceId: values['source-id'] });
      out(report, describeQuotes(report));
      return report.ok ? 0 : 1;
    }
    case 'import-timelinejs': {
      const result = tools.importTimelineJS(readText(file), { timeZone: values['time-zone'] });
      for (const note of result.dropped) process.stderr.write(`not carried: ${note.path}: ${note.message}\n`);
      if (!result.ok) {
        if (values.json) out({ ok: false, problems: result.problems, dropped: result.dropped });
        else
          for (const problem of result.problems) process.stderr.write(`${file}: ${problem.path}: ${problem.message}\n`);
        return 1;
      }
      const written = values.json ? { ok: true, story: result.story, dropped: result.dropped } : result.story;
      process.stdout.write(`${JSON.stringify(written, null, 2)}\n`);
      return 0;
    }
    case 'export-timelinejs': {
      const result = tools.exportTimelineJS(readText(file), values.csv ? 'csv' : 'json');
      for (const note of result.dropped) process.stderr.write(`not carried: ${note.path}: ${note.message}\n`);
      if (!result.ok) {
        if (values.json) out({ ok: false, problems: result.problems });
        else
          for (const problem of result.problems) process.stderr.write(`${file}: ${problem.path}: ${problem.message}\n`);
        return 1;
      }
      process.stdout.write(
        values.json
          ? `${JSON.stringify({ ok: true, output: result.output, dropped: result.dropped }, null, 2)}\n`
          : result.output,
      );
      return 0;
    }
    case 'render': {
      const text = readText(file);
      let story;
      try {
        story = JSON.parse(text);
      } catch {
        const { problems } = tools.validateStory(text); // where the JSON breaks, by line and column
        if (values.json) out({ ok: false, problems });
        else for (const problem of problems) process.stderr.write(`${problemLine(file, problem)}\n`);
        return 1;
      }
      try {
        const html = tools.renderStoryEmbed(story, {
          document: values.document,
          strings: interfaceWords(tools, story),
        });
        process.stdout.write(values.json ? `${JSON.stringify({ ok: true, html }, null, 2)}\n` : html);
        return 0;
      } catch (error) {
        if (!(error instanceof tools.StoryProblemsError)) throw error;
        if (values.json) out({ ok: false, problems: error.problems });
        else
          for (const problem of error.problems) process.stderr.write(`${file}: ${problem.path}: ${problem.message}\n`);
        return 1;
      }
    }
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

/** The language pack for a story's locale (its interface words in the story's language), or none for English. */
function interfaceWords(tools, story) {
  const language = tools.languageFor(typeof story?.story?.locale === 'string' ? story.story.locale : undefined);
  if (language === 'en') return undefined;
  return JSON.parse(readFileSync(new URL(`../src/i18n/packs/${language}.json`, import.meta.url), 'utf8'));
}

function describeQuotes(report) {
  const lines = [];
  for (const check of report.quotes) {
    if (check.status === 'found') lines.push(`ok        ${check.quoteId}: found word for word`);
    else if (check.status === 'not-checked')
      lines.push(`skipped   ${check.quoteId}: cites "${check.citedSourceId}", not this source`);
    else if (check.status === 'not-found') {
      const apart =
        check.reason === 'sentences-apart' ? ' (each sentence is in the source, but not together in this order)' : '';
      lines.push(`NOT FOUND ${check.quoteId}${apart}: "${check.text}"`);
    } else {
      const changes = check.changes.map((change) =>
        change.quoted && change.source
          ? `"${change.quoted}" where the source has "${change.source}"`
          : change.quoted
            ? `"${change.quoted}" is not in the source`
            : `"${change.source}" is left out`,
      );
      lines.push(
        `CHANGED   ${check.quoteId}: ${changes.join('; ')}`,
        `          quoted: "${check.text}"`,
        `          source: "${check.closestSentence}"`,
      );
    }
  }
  lines.push('', 'What each event cites:');
  for (const event of report.events) {
    const records = event.publicRecords.length > 0 ? ` (${event.publicRecords.join(', ')})` : '';
    lines.push(`  ${event.cites === 'nothing' ? 'NOTHING  ' : '         '}${event.eventId}: ${event.cites}${records}`);
  }
  return `${lines.join('\n')}\n`;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error) => {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`resignation-timeline: ${error.message}\n\n${USAGE}`);
    process.exitCode = 2;
  },
);
