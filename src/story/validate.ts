/**
 * The runtime validator: turns untrusted JSON into a Story, item by item. A bad item is left out and
 * reported with its JSON path; the story fails as a whole only when nothing usable remains.
 * Never throws.
 *
 * Every collection goes through the same steps (validate with its valibot schema, drop duplicate
 * ids, copy with text cleaned, dates parsed and unknown references dropped), so the per-collection
 * code below is only what is particular to it: presence periods, an end before its start, a due time.
 */
import * as v from 'valibot';
import { parseStoryDate, type StoryDate } from './dates.js';
import { issuesToProblems } from './issues.js';
import { cleanText } from './text.js';
import { EventSchema, MetaSchema, MilestoneSchema, PlaceSchema, SourceSchema } from './schema.js';
import type { Milestone, ParseResult, Place, Problem, Source, Story, StoryEvent, StoryMeta } from './model.js';
import { formatProblem } from './model.js';

type Item = Record<string, unknown>;

const { freeze } = Object;
/** The fields that hold a story date. */
const DATES = ['date', 'end', 'deadline', 'from', 'until', 'published', 'updated'];

function isRecord(value: unknown): value is Item {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(message: string): ParseResult {
  return { ok: false, message, problems: [{ path: '', message }] };
}

/** Text with control characters removed (a string, or each string of a language map); lists frozen. */
function clean(value: unknown): unknown {
  if (typeof value === 'string') return cleanText(value);
  if (Array.isArray(value)) return freeze(value);
  if (isRecord(value))
    return freeze(Object.fromEntries(Object.entries(value).map(([k, t]) => [k, cleanText(t as string)])));
  return value;
}

/** Validate untrusted data and build the story, keeping every valid item. */
export function parseStory(input: unknown): ParseResult {
  // The builder's state and steps are locals of this function (not a class), so the minifier can
  // shorten every name.
  const problems: Problem[] = [];
  let zone = 'UTC';
  /**
   * The collections built so far, by id. Items may refer only to collections built before them
   * (sources, then places, then events), so a field named after one of these is a list of references.
   */
  const known: Record<string, ReadonlyMap<string, unknown>> = {};

  const report = (path: string, message: string): void => {
    problems.push({ path, message });
  };

  /** Report valibot's issues under `base`, one per JSON path. */
  const issues = (base: string, list: readonly v.BaseIssue<unknown>[]): void => {
    for (const problem of issuesToProblems(base, list)) problems.push(problem);
  };

  /**
   * Copy a validated item: text cleaned, dates parsed (in the item's own time zone if it names one,
   * approximate if it says so), references kept only when they name a known item.
   */
  const copy = (item: Item, path: string): Item => {
    const itemZone = (item.timeZone as string | undefined) ?? zone;
    const out: Item = {};
    for (const key in known) out[key] = freeze([]);
    for (const [key, value] of Object.entries(item)) {
      if (value === undefined) continue;
      const at = `${path}.${key}`;
      const ids = known[key];
      if (DATES.includes(key)) {
        const date = parseStoryDate(value as string, itemZone, item.approximate === true);
        if (!date) report(at, `"${value as string}" is not a date`);
        out[key] = date ?? undefined;
      } else if (ids) {
        out[key] = freeze(
          (value as string[]).filter(
            (id, i) => ids.has(id) || report(`${at}[${i}]`, `"${id}" is not a known ${key.slice(0, -1)}`),
          ),
        );
      } else {
        out[key] = key === 'url' ? value : clean(value);
      }
    }
    return out;
  };

  /**
   * Validate each item of a collection on its own and build the good ones (`finish` may still drop
   * one by returning null); report the rest and duplicate ids.
   */
  const collection = <T extends { id: string }>(
    list: unknown,
    key: string,
    schema: v.GenericSchema,
    finish: (item: Item, path: string) => Item | null = (item) => item,
    order?: (item: T) => number,
  ): T[] => {
    const out: T[] = [];
    if (Array.isArray(list)) {
      const ids = new Set<string>();
      list.forEach((raw, i) => {
        const path = `${key}[${i}]`;
        const result = v.safeParse(schema, raw);
        if (!result.success) return issues(path, result.issues);
        const id = (result.output as T).id;
        if (ids.has(id)) return report(`${path}.id`, `"${id}" is used twice: the second one is left out`);
        ids.add(id);
        const built = finish(copy(result.output as Item, path), path);
        if (built) out.push(freeze(built) as unknown as T);
      });
    } else if (list !== undefined) {
      report(key, 'is not a list');
    }
    // Stable sort keeps the file's order for items at the same time.
    if (order) out.sort((a, c) => order(a) - order(c));
    known[key] = new Map(out.map((item) => [item.id, item]));
    return out;
  };

  const readMeta = (raw: unknown): StoryMeta => {
    if (!isRecord(raw)) report('meta', raw === undefined ? 'is missing' : 'is not an object');
    const fields = isRecord(raw) ? raw : {};
    // Field by field, so that one bad field does not cost the others.
    const valid: Item = {};
    for (const [key, schema] of Object.entries(MetaSchema.entries)) {
      const result = v.safeParse(schema, fields[key]);
      if (!result.success) issues(`meta.${key}`, result.issues);
      else valid[key] = result.output;
    }
    zone = (valid.timeZone as string | undefined) ?? 'UTC';
    return freeze({ title: '', languages: freeze(['en']), ...copy(valid, 'meta'), timeZone: zone }) as StoryMeta;
  };

  try {
    if (!isRecord(input)) return fail('The story is not a JSON object.');
    const meta = readMeta(input.meta);
    const sources = collection<Source>(input.sources, 'sources', SourceSchema);
    const places = collection<Place>(input.places, 'places', PlaceSchema, (place, path) => {
      const presence = ((place.presence as Item[] | undefined) ?? []).flatMap((entry, i) => {
        const at = `${path}.presence[${i}]`;
        const entryCopy = copy(entry, at);
        const from = entryCopy.from as StoryDate | undefined;
        const until = entryCopy.until as StoryDate | undefined;
        if (!from) return [];
        if (until && until.end <= from.start) {
          report(`${at}.until`, `"${until.iso}" is before "${from.iso}": this entry is left out`);
          return [];
        }
        return [freeze(entryCopy) as { from: StoryDate }];
      });
      presence.sort((a, c) => a.from.start - c.from.start);
      return { approximate: false, ...place, presence: freeze(presence) };
    });
    const events = collection<StoryEvent>(
      input.events,
      'events',
      EventSchema,
      (event, path) => {
        const date = event.date as StoryDate | undefined;
        const end = event.end as StoryDate | undefined;
        if (!date) return null;
        if (end && end.end <= date.start) {
          report(`${path}.end`, `"${end.iso}" is before "${date.iso}": the end is left out`);
          event.end = undefined;
        }
        return event;
      },
      (e) => e.date.start,
    );
    const milestones = collection<Milestone>(
      input.milestones,
      'milestones',
      MilestoneSchema,
      (m) => (m.deadline ? { ...m, due: (m.deadline as StoryDate).end } : null),
      (m) => m.due,
    );

    const found = freeze(problems.slice());
    if (events.length === 0 && places.length === 0 && milestones.length === 0) {
      const first = found.slice(0, 3).map(formatProblem).join('; ');
      return {
        ok: false,
        message: `Nothing usable is left in the story${first ? `: ${first}` : ' (no events, places or milestones)'}.`,
        problems: found,
      };
    }
    const story = freeze({
      meta,
      events: freeze(events),
      places: freeze(places),
      milestones: freeze(milestones),
      sources: freeze(sources),
      eventById: known.events,
      placeById: known.places,
      milestoneById: known.milestones,
      sourceById: known.sources,
    }) as Story;
    return { ok: true, story, problems: found };
  } catch (err) {
    // A validator bug must not break a host page: report it as a problem with the data.
    return fail(`The story could not be read (${err instanceof Error ? err.message : String(err)}).`);
  }
}

/** Parse JSON text and validate it; bad JSON becomes a plain message, never an exception. */
export function parseStoryText(text: string): ParseResult {
  if (text.trim() === '') return fail('The story file is empty.');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return fail(`The story is not valid JSON (${err instanceof Error ? err.message : String(err)}).`);
  }
  return parseStory(data);
}
