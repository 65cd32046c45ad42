/**
 * The steps every collection of a story goes through, and the state they share while a story is
 * read. Each item is validated with its valibot schema, a repeated id is left out, and the item is
 * copied with its text cleaned, its dates parsed and its unknown references dropped. validate.ts
 * drives these steps and adds what is particular to each collection.
 */
import * as v from 'valibot';
import { parseStoryDate, type StoryDate } from './dates.js';
import { issuesToProblems } from './issues.js';
import type { Problem } from './model.js';
import { cleanText } from './text.js';

/** An item as validated, and as copied: field name to value. */
export type Item = Record<string, unknown>;

/** What is kept while one story is read. */
export interface StoryBuilder {
  /** Everything found wrong so far, in the order found. */
  readonly problems: Problem[];
  /** The zone for the dates of items that name none: UTC until the story's metadata is read. */
  timeZone: string;
  /**
   * The collections built so far, by id. Items may refer only to collections built before them
   * (sources, then places, then events), so a field named after one of these is a list of references.
   */
  readonly built: Map<string, ReadonlyMap<string, unknown>>;
}

/** What is particular to one collection. */
export interface CollectionRules<T> {
  /** Completes a copied item, or returns null to leave it out; `builder` is there to report why. */
  readonly finish?: (item: Item, path: string, builder: StoryBuilder) => Item | null;
  /** The number the items are sorted by; items with the same number keep the file's order. */
  readonly sortBy?: (item: T) => number;
}

/** A collection's items in order, and the same items by id. */
export interface Collection<T> {
  readonly items: T[];
  readonly byId: ReadonlyMap<string, T>;
}

const { freeze } = Object;

/** The fields that hold a story date. */
const DATE_FIELDS = ['date', 'end', 'deadline', 'from', 'until', 'published', 'updated'];

export function newStoryBuilder(): StoryBuilder {
  return { problems: [], timeZone: 'UTC', built: new Map() };
}

export function isRecord(value: unknown): value is Item {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function report(builder: StoryBuilder, path: string, message: string): void {
  builder.problems.push({ path, message });
}

/** Reports valibot's issues under `base`, one per JSON path. */
export function reportIssues(builder: StoryBuilder, base: string, issues: readonly v.BaseIssue<unknown>[]): void {
  for (const problem of issuesToProblems(base, issues)) builder.problems.push(problem);
}

/**
 * Validates each item of a collection on its own, so a bad item costs only itself, and builds the
 * good ones. The result is kept by id for the collections that refer to it.
 */
export function readCollection<T extends { id: string }>(
  builder: StoryBuilder,
  list: unknown,
  key: string,
  schema: v.GenericSchema,
  { finish = (item) => item, sortBy }: CollectionRules<T> = {},
): Collection<T> {
  const items = readItems(builder, list, key, schema, finish) as unknown as T[];
  // The sort is stable, so items at the same time keep the file's order.
  if (sortBy) items.sort((a, b) => sortBy(a) - sortBy(b));
  const byId = new Map(items.map((item) => [item.id, item]));
  builder.built.set(key, byId);
  return { items, byId };
}

/** The list's good items in the file's order; no list at all counts as an empty one. */
function readItems(
  builder: StoryBuilder,
  list: unknown,
  key: string,
  schema: v.GenericSchema,
  finish: NonNullable<CollectionRules<unknown>['finish']>,
): Item[] {
  if (!Array.isArray(list)) {
    if (list !== undefined) report(builder, key, 'is not a list');
    return [];
  }
  const items: Item[] = [];
  const ids = new Set<string>();
  list.forEach((raw, i) => {
    const path = `${key}[${i}]`;
    const result = v.safeParse(schema, raw);
    if (!result.success) {
      reportIssues(builder, path, result.issues);
      return;
    }
    const valid = result.output as Item;
    if (isRepeatedId(builder, valid.id as string, ids, path)) return;
    const built = finish(copyItem(builder, valid, path), path, builder);
    if (built) items.push(freeze(built));
  });
  return items;
}

/** The first item with an id wins: a later one is reported, to be left out. */
function isRepeatedId(builder: StoryBuilder, id: string, seen: Set<string>, path: string): boolean {
  if (!seen.has(id)) {
    seen.add(id);
    return false;
  }
  report(builder, `${path}.id`, `"${id}" is used twice: the second one is left out`);
  return true;
}

/**
 * Copies a validated item: text cleaned, dates parsed (in the item's own time zone if it names one,
 * approximate if it says so), references kept only when they name a known item. A link is kept as
 * written.
 */
export function copyItem(builder: StoryBuilder, item: Item, path: string): Item {
  const zone = (item.timeZone as string | undefined) ?? builder.timeZone;
  const approximate = item.approximate === true;
  const copy: Item = {};
  // Every list of references is there, empty when the item names none.
  for (const key of builder.built.keys()) copy[key] = freeze([]);
  for (const [key, value] of Object.entries(item)) {
    if (value === undefined) continue;
    const at = `${path}.${key}`;
    const known = builder.built.get(key);
    if (DATE_FIELDS.includes(key)) copy[key] = parseDate(builder, value as string, zone, approximate, at);
    else if (known) copy[key] = dropUnknownReferences(builder, value as string[], known, key, at);
    else copy[key] = key === 'url' ? value : cleanField(value);
  }
  return copy;
}

/** A date field's period; a date the schema let through but the parser cannot read is reported. */
function parseDate(
  builder: StoryBuilder,
  value: string,
  zone: string,
  approximate: boolean,
  at: string,
): StoryDate | undefined {
  const date = parseStoryDate(value, zone, approximate);
  if (!date) report(builder, at, `"${value}" is not a date`);
  return date ?? undefined;
}

/** The ids that name an item built already; each other one is reported and dropped. */
function dropUnknownReferences(
  builder: StoryBuilder,
  ids: string[],
  known: ReadonlyMap<string, unknown>,
  key: string,
  at: string,
): readonly string[] {
  // The kind of item referred to, from the collection's name: "sources" refers to a source.
  const kind = key.slice(0, -1);
  const kept = ids.filter((id, i) => {
    if (known.has(id)) return true;
    report(builder, `${at}[${i}]`, `"${id}" is not a known ${kind}`);
    return false;
  });
  return freeze(kept);
}

/** Text loses its control characters (a string, or each string of a language map); lists are frozen as they are. */
function cleanField(value: unknown): unknown {
  if (typeof value === 'string') return cleanText(value);
  if (Array.isArray(value)) return freeze(value);
  if (isRecord(value)) {
    return freeze(Object.fromEntries(Object.entries(value).map(([lang, text]) => [lang, cleanText(text as string)])));
  }
  return value;
}
