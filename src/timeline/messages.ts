/**
 * The timeline's interface strings in every supported language. The type makes a missing string a
 * compile error. Numbers reach them formatted by Intl, so each language gets its own digits; in the
 * templates, `{v}` is such a number or a date, already formatted.
 */
import { Catalogue } from '../i18n/catalogue.js';
import english from './messages/en.js';

export interface TimelineMessages {
  /** Labels for the default story's categories; other categories show their own text. */
  categories: Readonly<Record<string, string>>;
  /**
   * Provenance: a claim or a report, then ": <who>", or for a claim by no one `notConfirmed`
   * (", not confirmed"); official facts say only who (`accordingTo`, "According to {v}").
   */
  claimed: string;
  reported: string;
  notConfirmed: string;
  accordingTo: string;
  /** The label of a correction note. */
  correctionLabel: string;
  /** The footer's list of every source, with their count ("Sources ({v})"). */
  sourcesLabel: string;
  /** When the story's data was last updated ("Data as of {v}"). */
  dataAsOf: string;
  /** The word on the "now" marker. */
  nowLabel: string;
  /** The tag of an event still to come. */
  planned: string;
  /** A date the data gives as approximate ("c. {v}"). */
  approximately: string;
  /** The label of the category filter. */
  categoryFilter: string;
  /** The filter's "all categories" choice, the place filter's line, and the button that clears both. */
  allCategories: string;
  eventsAtPlaces: string;
  clearFilters: string;
  /** The gap before a year group that does not follow the previous one ("{v} years later"). */
  yearsLater: string;
  /** The count (formatted) and the span of years shown. */
  summary: (count: string, from: string, to: string) => string;
  /** The summary when the filters let no event through. */
  noMatchingEvents: string;
}

/** English with the view; Arabic and Central Kurdish fetched when a timeline speaks them. */
export const timelineMessages = new Catalogue<TimelineMessages>(english, {
  ar: () => import('../i18n/languages/ar.js').then((language) => ({ default: language.timeline })),
  ckb: () => import('../i18n/languages/ckb.js').then((language) => ({ default: language.timeline })),
});
