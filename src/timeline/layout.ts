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
  const inCategory = (event: StoryEvent) => !category || event.category === category;
  const atPlaces = (event: StoryEvent) => !places.length || event.places.some((place) => places.includes(place));
  return events.filter((event) => inCategory(event) && atPlaces(event));
}

/** The year an event is filed under, in the story's zone. Dates written without a time carry it. */
export function eventYear(event: StoryEvent): number {
  const date = event.date;
  if (date.precision === 'instant') return dayIn(date.start, date.timeZone).year;
  return Number(date.iso.slice(0, 4));
}

/** Events in time order, grouped by the year they are filed under. */
export function groupByYear(events: readonly StoryEvent[]): YearGroup[] {
  const groups: YearGroup[] = [];
  let current: YearGroup | undefined;
  for (const event of events) {
    const year = eventYear(event);
    if (!current || current.year !== year) {
      current = { year, gap: current ? year - current.year : 0, events: [] };
      groups.push(current);
    }
    current.events.push(event);
  }
  return groups;
}

/**
 * The size classes of a gap between year groups, longest first: a gap of at least `years` takes
 * that class (the styles give each its space). The space grows slowly with the gap, and
 * consecutive years (a gap of 1) have none.
 */
const GAP_SIZES: readonly { readonly years: number; readonly className: string }[] = [
  { years: 8, className: 'gap-long' },
  { years: 4, className: 'gap-medium' },
  { years: 2, className: 'gap-short' },
];

/** The size class for a gap of this many years between year groups ('' for none). */
export function gapClass(years: number): string {
  return GAP_SIZES.find((size) => years >= size.years)?.className ?? '';
}

/** Where "now" falls: the index of the first event still to come, or the count when all are past. */
export function firstFutureIndex(events: readonly StoryEvent[], now: number): number {
  const index = events.findIndex((event) => event.date.start > now);
  return index < 0 ? events.length : index;
}

/** Categories in order of first appearance. */
export function categoriesOf(events: readonly StoryEvent[]): string[] {
  return [...new Set(events.map((event) => event.category))];
}
