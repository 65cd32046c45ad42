/**
 * Interface strings of <milestone-countdown> in every supported language. Sentences that wrap a
 * number carry `{v}` where the formatted value goes, so each language orders its own words and the
 * value can still be its own element (`part="value"`). Unit names are used only where the browser's
 * Intl has no data for the language (Central Kurdish in Chromium today).
 */
import type { Provenance } from '../story/model.js';
import type { Unit } from './duration.js';
import { Catalogue } from '../i18n/catalogue.js';
import english from './messages/en.js';

export interface FallbackNames {
  /** Unit names, after any number (a Central Kurdish noun after a numeral stays singular). */
  units: Readonly<Record<Unit, string>>;
  /** The order of a full date, with the month's name. */
  dayDate: (day: string, month: string, year: string) => string;
  /** What joins the amounts of a duration ("1 year and 56 days"). */
  and: string;
}

export interface CountdownMessages {
  /** "{v} left": the count before the deadline. */
  timeLeft: string;
  /** "{v} since the deadline": the count after it. */
  timeSince: string;
  /** "{v} after the deadline": how long after the deadline an event followed it. */
  eventAfter: string;
  /** "by the end of {v}": a deadline at a month's or a year's precision; `{v}` is the month or year. */
  byEndOf: string;
  /** "on {v}": a deadline on a day; `{v}` is the day. */
  onDay: string;
  /** What joins the parts of a sentence (an event's date and its distance; the count's name). */
  separator: string;
  /** "Deadline", before its date. */
  deadlineLabel: string;
  /** The heading of the events that followed the deadline. */
  eventsHeading: string;
  /** Said once, politely, when the deadline passes while the page is open; `{v}` is the label. */
  passedAnnouncement: string;
  /** The provenance of a milestone that is not official. */
  provenance: Readonly<Record<Exclude<Provenance, 'official'>, string>>;
  /** Shown when the story has no milestones at all. */
  noMilestones: string;
  /** Shown when the `milestone` attribute names none of the story's milestones; `{v}` is the id. */
  unknownMilestone: string;
  /** Names for when the browser's Intl does not know the language (Central Kurdish in Chromium). */
  fallback?: FallbackNames;
}

/** English with the view; Arabic and Central Kurdish fetched when a countdown speaks them. */
export const countdownMessages = new Catalogue<CountdownMessages>(english, {
  ar: () => import('../i18n/languages/ar.js').then((language) => ({ default: language.countdown })),
  ckb: () => import('../i18n/languages/ckb.js').then((language) => ({ default: language.countdown })),
});
