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
import { cleanText } from './text.js';
import { EventSchema, MetaSchema, MilestoneSchema, PlaceSchema, SourceSchema } from './schema.js';
import type { Milestone, ParseResult, Place, Problem, Source, Story, StoryEvent, StoryMeta } from './model.js';
import { formatProblem } from './model.js';

type Item = Record<string, unknown>;

const { freeze } = Object;
const IDENT = /^[A-Za-z_$][\w$]*$/;
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
  if (isRecord(value)) return freeze(Object.fromEntries(Object.entries(value).map(([k, t]) => [k, cleanText(t as string)])));
  return value;
}

class StoryBuilder {
  readonly problems: Problem[] = [];
  zone = 'UTC';
  /**
   * The collections built so far, by id. Items may refer only to collections built before them
   * (sources, then places, then events), so a field named after one of these is a list of references.
   */
  readonly known: Record<string, ReadonlyMap<string, unknown>> = {};

  report(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  /** Report valibot's issues under `base`, one per JSON path. */
  issues(base: string, issues: readonly v.BaseIssue<unknown>[]): void {
    const seen = new Set<string>();
    for (const issue of issues) {
      let path = base;
      for (const { key } of issue.path ?? []) {
        path += typeof key === 'number' ? `[${key}]` : IDENT.test(String(key)) ? `.${key}` : `[${JSON.stringify(String(key))}]`;
      }
      if (seen.has(path)) continue;
      seen.add(path);
      this.report(path, issue.input === undefined && issue.type === 'object' ? 'is missing' : issue.message);
    }
  }

  /**
   * Copy a validated item: text cleaned, dates parsed (in the item's own time zone if it names one,
   * approximate if it says so), references kept only when they name a known item.
   */
  copy(item: Item, path: string): Item {
    const zone = (item.timeZone as string | undefined) ?? this.zone;
    const out: Item = {};
    for (const key in this.known) out[key] = freeze([]);
    for (const [key, value] of Object.entries(item)) {
      if (value === undefined) continue;
      const at = `${path}.${key}`;
      const known = this.known[key];
      if (DATES.includes(key)) {
        const date = parseStoryDate(value as string, zone, item.approximate === true);
        if (!date) this.report(at, `"${value as string}" is not a date`);
        out[key] = date ?? undefined;
      } else if (known) {
        out[key] = freeze(
          (value as string[]).filter((id, i) => known.has(id) || this.report(`${at}[${i}]`, `"${id}" is not a known ${key.slice(0, -1)}`)),
        );
      } else {
        out[key] = key === 'url' ? value : clean(value);
      }
    }
    return out;
  }

  /**
   * Validate each item of a collection on its own and build the good ones (`finish` may still drop
   * one by returning null); report the rest and duplicate ids.
   */
  collection<T extends { id: string }>(
    input: unknown,
    key: string,
    schema: v.GenericSchema,
    finish: (item: Item, path: string) => Item | null = (item) => item,
    order?: (item: T) => number,
  ): T[] {
    const out: T[] = [];
    if (Array.isArray(input)) {
      const ids = new Set<string>();
      input.forEach((raw, i) => {
        const path = `${key}[${i}]`;
        const result = v.safeParse(schema, raw);
        if (!result.success) return this.issues(path, result.issues);
        const id = (result.output as T).id;
        if (ids.has(id)) return this.report(`${path}.id`, `"${id}" is used twice: the second one is left out`);
        ids.add(id);
        const built = finish(this.copy(result.output as Item, path), path);
        if (built) out.push(freeze(built) as unknown as T);
      });
    } else if (input !== undefined) {
      this.report(key, 'is not a list');
    }
    // Stable sort keeps the file's order for items at the same time.
    if (order) out.sort((a, c) => order(a) - order(c));
    this.known[key] = new Map(out.map((item) => [item.id, item]));
    return out;
  }

  meta(input: unknown): StoryMeta {
    if (!isRecord(input)) this.report('meta', input === undefined ? 'is missing' : 'is not an object');
    const raw = isRecord(input) ? input : {};
    // Field by field, so that one bad field does not cost the others.
    const valid: Item = {};
    for (const [key, schema] of Object.entries(MetaSchema.entries)) {
      const result = v.safeParse(schema, raw[key]);
      if (!result.success) this.issues(`meta.${key}`, result.issues);
      else valid[key] = result.output;
    }
    this.zone = (valid.timeZone as string | undefined) ?? 'UTC';
    return freeze({ title: '', languages: freeze(['en']), ...this.copy(valid, 'meta'), timeZone: this.zone }) as StoryMeta;
  }
}

/** Validate untrusted data and build the story, keeping every valid item. */
export function parseStory(input: unknown): ParseResult {
  try {
    if (!isRecord(input)) return fail('The story is not a JSON object.');
    const b = new StoryBuilder();
    const meta = b.meta(input.meta);
    const sources = b.collection<Source>(input.sources, 'sources', SourceSchema);
    const places = b.collection<Place>(input.places, 'places', PlaceSchema, (place, path) => {
      const presence = ((place.presence as Item[] | undefined) ?? []).flatMap((entry, i) => {
        const at = `${path}.presence[${i}]`;
        const copy = b.copy(entry, at);
        const from = copy.from as StoryDate | undefined;
        const until = copy.until as StoryDate | undefined;
        if (!from) return [];
        if (until && until.end <= from.start) {
          b.report(`${at}.until`, `"${until.iso}" is before "${from.iso}": this entry is left out`);
          return [];
        }
        return [freeze(copy) as { from: StoryDate }];
      });
      presence.sort((a, c) => a.from.start - c.from.start);
      return { approximate: false, ...place, presence: freeze(presence) };
    });
    const events = b.collection<StoryEvent>(
      input.events,
      'events',
      EventSchema,
      (event, path) => {
        const date = event.date as StoryDate | undefined;
        const end = event.end as StoryDate | undefined;
        if (!date) return null;
        if (end && end.end <= date.start) {
          b.report(`${path}.end`, `"${end.iso}" is before "${date.iso}": the end is left out`);
          event.end = undefined;
        }
        return event;
      },
      (e) => e.date.start,
    );
    const milestones = b.collection<Milestone>(
      input.milestones,
      'milestones',
      MilestoneSchema,
      (m) => (m.deadline ? { ...m, due: (m.deadline as StoryDate).end } : null),
      (m) => m.due,
    );

    const problems = freeze(b.problems.slice());
    if (events.length === 0 && places.length === 0 && milestones.length === 0) {
      const first = problems.slice(0, 3).map(formatProblem).join('; ');
      return {
        ok: false,
        message: `Nothing usable is left in the story${first ? `: ${first}` : ' (no events, places or milestones)'}.`,
        problems,
      };
    }
    const { known } = b;
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
    return { ok: true, story, problems };
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
