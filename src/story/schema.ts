/**
 * The story format, defined once. From this one definition come the TypeScript types (InferOutput),
 * the runtime validator (validate.ts) and the JSON Schema in data/ (scripts/build-schema.ts).
 * The JSON Schema's descriptions of ids, dates and time zones are attached by that script, keyed by
 * the schemas exported here, so their text stays out of the bundle.
 */
import * as v from 'valibot';
import { PRESENCE_LEVELS, PROVENANCES } from './vocabulary.js';
import { DATE_PATTERN, isStoryDate, isTimeZone } from './dates.js';

/** A value as it is quoted in a message: its JSON, cut at 60 characters; "nothing" for no value. */
const show = (input: unknown): string => {
  if (input === undefined) return 'nothing';
  const json = JSON.stringify(input);
  if (json === undefined) return String(input);
  return json.length > 60 ? `${json.slice(0, 57)}…` : json;
};
/** A message that begins with the value it is about: says('is not an id') writes `42 is not an id`. */
const says =
  (what: string) =>
  (issue: v.BaseIssue<unknown>): string =>
    `${show(issue.input)} ${what}`;

/*
 * Tests that carry their bounds, so the JSON Schema generator (scripts/build-schema.ts) can write
 * them as minimum/maximum, maxLength and minLength/minItems: plain v.check()s here instead of
 * valibot's minValue, maxValue, maxLength and nonEmpty in the bundle.
 */
/** -limit ≤ n ≤ limit. */
const within = (limit: number) => Object.assign((n: number) => Math.abs(n) <= limit, { limit });
/** At most `maxLength` characters. */
const upTo = (maxLength: number) => Object.assign((s: string) => s.length <= maxLength, { maxLength });
/** Not empty (a string or a list). */
const filled = Object.assign((s: { length: number }) => s.length > 0, { nonEmpty: true });
/** A link the URL parser accepts (written as format "uri"; the test valibot's url() made; every browser with
 * :state() has URL.canParse). */
