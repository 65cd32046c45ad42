/**
 * Which events show and how they group: the category and place filters, year groups with the
 * number of years since the previous group (so 2003 → 2011 → 2014 reads as gaps, not even steps),
 * and where "now" falls. Pure functions over the story: no DOM.
 */
import type { StoryEvent } from '../story/model.js';
import { dayIn } from '../i18n/intl.js';

export interface YearGroup {
  readonly year: number;
  /** Whole years since the previous group's year; 0 for the first group. */
  readonly gap: number;
  readonly events: StoryEvent[];
}

/** The events of a category (all when empty) at any of some places (anywhere when none). */
export function visibleEvents(
  events: readonly StoryEvent[],
  category: string,
  places: readonly string[],
): readonly StoryEvent[] {
  return events.filter(
    (e) => (!category || e.category === category) && (!places.length || e.places.some((p) => places.includes(p))),
  );
}

/** The year an event is filed under, in the story's zone. Dates written without a time carry it. */
export function eventYear(e: StoryEvent): number {
  return e.date.precision === 'instant' ? dayIn(e.date.start, e.date.timeZone).year : Number(e.date.iso.slice(0, 4));
}

export function groupByYear(events: readonly StoryEvent[]): YearGroup[] {
  const groups: YearGroup[] = [];
  let current: YearGroup | undefined;
  for (const e of events) {
    const year = eventYear(e);
    if (!current || current.year !== year) {
      current = { year, gap: current ? year - current.year : 0, events: [] };
      groups.push(current);
    }
    current.events.push(e);
  }
  return groups;
}

/** A size class for a gap between year groups: none for consecutive years, then growing slowly. */
export function gapClass(years: number): string {
  return years < 2 ? '' : years < 4 ? 'g1' : years < 8 ? 'g2' : 'g3';
}

/** Categories in order of first appearance. */
export function categoriesOf(events: readonly StoryEvent[]): string[] {
  return [...new Set(events.map((e) => e.category))];
}
