/**
 * A story validated ahead of time (the built-in one, at build time) travels as plain JSON: its
 * collections, already checked, with their dates already parsed. `storyFromPrepared` builds the
 * lookups again and freezes it all, so a page that shows only such a story runs no validator.
 */
import type { Story } from './model.js';

export type PreparedStory = Pick<Story, 'meta' | 'events' | 'places' | 'milestones' | 'sources'>;

/** The story's collections, without its lookups (which JSON cannot hold). */
export function prepareStory(story: Story): PreparedStory {
  const { meta, events, places, milestones, sources } = story;
  return { meta, events, places, milestones, sources };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

const byId = <T extends { readonly id: string }>(items: readonly T[]): ReadonlyMap<string, T> =>
  new Map(items.map((item) => [item.id, item]));

/** The story again, with its lookups by id, frozen like one the validator builds. */
export function storyFromPrepared(prepared: PreparedStory): Story {
  const story = deepFreeze(prepared);
  return Object.freeze({
    ...story,
    eventById: byId(story.events),
    placeById: byId(story.places),
    milestoneById: byId(story.milestones),
    sourceById: byId(story.sources),
  });
}
