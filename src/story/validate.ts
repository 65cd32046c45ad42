/**
 * The runtime validator: turns untrusted JSON into a Story, item by item. A bad item is left out and
 * reported with its JSON path; the story fails as a whole only when nothing usable remains.
 * Never throws.
 */
import * as v from 'valibot';
import { parseStoryDate, type StoryDate } from './dates.js';
import { cleanText, type LocalText } from './text.js';
import {
  EventSchema,
  MetaSchema,
  MilestoneSchema,
  PlaceSchema,
  SourceSchema,
  type EventInput,
  type MilestoneInput,
  type PlaceInput,
  type SourceInput,
} from './schema.js';
import type { Milestone, ParseResult, Place, Problem, Source, Story, StoryEvent, StoryMeta } from './model.js';
import { formatProblem } from './model.js';

const IDENT = /^[A-Za-z_$][\w$]*$/;

function joinPath(base: string, keys: readonly unknown[]): string {
  let out = base;
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && IDENT.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

function issuesToProblems(base: string, issues: readonly v.BaseIssue<unknown>[]): Problem[] {
  const seen = new Set<string>();
  const out: Problem[] = [];
  for (const issue of issues) {
    const path = joinPath(base, (issue.path ?? []).map((p) => p.key));
    if (seen.has(path)) continue;
    seen.add(path);
    const missing = issue.input === undefined && issue.type === 'object';
    out.push({ path, message: missing ? 'is missing' : issue.message });
  }
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function clean(text: LocalText): LocalText;
function clean(text: LocalText | undefined): LocalText | undefined;
function clean(text: LocalText | undefined): LocalText | undefined {
  if (text === undefined) return undefined;
  if (typeof text === 'string') return cleanText(text);
  const out: Record<string, string> = {};
  for (const [k, val] of Object.entries(text)) out[k] = cleanText(val);
  return Object.freeze(out);
}

class StoryBuilder {
  readonly problems: Problem[] = [];
  timeZone = 'UTC';

  report(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  /** Validate each item of a list on its own; keep the good ones, report the rest and duplicates. */
  items<S extends v.GenericSchema>(input: unknown, key: string, schema: S): Array<[v.InferOutput<S>, string]> {
    if (input === undefined) return [];
    if (!Array.isArray(input)) {
      this.report(key, 'is not a list');
      return [];
    }
    const out: Array<[v.InferOutput<S>, string]> = [];
    const ids = new Set<string>();
    input.forEach((item, i) => {
      const path = `${key}[${i}]`;
      const result = v.safeParse(schema, item);
      if (!result.success) {
        this.problems.push(...issuesToProblems(path, result.issues));
        return;
      }
      const id = (result.output as { id: string }).id;
      if (ids.has(id)) {
        this.report(`${path}.id`, `"${id}" is used twice: the second one is left out`);
        return;
      }
      ids.add(id);
      out.push([result.output, path]);
    });
    return out;
  }

  date(iso: string, path: string, zone = this.timeZone, approximate = false): StoryDate | undefined {
    const d = parseStoryDate(iso, zone, approximate);
    if (!d) this.report(path, `"${iso}" is not a date`);
    return d ?? undefined;
  }

  /** Keep only references to known ids, reporting each unknown one. */
  refs(ids: readonly string[] | undefined, known: ReadonlyMap<string, unknown>, path: string, what: string): string[] {
    const out: string[] = [];
    (ids ?? []).forEach((id, i) => {
      if (known.has(id)) out.push(id);
      else this.report(`${path}[${i}]`, `"${id}" is not a known ${what}`);
    });
    return out;
  }

  meta(input: unknown): StoryMeta {
    const raw = isRecord(input) ? input : {};
    if (!isRecord(input)) this.report('meta', input === undefined ? 'is missing' : 'is not an object');
    const field = <K extends keyof typeof MetaSchema.entries>(key: K): v.InferOutput<(typeof MetaSchema.entries)[K]> | undefined => {
      const result = v.safeParse(MetaSchema.entries[key], raw[key]);
      if (result.success) return result.output as v.InferOutput<(typeof MetaSchema.entries)[K]>;
      this.problems.push(...issuesToProblems(`meta.${key}`, result.issues));
      return undefined;
    };
    this.timeZone = field('timeZone') ?? 'UTC';
    const published = field('published');
    const updated = field('updated');
    return Object.freeze({
      title: clean(field('title') ?? ''),
      summary: clean(field('summary')),
      timeZone: this.timeZone,
      languages: Object.freeze(field('languages') ?? ['en']),
      published: published ? this.date(published, 'meta.published') : undefined,
      updated: updated ? this.date(updated, 'meta.updated') : undefined,
      credit: clean(field('credit')),
    });
  }

  source(s: SourceInput, path: string): Source {
    return Object.freeze({
      id: s.id,
      publisher: cleanText(s.publisher),
      title: clean(s.title),
      url: s.url,
      date: s.date ? this.date(s.date, `${path}.date`) : undefined,
    });
  }

  place(p: PlaceInput, path: string, sources: ReadonlyMap<string, Source>): Place {
    const presence = (p.presence ?? []).flatMap((entry, i) => {
      const at = `${path}.presence[${i}]`;
      const from = this.date(entry.from, `${at}.from`);
      const until = entry.until ? this.date(entry.until, `${at}.until`) : undefined;
      if (!from) return [];
      if (until && until.end <= from.start) {
        this.report(`${at}.until`, `"${entry.until}" is before "${entry.from}": this entry is left out`);
        return [];
      }
      return [
        Object.freeze({
          from,
          until,
          level: entry.level,
          note: clean(entry.note),
          sources: Object.freeze(this.refs(entry.sources, sources, `${at}.sources`, 'source')),
        }),
      ];
    });
    presence.sort((a, b) => a.from.start - b.from.start);
    return Object.freeze({
      id: p.id,
      name: clean(p.name),
      kind: cleanText(p.kind),
      coordinates: Object.freeze([p.coordinates[0], p.coordinates[1]] as [number, number]),
      approximate: p.approximate ?? false,
      note: clean(p.note),
      presence: Object.freeze(presence),
      sources: Object.freeze(this.refs(p.sources, sources, `${path}.sources`, 'source')),
    });
  }

  event(e: EventInput, path: string, places: ReadonlyMap<string, Place>, sources: ReadonlyMap<string, Source>): StoryEvent | null {
    const date = this.date(e.date, `${path}.date`, this.timeZone, e.approximate ?? false);
    if (!date) return null;
    let end = e.end ? this.date(e.end, `${path}.end`, this.timeZone, e.approximate ?? false) : undefined;
    if (end && end.end <= date.start) {
      this.report(`${path}.end`, `"${e.end}" is before "${e.date}": the end is left out`);
      end = undefined;
    }
    return Object.freeze({
      id: e.id,
      date,
      end,
      title: clean(e.title),
      summary: clean(e.summary),
      category: cleanText(e.category),
      places: Object.freeze(this.refs(e.places, places, `${path}.places`, 'place')),
      sources: Object.freeze(this.refs(e.sources, sources, `${path}.sources`, 'source')),
      provenance: e.provenance,
      attribution: clean(e.attribution),
      correction: clean(e.correction),
    });
  }

  milestone(
    m: MilestoneInput,
    path: string,
    places: ReadonlyMap<string, Place>,
    sources: ReadonlyMap<string, Source>,
    events: ReadonlyMap<string, StoryEvent>,
  ): Milestone | null {
    const deadline = this.date(m.deadline, `${path}.deadline`, m.timeZone ?? this.timeZone);
    if (!deadline) return null;
    return Object.freeze({
      id: m.id,
      label: clean(m.label),
      deadline,
      due: deadline.end,
      provenance: m.provenance,
      attribution: clean(m.attribution),
      note: clean(m.note),
      places: Object.freeze(this.refs(m.places, places, `${path}.places`, 'place')),
      sources: Object.freeze(this.refs(m.sources, sources, `${path}.sources`, 'source')),
      events: Object.freeze(this.refs(m.events, events, `${path}.events`, 'event')),
    });
  }
}

function byId<T extends { id: string }>(items: readonly T[]): ReadonlyMap<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/** Validate untrusted data and build the story, keeping every valid item. */
export function parseStory(input: unknown): ParseResult {
  try {
    if (!isRecord(input)) {
      const message = 'The story is not a JSON object.';
      return { ok: false, message, problems: [{ path: '', message }] };
    }
    const b = new StoryBuilder();
    const meta = b.meta(input.meta);

    const sources = b.items(input.sources, 'sources', SourceSchema).map(([s, p]) => b.source(s, p));
    const sourceById = byId(sources);
    const places = b.items(input.places, 'places', PlaceSchema).map(([p, path]) => b.place(p, path, sourceById));
    const placeById = byId(places);
    const events = b
      .items(input.events, 'events', EventSchema)
      .map(([e, p]) => b.event(e, p, placeById, sourceById))
      .filter((e): e is StoryEvent => e !== null);
    // Stable sort keeps the file's order for events on the same date.
    events.sort((a, c) => a.date.start - c.date.start);
    const eventById = byId(events);
    const milestones = b
      .items(input.milestones, 'milestones', MilestoneSchema)
      .map(([m, p]) => b.milestone(m, p, placeById, sourceById, eventById))
      .filter((m): m is Milestone => m !== null);
    milestones.sort((a, c) => a.due - c.due);

    const problems = Object.freeze(b.problems.slice());
    if (events.length === 0 && places.length === 0 && milestones.length === 0) {
      const first = problems.slice(0, 3).map(formatProblem).join('; ');
      return {
        ok: false,
        message: `Nothing usable is left in the story${first ? `: ${first}` : ' (no events, places or milestones)'}.`,
        problems,
      };
    }
    const story: Story = Object.freeze({
      meta,
      events: Object.freeze(events),
      places: Object.freeze(places),
      milestones: Object.freeze(milestones),
      sources: Object.freeze(sources),
      eventById,
      placeById,
      milestoneById: byId(milestones),
      sourceById,
    });
    return { ok: true, story, problems };
  } catch (err) {
    // A validator bug must not break a host page: report it as a problem with the data.
    const message = `The story could not be read (${err instanceof Error ? err.message : String(err)}).`;
    return { ok: false, message, problems: [{ path: '', message }] };
  }
}

/** Parse JSON text and validate it; bad JSON becomes a plain message, never an exception. */
export function parseStoryText(text: string): ParseResult {
  if (text.trim() === '') {
    const message = 'The story file is empty.';
    return { ok: false, message, problems: [{ path: '', message }] };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    const message = `The story is not valid JSON (${detail}).`;
    return { ok: false, message, problems: [{ path: '', message }] };
  }
  return parseStory(data);
}
