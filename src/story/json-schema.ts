import { toJsonSchema } from '@valibot/to-json-schema';
import { MEDIA_FIELDS, MEDIA_KINDS } from './media.js';
import { StorySchema } from './schema.js';

/** The story format as JSON Schema text (draft-07), as written to data/story.schema.json. */
export function storyJsonSchemaText(): string {
  const schema = toJsonSchema(StorySchema, {
    typeMode: 'input',
    // Calendar validity and time zone names are checked in code; the pattern covers editors.
    ignoreActions: ['check', 'trim'],
  });
  addMediaKinds(schema);
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

/**
 * Each medium's kind in JSON Schema terms, for editors: the fields it needs (`if` kind, `then`
 * required) and the fields it takes (`not` required of the others). Addresses are checked in
 * code (media.ts), which says why one is refused.
 */
function addMediaKinds(node: unknown): void {
  if (typeof node !== 'object' || node === null) return;
  const object = node as Record<string, unknown> & { properties?: Record<string, { enum?: unknown[] }> };
  const kinds = object.properties?.kind?.enum;
  if (kinds && kinds.length === MEDIA_KINDS.length && MEDIA_KINDS.every((kind) => kinds.includes(kind))) {
    const all = [...new Set(Object.values(MEDIA_FIELDS).flat())];
    object.allOf = MEDIA_KINDS.map((kind) => ({
      if: { properties: { kind: { const: kind } } },
      then: {
        required: kind === 'map' ? ['lat', 'lon'] : kind === 'image' ? ['url', 'alt'] : ['url'],
        not: {
          anyOf: all.filter((field) => !MEDIA_FIELDS[kind].includes(field)).map((field) => ({ required: [field] })),
        },
      },
    }));
  }
  for (const value of Object.values(object)) addMediaKinds(value);
}
