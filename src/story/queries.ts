/**
 * Questions the widgets ask of a story: what stands at a place on a date, which events happened
 * there, which milestone comes next. Pure functions over the immutable Story.
 */
import type { Milestone, Place, Presence, Story, StoryEvent } from './model.js';

/** The presence entry in force at an instant, or undefined when the story says nothing then. */
export function presenceAt(place: Place, instant: number): Presence | undefined {
  let found: Presence | undefined;
  for (const p of place.presence) {
    if (p.from.start > instant) break;
    if (!p.until || instant < p.until.end) found = p;
  }
  return found;
}

export function eventsAtPlace(story: Story, placeId: string): StoryEvent[] {
  return story.events.filter((e) => e.places.includes(placeId));
}

/**
 * The milestone to show at `now`: the next one not yet due; when none is left, the latest passed.
 */
export function currentMilestone(story: Story, now: number): Milestone | undefined {
  const next = story.milestones.find((m) => m.due > now);
  return next ?? story.milestones[story.milestones.length - 1];
}

/** The milestone an event belongs to (listed in its `events`), if any. */
export function milestoneOfEvent(story: Story, eventId: string): Milestone | undefined {
  return story.milestones.find((m) => m.events.includes(eventId));
}
