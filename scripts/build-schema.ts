/**
 * Writes data/story.schema.json from the one story definition (src/story/schema.ts), so editors'
 * tools validate with the same rules as the widgets. `--check` fails when the file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { toJsonSchema } from '@valibot/to-json-schema';
import { DateSchema, IdSchema, LANG, StorySchema, TimeZoneSchema } from '../src/story/schema.js';

/**
 * Descriptions for editors, attached here rather than with v.description() in the definition so
 * that their text does not ship in the widgets' bundle. Each is keyed by the last action of the
 * schema's pipe (the converter calls back for actions, not for the pipe itself), so it lands last
 * in that schema's JSON, where v.description() put it.
 */
const DESCRIPTIONS = new Map<unknown, string>([
  [IdSchema.pipe.at(-1), 'A short identifier: letters, digits, "-", "_", ".", ":".'],
  [
    DateSchema.pipe.at(-1),
    'ISO 8601 at the precision known: "2003", "2026-09", "2024-01-28" or an instant with its offset.',
  ],
  [TimeZoneSchema.pipe.at(-1), 'IANA time zone, e.g. "Asia/Baghdad".'],
]);

export function storyJsonSchema(): Record<string, unknown> {
  const schema = toJsonSchema(StorySchema, {
    errorMode: 'ignore',
    // Text (TextSchema: one check in the bundle): a string, or an object of language tag to string.
    overrideSchema: ({ valibotSchema }) => {
      const max = (valibotSchema as { check?: { text?: number } }).check?.text;
      if (max === undefined) return undefined;
      const text = { type: 'string', maxLength: max } as const;
      return {
        anyOf: [
          text,
          { type: 'object', propertyNames: { type: 'string', pattern: LANG.source }, additionalProperties: text },
        ],
      };
    },
    overrideAction: ({ valibotAction, jsonSchema }) => {
      const description = DESCRIPTIONS.get(valibotAction);
      if (description) return { ...jsonSchema, description };
      // Checks that carry their bounds or format (within, upTo, filled, parses in the definition).
      const bounds = (
        valibotAction as { requirement?: { limit?: number; maxLength?: number; nonEmpty?: true; format?: string } }
      ).requirement;
      if (bounds?.format) return { ...jsonSchema, format: bounds.format };
      if (bounds?.limit !== undefined) return { ...jsonSchema, minimum: -bounds.limit, maximum: bounds.limit };
      if (bounds?.maxLength !== undefined) return { ...jsonSchema, maxLength: bounds.maxLength };
      if (bounds?.nonEmpty) return { ...jsonSchema, [jsonSchema.type === 'array' ? 'minItems' : 'minLength']: 1 };
      return undefined;
    },
  }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    title: 'withdrawal-widgets story',
    description:
      'A story for <withdrawal-data>: metadata, sources, places, events and milestones. Any text may be a string or an object of language tag to string. Dates are ISO 8601 at the precision known.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}

const target = new URL('../data/story.schema.json', import.meta.url);
const text = `${JSON.stringify(storyJsonSchema(), null, 2)}\n`;
if (process.argv.includes('--check')) {
  if (readFileSync(target, 'utf8') !== text) {
    console.error('data/story.schema.json is out of date: run npm run build');
    process.exit(1);
  }
} else {
  writeFileSync(target, text);
  console.log(`wrote data/story.schema.json (${text.length} bytes)`);
}
