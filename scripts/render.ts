/**
 * `npm run render -- story.json > story.html`: a story as the plain HTML the element reads (see
 * "Stories written in HTML" in the README), inside a `<resignation-timeline>` tag to paste into a
 * page. `--document` writes a whole page instead, to read or check on its own. A story with
 * problems writes nothing and lists them, each with its path. The work is `renderStoryHtml`
 * (src/html-story/render.ts), which the package's command line can call the same way.
 */
import { readFileSync } from 'node:fs';
import { renderStoryEmbed, StoryProblemsError } from '../src/html-story/render.js';
import { formatProblem } from '../src/story/parse.js';

const args = process.argv.slice(2);
const file = args.find((arg) => !arg.startsWith('--'));
if (!file) {
  console.error(
    'Usage: npm run render -- story.json [--document] > story.html   ("-" reads the story from standard input)',
  );
  process.exit(2);
}

try {
  const story = JSON.parse(readFileSync(file === '-' ? 0 : file, 'utf8'));
  process.stdout.write(renderStoryEmbed(story, { document: args.includes('--document') }));
} catch (error) {
  if (error instanceof StoryProblemsError) {
    console.error(
      `${file}: the story has ${error.problems.length === 1 ? 'a problem' : `${error.problems.length} problems`}:`,
    );
    for (const problem of error.problems) console.error(`  ${formatProblem(problem)}`);
  } else {
    console.error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exit(1);
}
