/**
 * The runtime validator: turns untrusted JSON into a Story, item by item. A bad item is left out and
 * reported with its JSON path; the story fails as a whole only when nothing usable remains.
 * Never throws.
 *
 * The steps every collection shares are in story-builder.ts; this file holds the order the
 * collections are read in and what is particular to each: the metadata's defaults, presence
 * periods, an end before its start, a due time.
 */
import * as v from 'valibot';
import type { StoryDate } from './dates.js';
import { EventSchema, MetaSchema, MilestoneSchema, PlaceSchema, SourceSchema } from './schema.js';
import type {
  Milestone,
  ParseResult,
  Place,
  Presence,
  Problem,
  Source,
  Story,
  StoryEvent,
  StoryMeta,
} from './model.js';
import { formatProblem } from './model.js';
import {
  copyItem,
  isRecord,
  newStoryBuilder,
  readCollection,
  report,
  reportIssues,
  type Item,
  type StoryBuilder,
} from './story-builder.js';

const { freeze } = Object;

/** Validate untrusted data and build the story, keeping every valid item. */
export function parseStory(input: unknown): ParseResult {
  try {
    if (!isRecord(input)) return failure('The story is not a JSON object.');
    return buildStory(input);
  } catch (err) {
    // A validator bug must not break a host page: report it as a problem with the data.
    return failure(`The story could not be read (${reason(err)}).`);
  }
}

/** Parse JSON text and validate it; bad JSON becomes a plain message, never an exception. */
export function parseStoryText(text: string): ParseResult {
  if (text.trim() === '') return failure('The story file is empty.');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return failure(`The story is not valid JSON (${reason(err)}).`);
  }
  return parseStory(data);
}

/** A result with no story: its message is also its one problem, which has no path. */
function failure(message: string): ParseResult {
  return { ok: false, message, problems: [{ path: '', message }] };
}

/** What was thrown, in words. */
function reason(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * Reads the collections in the order their references need: sources, places, events, milestones.
 * Their dates are in the story's time zone, so the metadata comes first.
 */
function buildStory(input: Item): ParseResult {
  const builder = newStoryBuilder();
  const meta = readMeta(builder, input.meta);
  builder.timeZone = meta.timeZone;
  const sources = readCollection<Source>(builder, input.sources, 'sources', SourceSchema);
  const places = readCollection<Place>(builder, input.places, 'places', PlaceSchema, { finish: finishPlace });
  const events = readCollection<StoryEvent>(builder, input.events, 'events', EventSchema, {
    finish: checkEventEnd,
    sortBy: (event) => event.date.start,
  });
  const milestones = readCollection<Milestone>(builder, input.milestones, 'milestones', MilestoneSchema, {
    finish: addDue,
    sortBy: (milestone) => milestone.due,
  });

  const problems = freeze(builder.problems.slice());
  if (events.items.length === 0 && places.items.length === 0 && milestones.items.length === 0) {
    return nothingUsable(problems);
  }
  const story: Story = freeze({
    meta,
    events: freeze(events.items),
    places: freeze(places.items),
    milestones: freeze(milestones.items),
    sources: freeze(sources.items),
    eventById: events.byId,
    placeById: places.byId,
    milestoneById: milestones.byId,
    sourceById: sources.byId,
  });
  return { ok: true, story, problems };
}

/** The failure when no event, place or milestone is left: the first three problems say why. */
function nothingUsable(problems: readonly Problem[]): ParseResult {
  const firstThree = problems.slice(0, 3).map(formatProblem).join('; ');
  const why = firstThree ? `: ${firstThree}` : ' (no events, places or milestones)';
  return { ok: false, message: `Nothing usable is left in the story${why}.`, problems };
}

/**
 * The story's metadata, read field by field so that one bad field does not cost the others. A story
 * without a valid title, languages or time zone gets an empty title, English and UTC.
 */
function readMeta(builder: StoryBuilder, raw: unknown): StoryMeta {
  if (!isRecord(raw)) report(builder, 'meta', raw === undefined ? 'is missing' : 'is not an object');
  const fields: Item = isRecord(raw) ? raw : {};
  const valid: Item = {};
  for (const [key, schema] of Object.entries(MetaSchema.entries)) {
    const result = v.safeParse(schema, fields[key]);
    if (result.success) valid[key] = result.output;
    else reportIssues(builder, `meta.${key}`, result.issues);
  }
  const timeZone = (valid.timeZone as string | undefined) ?? 'UTC';
  return freeze({ title: '', languages: freeze(['en']), ...copyItem(builder, valid, 'meta'), timeZone }) as StoryMeta;
}

/** A place is exact unless it says otherwise; its presence periods are checked and put in time order. */
function finishPlace(place: Item, path: string, builder: StoryBuilder): Item {
  const entries = (place.presence as Item[] | undefined) ?? [];
  const periods = entries.flatMap((entry, i) => readPeriod(builder, entry, `${path}.presence[${i}]`) ?? []);
  periods.sort((a, b) => a.from.start - b.from.start);
  return { approximate: false, ...place, presence: freeze(periods) };
}

/** One presence period, copied like an item; null when it has no start or is over before it starts. */
function readPeriod(builder: StoryBuilder, entry: Item, at: string): Presence | null {
  const period = copyItem(builder, entry, at);
  const from = period.from as StoryDate | undefined;
  const until = period.until as StoryDate | undefined;
  if (!from) return null;
  if (until && endsBefore(until, from)) {
    report(builder, `${at}.until`, `"${until.iso}" is before "${from.iso}": this entry is left out`);
    return null;
  }
  return freeze(period) as unknown as Presence;
}

/** An event needs its date; an end that is over before the date is reported and dropped, and the event kept. */
function checkEventEnd(event: Item, path: string, builder: StoryBuilder): Item | null {
  const date = event.date as StoryDate | undefined;
  const end = event.end as StoryDate | undefined;
  if (!date) return null;
  if (end && endsBefore(end, date)) {
    report(builder, `${path}.end`, `"${end.iso}" is before "${date.iso}": the end is left out`);
    event.end = undefined;
  }
  return event;
}

/** A milestone is due when its deadline's period ends; one with no deadline is left out. */
function addDue(milestone: Item): Item | null {
  const deadline = milestone.deadline as StoryDate | undefined;
  return deadline ? { ...milestone, due: deadline.end } : null;
}

/** True when the period `end` is over by the time `start` begins, so it cannot be the end of it. */
function endsBefore(end: StoryDate, start: StoryDate): boolean {
  return end.end <= start.start;
}
