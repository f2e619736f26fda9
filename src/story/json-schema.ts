import { toJsonSchema } from '@valibot/to-json-schema';
import { StorySchema } from './schema.js';

/** The story format as JSON Schema text (draft-07), as written to data/story.schema.json. */
export function storyJsonSchemaText(): string {
  const schema = toJsonSchema(StorySchema, {
    typeMode: 'input',
    // Calendar validity and time zone names are checked in code; the pattern covers editors.
    ignoreActions: ['check', 'trim'],
  });
  return `${JSON.stringify(
    {
      ...schema,
      $id: 'https://unpkg.com/resignation-timeline/data/story.schema.json',
      title: 'resignation-timeline story',
      description: 'A news story told as events, people and quotes, for <resignation-timeline>.',
    },
    null,
    2,
  )}\n`;
}