const parses = Object.assign((s: string) => URL.canParse(s), { format: 'uri' });

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,79}$/;
export const LANG = /^[a-zA-Z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
const LangSchema = v.pipe(v.string(), v.regex(LANG, says('is not a language tag')));

export const IdSchema = v.pipe(
  v.string(says('is not an id')),
  v.regex(ID_PATTERN, says('is not an id (letters, digits, "-", "_", ".", ":"; at most 80)')),
);

const IdList = v.array(IdSchema, says('is not a list of ids'));

const plain = (max: number) =>
  v.pipe(v.string(says('is not text')), v.check(upTo(max), `is longer than ${max} characters`));

/**
 * What is wrong with a text of at most `max` characters (a string, or an object of language tag to
 * string), or undefined when nothing is. Checked in one step (valibot's union of a string and a
 * record cost more than this); the JSON Schema generator writes the same rule out as that anyOf.
 */
function textProblem(text: unknown, max: number): string | undefined {
  if (typeof text === 'object' && text !== null && !Array.isArray(text)) return languageMapProblem(text, max);
  return stringProblem(text, max);
}

/** The first problem among a language map's entries: a tag that is not a language, or a bad text. */
function languageMapProblem(map: object, max: number): string | undefined {
  return Object.entries(map)
    .map(([tag, text]) => (LANG.test(tag) ? stringProblem(text, max) : `${show(tag)} is not a language tag`))
    .find((problem) => problem);
}

/** What is wrong with the text in one language: not a string (maps do not nest), or too long. */
function stringProblem(text: unknown, max: number): string | undefined {
  if (typeof text !== 'string') return `${show(text)} is not text (a string, or an object of language to string)`;
  return text.length > max ? `is longer than ${max} characters` : undefined;
}

/** Text in one language, or a map of language tag to text. */
export const TextSchema = (max = 2000) =>
  v.custom<string | Record<string, string>>(
    Object.assign((x: unknown) => !textProblem(x, max), { text: max }),
    (issue) => textProblem(issue.input, max)!,
  );

export const DateSchema = v.pipe(
  v.string(says('is not a date')),
  v.regex(DATE_PATTERN, says('is not a date (use 2024, 2024-09, 2024-09-27 or 2024-09-27T12:00:00Z)')),
  v.check(isStoryDate, says('is not a date: that day does not exist')),
);

export const TimeZoneSchema = v.pipe(
  v.string(says('is not a time zone')),
  v.check(isTimeZone, says('is not an IANA time zone (for example "Asia/Baghdad")')),
);

export const UrlSchema = v.pipe(
  v.string(says('is not a link')),
  v.regex(/^https?:\/\/[^\s]+$/i, says('is not a safe link (only http and https are allowed)')),
  v.check(parses, says('is not a valid link')),
);

export const ProvenanceSchema = v.picklist(PROVENANCES, says('is not one of official, reported, claimed'));

export const SourceSchema = v.object({
  id: IdSchema,
  publisher: plain(200),
  title: TextSchema(400),
  url: UrlSchema,
  date: v.optional(DateSchema),
});

export const PresenceSchema = v.object({
  from: DateSchema,
  until: v.optional(DateSchema),
  level: v.picklist(PRESENCE_LEVELS, says(`is not one of ${PRESENCE_LEVELS.join(', ')}`)),
  note: v.optional(TextSchema(600)),
  sources: v.optional(IdList),
});

export const PlaceSchema = v.object({
  id: IdSchema,
  name: TextSchema(200),
  kind: v.pipe(plain(40), v.check<string, 'is empty'>(filled, 'is empty')),
  coordinates: v.tuple(
    [
      v.pipe(v.number(says('is not a longitude')), v.check(within(180), says('is not a longitude'))),
      v.pipe(v.number(says('is not a latitude')), v.check(within(90), says('is not a latitude'))),
    ],
    says('is not [longitude, latitude]'),
  ),
  approximate: v.optional(v.boolean(says('is not true or false'))),
  note: v.optional(TextSchema(600)),
  presence: v.optional(v.array(PresenceSchema, says('is not a list'))),
  sources: v.optional(IdList),
});

export const EventSchema = v.object({
  id: IdSchema,
  date: DateSchema,
  end: v.optional(DateSchema),
  approximate: v.optional(v.boolean(says('is not true or false'))),
  title: TextSchema(300),
  summary: v.optional(TextSchema(2000)),
  category: v.pipe(plain(40), v.check<string, 'is empty'>(filled, 'is empty')),
  places: v.optional(IdList),
  sources: IdList,
  provenance: ProvenanceSchema,
  attribution: v.optional(TextSchema(200)),
  correction: v.optional(TextSchema(1000)),
});

export const MilestoneSchema = v.object({
  id: IdSchema,
  label: TextSchema(300),
  deadline: DateSchema,
  timeZone: v.optional(TimeZoneSchema),
  provenance: ProvenanceSchema,
  attribution: v.optional(TextSchema(200)),
  note: v.optional(TextSchema(1000)),
  places: v.optional(IdList),
  sources: IdList,
  events: v.optional(IdList),
});

export const MetaSchema = v.object({
  title: TextSchema(300),
  summary: v.optional(TextSchema(2000)),
  timeZone: TimeZoneSchema,
  languages: v.pipe(
    v.array(LangSchema),
    v.check<string[], 'is empty: name at least one language'>(filled, 'is empty: name at least one language'),
  ),
  published: v.optional(DateSchema),
  updated: v.optional(DateSchema),
  credit: v.optional(TextSchema(400)),
});

export const StorySchema = v.object({
  $schema: v.optional(v.string()),
  meta: MetaSchema,
  sources: v.array(SourceSchema, says('is not a list')),
  places: v.array(PlaceSchema, says('is not a list')),
  events: v.array(EventSchema, says('is not a list')),
  milestones: v.optional(v.array(MilestoneSchema, says('is not a list'))),
});

/** A story as written in JSON. */
export type StoryInput = v.InferOutput<typeof StorySchema>;
export type SourceInput = v.InferOutput<typeof SourceSchema>;
export type PlaceInput = v.InferOutput<typeof PlaceSchema>;
export type PresenceInput = v.InferOutput<typeof PresenceSchema>;
export type EventInput = v.InferOutput<typeof EventSchema>;
export type MilestoneInput = v.InferOutput<typeof MilestoneSchema>;
export type MetaInput = v.InferOutput<typeof MetaSchema>;

export { PRESENCE_LEVELS, PROVENANCES };
export type { PresenceLevel, Provenance } from './vocabulary.js';
