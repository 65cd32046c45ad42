/**
 * The story as the widgets use it: validated, with dates parsed into periods, items sorted and
 * indexed by id. Built only by parseStory (validate.ts); every value is read-only.
 */
import type { StoryDate } from './dates.js';
import type { LocalText } from './text.js';
import type { PresenceLevel, Provenance } from './vocabulary.js';

export type { Provenance, PresenceLevel };

export interface StoryMeta {
  readonly title: LocalText;
  readonly summary?: LocalText;
  readonly timeZone: string;
  readonly languages: readonly string[];
  readonly published?: StoryDate;
  readonly updated?: StoryDate;
  readonly credit?: LocalText;
}

export interface Source {
  readonly id: string;
  readonly publisher: string;
  readonly title: LocalText;
  readonly url: string;
  readonly date?: StoryDate;
}

export interface Presence {
  readonly from: StoryDate;
  readonly until?: StoryDate;
  readonly level: PresenceLevel;
  readonly note?: LocalText;
  readonly sources: readonly string[];
}

export interface Place {
  readonly id: string;
  readonly name: LocalText;
  readonly kind: string;
  /** [longitude, latitude], WGS84. */
  readonly coordinates: readonly [number, number];
  readonly approximate: boolean;
  readonly note?: LocalText;
  readonly presence: readonly Presence[];
  readonly sources: readonly string[];
}

export interface StoryEvent {
  readonly id: string;
  readonly date: StoryDate;
  readonly end?: StoryDate;
  readonly title: LocalText;
  readonly summary?: LocalText;
  readonly category: string;
  readonly places: readonly string[];
  readonly sources: readonly string[];
  readonly provenance: Provenance;
  readonly attribution?: LocalText;
  readonly correction?: LocalText;
}

export interface Milestone {
  readonly id: string;
  readonly label: LocalText;
  /** The deadline as written, measured in the milestone's zone (else the story's). */
  readonly deadline: StoryDate;
  /** The instant the deadline passes: the end of its period. */
  readonly due: number;
  readonly provenance: Provenance;
  readonly attribution?: LocalText;
  readonly note?: LocalText;
  readonly places: readonly string[];
  readonly sources: readonly string[];
  readonly events: readonly string[];
}

export interface Story {
  readonly meta: StoryMeta;
  /** Sorted by date, then by order in the file. */
  readonly events: readonly StoryEvent[];
  readonly places: readonly Place[];
  /** Sorted by deadline. */
  readonly milestones: readonly Milestone[];
  readonly sources: readonly Source[];
  readonly eventById: ReadonlyMap<string, StoryEvent>;
  readonly placeById: ReadonlyMap<string, Place>;
  readonly milestoneById: ReadonlyMap<string, Milestone>;
  readonly sourceById: ReadonlyMap<string, Source>;
}

/** One thing wrong with a story, where it is (a JSON path such as `events[3].date`) and what. */
export interface Problem {
  readonly path: string;
  readonly message: string;
}

export type ParseResult =
  | { readonly ok: true; readonly story: Story; readonly problems: readonly Problem[] }
  | { readonly ok: false; readonly message: string; readonly problems: readonly Problem[] };

export function formatProblem(p: Problem): string {
  return p.path ? `${p.path}: ${p.message}` : p.message;
}
